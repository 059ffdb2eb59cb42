package sigauth

import (
	"crypto/subtle"
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/defaas/defaas/api"
)

// Access holds who may invoke each lease (SPEC §5.3): its mode, the hashes of its API keys
// with their token buckets, and the buckets of a public lease's callers. It never holds a key
// itself. Keys are indexed by the first 8 bytes of their hash, and a lookup compares the full
// hash in constant time: a lookup costs one sha256 of 32 bytes, a map read and a compare, and
// reveals nothing of other keys by its timing. It is safe for concurrent use.
type Access struct {
	maxCallers int

	mu     sync.RWMutex
	leases map[api.LeaseID]*leaseAccess
	index  map[uint64][]*keyEntry // by api.KeyHash.Prefix, across leases
}

type leaseAccess struct {
	policy api.Access
	keys   []*keyEntry

	mu      sync.Mutex
	callers map[string]*rate.Limiter // a public lease's callers
}

type keyEntry struct {
	hash  api.KeyHash
	lease api.LeaseID
	rate  api.Rate
	lim   *rate.Limiter
}

// NewAccess returns an empty Access: every lease in signed mode. maxCallers bounds the
// buckets kept per public lease (default 1<<16); when they are all in use, full ones are
// forgotten, and then any, which can only let a caller through early, never refuse one wrongly.
func NewAccess(maxCallers int) *Access {
	if maxCallers <= 0 {
		maxCallers = 1 << 16
	}
	return &Access{maxCallers: maxCallers, leases: map[api.LeaseID]*leaseAccess{}, index: map[uint64][]*keyEntry{}}
}

// Set makes p the lease's policy, replacing the one it had: keys left out are revoked; keys
// kept keep their buckets. p must be valid (api.Access.Validate).
func (a *Access) Set(lease api.LeaseID, p api.Access) {
	a.mu.Lock()
	defer a.mu.Unlock()
	kept := map[api.KeyHash]*keyEntry{}
	if old := a.leases[lease]; old != nil {
		for _, e := range old.keys {
			kept[e.hash] = e
			a.unindex(e)
		}
	}
	la := &leaseAccess{policy: p, keys: make([]*keyEntry, 0, len(p.Keys)), callers: map[string]*rate.Limiter{}}
	la.policy.Keys = nil // the entries are the keys
	for _, k := range p.Keys {
		e := kept[k.SHA256]
		if e == nil || e.rate != k.Rate {
			e = &keyEntry{hash: k.SHA256, lease: lease, rate: k.Rate, lim: rate.NewLimiter(rate.Limit(k.RatePerSecond), k.Burst)}
		}
		la.keys = append(la.keys, e)
		a.index[k.SHA256.Prefix()] = append(a.index[k.SHA256.Prefix()], e)
	}
	a.leases[lease] = la
}

func (a *Access) unindex(e *keyEntry) {
	p := e.hash.Prefix()
	list := a.index[p]
	for i, x := range list {
		if x == e {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(a.index, p)
	} else {
		a.index[p] = list
	}
}

// Remove forgets a lease that is over: its keys stop working.
func (a *Access) Remove(lease api.LeaseID) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if la := a.leases[lease]; la != nil {
		for _, e := range la.keys {
			a.unindex(e)
		}
		delete(a.leases, lease)
	}
}

// Policy is the lease's policy (signed with no keys when none was set).
func (a *Access) Policy(lease api.LeaseID) api.Access {
	a.mu.RLock()
	defer a.mu.RUnlock()
	la := a.leases[lease]
	if la == nil {
		return api.Access{Mode: api.AccessSigned}
	}
	p := la.policy
	p.Keys = make([]api.AccessKey, len(la.keys))
	for i, e := range la.keys {
		p.Keys[i] = api.AccessKey{SHA256: e.hash, Rate: e.rate}
	}
	return p
}

// Mode is the lease's access mode.
func (a *Access) Mode(lease api.LeaseID) api.AccessMode {
	a.mu.RLock()
	defer a.mu.RUnlock()
	if la := a.leases[lease]; la != nil {
		return la.policy.Mode
	}
	return api.AccessSigned
}

// Key authenticates key on lease at now and spends a token of its bucket. Refusals: 401
// unknown-key (never registered, or revoked), 403 wrong-lease (a key of another lease served
// here), 429 rate-limited.
func (a *Access) Key(lease api.LeaseID, key api.Key, now time.Time) (Identity, *api.Error) {
	h := key.Hash()
	a.mu.RLock()
	var found *keyEntry
	for _, e := range a.index[h.Prefix()] {
		if subtle.ConstantTimeCompare(e.hash[:], h[:]) == 1 {
			found = e
		}
	}
	a.mu.RUnlock()
	switch {
	case found == nil:
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonUnknownKey, "key %s is not registered for lease %s (never registered, or revoked)", h.ID(), lease)
	case found.lease != lease:
		return Identity{}, refuse(http.StatusForbidden, api.ReasonWrongLease, "key %s belongs to another lease, not lease %s", h.ID(), lease)
	}
	if r := found.lim.ReserveN(now, 1); !r.OK() || r.DelayFrom(now) > 0 {
		wait := r.DelayFrom(now)
		r.CancelAt(now) // a refused request spends nothing
		return Identity{}, refuse(http.StatusTooManyRequests, api.ReasonRateLimited, "key %s is over its rate (%g per second, burst %d); retry in %s",
			h.ID(), found.rate.RatePerSecond, found.rate.Burst, wait.Round(time.Millisecond))
	}
	return Identity{Lease: lease, Role: RoleKey, KeyID: h.ID(), Caller: "key:" + h.ID()}, nil
}

// Caller spends a token of a public lease's caller at now; it refuses with 429 rate-limited a
// caller over the lease's per-caller rate.
func (a *Access) Caller(lease api.LeaseID, caller string, now time.Time) *api.Error {
	a.mu.RLock()
	la := a.leases[lease]
	a.mu.RUnlock()
	if la == nil {
		return refuse(http.StatusForbidden, api.ReasonForbidden, "lease %s is not public", lease)
	}
	r := la.policy.CallerRate()
	la.mu.Lock()
	defer la.mu.Unlock()
	lim := la.callers[caller]
	if lim == nil {
		if len(la.callers) >= a.maxCallers {
			la.sweep(now, r.Burst, a.maxCallers)
		}
		lim = rate.NewLimiter(rate.Limit(r.RatePerSecond), r.Burst)
		la.callers[caller] = lim
	}
	res := lim.ReserveN(now, 1)
	if wait := res.DelayFrom(now); !res.OK() || wait > 0 {
		res.CancelAt(now)
		return refuse(http.StatusTooManyRequests, api.ReasonRateLimited, "%s is over the lease's limit for each caller (%g per second, burst %d); retry in %s",
			describeCaller(caller), r.RatePerSecond, r.Burst, wait.Round(time.Millisecond))
	}
	return nil
}

// sweep forgets buckets that have refilled (as good as none), then any, down to below max.
func (la *leaseAccess) sweep(now time.Time, burst, max int) {
	for k, lim := range la.callers {
		if lim.TokensAt(now) >= float64(burst) {
			delete(la.callers, k)
		}
	}
	for k := range la.callers {
		if len(la.callers) < max {
			break
		}
		delete(la.callers, k)
	}
}

func describeCaller(c string) string {
	if len(c) > 3 && c[:3] == "ip:" {
		return "address " + c[3:]
	}
	return fmt.Sprintf("caller %s", c)
}
