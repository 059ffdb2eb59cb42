package sigauth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/defaas/defaas/api"
)

// GateConfig configures a Gate.
type GateConfig struct {
	// Verifier checks signed requests. Required.
	Verifier *Verifier
	// Access holds each lease's access policy. Required.
	Access *Access
	// Known reports whether the provider serves the lease at all. It must be cheap (no chain
	// read): every request asks it first, and an unknown lease is refused with 404
	// lease-unknown before anything else is looked at. Nil: every lease is known.
	Known func(api.LeaseID) bool
	// BodyLimit is the largest body a request may carry on its route (an invocation, an
	// upload, an access policy …). A signed request's body is read, to check its signature, up
	// to this limit and one byte more, which refuses it with 413. Nil: the Verifier's
	// MaxBodyBytes.
	BodyLimit func(r *http.Request, lease api.LeaseID) int64
	// Bodies bounds the bodies held before their senders are authenticated.
	Bodies BodyLimits
	// BodyTimeout bounds the time to receive a signed request's body. Default 30 s.
	BodyTimeout time.Duration
}

// Gate authenticates every request on a lease before its body is kept (SPEC §5.3), in this
// order, each step refusing with its own status and reason:
//
//  1. the lease exists here (404 lease-unknown);
//  2. the credentials are well formed: a signed request's header (401), an API key (401);
//  3. what needs no body: a key's hash and its bucket (401 unknown-key, 403 wrong-lease, 429),
//     a signature's timestamp and nonce (401) and, when the header names its signer, that the
//     signer is the customer or a member of the current committee (403) — or, on a public
//     lease, the caller's bucket (429);
//  4. only then, for a signed request, its body: read to its route's limit and one byte
//     more (413), held in memory or spooled to disk within BodyLimits (503 when all of it is
//     taken), and the signature checked over its hash (401 signature-mismatch when it
//     recovers another account than the one named).
//
// The body of a request with an API key or of a public caller is not read here at all: the
// runtime reads it once the request has an execution slot. The customer's and the current
// committee's signed requests are accepted in every mode; keys only invoke.
type Gate struct {
	cfg    GateConfig
	v      *Verifier
	access *Access
	bodies *bodies
}

// NewGate returns a Gate.
func NewGate(cfg GateConfig) (*Gate, error) {
	if cfg.Verifier == nil || cfg.Access == nil {
		return nil, errors.New("sigauth: GateConfig.Verifier and GateConfig.Access are required")
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = 30 * time.Second
	}
	return &Gate{cfg: cfg, v: cfg.Verifier, access: cfg.Access, bodies: newBodies(cfg.Bodies)}, nil
}

// Pending reports the bytes of request bodies held now before their senders are
// authenticated: in memory and spooled to disk.
func (g *Gate) Pending() (memory, disk int64) { return g.bodies.pending() }

// Middleware refuses the requests the Gate does not admit and passes the others on with their
// Identity in the context (FromContext).
func (g *Gate) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, done, refusal := g.admit(w, r)
		if refusal != nil {
			api.WriteError(w, refusal)
			return
		}
		defer done()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), identityKey{}, id)))
	})
}

func nothing() {}

func (g *Gate) admit(w http.ResponseWriter, r *http.Request) (Identity, func(), *api.Error) {
	lease, err := api.LeaseFromRequest(r)
	if err != nil {
		return Identity{}, nil, refuse(http.StatusBadRequest, api.ReasonBadRequest, "%v", err)
	}
	if g.cfg.Known != nil && !g.cfg.Known(lease) {
		return Identity{}, nil, refuse(http.StatusNotFound, api.ReasonLeaseUnknown, "lease %s is not served here", lease)
	}
	invoke := api.Invokes(r, lease)
	mode := g.access.Mode(lease)
	auth := strings.TrimSpace(r.Header.Get("Authorization"))
	scheme, cred, _ := strings.Cut(auth, " ")
	switch {
	case auth == "" && invoke && mode == api.AccessPublic:
		return g.public(r, lease)
	case auth == "" && invoke && mode == api.AccessKeys:
		return Identity{}, nil, refuse(http.StatusUnauthorized, api.ReasonMissingKey,
			"lease %s takes API keys: send Authorization: %s %s… (or a signed request of its customer or committee)", lease, api.SchemeKey, api.KeyPrefix)
	case auth == "":
		return Identity{}, nil, refuse(http.StatusUnauthorized, api.ReasonMissingSignature,
			"sign the request: Authorization: %s lease=…,ts=…,nonce=…,sig=…", Scheme)
	case strings.EqualFold(scheme, api.SchemeKey):
		return g.key(r, lease, invoke, mode, strings.TrimSpace(cred))
	case strings.EqualFold(scheme, Scheme):
		return g.signed(w, r, lease, invoke && mode == api.AccessPublic, auth)
	}
	return Identity{}, nil, refuse(http.StatusUnauthorized, api.ReasonMalformedSignature,
		"the Authorization scheme %q is neither %s (an API key) nor %s (a signed request)", truncate(scheme), api.SchemeKey, Scheme)
}

