package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"

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
}

// Server is the provider's HTTP API for functions (SPEC §5.2, routes in package api):
//
//	PUT  /v1/leases/{id}/function        upload or replace the module (body = wasm bytes)
//	*    /v1/leases/{id}/invoke/{path…}  run the function; it sees /{path…}
//	GET  /v1/leases/{id}                 the lease's status on the provider's side
//	GET  /healthz                        liveness
//
// Lease ids are decimal (api.LeaseID). Every response the server makes itself
// carries the DeFaaS-Error header and a JSON body saying why.
type Server struct {
	engine   *Engine
	resolver Resolver
	store    Store
	mux      *http.ServeMux

	mu     sync.RWMutex
	leases map[api.LeaseID]*leaseEntry
}

type leaseEntry struct {
	load sync.Mutex // serializes uploads and lazy loads of one lease
	cur  *loaded    // guarded by Server.mu
}

// loaded is a Function with a count of the requests using it, so that a
// replaced module is closed only once its last request is done.
type loaded struct {
	fn      *Function
	mu      sync.Mutex
	refs    int
	retired bool
}

func (l *loaded) acquire() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.retired {
		return false
	}
	l.refs++
	return true
}

func (l *loaded) release() {
	l.mu.Lock()
	l.refs--
	closeNow := l.retired && l.refs == 0
	l.mu.Unlock()
	if closeNow {
		_ = l.fn.Close(context.Background())
	}
}

func (l *loaded) retire() {
	l.mu.Lock()
	l.retired = true
	closeNow := l.refs == 0
	l.mu.Unlock()
	if closeNow {
		_ = l.fn.Close(context.Background())
	}
}

// NewServer returns the HTTP API over engine.
func NewServer(engine *Engine, opts ServerOptions) *Server {
	if opts.Store == nil {
		opts.Store = NewMemoryStore()
	}
	auth := opts.Auth
	if auth == nil {
		auth = func(h http.Handler) http.Handler { return h }
	}
	s := &Server{engine: engine, resolver: opts.Resolver, store: opts.Store, mux: http.NewServeMux(), leases: map[api.LeaseID]*leaseEntry{}}
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

// Close retires every loaded function; each closes when its last request ends.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.leases {
		if e.cur != nil {
			e.cur.retire()
			e.cur = nil
		}
	}
}

// Unload retires the lease's function and forgets it; the stored module is
// kept. The server does this itself when the resolver reports the lease
// inactive; a provider may call it when a lease ends.
func (s *Server) Unload(id api.LeaseID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.leases[id]; e != nil {
		if e.cur != nil {
			e.cur.retire()
			e.cur = nil
		}
		delete(s.leases, id)
	}
}

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

func (s *Server) entry(id api.LeaseID) *leaseEntry {
	s.mu.RLock()
	e := s.leases[id]
	s.mu.RUnlock()
	if e != nil {
		return e
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e = s.leases[id]; e == nil {
		e = &leaseEntry{}
		s.leases[id] = e
	}
	return e
}

func (s *Server) current(e *leaseEntry) *loaded {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if e.cur != nil && e.cur.acquire() {
		return e.cur
	}
	return nil
}

// swap installs fn as the lease's function and retires the one it replaces.
func (s *Server) swap(e *leaseEntry, fn *Function) {
	s.mu.Lock()
	old := e.cur
	e.cur = &loaded{fn: fn}
	s.mu.Unlock()
	if old != nil {
		old.retire()
	}
}

// function returns the lease's loaded function, loading it from the store
// after a restart. Release it when done.
func (s *Server) function(ctx context.Context, id api.LeaseID, info LeaseInfo) (*loaded, error) {
	e := s.entry(id)
	if l := s.current(e); l != nil {
		return l, nil
	}
	e.load.Lock()
	defer e.load.Unlock()
	if l := s.current(e); l != nil {
		return l, nil
	}
	wasm, err := s.store.Get(ctx, id)
	if errors.Is(err, ErrNoModule) {
		return nil, newError(http.StatusNotFound, ReasonNoFunction, "no function uploaded for lease %s", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read module of lease %s: %w", id, err)
	}
	fn, err := s.engine.Load(ctx, id, info.Level, wasm)
	if err != nil {
		return nil, fmt.Errorf("load stored module of lease %s: %w", id, err)
	}
	s.swap(e, fn)
	if l := s.current(e); l != nil {
		return l, nil
	}
	return nil, fmt.Errorf("lease %s: function replaced while loading", id)
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
	e := s.entry(id)
	e.load.Lock()
	defer e.load.Unlock()
	fn, err := s.engine.Load(r.Context(), id, info.Level, wasm)
	if err != nil {
		WriteError(w, err)
		return
	}
	if err := s.store.Put(r.Context(), id, wasm); err != nil {
		_ = fn.Close(context.Background())
		WriteError(w, fmt.Errorf("store module of lease %s: %w", id, err))
		return
	}
	s.swap(e, fn)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(api.FunctionStatus(fn.Status()))
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
	l, err := s.function(r.Context(), id, info)
	if err != nil {
		WriteError(w, err)
		return
	}
	defer l.release()
	// Like http.StripPrefix: the function sees only its own path.
	path, rest, err := api.FunctionPath(r, id)
	if err != nil {
		WriteError(w, &Error{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Err: err})
		return
	}
	r2 := new(http.Request)
	*r2 = *r
	r2.URL = new(url.URL)
	*r2.URL = *r.URL
	r2.URL.Path, r2.URL.RawPath = path, rest
	l.fn.ServeHTTP(w, r2)
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
	if l := s.current(s.entry(id)); l != nil {
		fs := api.FunctionStatus(l.fn.Status())
		st.Function = &fs
		l.release()
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}
