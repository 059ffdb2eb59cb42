package sigauth

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/defaas/defaas/api"
)

// Role is what a signer is to a lease.
type Role int

const (
	// RoleNone is anyone else: refused with 403.
	RoleNone Role = iota
	// RoleCustomer is the lease's customer: served without limit.
	RoleCustomer
	// RoleWitness is a member of the lease's committee: rate-limited.
	RoleWitness
	// RoleKey is the holder of an API key of the lease (v2): limited by the key's rate.
	RoleKey
	// RolePublic is anyone calling a public lease (v2): limited per caller.
	RolePublic
)

func (r Role) String() string {
	switch r {
	case RoleCustomer:
		return "customer"
	case RoleWitness:
		return "witness"
	case RoleKey:
		return "key"
	case RolePublic:
		return "public"
	}
	return "none"
}

// Authorizer says what role signer plays in lease for request r (which it
// may inspect, e.g. to let witnesses invoke but not upload). An error is the
// provider's own failure (500), not a refusal.
type Authorizer func(ctx context.Context, r *http.Request, lease api.LeaseID, signer common.Address) (Role, error)

// Identity is an authenticated caller, found in the request context.
type Identity struct {
	Lease api.LeaseID
	// Signer is the account of a signed request.
	Signer common.Address
	Role   Role
	// KeyID names the API key of a RoleKey caller (api.KeyHash.ID).
	KeyID string
	// Caller names the caller for limits and fair admission: "sig:0x…" for a signed request,
	// "key:<key id>" for a key, "ip:<address>" for an anonymous caller of a public lease.
	Caller string
}

type identityKey struct{}

// FromContext returns the caller the Verifier authenticated.
func FromContext(ctx context.Context) (Identity, bool) {
	id, ok := ctx.Value(identityKey{}).(Identity)
	return id, ok
}

// Rate is a token bucket: one request per Every, up to Burst at once.
type Rate struct {
	Every time.Duration
	Burst int
}

// Config configures a Verifier; zero fields take the defaults noted.
type Config struct {
	// Domain is the chain and Market the signatures must be bound to.
	Domain Domain
	// Authorize decides the signer's role. Required.
	Authorize Authorizer
	// LeaseFromRequest, if set, names the lease the request is about (e.g.
	// func(r *http.Request) string { return r.PathValue("id") }); a
	// signature for another lease is refused with 403.
	LeaseFromRequest func(*http.Request) string
	// Window is how far ts may be from the verifier's clock. Default 60 s.
	Window time.Duration
	// Now is the clock. Default time.Now.
	Now func() time.Time
	// WitnessRate limits each witness on each lease. Default 1 per 10 s,
	// burst 5.
	WitnessRate Rate
	// MaxNonces bounds the replay cache. When it is full of unexpired
	// nonces, new requests are refused (503) rather than risking a replay.
	// Default 1<<17 (a few MiB).
	MaxNonces int
	// MaxSigners bounds the (witness, lease) pairs tracked for rate
	// limiting. Default 1<<14.
	MaxSigners int
	// MaxBodyBytes bounds the body read to check its hash. Default 64 MiB;
	// set it at least as large as the largest module a level accepts.
	MaxBodyBytes int64
}

func refuse(status int, reason api.Reason, format string, args ...any) *api.Error {
	return &api.Error{Status: status, Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// Verifier checks signed requests. It is safe for concurrent use.
type Verifier struct {
	cfg     Config
	nonces  *nonceCache
	mu      sync.Mutex
	buckets map[bucketKey]*rate.Limiter
}

// bucketKey: a witness sitting on the committees of several leases served
// by one provider gets the rate on each, as each lease's customer paid for
// its own probing.
type bucketKey struct {
	signer common.Address
	lease  api.LeaseID
}

// NewVerifier returns a Verifier.
func NewVerifier(cfg Config) (*Verifier, error) {
	if cfg.Authorize == nil {
		return nil, errors.New("sigauth: Config.Authorize is required")
	}
	if cfg.Domain.ChainID == nil {
		return nil, errors.New("sigauth: Config.Domain.ChainID is required")
	}
	if cfg.Window <= 0 {
		cfg.Window = 60 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.WitnessRate.Every <= 0 {
		cfg.WitnessRate.Every = 10 * time.Second
	}
	if cfg.WitnessRate.Burst <= 0 {
		cfg.WitnessRate.Burst = 5
	}
	if cfg.MaxNonces <= 0 {
		cfg.MaxNonces = 1 << 17
	}
	if cfg.MaxSigners <= 0 {
		cfg.MaxSigners = 1 << 14
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 64 << 20
	}
	return &Verifier{cfg: cfg, nonces: newNonceCache(cfg.MaxNonces), buckets: map[bucketKey]*rate.Limiter{}}, nil
}

// Middleware refuses requests that fail Verify and passes the others on with
// their Identity in the context.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := v.Verify(r)
		if err != nil {
			api.WriteError(w, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), identityKey{}, id)))
	})
}

