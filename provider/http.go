package provider

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// lease is the daemon's view of a lease it won, refreshed from the chain when a request may
// be ahead of the order's last step (the customer accepted and uploads at once, or the
// service just started).
func (l *leaseManager) lease(ctx context.Context, id api.LeaseID) (record, bool) {
	r, ok := l.book.get(uint64(id))
	if !ok || !r.Won {
		return r, false
	}
	if l.behind(r) {
		o, err := l.client.Order(ctx, r.ID)
		if err == nil {
			r.State = o.State
			switch {
			case o.State == market.StateFulfilling:
				r.ServiceEnd = o.Deadline
			case o.State < market.StateFulfilling:
				r.ServiceEnd = time.Time{}
			}
			l.book.refresh(r)
		}
	}
	return r, true
}

// behind reports whether the daemon's view of a lease may be behind the chain's, so that a
// request must read the order before it is served or refused: before the service, a service
// without an end yet, and — at most once a block — a lease whose service the view says is
// over, since only the chain's current state says when it ends (a chain that went back may
// have started it again, later).
func (l *leaseManager) behind(r record) bool {
	switch {
	case r.State == market.StateConfirming || r.State == market.StateDeploying:
		return true
	case r.State == market.StateFulfilling && r.ServiceEnd.IsZero():
		return true
	case r.State == market.StateFulfilling || r.State == market.StateSettled || r.State == market.StateFinished:
		if l.clock.Now().Before(r.ServiceEnd) {
			return false
		}
		head := l.clock.Head().Number
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.checked[r.ID] == head {
			return false
		}
		l.checked[r.ID] = head
		return true
	}
	return false
}

// resolve tells the runtime which leases are served: ours, from Deploying until the end of
// service that the chain's order gives, by the chain's clock.
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

// authorize: the lease's customer may do anything; a member of the current segment's
// committee may invoke, read the status and fetch the module (not upload), within its probe
// rate; anyone else nothing.
func (l *leaseManager) authorize(ctx context.Context, req *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
	r, ok := l.lease(ctx, lease)
	if !ok {
		return sigauth.RoleNone, nil
	}
	if signer == r.Customer {
		return sigauth.RoleCustomer, nil
	}
	if req.Method == http.MethodPut || r.State != market.StateFulfilling {
		return sigauth.RoleNone, nil
	}
	member, err := l.currentMember(ctx, r.ID, signer)
	if err != nil || !member {
		return sigauth.RoleNone, err
	}
	return sigauth.RoleWitness, nil
}

// currentMember reports whether a sits on the committee of a segment of the lease running at
// the chain's time, its window widened by the grace on either side.
func (l *leaseManager) currentMember(ctx context.Context, id uint64, a common.Address) (bool, error) {
	segs, err := l.segments(ctx, id)
	if err != nil {
		return false, err
	}
	now := l.clock.Now()
	for _, s := range segs {
		if now.Before(s.Start.Add(-l.grace)) || !now.Before(s.End.Add(l.grace)) {
			continue
		}
		members, err := l.committee(ctx, s.CommitteeID)
		if err != nil {
			return false, err
		}
		for _, m := range members {
			if m == a {
				return true, nil
			}
		}
	}
	return false, nil
}

// segments are the lease's segments as the Market's view gives them once the service
// started; their windows never change, so they are read once.
func (l *leaseManager) segments(ctx context.Context, id uint64) ([]market.Segment, error) {
	l.mu.Lock()
	segs, ok := l.segs[id]
	l.mu.Unlock()
	if ok {
		return segs, nil
	}
	o, err := l.client.Order(ctx, id)
	if err != nil {
		return nil, err
	}
	if o.State != market.StateFulfilling {
		return nil, nil
	}
	if segs, err = l.client.Segments(ctx, o); err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.segs[id] = segs
	l.mu.Unlock()
	return segs, nil
}

// committee is a committee's members, cached: for good once drawn (or ended), for a poll
// interval before.
func (l *leaseManager) committee(ctx context.Context, committeeID uint64) ([]common.Address, error) {
	l.mu.Lock()
	e, ok := l.comms[committeeID]
	l.mu.Unlock()
	if ok && (e.final || time.Since(e.at) < l.poll) {
		return e.members, nil
	}
	c, err := l.client.Committee(ctx, committeeID)
	if err != nil {
		return nil, err
	}
	e = committeeEntry{members: c.Members, final: c.Status >= market.CommitteeDrawn, at: time.Now()}
	l.mu.Lock()
	l.comms[committeeID] = e
	l.mu.Unlock()
	return e.members, nil
}

