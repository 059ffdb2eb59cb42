package pool_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/pool"
	providerpkg "github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/runtime"
)

func TestGateway_PlacesEachLeaseOnTheWorkerWithMostRoomAndForwardsItsInvocations(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	startWorker(t, workerEnv("w2", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1", "w2")
	ctx := context.Background()

	st, err := g.Load(ctx, 1, level0, helloWasm)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(helloWasm)
	if st.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("loaded module %s, want %x", st.SHA256, sum)
	}
	body, err := invoke(g, 1, "/greet?x=1", "over NATS")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body, "path: /greet\nquery: x=1\nbody: over NATS") {
		t.Errorf("hello answered %q", body)
	}
	if _, err := g.Load(ctx, 2, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	a, b := placedOn(t, g, 1), placedOn(t, g, 2)
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		t.Fatalf("leases placed on %v and %v, want one each on different workers", a, b)
	}
	inv := g.Inventory()
	if inv.FreeCPUMilli != 0 || inv.FreeMemoryMB != 2*512 || inv.Placements != 2 {
		t.Errorf("free %d cpu-milli, %d MB with %d placements; want 0, 1024, 2", inv.FreeCPUMilli, inv.FreeMemoryMB, inv.Placements)
	}
	if _, err := invoke(g, 2, "/", ""); err != nil {
		t.Fatal(err)
	}
}