// public admits an anonymous caller of a public lease, limited by its IP address.
func (g *Gate) public(r *http.Request, lease api.LeaseID) (Identity, func(), *api.Error) {
	caller := api.CallerIP(r)
	if refusal := g.access.Caller(lease, caller, g.v.cfg.Now()); refusal != nil {
		return Identity{}, nil, refusal
	}
	return Identity{Lease: lease, Role: RolePublic, Caller: caller}, nothing, nil
}

func (g *Gate) key(r *http.Request, lease api.LeaseID, invoke bool, mode api.AccessMode, cred string) (Identity, func(), *api.Error) {
	if !invoke {
		return Identity{}, nil, refuse(http.StatusForbidden, api.ReasonKeysNotAccepted,
			"API keys only invoke the function; the lease's status, module and access take signed requests of its customer (or committee)")
	}
	k, err := api.ParseKey(cred)
	if err != nil {
		return Identity{}, nil, refuse(http.StatusUnauthorized, api.ReasonMalformedKey, "%v", err)
	}
	if mode == api.AccessSigned {
		return Identity{}, nil, refuse(http.StatusForbidden, api.ReasonKeysNotAccepted,
			"lease %s takes signed requests only (its access mode is signed); its customer opens it to keys with `defaas function access keys %s`", lease, lease)
	}
	id, refusal := g.access.Key(lease, k, g.v.cfg.Now())
	if refusal != nil {
		return Identity{}, nil, refusal
	}
	return id, nothing, nil
}

// signed admits a signed request: everything that needs no body first, then the body within
// the limits, then the signature over it. On a public lease's invocation a signer who is no
// party to the lease is one of the public, limited by its IP address.
func (g *Gate) signed(w http.ResponseWriter, r *http.Request, lease api.LeaseID, public bool, auth string) (Identity, func(), *api.Error) {
	h, err := ParseHeader(auth)
	if err != nil {
		return Identity{}, nil, refuse(http.StatusUnauthorized, api.ReasonMalformedSignature, "%v", err)
	}
	pre, refusal := g.v.precheck(r, h)
	if refusal != nil {
		if public && refusal.Reason == api.ReasonForbidden {
			return g.public(r, lease)
		}
		return Identity{}, nil, refusal
	}
	limit := g.v.cfg.MaxBodyBytes
	if g.cfg.BodyLimit != nil {
		limit = g.cfg.BodyLimit(r, lease)
	}
	if r.ContentLength != 0 {
		// Not every ResponseWriter supports it (tests' recorders); the http.Server's own
		// timeouts then apply.
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(g.cfg.BodyTimeout))
	}
	held, refusal := g.bodies.read(r, limit, api.CallerIP(r))
	if refusal != nil {
		return Identity{}, nil, refusal
	}
	id, refusal := g.v.complete(r, h, pre, held.sum)
	held.release() // authenticated or refused: the body no longer counts as a stranger's
	if refusal != nil && !(public && refusal.Reason == api.ReasonForbidden) {
		held.discard()
		return Identity{}, nil, refusal
	}
	body, err := held.reader()
	if err != nil {
		held.discard()
		return Identity{}, nil, refuse(http.StatusInternalServerError, api.ReasonInternal, "read back the body: %v", err)
	}
	r.Body, r.ContentLength, r.GetBody = body, held.size, nil
	done := func() {
		body.Close()
		held.discard()
	}
	if refusal != nil { // a stranger on a public lease
		pid, _, refusal := g.public(r, lease)
		if refusal != nil {
			done()
			return Identity{}, nil, refusal
		}
		return pid, done, nil
	}
	return id, done, nil
}
