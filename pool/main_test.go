package pool_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/runtime"
)

// workerChildEnv, when set, makes the test binary a worker (`defaas worker run` without the
// command line): the tests start workers as processes, configured by DEFAAS_WORKER_*, and kill
// them.
const workerChildEnv = "DEFAAS_POOL_TEST_WORKER"

var (
	helloWasm []byte
	// misbehaveWasm is the runtime's test function (?do=sleep&d=…, ?do=loop, …).
	misbehaveWasm []byte
	// wasmCache is filled outside the race detector; every worker reads it.
	wasmCache string
)

// The provider of the tests' pools, and its workers' token.
var (
	provider    = api.Address{0xde, 0xfa, 0xa5}
	workerToken = "worker-secret"
)

// level0 is the Market's first level: one core, 512 MB.
var level0 = runtime.Level{CPUMilli: 1000, MemoryMB: 512, ImageMB: 50}

func TestMain(m *testing.M) {
	if os.Getenv(workerChildEnv) != "" {
		os.Exit(runWorkerChild())
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "defaas-pool-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	wasmCache = filepath.Join(dir, "wazero")
	mods, err := wasmtest.Prepare(context.Background(), dir, wasmCache, wasmtest.Module{Name: "hello", ABI: functions.Reactor},
		wasmtest.Module{Package: "../runtime/testdata/misbehave", ABI: functions.Reactor})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	helloWasm, misbehaveWasm = mods[0], mods[1]
	return m.Run()
}

func runWorkerChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := pool.DefaultWorkerConfig()
	if err := daemon.ApplyEnv("DEFAAS_WORKER", &cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	log, _ := daemon.NewLogger(os.Stderr, "text", "debug")
	w, err := pool.NewWorker(cfg, pool.WorkerOptions{Logger: log})
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 1
	}
	defer w.Close()
	fmt.Fprintln(os.Stderr, "WORKER READY", w.Addr())
	if err := w.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 1
	}
	return 0
}

func quietLogger() *slog.Logger {
	if os.Getenv("DEFAAS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// fast is a pool configuration that notices a silent worker within a second and a half.
func fast(cfg pool.Config) pool.Config {
	cfg.HeartbeatTimeout = 1500 * time.Millisecond
	return cfg
}

// embedded starts a gateway with its embedded server.
func embedded(t testing.TB, dir string) (*pool.Gateway, pool.Config) {
	t.Helper()
	cfg := fast(pool.Config{Embedded: true, Listen: freeAddr(t), WorkerToken: workerToken})
	return gatewayOn(t, cfg, dir), cfg
}

func gatewayOn(t testing.TB, cfg pool.Config, dir string) *pool.Gateway {
	t.Helper()
	return gatewayWith(t, cfg, pool.GatewayOptions{Provider: provider, DataDir: dir, Logger: quietLogger()})
}

func gatewayWith(t testing.TB, cfg pool.Config, o pool.GatewayOptions) *pool.Gateway {
	t.Helper()
	g, err := pool.NewGateway(context.Background(), cfg, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close(context.Background()) })
	return g
}

// cluster is a NATS server standing for a real cluster: JetStream on disk, the provider's user
// with every right, the workers' user with a worker's permissions (as deploy/kubernetes
// configures them).
type cluster struct {
	t    testing.TB
	opts *server.Options
	ns   *server.Server
}

const providerToken = "provider-secret"

func startCluster(t testing.TB) *cluster {
	t.Helper()
	addr := freeAddr(t)
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	pub, sub := pool.NewSubjects(provider).WorkerPermissions()
	c := &cluster{t: t, opts: &server.Options{Host: host, Port: p, JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true,
		MaxPayload: pool.MaxPayload, MaxPending: 4 * pool.MaxPayload,
		Users: []*server.User{{Username: "defaas-provider", Password: providerToken},
			{Username: pool.WorkerUser, Password: workerToken, Permissions: &server.Permissions{
				Publish: &server.SubjectPermission{Allow: pub}, Subscribe: &server.SubjectPermission{Allow: sub},
				Response: &server.ResponsePermission{MaxMsgs: 1, Expires: time.Minute}}}}}}
	c.start()
	t.Cleanup(c.stop)
	return c
}

func (c *cluster) start() {
	c.t.Helper()
	ns, err := server.NewServer(c.opts)
	if err != nil {
		c.t.Fatal(err)
	}
	ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		c.t.Fatal("the test's NATS server did not start")
	}
	c.ns = ns
}

func (c *cluster) stop() {
	if c.ns != nil {
		c.ns.Shutdown()
		c.ns.WaitForShutdown()
		c.ns = nil
	}
}

func (c *cluster) url() string { return fmt.Sprintf("nats://%s:%d", c.opts.Host, c.opts.Port) }

