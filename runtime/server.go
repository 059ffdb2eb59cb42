package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/defaas/defaas/api"
)

// LeaseInfo is what the provider knows about a lease from the chain.
type LeaseInfo struct {
	// Level is the lease's FaaS level.
	Level Level
	// Active is false for a lease that may no longer be served (settled,
	// failed, or past its service end); uploads and invocations get 409.
	Active bool
}

// ErrUnknownLease is returned by a Resolver for a lease it does not know.
var ErrUnknownLease = errors.New("unknown lease")

// Resolver tells the server which leases exist and their levels. The
// provider's implementation reads the Market contract; tests use a map.
type Resolver interface {
	Lease(ctx context.Context, id api.LeaseID) (LeaseInfo, error)
}

// ResolverFunc adapts a function to Resolver.
type ResolverFunc func(ctx context.Context, id api.LeaseID) (LeaseInfo, error)

// Lease implements Resolver.
func (f ResolverFunc) Lease(ctx context.Context, id api.LeaseID) (LeaseInfo, error) {
	return f(ctx, id)
}

// ServerOptions configures a Server.
type ServerOptions struct {
	// Resolver maps lease ids to levels. Required.
	Resolver Resolver
	// Store keeps uploaded modules. Default: NewMemoryStore().
	Store Store
	// Auth wraps every /v1/leases/{id}/... handler, after routing, so the
	// middleware can read r.PathValue("id"); e.g. package sigauth's
	// verifier. Nil serves without authentication (development only).
	Auth func(http.Handler) http.Handler
	// Caller names the caller of an invocation for fair admission (Request.Caller): the
	// provider gives the authenticated account or key, or the IP address of an anonymous
	// caller. Default: the IP address the request came from (api.CallerIP).
	Caller func(*http.Request) string
	// BodyTimeout bounds the time from an invocation's arrival to the end
	// of its body: a request is read whole once it has a slot, and a caller
	// sending it slowly must not keep the slot. Default 30 s.
	BodyTimeout time.Duration
}

// Server is the provider's HTTP API for functions (SPEC §5.2, routes in package api):
//
//	PUT  /v1/leases/{id}/function        upload or replace the module (body = wasm bytes)
//	*    /v1/leases/{id}/invoke/{path…}  run the function; it sees /{path…}
//	GET  /v1/leases/{id}                 the lease's status on the provider's side
//	GET  /healthz                        liveness
//
// Lease ids are decimal (api.LeaseID). Every response the server makes itself
// carries the DeFaaS-Error header and a JSON body saying why. Functions run on
// a Backend; the server loads a lease's stored module into it when the
// backend has none (after a restart, or when a lease was unloaded).
type Server struct {
	backend     Backend
	bodyTimeout time.Duration
	caller      func(*http.Request) string
	resolver    Resolver
	store       Store
	mux         *http.ServeMux

	mu    sync.Mutex
	loads map[api.LeaseID]*sync.Mutex // serializes uploads and lazy loads of one lease
}

// NewServer returns the HTTP API over backend.
func NewServer(backend Backend, opts ServerOptions) *Server {
	if opts.Store == nil {
		opts.Store = NewMemoryStore()
	}
	auth := opts.Auth
	if auth == nil {
		auth = func(h http.Handler) http.Handler { return h }
	}
	if opts.BodyTimeout <= 0 {
		opts.BodyTimeout = 30 * time.Second
	}
	if opts.Caller == nil {
		opts.Caller = api.CallerIP
	}
	s := &Server{backend: backend, bodyTimeout: opts.BodyTimeout, caller: opts.Caller, resolver: opts.Resolver, store: opts.Store, mux: http.NewServeMux(), loads: map[api.LeaseID]*sync.Mutex{}}
	s.mux.Handle(api.RouteFunction, auth(http.HandlerFunc(s.putFunction)))
	s.mux.Handle(api.RouteInvokeRoot, auth(http.HandlerFunc(s.invoke)))
	s.mux.Handle(api.RouteInvoke, auth(http.HandlerFunc(s.invoke)))
	s.mux.Handle(api.RouteLease, auth(http.HandlerFunc(s.status)))
	s.mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "ok\n")
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, newError(http.StatusNotFound, ReasonNotFound, "no route for %s", r.URL.Path))
	})
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Close unloads every function from the backend; each closes when its last
// request ends.
func (s *Server) Close() { _ = s.backend.Close(context.Background()) }

// Unload drops the lease's function from the backend; the stored module is
// kept. The server does this itself when the resolver reports the lease
// inactive; a provider may call it when a lease ends.
func (s *Server) Unload(id api.LeaseID) { _ = s.backend.Unload(context.Background(), id) }