// forget drops what the manager cached of a lease that is over.
func (l *leaseManager) forget(id uint64) {
	l.forgetWindows(id)
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.locks, id)
	delete(l.checked, id)
}

// forgetWindows drops the lease's segments and committees, read again when next needed: the
// chain moved them.
func (l *leaseManager) forgetWindows(id uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.segs[id] {
		delete(l.comms, s.CommitteeID)
	}
	delete(l.segs, id)
}

// guardUpload refuses, before anything else, an upload to a lease whose module the provider
// confirmed (409 module-confirmed: the committed module is the lease's for good), and holds
// the lease's lock while the runtime takes any other upload, so that a confirmation never
// checks one module and confirms another.
func (l *leaseManager) guardUpload(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		id, err := api.LeaseFromRequest(req)
		if err != nil {
			next.ServeHTTP(w, req)
			return
		}
		defer l.lock(uint64(id))()
		if r, ok := l.book.get(uint64(id)); ok && r.Won && (r.Confirmed || r.State >= market.StateFulfilling) {
			api.WriteError(w, &api.Error{Status: http.StatusConflict, Reason: api.ReasonModuleConfirmed,
				Detail: fmt.Sprintf("the provider confirmed the module %s the customer committed for lease %s: it cannot be replaced", r.ModuleHash.Hex(), id)})
			return
		}
		next.ServeHTTP(w, req)
	})
}

// known says whether the provider serves a lease at all: one it won. It reads only the book, so
// that every request can ask it before anything else (404 lease-unknown otherwise).
func (l *leaseManager) known(id api.LeaseID) bool {
	r, ok := l.book.get(uint64(id))
	return ok && r.Won
}

// bodyLimit is the largest body a request may carry on its route: a module of the lease's
// level, an access policy, an invocation's body; nothing much elsewhere.
func (l *leaseManager) bodyLimit(req *http.Request, id api.LeaseID) int64 {
	switch {
	case api.Invokes(req, id):
		return l.maxInvokeBody
	case req.Method == http.MethodPut && strings.HasSuffix(req.URL.Path, "/function"):
		if r, ok := l.book.get(uint64(id)); ok {
			if lvl, err := l.book.level(req.Context(), r.LevelID); err == nil {
				return int64(lvl.ImageMB) << 20
			}
		}
		return l.maxInvokeBody
	case req.Method == http.MethodPut && strings.HasSuffix(req.URL.Path, "/access"):
		return api.MaxAccessBodyBytes
	}
	return 64 << 10
}

// caller names an invocation's caller for the runtime's fair admission: who the gate
// authenticated.
func caller(req *http.Request) string {
	if who, ok := sigauth.FromContext(req.Context()); ok && who.Caller != "" {
		return who.Caller
	}
	return api.CallerIP(req)
}

// putAccess sets who may invoke the lease (SPEC §5.2–§5.3): the customer only, while the lease
// is not over. The policy is stored durably before it applies, and replaces the one before.
func (l *leaseManager) putAccess(w http.ResponseWriter, req *http.Request) {
	id, r, ok := l.customerOnly(w, req, "set who may invoke")
	if !ok {
		return
	}
	if r.Phase == phaseDone || r.State >= market.StateSettled {
		api.WriteError(w, &api.Error{Status: http.StatusConflict, Reason: api.ReasonNotDeployed, Detail: "lease " + id.String() + " is over"})
		return
	}
	dec := json.NewDecoder(io.LimitReader(req.Body, api.MaxAccessBodyBytes+1))
	dec.DisallowUnknownFields()
	var a api.Access
	if err := dec.Decode(&a); err != nil {
		api.WriteError(w, &api.Error{Status: http.StatusBadRequest, Reason: api.ReasonBadRequest,
			Detail: `the body is not an access policy {"mode":"signed|keys|public","keys":[{"sha256":hex,"ratePerSecond":n,"burst":n}]}: ` + err.Error()})
		return
	}
	if err := a.Validate(); err != nil {
		e := &api.Error{Status: http.StatusBadRequest, Reason: api.ReasonBadRequest, Detail: err.Error()}
		if errors.Is(err, api.ErrTooManyKeys) {
			e.Status, e.Reason = http.StatusRequestEntityTooLarge, api.ReasonTooManyKeys
		}
		api.WriteError(w, e)
		return
	}
	if err := l.book.store.putAccess(uint64(id), a); err != nil {
		l.log.Error("store an access policy", "lease", id, "err", err)
		api.WriteError(w, &api.Error{Status: http.StatusInternalServerError, Reason: api.ReasonInternal, Detail: "the policy could not be stored"})
		return
	}
	l.access.Set(id, a)
	l.log.Info("access policy set", "lease", id, "mode", a.Mode, "keys", len(a.Keys))
	l.writeAccess(w, id, false)
}

