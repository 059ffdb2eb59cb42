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
// may be ahead of the last poll (the customer accepted and uploads at once).
func (p *Provider) lease(ctx context.Context, id uint64) (record, bool) {
	r, ok := p.get(id)
	if !ok || !r.Won {
		return r, false
	}
	if r.State == market.StateConfirming || (r.State == market.StateFulfilling && r.ServiceEnd.IsZero()) {
		o, err := p.client.Order(ctx, id)
		if err == nil && o.State != r.State {
			r.State = o.State
			if o.State == market.StateFulfilling {
				if l, err := p.client.Lease(ctx, id); err == nil {
					r.ServiceEnd = l.ServiceEnd
				}
			}
			// Only the in-memory view: the order's own step persists what it sees.
			p.mu.Lock()
			if cur := p.recs[id]; cur != nil && cur.State < r.State {
				cp := *cur
				cp.State, cp.ServiceEnd = r.State, r.ServiceEnd
				p.recs[id] = &cp
			}
			p.mu.Unlock()
		}
	}
	return r, true
}

// resolve tells the runtime which leases are served: ours, from Deploying until the end of
// service by the chain's clock.
func (p *Provider) resolve(ctx context.Context, id api.LeaseID) (runtime.LeaseInfo, error) {
	r, ok := p.lease(ctx, uint64(id))
	if !ok {
		return runtime.LeaseInfo{}, runtime.ErrUnknownLease
	}
	lvl, err := p.level(ctx, r.LevelID)
	if err != nil {
		return runtime.LeaseInfo{}, err
	}
	active := (r.State == market.StateDeploying || r.State == market.StateFulfilling) &&
		(r.ServiceEnd.IsZero() || p.now().Before(r.ServiceEnd))
	return runtime.LeaseInfo{Level: runtime.Level{CPUMilli: lvl.CPUMilli, MemoryMB: lvl.MemoryMB, ImageMB: lvl.ImageMB}, Active: active}, nil
}

// authorize: the lease's customer may do anything; its committee's witnesses may invoke and
// read the status (not upload), within their rate; anyone else nothing.
func (p *Provider) authorize(ctx context.Context, req *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
	id := uint64(lease)
	r, ok := p.lease(ctx, id)
	if !ok {
		return sigauth.RoleNone, nil
	}
	if signer == r.Customer {
		return sigauth.RoleCustomer, nil
	}
	if req.Method == http.MethodPut {
		return sigauth.RoleNone, nil
	}
	members, err := p.committee(ctx, id)
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
func (p *Provider) committee(ctx context.Context, id uint64) ([]common.Address, error) {
	p.mu.Lock()
	e, ok := p.comms[id]
	p.mu.Unlock()
	if ok && (e.final || time.Since(e.at) < p.cfg.PollInterval) {
		return e.members, nil
	}
	c, err := p.client.Committee(ctx, id)
	if err != nil {
		return nil, err
	}
	e = committeeEntry{members: c.Members, final: c.Status >= market.CommitteeDrawn, at: time.Now()}
	p.mu.Lock()
	p.comms[id] = e
	p.mu.Unlock()
	return e.members, nil
}