func (s *Server) resolve(r *http.Request) (api.LeaseID, LeaseInfo, error) {
	id, err := api.LeaseFromRequest(r)
	if err != nil {
		return 0, LeaseInfo{}, newError(http.StatusBadRequest, ReasonBadRequest, "%v", err)
	}
	info, err := s.resolver.Lease(r.Context(), id)
	if errors.Is(err, ErrUnknownLease) {
		return 0, LeaseInfo{}, newError(http.StatusNotFound, ReasonUnknownLease, "lease %s is not served here", id)
	}
	if err != nil {
		return 0, LeaseInfo{}, fmt.Errorf("resolve lease %s: %w", id, err)
	}
	return id, info, nil
}

// lock serializes uploads and lazy loads of one lease.
func (s *Server) lock(id api.LeaseID) func() {
	s.mu.Lock()
	m := s.loads[id]
	if m == nil {
		m = new(sync.Mutex)
		s.loads[id] = m
	}
	s.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// loadStored loads the lease's stored module into the backend, unless
// another request did meanwhile.
func (s *Server) loadStored(ctx context.Context, id api.LeaseID, info LeaseInfo) error {
	defer s.lock(id)()
	if _, err := s.backend.Status(ctx, id); err == nil {
		return nil
	}
	wasm, err := s.store.Get(ctx, id)
	if errors.Is(err, ErrNoModule) {
		return newError(http.StatusNotFound, ReasonNoFunction, "no function uploaded for lease %s", id)
	}
	if err != nil {
		return fmt.Errorf("read module of lease %s: %w", id, err)
	}
	if _, err := s.backend.Load(ctx, id, info.Level, wasm); err != nil {
		return fmt.Errorf("load stored module of lease %s: %w", id, err)
	}
	return nil
}

func (s *Server) putFunction(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut {
		w.Header().Set("Allow", http.MethodPut)
		WriteError(w, newError(http.StatusMethodNotAllowed, ReasonMethodNotAllowed, "use PUT to upload a module"))
		return
	}
	id, info, err := s.resolve(r)
	if err != nil {
		WriteError(w, err)
		return
	}
	if !info.Active {
		WriteError(w, newError(http.StatusConflict, ReasonLeaseInactive, "lease %s is not in service", id))
		return
	}
	limit := info.Level.imageBytes()
	if r.ContentLength > limit {
		WriteError(w, newError(http.StatusRequestEntityTooLarge, ReasonModuleTooLarge, "module is %d bytes, the level allows %d MiB", r.ContentLength, info.Level.ImageMB))
		return
	}
	wasm, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		WriteError(w, newError(http.StatusRequestEntityTooLarge, ReasonModuleTooLarge, "module exceeds the level's %d MiB", info.Level.ImageMB))
		return
	}
	if err != nil {
		WriteError(w, &Error{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Err: fmt.Errorf("read module: %w", err)})
		return
	}
	defer s.lock(id)()
	st, err := s.backend.Load(r.Context(), id, info.Level, wasm)
	if err != nil {
		WriteError(w, err)
		return
	}
	if err := s.store.Put(r.Context(), id, wasm); err != nil {
		// The store still holds the module before; serve that one, loaded
		// again on the next request.
		_ = s.backend.Unload(context.Background(), id)
		WriteError(w, fmt.Errorf("store module of lease %s: %w", id, err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(st)
}

func (s *Server) invoke(w http.ResponseWriter, r *http.Request) {
	id, info, err := s.resolve(r)
	if err != nil {
		WriteError(w, err)
		return
	}
	if !info.Active {
		s.Unload(id)
		WriteError(w, newError(http.StatusConflict, ReasonLeaseInactive, "lease %s is not in service", id))
		return
	}
	// Like http.StripPrefix: the function sees only its own path.
	_, rest, err := api.FunctionPath(r, id)
	if err != nil {
		WriteError(w, &Error{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Err: err})
		return
	}
	// Not supported by every ResponseWriter (tests' recorders); the
	// http.Server's own timeouts then apply. Arming it costs some 10 µs,
	// so only a request with a body pays it.
	if r.ContentLength != 0 {
		_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.bodyTimeout))
	}
	req := NewRequest(r)
	req.Caller = s.caller(r)
	req.URI = rest
	if r.URL.RawQuery != "" {
		req.URI += "?" + r.URL.RawQuery
	}
	res, err := s.backend.Invoke(r.Context(), id, req)
	if errorsIsNotLoaded(err) {
		if err = s.loadStored(r.Context(), id, info); err == nil {
			res, err = s.backend.Invoke(r.Context(), id, req)
		}
	}
	if err != nil {
		WriteError(w, err)
		return
	}
	res.Write(w)
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		WriteError(w, newError(http.StatusMethodNotAllowed, ReasonMethodNotAllowed, "use GET"))
		return
	}
	id, info, err := s.resolve(r)
	if err != nil {
		WriteError(w, err)
		return
	}
	st := api.LeaseStatus{Lease: id, Active: info.Active, Level: api.Level(info.Level)}
	if fs, err := s.backend.Status(r.Context(), id); err == nil {
		st.Function = &fs
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}
