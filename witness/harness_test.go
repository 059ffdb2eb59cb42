package witness_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
	"github.com/defaas/defaas/witness"
)

// Accounts of a world: 0 deployed the contracts, 1 is the customer, 2 the provider, and the
// witnesses follow.
const (
	customerAcc  = 1
	providerAcc  = 2
	firstWitness = 3
	witnesses    = 3
)

// world is a simulated chain with a customer, a provider serving leases from a real
// runtime.Server with signed requests, and a clock that runs by itself.
type world struct {
	t *testing.T
	// chain is the simulated chain, nil on a devnet.
	chain    *testchain.Chain
	chainID  *big.Int
	manifest contracts.Manifest
	// waitUntil returns once the chain's latest block is later than t.
	waitUntil     func(t time.Time)
	biddingWindow time.Duration
	conn          *chain.Conn
	reader        *market.Client
	customer      *market.Client
	provider      *market.Client
	engine        *runtime.Engine
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := testchain.New(t, firstWitness+witnesses)
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, chain: c, chainID: c.ChainID, manifest: c.Manifest, conn: conn, reader: market.New(c.Client, c.Manifest, nil),
		customer:      market.New(c.Client, c.Manifest, c.Transactor(customerAcc)),
		provider:      market.New(c.Client, c.Manifest, c.Transactor(providerAcc)),
		waitUntil:     func(t time.Time) { c.AdvanceTo(t) },
		biddingWindow: 10 * time.Second}
	w.setup()
	return w
}

// setup registers the provider and starts its function runtime.
func (w *world) setup() {
	t := w.t
	if _, err := w.provider.RegisterProvider(context.Background(), contracts.FST(1000), "https://p.example"); err != nil {
		t.Fatal(err)
	}
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	w.engine = eng
}

// runClock mines a block every tick of wall time until the test ends, as blocks come on a
// real chain; each block moves the simulated chain's clock one second.
func (w *world) runClock(tick time.Duration) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(tick):
				w.chain.Mine(1)
			}
		}
	}()
	w.t.Cleanup(func() { cancel(); <-done })
}

// provide serves one lease's function the way a provider does: the runtime behind sigauth,
// the customer unlimited, the committee's members rate-limited, anyone else refused.
func (w *world) provide(module []byte) *httptest.Server {
	w.t.Helper()
	verifier, err := sigauth.NewVerifier(sigauth.Config{
		Domain:           sigauth.Domain{ChainID: w.chainID, Market: w.manifest.Market},
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
		// Faster than a real provider's limit, as the dev clock is.
		WitnessRate: sigauth.Rate{Every: 10 * time.Millisecond, Burst: 20},
		Authorize: func(ctx context.Context, _ *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
			l, err := w.reader.Lease(ctx, uint64(lease))
			if err != nil {
				return sigauth.RoleNone, err
			}
			if signer == l.Customer {
				return sigauth.RoleCustomer, nil
			}
			cm, err := w.reader.Committee(ctx, uint64(lease))
			if err != nil {
				return sigauth.RoleNone, err
			}
			if cm.IsMember(signer) {
				return sigauth.RoleWitness, nil
			}
			return sigauth.RoleNone, nil
		},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	api := runtime.NewServer(runtime.NewInProcess(w.engine), runtime.ServerOptions{
		Resolver: runtime.ResolverFunc(func(context.Context, api.LeaseID) (runtime.LeaseInfo, error) {
			return runtime.LeaseInfo{Level: runtime.Level{CPUMilli: 1000, MemoryMB: 64, ImageMB: 20}, Active: true}, nil
		}),
		Auth: verifier.Middleware,
	})
	srv := httptest.NewServer(api)
	w.t.Cleanup(func() { srv.Close(); api.Close() })
	return srv
}

// lease runs an order up to the start of service, its function served by srv: it returns the
// lease id.
func (w *world) lease(srv *httptest.Server, module []byte, units uint32) uint64 {
	w.t.Helper()
	ctx := context.Background()
	id, _, err := w.customer.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: units, MaxUnitPrice: contracts.FST(10),
		BiddingWindow: w.biddingWindow, WitnessCount: witnesses})
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.provider.Bid(ctx, id, contracts.FST(8)); err != nil {
		w.t.Fatal(err)
	}
	o, err := w.reader.Order(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	w.waitUntil(o.Deadline)
	steps := []func() error{
		func() error { _, err := w.customer.CloseBidding(ctx, id); return err },
		func() error { _, err := w.provider.PublishDeployment(ctx, id, srv.URL+"/", nil); return err },
		func() error { _, err := w.customer.AcceptDeployment(ctx, id); return err },
		func() error { return w.upload(srv, id, module) },
		func() error { _, err := w.customer.Fulfill(ctx, id); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			w.t.Fatal(err)
		}
	}
	return id
}

func (w *world) upload(srv *httptest.Server, id uint64, module []byte) error {
	req, err := http.NewRequest(http.MethodPut, api.FunctionURL(srv.URL, api.LeaseID(id)), bytes.NewReader(module))
	if err != nil {
		return err
	}
	if err := sigauth.Sign(req, keys.DevKey(customerAcc), sigauth.Domain{ChainID: w.chainID, Market: w.manifest.Market}, api.LeaseID(id)); err != nil {
		return err
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusCreated {
		w.t.Fatalf("upload to lease %d: %s %s", id, res.Status, body)
	}
	return nil
}

// testConfig probes fast, as the dev preset's short leases need.
func testConfig() witness.Config {
	cfg := witness.DefaultConfig()
	cfg.StakeFST = "100"
	cfg.Listen = "127.0.0.1:0"
	cfg.ProbeInterval = 80 * time.Millisecond
	cfg.ProbeJitter = 30 * time.Millisecond
	cfg.ProbeTimeout = 2 * time.Second
	cfg.PollInterval = 20 * time.Millisecond
	return cfg
}

// daemon is one running witness daemon of a world.
type daemonRun struct {
	*witness.Witness
	dataDir string
	done    chan error
	cancel  context.CancelFunc
}

// startWitness runs the daemon of witness account i on the data directory dataDir ("" for a
// new one).
func (w *world) startWitness(i int, cfg witness.Config, dataDir string) *daemonRun {
	w.t.Helper()
	if dataDir == "" {
		dataDir = w.t.TempDir()
	}
	cfg.DataDir = dataDir
	logger := slog.New(slog.NewTextHandler(testWriter{w.t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	wit, err := witness.New(context.Background(), cfg, witness.Options{
		Conn: w.conn, Manifest: w.manifest, Signer: keys.FromKey(keys.DevKey(i), w.chainID),
		Logger: logger, Registry: prometheus.NewRegistry(),
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(5 * time.Millisecond)},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	d := &daemonRun{Witness: wit, dataDir: dataDir, done: make(chan error, 1)}
	go func() { d.done <- wit.Run(context.Background()) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			wit.Close()
			if err := <-d.done; err != nil {
				w.t.Errorf("witness %d: %v", i, err)
			}
		})
	}
	d.cancel = stop
	w.t.Cleanup(stop)
	return d
}

// stop stops the daemon and closes its store.
func (d *daemonRun) stop() { d.cancel() }

// testWriter sends logs to the test's log, which -v shows and failures print.
type testWriter struct{ t *testing.T }

func (tw testWriter) Write(p []byte) (int, error) {
	tw.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}

// seat is the daemon's status of its seat on lease id, if it has one.
func (d *daemonRun) seat(id uint64) (witness.SeatStatus, bool) {
	for _, s := range d.Seats() {
		if s.Lease == id {
			return s, true
		}
	}
	return witness.SeatStatus{}, false
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
