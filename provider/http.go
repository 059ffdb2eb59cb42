package provider

import (
	"context"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// lease is the daemon's view of a lease it won, refreshed from the chain when the request
// may be ahead of the order's last step (the customer accepted and uploads at once).
func (l *leaseManager) lease(ctx context.Context, id api.LeaseID) (record, bool) {
	r, ok := l.book.get(uint64(id))
	if !ok || !r.Won {
		return r, false
	}
	if r.State == market.StateConfirming || (r.State == market.StateFulfilling && r.ServiceEnd.IsZero()) {
		o, err := l.client.Order(ctx, r.ID)
		if err == nil && o.State != r.State {
			r.State = o.State
			if o.State == market.StateFulfilling {
				if lease, err := l.client.Lease(ctx, r.ID); err == nil {
					r.ServiceEnd = lease.ServiceEnd
				}
			}
			l.book.refresh(r)
		}
	}
	return r, true
}

// resolve tells the runtime which leases are served: ours, from Deploying until the end of
// service by the chain's clock.
func (l *leaseManager) resolve(ctx context.Context, id api.LeaseID) (runtime.LeaseInfo, error) {
	r, ok := l.lease(ctx, id)
	if !ok {
		return runtime.LeaseInfo{}, runtime.ErrUnknownLease
	}
	lvl, err := l.book.level(ctx, r.LevelID)
	if err != nil {
		return runtime.LeaseInfo{}, err
	}
	active := (r.State == market.StateDeploying || r.State == market.StateFulfilling) &&
		(r.ServiceEnd.IsZero() || l.clock.Now().Before(r.ServiceEnd))
	return runtime.LeaseInfo{Level: runtime.Level{CPUMilli: lvl.CPUMilli, MemoryMB: lvl.MemoryMB, ImageMB: lvl.ImageMB}, Active: active}, nil
}

// authorize: the lease's customer may do anything; its committee's witnesses may invoke and
// read the status (not upload), within their rate; anyone else nothing.
func (l *leaseManager) authorize(ctx context.Context, req *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
	r, ok := l.lease(ctx, lease)
	if !ok {
		return sigauth.RoleNone, nil
	}
	if signer == r.Customer {
		return sigauth.RoleCustomer, nil
	}
	if req.Method == http.MethodPut {
		return sigauth.RoleNone, nil
	}
	members, err := l.committee(ctx, r.ID)
	if err != nil {
		return sigauth.RoleNone, err
	}
	for _, m := range members {
		if m == signer {
			return sigauth.RoleWitness, nil
		}
	}
	return sigauth.RoleNone, nil
}

// committee is the lease's committee, cached: for good once drawn, for a poll interval
// before.
func (l *leaseManager) committee(ctx context.Context, id uint64) ([]common.Address, error) {
	l.mu.Lock()
	e, ok := l.comms[id]
	l.mu.Unlock()
	if ok && (e.final || time.Since(e.at) < l.poll) {
		return e.members, nil
	}
	c, err := l.client.Committee(ctx, id)
	if err != nil {
		return nil, err
	}
	e = committeeEntry{members: c.Members, final: c.Status >= market.CommitteeDrawn, at: time.Now()}
	l.mu.Lock()
	l.comms[id] = e
	l.mu.Unlock()
	return e.members, nil
}