// Verify authenticates a signed request r. It reads the whole body (up to
// MaxBodyBytes) to check its hash and puts it back for the handler. The Gate
// does the same in stages, checking everything it can before reading the body
// and bounding the bodies it holds.
func (v *Verifier) Verify(r *http.Request) (Identity, *api.Error) {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonMissingSignature, "sign the request: Authorization: %s lease=…,ts=…,nonce=…,sig=…", Scheme)
	}
	h, err := ParseHeader(auth)
	if err != nil {
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonMalformedSignature, "%v", err)
	}
	pre, refusal := v.precheck(r, h)
	if refusal != nil {
		return Identity{}, refusal
	}
	body, refusal := v.readBody(r)
	if refusal != nil {
		return Identity{}, refusal
	}
	return v.complete(r, h, pre, BodyHash(body))
}

// checked is what precheck found: the time it checked against, and the role of the signer the
// header names (when it names one).
type checked struct {
	now  time.Time
	role Role
}

// precheck checks what needs no body: the timestamp, the lease, the nonce (not recorded yet),
// and when the header names its signer, that the signer is a party to the lease.
func (v *Verifier) precheck(r *http.Request, h Header) (checked, *api.Error) {
	now := v.cfg.Now()
	ts := time.Unix(int64(h.Timestamp), 0)
	if d := now.Sub(ts); d > v.cfg.Window || d < -v.cfg.Window {
		return checked{}, refuse(http.StatusUnauthorized, api.ReasonStaleTimestamp, "ts %d is %s from the provider's clock, the window is ±%s", h.Timestamp, d.Round(time.Second), v.cfg.Window)
	}
	if want := v.cfg.LeaseFromRequest; want != nil {
		if l := want(r); l != "" && l != h.Lease.String() {
			return checked{}, refuse(http.StatusForbidden, api.ReasonWrongLease, "signed for lease %s, the request is on lease %s", h.Lease, l)
		}
	}
	c := checked{now: now}
	if h.Signer == (common.Address{}) {
		return c, nil
	}
	if v.nonces.seen(h.Signer, h.Nonce, now) {
		return checked{}, refuse(http.StatusUnauthorized, api.ReasonReplayedNonce, "nonce %x was already used", h.Nonce)
	}
	role, refusal := v.authorize(r, h.Lease, h.Signer)
	if refusal != nil {
		return checked{}, refusal
	}
	c.role = role
	return c, nil
}

// authorize asks the Authorizer, refusing a signer that is no party to the lease.
func (v *Verifier) authorize(r *http.Request, lease api.LeaseID, signer common.Address) (Role, *api.Error) {
	role, err := v.cfg.Authorize(r.Context(), r, lease, signer)
	if err != nil {
		return RoleNone, refuse(http.StatusInternalServerError, api.ReasonInternal, "authorize %s on lease %s: %v", signer, lease, err)
	}
	if role == RoleNone {
		return RoleNone, refuse(http.StatusForbidden, api.ReasonForbidden, "%s is neither the customer nor a member of the current committee of lease %s, or may not do this", signer.Hex(), lease)
	}
	return role, nil
}

// complete recovers the signer over the body's hash, checks it is the one the header names (if
// it names one) or a party, records the nonce and spends a witness's token.
func (v *Verifier) complete(r *http.Request, h Header, c checked, bodyHash [32]byte) (Identity, *api.Error) {
	m := Message{Lease: h.Lease, Method: r.Method, PathAndQuery: r.URL.RequestURI(), BodySHA256: bodyHash, Timestamp: h.Timestamp, Nonce: h.Nonce}
	signer, err := v.cfg.Domain.Recover(m, h.Sig)
	if err != nil {
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonBadSignature, "%v", err)
	}
	role := c.role
	switch {
	case h.Signer != (common.Address{}) && signer != h.Signer:
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonSignatureMismatch,
			"the signature does not cover this request: it recovers %s, not the signer %s the header names; what arrived differs from what was signed (method %s, path %q, body sha256 %x), or it was signed for another chain or market",
			signer.Hex(), h.Signer.Hex(), r.Method, r.URL.RequestURI(), bodyHash)
	case h.Signer == (common.Address{}):
		// A signature over other bytes (a tampered body, say) still recovers some
		// account, just an unrelated one: without the signer named, such a request is
		// refused as a third party's. Nonces are recorded only for parties, so strangers
		// cannot fill the replay cache.
		var refusal *api.Error
		if role, refusal = v.authorize(r, h.Lease, signer); refusal != nil {
			return Identity{}, refusal
		}
	}
	ts := time.Unix(int64(h.Timestamp), 0)
	switch v.nonces.add(signer, h.Nonce, ts.Add(v.cfg.Window), c.now) {
	case nonceReplayed:
		return Identity{}, refuse(http.StatusUnauthorized, api.ReasonReplayedNonce, "nonce %x was already used", h.Nonce)
	case nonceFull:
		return Identity{}, refuse(http.StatusServiceUnavailable, api.ReasonOverloaded, "too many requests in the time window, retry shortly")
	}
	if role == RoleWitness {
		if wait := v.take(bucketKey{signer, h.Lease}, c.now); wait > 0 {
			return Identity{}, refuse(http.StatusTooManyRequests, api.ReasonRateLimited, "witness %s is over its rate (one per %s, burst %d); retry in %s",
				signer.Hex(), v.cfg.WitnessRate.Every, v.cfg.WitnessRate.Burst, wait.Round(time.Millisecond))
		}
	}
	return Identity{Lease: h.Lease, Signer: signer, Role: role, Caller: "sig:" + strings.ToLower(signer.Hex())}, nil
}