// gatewayConfig is a gateway of the cluster, as the provider's user.
func (c *cluster) gatewayConfig() pool.Config {
	return fast(pool.Config{URL: c.url(), User: "defaas-provider", Token: providerToken})
}

// workerProc is a worker in a child process.
type workerProc struct {
	t       testing.TB
	name    string
	env     []string
	cmd     *exec.Cmd
	log     *lockedBuffer
	metrics string // host:port of /metrics
	exited  chan struct{}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// workerEnv configures a worker child: its name, capacity, NATS and credential.
func workerEnv(name, url string, cpuMilli, memoryMB int, extra ...string) []string {
	return append([]string{
		workerChildEnv + "=1",
		"DEFAAS_WORKER_NAME=" + name,
		"DEFAAS_WORKER_NATS=" + url,
		"DEFAAS_WORKER_PROVIDER=" + provider.String(),
		"DEFAAS_WORKER_TOKEN=" + workerToken,
		fmt.Sprintf("DEFAAS_WORKER_CPU_MILLI=%d", cpuMilli),
		fmt.Sprintf("DEFAAS_WORKER_MEMORY_MB=%d", memoryMB),
		"DEFAAS_WORKER_WASM_CACHE_DIR=" + wasmCache,
		"DEFAAS_WORKER_HEARTBEAT=250ms",
		"DEFAAS_WORKER_LISTEN=127.0.0.1:0",
	}, extra...)
}

// startWorker starts a worker process and waits until it has joined.
func startWorker(t testing.TB, env []string) *workerProc {
	t.Helper()
	w := &workerProc{t: t, env: env, log: &lockedBuffer{}}
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "DEFAAS_WORKER_NAME="); ok {
			w.name = v
		}
	}
	w.start()
	t.Cleanup(func() {
		w.kill()
		if t.Failed() || os.Getenv("DEFAAS_TEST_LOG") != "" {
			t.Logf("--- worker %s's log:\n%s", w.name, w.log.String())
		}
	})
	return w
}

func (w *workerProc) start() {
	w.t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), w.env...)
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = w.log, io.MultiWriter(w.log, pw)
	if err := cmd.Start(); err != nil {
		w.t.Fatal(err)
	}
	w.cmd = cmd
	w.exited = make(chan struct{})
	go func() { cmd.Wait(); pw.Close(); close(w.exited) }()
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if addr, ok := strings.CutPrefix(sc.Text(), "WORKER READY "); ok {
				ready <- addr
			}
		}
		io.Copy(io.Discard, pr)
	}()
	select {
	case w.metrics = <-ready:
	case <-w.exited:
		w.t.Fatalf("worker %s exited at start:\n%s", w.name, w.log.String())
	case <-time.After(30 * time.Second):
		w.t.Fatalf("worker %s did not start:\n%s", w.name, w.log.String())
	}
}

// kill sends SIGKILL: no goodbye of any kind.
func (w *workerProc) kill() {
	if w.cmd != nil && w.cmd.Process != nil {
		w.cmd.Process.Kill()
		<-w.exited
	}
}

// metric reads one unlabelled or labelled sample from the worker's /metrics.
func (w *workerProc) metric(name string) float64 {
	w.t.Helper()
	return scrape(w.t, "http://"+w.metrics+"/metrics", name)
}

func scrape(t testing.TB, url, name string) float64 {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	return 0
}

func eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for: %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// joined waits until the gateway hears every named worker.
func joined(t testing.TB, g *pool.Gateway, names ...string) {
	t.Helper()
	eventually(t, 15*time.Second, "workers "+strings.Join(names, ", ")+" in the inventory", func() bool {
		alive := map[string]bool{}
		for _, w := range g.Inventory().Workers {
			alive[w.Name] = w.Alive
		}
		for _, n := range names {
			if !alive[n] {
				return false
			}
		}
		return true
	})
}

// invoke runs hello on a lease through the backend and returns its body, or the error.
func invoke(g runtime.Backend, lease api.LeaseID, path, body string) (string, error) {
	req := &runtime.Request{Method: http.MethodPost, URI: path, Header: http.Header{"Content-Type": {"text/plain"}}}
	if body != "" {
		req.Body, req.ContentLength = strings.NewReader(body), int64(len(body))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := g.Invoke(ctx, lease, req)
	if err != nil {
		return "", err
	}
	if res.Status != http.StatusOK {
		return "", fmt.Errorf("status %d: %s", res.Status, res.Body)
	}
	return string(res.Body), nil
}

// placedOn is the worker a lease's placement names.
func placedOn(t testing.TB, g *pool.Gateway, lease api.LeaseID) []string {
	t.Helper()
	p, ok := g.Placement(lease)
	if !ok {
		t.Fatalf("lease %s is not placed", lease)
	}
	return p.Workers
}
