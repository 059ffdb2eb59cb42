package runtime_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
	"github.com/defaas/defaas/runtime"
)

// Modules built once for the whole test binary.
var (
	helloReactor, helloCGI, thumbReactor []byte
	misbehaveReactor, misbehaveCGI       []byte
	mandelReactor, mandelCGI             []byte
	cacheDir                             string
)

// testLevel is small enough that memory bombs hit the cap fast.
var testLevel = runtime.Level{CPUMilli: 2000, MemoryMB: 64, ImageMB: 20}

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) != "" { // BenchmarkWorkerProcess's child
		os.Exit(runWorker())
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "defaas-runtime-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	// Compiling a Go module takes seconds, ten times more under the race
	// detector: precompile (below) fills this cache in a process without
	// it, and every engine in the tests reads it.
	cacheDir = os.Getenv("DEFAAS_TEST_WAZERO_CACHE")
	if cacheDir == "" {
		cacheDir = filepath.Join(dir, "wazero")
	}
	mods, err := wasmtest.Prepare(context.Background(), dir, cacheDir,
		wasmtest.Module{Name: "hello", ABI: functions.Reactor},
		wasmtest.Module{Name: "hello", ABI: functions.CGI},
		wasmtest.Module{Name: "thumbnail", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/misbehave", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/misbehave", ABI: functions.CGI},
		wasmtest.Module{Name: "mandelbrot", ABI: functions.Reactor},
		wasmtest.Module{Name: "mandelbrot", ABI: functions.CGI})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	helloReactor, helloCGI, thumbReactor, misbehaveReactor, misbehaveCGI = mods[0], mods[1], mods[2], mods[3], mods[4]
	mandelReactor, mandelCGI = mods[5], mods[6]
	return m.Run()
}

// newEngine returns an engine on the shared compilation cache.
func newEngine(t testing.TB, cfg runtime.Config) *runtime.Engine {
	t.Helper()
	cfg.CacheDir = cacheDir
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	eng, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	return eng
}

// leases is a Resolver backed by a map.
type leases map[api.LeaseID]runtime.LeaseInfo

func (l leases) Lease(_ context.Context, id api.LeaseID) (runtime.LeaseInfo, error) {
	info, ok := l[id]
	if !ok {
		return runtime.LeaseInfo{}, runtime.ErrUnknownLease
	}
	return info, nil
}

// provider is a runtime.Server on a real loopback HTTP server.
type provider struct {
	*httptest.Server
	api *runtime.Server
	t   testing.TB
}

func newProvider(t testing.TB, eng *runtime.Engine, opts runtime.ServerOptions) *provider {
	t.Helper()
	if opts.Resolver == nil {
		opts.Resolver = leases{
			1: {Level: testLevel, Active: true},
			2: {Level: testLevel, Active: true},
			3: {Level: runtime.Level{CPUMilli: 1000, MemoryMB: 64, ImageMB: 20}, Active: true},
			9: {Level: testLevel, Active: false},
		}
	}
	api := runtime.NewServer(runtime.NewInProcess(eng), opts)
	srv := httptest.NewServer(api)
	t.Cleanup(func() {
		srv.Close()
		api.Close()
	})
	return &provider{Server: srv, api: api, t: t}
}

func (p *provider) do(method, path string, body io.Reader, hdr ...string) (*http.Response, []byte) {
	p.t.Helper()
	req, err := http.NewRequest(method, p.URL+path, body)
	if err != nil {
		p.t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := p.Client().Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		p.t.Fatal(err)
	}
	return res, b
}

func (p *provider) upload(lease string, wasm []byte) {
	p.t.Helper()
	res, body := p.do(http.MethodPut, "/v1/leases/"+lease+"/function", strings.NewReader(string(wasm)))
	if res.StatusCode != http.StatusCreated {
		p.t.Fatalf("upload to lease %s: %s %s", lease, res.Status, body)
	}
}

// wantRuntimeError checks a response the runtime made itself.
func wantRuntimeError(t testing.TB, res *http.Response, body []byte, status int, reason string) {
	t.Helper()
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d; body %s", res.StatusCode, status, body)
	}
	want := string(runtime.WireReason(reason))
	if got := res.Header.Get(runtime.ErrorHeader); got != want {
		t.Errorf("%s header %q, want %q (the wire's for %s)", runtime.ErrorHeader, got, want, reason)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	if !strings.Contains(string(body), `"error":"`+want+`"`) {
		t.Errorf("body %s does not give the reason %q", body, want)
	}
}

// stillServes checks that another lease is served normally.
func stillServes(t testing.TB, p *provider, lease string) {
	t.Helper()
	p.upload(lease, misbehaveReactor)
	res, body := p.do(http.MethodGet, "/v1/leases/"+lease+"/invoke/?do=ok", nil)
	if res.StatusCode != http.StatusOK || string(body) != "ok" {
		t.Fatalf("lease %s after the bad request: %s %q", lease, res.Status, body)
	}
}

func timeout(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}