func (v *Verifier) readBody(r *http.Request) ([]byte, *api.Error) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	if r.ContentLength > v.cfg.MaxBodyBytes {
		return nil, refuse(http.StatusRequestEntityTooLarge, api.ReasonBodyTooLarge, "body is %d bytes, the limit is %d", r.ContentLength, v.cfg.MaxBodyBytes)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, v.cfg.MaxBodyBytes+1))
	r.Body.Close()
	if err != nil {
		return nil, refuse(http.StatusBadRequest, api.ReasonBadRequest, "read body: %v", err)
	}
	if int64(len(body)) > v.cfg.MaxBodyBytes {
		return nil, refuse(http.StatusRequestEntityTooLarge, api.ReasonBodyTooLarge, "body exceeds %d bytes", v.cfg.MaxBodyBytes)
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	return body, nil
}

// take spends a token of the witness's bucket on the lease, or says how long until one is
// due. The buckets are golang.org/x/time/rate limiters, driven by the verifier's clock.
func (v *Verifier) take(key bucketKey, now time.Time) time.Duration {
	v.mu.Lock()
	defer v.mu.Unlock()
	lim := v.buckets[key]
	if lim == nil {
		if len(v.buckets) >= v.cfg.MaxSigners {
			v.sweepBuckets(now)
		}
		lim = rate.NewLimiter(rate.Every(v.cfg.WitnessRate.Every), v.cfg.WitnessRate.Burst)
		v.buckets[key] = lim
	}
	r := lim.ReserveN(now, 1)
	if wait := r.DelayFrom(now); wait > 0 {
		r.CancelAt(now) // a refused request spends nothing
		return wait
	}
	return 0
}

// sweepBuckets forgets buckets that have refilled: a full bucket is the same
// as no bucket. If every bucket is busy, any are dropped, which can only give
// a witness more than its rate, never refuse one wrongly.
func (v *Verifier) sweepBuckets(now time.Time) {
	for k, lim := range v.buckets {
		if lim.TokensAt(now) >= float64(v.cfg.WitnessRate.Burst) {
			delete(v.buckets, k)
		}
	}
	for k := range v.buckets {
		if len(v.buckets) < v.cfg.MaxSigners {
			break
		}
		delete(v.buckets, k)
	}
}

type nonceResult int

const (
	nonceFresh nonceResult = iota
	nonceReplayed
	nonceFull
)

// nonceCache remembers used nonces until their signatures expire; a nonce
// older than the window is refused as stale anyway.
type nonceCache struct {
	mu      sync.Mutex
	max     int
	entries map[string]time.Time // signer ‖ nonce → expiry
	swept   time.Time
}

func newNonceCache(max int) *nonceCache {
	return &nonceCache{max: max, entries: map[string]time.Time{}}
}

// seen reports whether signer used nonce within the window, without recording it.
func (c *nonceCache) seen(signer common.Address, nonce []byte, now time.Time) bool {
	key := string(signer[:]) + string(nonce)
	c.mu.Lock()
	defer c.mu.Unlock()
	exp, ok := c.entries[key]
	return ok && !now.After(exp)
}

func (c *nonceCache) add(signer common.Address, nonce []byte, expiry, now time.Time) nonceResult {
	key := string(signer[:]) + string(nonce)
	c.mu.Lock()
	defer c.mu.Unlock()
	if exp, ok := c.entries[key]; ok && !now.After(exp) {
		return nonceReplayed
	}
	if len(c.entries) >= c.max || now.Sub(c.swept) > time.Minute {
		for k, exp := range c.entries {
			if now.After(exp) {
				delete(c.entries, k)
			}
		}
		c.swept = now
	}
	if len(c.entries) >= c.max {
		return nonceFull
	}
	c.entries[key] = expiry
	return nonceFresh
}