func TestGateway_RefusesALeaseNoWorkerHasRoomFor(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	ctx := context.Background()
	if _, err := g.Load(ctx, 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	_, err := g.Load(ctx, 2, level0, helloWasm)
	var e *runtime.Error
	if !errors.As(err, &e) || e.Status != http.StatusServiceUnavailable || runtime.WireReason(e.Reason) != api.ReasonOverloaded ||
		!strings.Contains(e.Detail, "no worker of the pool has 1000 cpu-milli and 512 MB free") {
		t.Fatalf("second lease on a full pool: %v, want 503 overloaded saying no worker has room", err)
	}
	if _, ok := g.Placement(2); ok {
		t.Error("the refused lease is placed")
	}
}

// heartbeats publishes heartbeats as workers would, with the worker credential: enough for
// the inventory's arithmetic, without processes.
func heartbeats(t *testing.T, url string, hbs ...pool.Heartbeat) {
	t.Helper()
	nc, err := nats.Connect(url, nats.UserInfo(pool.WorkerUser, workerToken))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	for _, hb := range hbs {
		b, _ := json.Marshal(hb)
		if err := nc.Publish(pool.NewSubjects(provider).Heartbeat(), b); err != nil {
			t.Fatal(err)
		}
	}
	nc.Flush()
}

func TestFits_TheLevelMustFitOneWorkerOnceUnplacedReservationsHaveTheirs(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	heartbeats(t, "nats://"+cfg.Listen,
		pool.Heartbeat{Worker: "a", Boot: "1", CPUMilli: 2000, MemoryMB: 1536},
		pool.Heartbeat{Worker: "b", Boot: "1", CPUMilli: 2000, MemoryMB: 1536})
	joined(t, g, "a", "b")
	level1 := runtime.Level{CPUMilli: 1000, MemoryMB: 1024}
	level2 := runtime.Level{CPUMilli: 2000, MemoryMB: 2048}
	for _, c := range []struct {
		name     string
		reserved map[api.LeaseID]runtime.Level
		want     runtime.Level
		fits     bool
	}{
		{"an empty pool takes a level 1", nil, level1, true},
		{"no worker has the memory of a level 2, though the pool has", nil, level2, false},
		{"one level 1 reserved leaves a worker for another", map[api.LeaseID]runtime.Level{1: level1}, level1, true},
		{"two level 1 reserved fill both workers' memory", map[api.LeaseID]runtime.Level{1: level1, 2: level1}, level1, false},
		{"two level 0 reserved leave 512 MB on each worker, not 1024", map[api.LeaseID]runtime.Level{1: level0, 2: level0, 3: level0, 4: level0}, level1, false},
	} {
		if got := g.Fits(c.reserved, c.want); got != c.fits {
			t.Errorf("%s: Fits = %v", c.name, got)
		}
	}
	inv := g.Inventory()
	if inv.FreeCPUMilli != 4000 || inv.FreeMemoryMB != 3072 {
		t.Errorf("free %d cpu-milli and %d MB, want the workers' sums 4000 and 3072", inv.FreeCPUMilli, inv.FreeMemoryMB)
	}
}

func TestInvoke_AnswersExactlyAsTheLocalBackend(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	ctx := context.Background()
	if _, err := g.Load(ctx, 7, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	eng, err := runtime.New(runtime.Config{CacheDir: wasmCache, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	local := runtime.NewInProcess(eng)
	if _, err := local.Load(ctx, 7, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	at := time.UnixMilli(1_700_000_000_123)
	for _, path := range []string{"/a/b?q=%20x", "/"} {
		mk := func() *runtime.Request {
			return &runtime.Request{Method: http.MethodPut, URI: path, Host: "example", RemoteAddr: "10.0.0.1:5",
				Header: http.Header{"Content-Type": {"text/plain"}, "X-Thing": {"1", "2"}}, Body: strings.NewReader("the body"), ContentLength: 8, Time: at}
		}
		want, err := local.Invoke(ctx, 7, mk())
		if err != nil {
			t.Fatal(err)
		}
		got, err := g.Invoke(ctx, 7, mk())
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != want.Status || string(got.Body) != string(want.Body) || !got.Time.Equal(want.Time) ||
			got.Header.Get("Content-Type") != want.Header.Get("Content-Type") {
			t.Errorf("%s: over NATS %d %v %q, locally %d %v %q", path, got.Status, got.Time, got.Body, want.Status, want.Time, want.Body)
		}
	}
	if _, err := g.Invoke(ctx, 8, &runtime.Request{Method: "GET", URI: "/"}); !errors.Is(err, runtime.ErrNotLoaded) {
		t.Errorf("a lease never placed: %v, want ErrNotLoaded", err)
	}
}

func TestFailover_AKilledWorkersLeaseIsServedByAnother(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	w1 := startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	w2 := startWorker(t, workerEnv("w2", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1", "w2")
	if _, err := g.Load(context.Background(), 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	first := placedOn(t, g, 1)[0]
	victim, other := w1, w2
	if first == "w2" {
		victim, other = w2, w1
	}
	victim.kill()
	killed := time.Now()
	for {
		if _, err := invoke(g, 1, "/", "again"); err == nil {
			break
		}
		if time.Since(killed) > 30*time.Second {
			t.Fatal("the lease was not served again within 30 s of its worker's death")
		}
	}
	t.Logf("served again %v after the kill -9 of its worker (heartbeat timeout %v)", time.Since(killed).Round(time.Millisecond), cfg.HeartbeatTimeout)
	if got := placedOn(t, g, 1); !slices.Equal(got, []string{other.name}) {
		t.Errorf("placed on %v after the failover, want [%s]", got, other.name)
	}
	p, _ := g.Placement(1)
	if p.Moves != 1 {
		t.Errorf("moves = %d, want 1", p.Moves)
	}
}

func TestGatewayRestart_RecoversPlacementsAndPlacesNothingTwice(t *testing.T) {
	dir := t.TempDir()
	cfg := fast(pool.Config{Embedded: true, Listen: freeAddr(t), WorkerToken: workerToken})
	g := gatewayOn(t, cfg, dir)
	ws := []*workerProc{
		startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024)),
		startWorker(t, workerEnv("w2", "nats://"+cfg.Listen, 1000, 1024)),
	}
	joined(t, g, "w1", "w2")
	ctx := context.Background()
	for _, id := range []api.LeaseID{1, 2} {
		if _, err := g.Load(ctx, id, level0, helloWasm); err != nil {
			t.Fatal(err)
		}
	}
	before := map[api.LeaseID][]string{1: placedOn(t, g, 1), 2: placedOn(t, g, 2)}
	g.Close(ctx) // the workers keep running, and lose their NATS with it

	g = gatewayOn(t, cfg, dir)
	for id, want := range before {
		if got := placedOn(t, g, id); !slices.Equal(got, want) {
			t.Errorf("lease %s placed on %v after the restart, want %v", id, got, want)
		}
	}
	joined(t, g, "w1", "w2")
	for _, id := range []api.LeaseID{1, 2} {
		if _, err := invoke(g, id, "/", "after the restart"); err != nil {
			t.Fatalf("lease %s after the restart: %v", id, err)
		}
	}
	// Two heartbeat timeouts: a gateway that took the workers for dead would have moved or
	// reloaded something by now.
	time.Sleep(2 * cfg.HeartbeatTimeout)
	for _, w := range ws {
		if n := w.metric(`defaas_worker_loads_total{outcome="ok"}`); n != 1 {
			t.Errorf("worker %s loaded %v leases, want 1", w.name, n)
		}
	}
	for id, want := range before {
		if got := placedOn(t, g, id); !slices.Equal(got, want) {
			t.Errorf("lease %s placed on %v, want %v", id, got, want)
		}
	}
}

func TestReconcile_AWorkerBackUnderItsNameGetsItsLeasesAgain(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	w := startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	if _, err := g.Load(context.Background(), 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	w.kill()
	w.start() // before the heartbeat timeout: the same worker, which has lost what it served
	eventually(t, 10*time.Second, "the lease served again", func() bool { _, err := invoke(g, 1, "/", ""); return err == nil })
	if got := placedOn(t, g, 1); !slices.Equal(got, []string{"w1"}) {
		t.Errorf("placed on %v, want [w1]", got)
	}
}

func TestUnload_TheWorkerDropsTheLease(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	w := startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	ctx := context.Background()
	if _, err := g.Load(ctx, 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	if err := g.Unload(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := invoke(g, 1, "/", ""); !errors.Is(err, runtime.ErrNotLoaded) {
		t.Errorf("invoke after unload: %v, want ErrNotLoaded", err)
	}
	eventually(t, 5*time.Second, "the worker serves no lease", func() bool { return w.metric("defaas_worker_leases") == 0 })
	if inv := g.Inventory(); inv.FreeCPUMilli != 1000 {
		t.Errorf("free cpu %d after the unload, want 1000", inv.FreeCPUMilli)
	}
}

func TestEmbeddedServer_RefusesAnonymousClients(t *testing.T) {
	_, cfg := embedded(t, t.TempDir())
	if nc, err := nats.Connect("nats://"+cfg.Listen, nats.MaxReconnects(0)); err == nil {
		nc.Close()
		t.Fatal("an anonymous client got in")
	} else if !errors.Is(err, nats.ErrAuthorization) {
		t.Fatalf("anonymous client: %v, want an authorization violation", err)
	}
	_, err := pool.NewGateway(context.Background(), pool.Config{Embedded: true, Listen: freeAddr(t)}, pool.GatewayOptions{Provider: provider, DataDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "worker_token or worker_nkeys") {
		t.Fatalf("embedded server without worker credentials: %v", err)
	}
}

func TestWorker_AWrongCredentialIsRefused(t *testing.T) {
	_, cfg := embedded(t, t.TempDir())
	wc := pool.DefaultWorkerConfig()
	wc.NATS, wc.Provider, wc.Name, wc.Token = "nats://"+cfg.Listen, provider.String(), "intruder", "not-the-token"
	w, err := pool.NewWorker(wc, pool.WorkerOptions{Logger: quietLogger()})
	if err == nil {
		w.Close()
		t.Fatal("a worker with a wrong token joined")
	}
	if !strings.Contains(err.Error(), "refused the credential") {
		t.Fatalf("wrong token: %v", err)
	}
}

func TestWorker_ServesOnlyItsOwnProvidersSubjects(t *testing.T) {
	_, cfg := embedded(t, t.TempDir())
	wc := pool.DefaultWorkerConfig()
	wc.NATS, wc.Name, wc.Token = "nats://"+cfg.Listen, "w1", workerToken
	wc.Provider = api.Address{0xbe, 0xef}.String() // another provider's pool
	w, err := pool.NewWorker(wc, pool.WorkerOptions{Logger: quietLogger()})
	if err == nil {
		w.Close()
		t.Fatal("a worker joined another provider's pool with this provider's credential")
	}
	if !strings.Contains(err.Error(), "does not let this credential serve provider") {
		t.Fatalf("another provider's subjects: %v", err)
	}
}

func TestWorkerCredential_CannotInvokeALeaseOrWriteAModule(t *testing.T) {
	g, cfg := embedded(t, t.TempDir())
	startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	if _, err := g.Load(context.Background(), 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	nc, err := nats.Connect("nats://"+cfg.Listen, nats.UserInfo(pool.WorkerUser, workerToken),
		nats.CustomInboxPrefix(pool.NewSubjects(provider).Inbox()))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	// The server drops what a credential may not publish: the request is never answered.
	short, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if _, err := nc.RequestWithContext(short, pool.NewSubjects(provider).Lease(1), []byte("x")); err == nil {
		t.Error("a worker credential invoked a lease")
	}
	if err := nc.LastError(); !errors.Is(err, nats.ErrPermissionViolation) {
		t.Errorf("publishing to a lease: %v, want a permissions violation", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	js, _ := jetstream.New(nc)
	store, err := js.ObjectStore(ctx, pool.NewSubjects(provider).Modules())
	if err != nil {
		t.Fatalf("a worker cannot open the module store to read it: %v", err)
	}
	put, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if _, err := store.PutBytes(put, "evil", []byte("\x00asm")); err == nil {
		t.Error("a worker credential wrote a module")
	}
}

func TestWorker_RefusesAModuleWhoseBytesDoNotMatchItsHash(t *testing.T) {
	c := startCluster(t)
	g := gatewayOn(t, c.gatewayConfig(), t.TempDir())
	w := startWorker(t, workerEnv("w1", c.url(), 1000, 1024))
	joined(t, g, "w1")
	// Someone with write access to the store puts other bytes under hello's hash.
	nc, err := nats.Connect(c.url(), nats.UserInfo("defaas-provider", providerToken))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	store, err := js.ObjectStore(ctx, pool.NewSubjects(provider).Modules())
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(helloWasm)
	tampered := append([]byte(nil), helloWasm...)
	tampered[len(tampered)-1] ^= 0xff
	if _, err := store.PutBytes(ctx, hex.EncodeToString(sum[:]), tampered); err != nil {
		t.Fatal(err)
	}
	_, err = g.Load(ctx, 1, level0, helloWasm)
	if err == nil || !strings.Contains(err.Error(), "hashes to") {
		t.Fatalf("load of a tampered module: %v, want a refusal saying it hashes to something else", err)
	}
	if _, ok := g.Placement(1); ok {
		t.Error("the lease was placed on a tampered module")
	}
	if n := w.metric("defaas_worker_leases"); n != 0 {
		t.Errorf("the worker serves %v leases", n)
	}
}

func TestGateway_NATSDownAtStartIsAClearError(t *testing.T) {
	url := "nats://" + freeAddr(t) // nothing listens there
	_, err := pool.NewGateway(context.Background(), pool.Config{URL: url, Token: "x"}, pool.GatewayOptions{Provider: provider})
	if err == nil || !strings.Contains(err.Error(), "cannot reach NATS at "+url) {
		t.Fatalf("NATS down at start: %v", err)
	}
	wc := pool.DefaultWorkerConfig()
	wc.NATS, wc.Provider, wc.Name, wc.Token = url, provider.String(), "w1", workerToken
	if _, err := pool.NewWorker(wc, pool.WorkerOptions{Logger: quietLogger()}); err == nil || !strings.Contains(err.Error(), "cannot reach NATS at "+url) {
		t.Fatalf("worker with NATS down: %v", err)
	}
}

func TestGateway_NATSLostMidLeaseAnswersUnavailableThenRecovers(t *testing.T) {
	c := startCluster(t)
	g := gatewayOn(t, c.gatewayConfig(), t.TempDir())
	startWorker(t, workerEnv("w1", c.url(), 1000, 1024))
	joined(t, g, "w1")
	if _, err := g.Load(context.Background(), 1, level0, helloWasm); err != nil {
		t.Fatal(err)
	}
	if _, err := invoke(g, 1, "/", ""); err != nil {
		t.Fatal(err)
	}
	c.stop()
	eventually(t, 5*time.Second, "the gateway notices", func() bool { return !g.Connected() })
	_, err := invoke(g, 1, "/", "")
	var e *runtime.Error
	if !errors.As(err, &e) || e.Status != http.StatusServiceUnavailable || runtime.WireReason(e.Reason) != api.ReasonUnavailable {
		t.Fatalf("invoke without NATS: %v, want 503 unavailable", err)
	}
	c.start()
	eventually(t, 15*time.Second, "invocations served again", func() bool { _, err := invoke(g, 1, "/", "back"); return err == nil })
}

func TestWorkerConfig_TheExampleReadsStrictly(t *testing.T) {
	cfg := pool.DefaultWorkerConfig()
	if err := daemon.LoadConfig("../examples/worker.toml", &cfg, true); err != nil {
		t.Fatal(err)
	}
	cfg.Provider, cfg.Token = provider.String(), workerToken
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
}

// A function's time limit is the deployment's requestTimeout, which the provider gives its
// gateway: the worker runs each lease under the limit its placement carries, whatever it
// would have chosen itself.
func TestWorker_RunsALeaseUnderTheTimeLimitOfItsPlacement(t *testing.T) {
	cfg := fast(pool.Config{Embedded: true, Listen: freeAddr(t), WorkerToken: workerToken})
	g := gatewayWith(t, cfg, pool.GatewayOptions{Provider: provider, DataDir: t.TempDir(), Logger: quietLogger(),
		FunctionTimeout: time.Second})
	startWorker(t, workerEnv("w1", "nats://"+cfg.Listen, 1000, 1024))
	joined(t, g, "w1")
	if _, err := g.Load(context.Background(), 1, level0, misbehaveWasm); err != nil {
		t.Fatal(err)
	}
	if body, err := invoke(g, 1, "/?do=sleep&d=100ms", ""); err != nil || body != "slept" {
		t.Fatalf("a call within the limit: %q, %v", body, err)
	}
	_, err := invoke(g, 1, "/?do=sleep&d=3s", "")
	var e *runtime.Error
	if !errors.As(err, &e) || e.Status != http.StatusGatewayTimeout || runtime.WireReason(e.Reason) != api.ReasonFunctionTimeout {
		t.Fatalf("a call of 3 s under the placement's limit of 1 s: %v, want 504 function-timeout", err)
	}
}

// The worker has no time limit of its own: a file that still sets one is refused, the key
// named.
func TestWorkerConfig_RefusesAFunctionTimeoutOfItsOwn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "worker.toml")
	if err := os.WriteFile(path, []byte("function_timeout = \"10s\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := pool.DefaultWorkerConfig()
	if err := daemon.LoadConfig(path, &cfg, true); err == nil || !strings.Contains(err.Error(), "function_timeout") {
		t.Fatalf("LoadConfig = %v; want the unknown key function_timeout named", err)
	}
}

func TestProviderConfig_ThePoolExampleReadsStrictly(t *testing.T) {
	cfg := providerpkg.DefaultConfig()
	if err := daemon.LoadConfig("../examples/provider-pool.toml", &cfg, true); err != nil {
		t.Fatal(err)
	}
	cfg.DataDir = t.TempDir()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if !cfg.Pool.Embedded || cfg.Pool.WorkerToken == "" {
		t.Fatalf("the example's pool: %+v", cfg.Pool)
	}
}