// getAccess is the lease's policy as the provider applies it, for its customer: the mode, the
// number of keys and their ids.
func (l *leaseManager) getAccess(w http.ResponseWriter, req *http.Request) {
	id, _, ok := l.customerOnly(w, req, "read who may invoke")
	if !ok {
		return
	}
	l.writeAccess(w, id, true)
}

func (l *leaseManager) writeAccess(w http.ResponseWriter, id api.LeaseID, ids bool) {
	p := l.access.Policy(id)
	st := api.AccessStatus{Lease: id, Mode: p.Mode, Keys: len(p.Keys), PerCaller: p.CallerRate()}
	if ids {
		st.KeyIDs = make([]string, len(p.Keys))
		for i, k := range p.Keys {
			st.KeyIDs[i] = k.SHA256.ID()
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}

// customerOnly refuses anyone but the lease's customer (the gate authenticated the request).
func (l *leaseManager) customerOnly(w http.ResponseWriter, req *http.Request, what string) (api.LeaseID, record, bool) {
	id, err := api.LeaseFromRequest(req)
	if err != nil {
		api.WriteError(w, &api.Error{Status: http.StatusBadRequest, Reason: api.ReasonBadRequest, Detail: err.Error()})
		return 0, record{}, false
	}
	who, _ := sigauth.FromContext(req.Context())
	r, ok := l.book.get(uint64(id))
	if !ok || who.Role != sigauth.RoleCustomer {
		api.WriteError(w, &api.Error{Status: http.StatusForbidden, Reason: api.ReasonForbidden, Detail: "only the customer of lease " + id.String() + " may " + what})
		return 0, record{}, false
	}
	return id, r, true
}

// loadAccess applies the stored policies of the leases not over, keeps those of the leases
// over (restoreAccess, if the chain goes back past their end), and forgets the others'.
func (l *leaseManager) loadAccess() error {
	all, err := l.book.store.allAccess()
	if err != nil {
		return err
	}
	for id, a := range all {
		r, ok := l.book.get(id)
		switch {
		case ok && r.Won && r.Phase != phaseDone:
			l.access.Set(api.LeaseID(id), a)
			continue
		case ok && r.Won:
			continue
		}
		if err := l.book.store.deleteAccess(id); err != nil {
			return err
		}
	}
	return nil
}

// methodNotAllowed answers the methods a route does not take.
func methodNotAllowed(allow string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Allow", allow)
		api.WriteError(w, &api.Error{Status: http.StatusMethodNotAllowed, Reason: api.ReasonMethodNotAllowed, Detail: "use " + allow})
	})
}

// getFunction serves the lease's module to the current segment's committee (and its
// customer), who check it against the committed hash and re-run requests on it (SPEC §5.4).
// The request is authenticated already (sigauth's Middleware).
func (l *leaseManager) getFunction(w http.ResponseWriter, req *http.Request) {
	id, err := api.LeaseFromRequest(req)
	if err != nil {
		api.WriteError(w, &api.Error{Status: http.StatusBadRequest, Reason: api.ReasonBadRequest, Detail: err.Error()})
		return
	}
	if who, ok := sigauth.FromContext(req.Context()); !ok || (who.Role != sigauth.RoleCustomer && who.Role != sigauth.RoleWitness) {
		api.WriteError(w, &api.Error{Status: http.StatusForbidden, Reason: api.ReasonForbidden, Detail: "only the customer and the current segment's committee fetch the module"})
		return
	}
	wasm, err := l.modules.Get(req.Context(), id)
	if errors.Is(err, runtime.ErrNoModule) {
		api.WriteError(w, &api.Error{Status: http.StatusNotFound, Reason: api.ReasonNotDeployed, Detail: "no module uploaded for lease " + id.String()})
		return
	}
	if err != nil {
		l.log.Error("read a module to serve it", "lease", id, "err", err)
		api.WriteError(w, &api.Error{Status: http.StatusInternalServerError, Reason: api.ReasonInternal, Detail: "the module cannot be read"})
		return
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Content-Length", fmt.Sprint(len(wasm)))
	w.WriteHeader(http.StatusOK)
	if req.Method != http.MethodHead {
		w.Write(wasm)
	}
}
