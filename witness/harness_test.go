package witness_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
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

// world is a real node (the embedded devnet, over HTTP, on the dev preset, its clock the wall
// clock) with a customer and a provider account: the chain every end-to-end test of the
// witness runs on.
type world struct {
	t            *testing.T
	dev          *devnet.Devnet
	manifestPath string
	conn         *chain.Conn
	chainID      *big.Int
	manifest     contracts.Manifest
	params       market.Params
	domain       sigauth.Domain
	reader       *market.Client
	customer     *market.Client
	provider     *market.Client
}

func newWorld(t *testing.T) *world {
	t.Helper()
	realTime(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	manifestPath := filepath.Join(t.TempDir(), "manifest.json")
	d, err := devnet.Start(ctx, devnet.Config{BlockTime: 250 * time.Millisecond, Accounts: firstWitness + witnesses, ManifestPath: manifestPath})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	conn, err := chain.Dial(ctx, d.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(conn.Close)
	m := d.Manifest()
	w := &world{t: t, dev: d, manifestPath: manifestPath, conn: conn, chainID: conn.ChainID(), manifest: m,
		domain: sigauth.Domain{ChainID: conn.ChainID(), Market: m.Market},
		reader: market.New(conn.Backend(), m, nil), customer: w0as(conn, m, customerAcc), provider: w0as(conn, m, providerAcc)}
	if w.params, err = w.reader.Params(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := w.provider.RegisterProvider(ctx, contracts.FST(5000), "https://provider.example"); err != nil {
		t.Fatal(err)
	}
	// One allowance for every order, so that orders can be created at once.
	token := contracts.NewFaaSToken()
	s := chain.NewSender(conn, keys.FromKey(keys.DevKey(customerAcc), conn.ChainID()).Opts, chain.WithPollInterval(50*time.Millisecond))
	tx, err := s.Send(ctx, m.Token, token.PackApprove(m.Market, contracts.FST(500_000)), nil)
	if err == nil {
		_, err = s.Wait(ctx, tx)
	}
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func w0as(conn *chain.Conn, m contracts.Manifest, i int) *market.Client {
	s := chain.NewSender(conn, keys.FromKey(keys.DevKey(i), conn.ChainID()).Opts, chain.WithPollInterval(50*time.Millisecond))
	return market.New(conn.Backend(), m, s)
}

// addLevel adds a FaaS level as the Market's owner (the deployer, account 0) and returns its
// id.
func (w *world) addLevel(cpuMilli, memoryMB, imageMB uint32) uint32 {
	w.t.Helper()
	ctx := context.Background()
	s := chain.NewSender(w.conn, keys.FromKey(keys.DevKey(0), w.chainID).Opts, chain.WithPollInterval(50*time.Millisecond))
	tx, err := s.Send(ctx, w.manifest.Market, contracts.NewMarket().PackAddLevel(cpuMilli, memoryMB, imageMB), nil)
	if err == nil {
		_, err = s.Wait(ctx, tx)
	}
	if err != nil {
		w.t.Fatal(err)
	}
	levels, err := w.reader.Levels(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return levels[len(levels)-1].ID
}

// now is the chain's time.
func (w *world) now() time.Time {
	h, err := w.conn.Backend().HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

// waitUntil returns once the chain's latest block is later than at.
func (w *world) waitUntil(at time.Time) {
	waitFor(w.t, "the chain's clock to pass "+at.String(), 2*time.Minute, func() bool { return w.now().After(at) })
}

// realTime skips a test that plays leases on a real node: their windows are seconds of wall
// time (the dev preset), which code under the race detector cannot keep. tools/test.sh runs
// these tests without it.
func realTime(t *testing.T) {
	t.Helper()
	if raceEnabled && os.Getenv("DEFAAS_WITNESS_RACE_REALTIME") == "" {
		t.Skip("real time: the dev preset's windows are seconds, too short for code under the race detector; tools/test.sh runs this test without it")
	}
	if testing.Short() {
		t.Skip("real time: a lease on a real node takes a minute or more, not in -short")
	}
}

// ---------------------------------------------------------------- providers

// provider is a test provider's HTTP server: honest (a real runtime behind signed requests,
// as the provider daemon serves) or doctored.
type provider struct {
	*httptest.Server
	modules *runtime.MemoryStore
}

// providerOptions make an honest provider less than perfect.
type providerOptions struct {
	// timeout is its runtime's request timeout: below the deployment's, it stands for hardware
	// too slow for a function. Zero: the deployment's.
	timeout time.Duration
	// serveModule, if set, is what it serves at GET …/function instead of the committed module.
	serveModule []byte
}

// honestProvider serves leases the way the provider daemon does: the function runtime behind
// sigauth — the customer unlimited, the current segment's committee within its probe rate,
// anyone else refused — and the module at GET …/function to the committee.
func (w *world) honestProvider(o providerOptions) *provider {
	w.t.Helper()
	verifier, err := sigauth.NewVerifier(sigauth.Config{
		Domain:           w.domain,
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
		WitnessRate:      sigauth.Rate{Every: w.params.ProbeEvery(), Burst: int(w.params.ProbeBurst)},
		Authorize:        w.authorize,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	timeout := o.timeout
	if timeout == 0 {
		timeout = w.params.RequestTimeout
	}
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Timeout: timeout, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		w.t.Fatal(err)
	}
	modules := runtime.NewMemoryStore()
	server := runtime.NewServer(runtime.NewInProcess(eng), runtime.ServerOptions{
		Resolver: runtime.ResolverFunc(w.resolve), Store: modules, Auth: verifier.Middleware,
	})
	mux := http.NewServeMux()
	mux.Handle("GET "+api.RouteFunction, verifier.Middleware(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if who, ok := sigauth.FromContext(r.Context()); !ok || who.Role == sigauth.RoleNone {
			api.WriteError(rw, &api.Error{Status: http.StatusForbidden, Reason: api.ReasonForbidden})
			return
		}
		id, _ := api.LeaseFromRequest(r)
		wasm, err := modules.Get(r.Context(), id)
		if err != nil {
			api.WriteError(rw, &api.Error{Status: http.StatusNotFound, Reason: api.ReasonNotDeployed})
			return
		}
		if o.serveModule != nil {
			wasm = o.serveModule
		}
		rw.Header().Set("Content-Type", "application/wasm")
		rw.Write(wasm)
	})))
	mux.Handle("/", server)
	srv := httptest.NewServer(mux)
	w.t.Cleanup(func() { srv.Close(); server.Close(); eng.Close(context.Background()) })
	return &provider{Server: srv, modules: modules}
}

// resolve: every lease of the chain, at its level, in service.
func (w *world) resolve(ctx context.Context, id api.LeaseID) (runtime.LeaseInfo, error) {
	o, err := w.reader.Order(ctx, uint64(id))
	if err != nil {
		return runtime.LeaseInfo{}, runtime.ErrUnknownLease
	}
	l, err := w.reader.Level(ctx, o.LevelID)
	if err != nil {
		return runtime.LeaseInfo{}, err
	}
	return runtime.LeaseInfo{Level: runtime.Level{CPUMilli: l.CPUMilli, MemoryMB: l.MemoryMB, ImageMB: l.ImageMB}, Active: true}, nil
}

// authorize is the provider daemon's rule: the customer; a member of the committee of a
// segment running now by the chain's clock, within a request timeout and the margin either
// side; nobody else.
func (w *world) authorize(ctx context.Context, _ *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
	o, err := w.reader.Order(ctx, uint64(lease))
	if err != nil {
		return sigauth.RoleNone, err
	}
	if signer == o.Customer {
		return sigauth.RoleCustomer, nil
	}
	segs, err := w.reader.Segments(ctx, o)
	if err != nil {
		return sigauth.RoleNone, err
	}
	now, grace := w.now(), w.params.RequestTimeout+w.params.ProbeMargin
	for _, s := range segs {
		if s.Start.IsZero() || now.Before(s.Start.Add(-grace)) || !now.Before(s.End.Add(grace)) {
			continue
		}
		if ok, err := w.reader.IsMember(ctx, s.CommitteeID, signer); err != nil || ok {
			return sigauth.RoleWitness, err
		}
	}
	return sigauth.RoleNone, nil
}

// doctoredProvider serves the module at GET …/function, takes uploads (handing each lease id
// to onUpload, if given, before it answers) and answers every invocation with lie: a provider
// that runs nothing.
func (w *world) doctoredProvider(module []byte, lie http.HandlerFunc, onUpload ...func(api.LeaseID)) *provider {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api.RouteFunction, func(rw http.ResponseWriter, _ *http.Request) {
		rw.Header().Set("Content-Type", "application/wasm")
		rw.Write(module)
	})
	mux.HandleFunc("PUT "+api.RouteFunction, func(rw http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		if id, err := api.LeaseFromRequest(r); err == nil {
			for _, f := range onUpload {
				f(id)
			}
		}
		rw.WriteHeader(http.StatusCreated)
	})
	mux.Handle(api.RouteInvokeRoot, lie)
	mux.Handle(api.RouteInvoke, lie)
	srv := httptest.NewServer(mux)
	w.t.Cleanup(srv.Close)
	return &provider{Server: srv}
}

// stamp sets DeFaaS-Time to now, as a provider that admits requests does.
func stamp(rw http.ResponseWriter) {
	rw.Header().Set(api.TimeHeader, strconv.FormatInt(time.Now().UnixMilli(), 10))
}

// ---------------------------------------------------------------- leases

// leaseSpec is a lease to play: its provider's endpoint, the module the customer uploads and
// commits, its length in billing units and its segments.
type leaseSpec struct {
	name     string
	endpoint string
	module   []byte
	units    uint32
	segments uint8
	level    uint32
}

// leases runs orders up to the start of their service, all at once: created, bid on, closed,
// published at their endpoints, accepted, their modules uploaded, committed and confirmed. It
// returns their ids in the order of specs.
func (w *world) leases(specs ...leaseSpec) []uint64 {
	w.t.Helper()
	ids := make([]uint64, len(specs))
	errs := make([]error, len(specs))
	var wg sync.WaitGroup
	for i, s := range specs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids[i], errs[i] = w.lease(s)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			w.t.Fatalf("lease %s: %v", specs[i].name, err)
		}
	}
	return ids
}

func (w *world) lease(s leaseSpec) (uint64, error) {
	ctx := context.Background()
	segs := s.segments
	if segs == 0 {
		segs = 1
	}
	id, _, err := w.customer.CreateOrder(ctx, market.OrderParams{LevelID: s.level, DurationUnits: s.units, MaxUnitPrice: contracts.FST(10),
		BiddingWindow: 8 * time.Second, WitnessCount: witnesses, Segments: segs})
	if err != nil {
		return 0, err
	}
	if _, err := w.provider.Bid(ctx, id, contracts.FST(8)); err != nil {
		return 0, err
	}
	o, err := w.reader.Order(ctx, id)
	if err != nil {
		return 0, err
	}
	w.waitUntil(o.BiddingEnd)
	steps := []func() error{
		func() error { _, err := w.customer.CloseBidding(ctx, id); return err },
		func() error { _, err := w.provider.PublishDeployment(ctx, id, s.endpoint+"/", nil); return err },
		func() error { _, err := w.customer.AcceptDeployment(ctx, id); return err },
		func() error { return w.upload(s.endpoint, id, s.module) },
		func() error { _, err := w.customer.Fulfill(ctx, id, sha256.Sum256(s.module)); return err },
		func() error { _, err := w.provider.ConfirmDeployment(ctx, id); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// upload puts the customer's module at the provider, signed by the customer.
func (w *world) upload(endpoint string, id uint64, module []byte) error {
	req, err := http.NewRequest(http.MethodPut, api.FunctionURL(endpoint, api.LeaseID(id)), bytes.NewReader(module))
	if err != nil {
		return err
	}
	if err := sigauth.Sign(req, keys.DevKey(customerAcc), w.domain, api.LeaseID(id)); err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusCreated {
		return fmt.Errorf("upload to lease %d: %s %s", id, res.Status, body)
	}
	return nil
}

// ---------------------------------------------------------------- witnesses

// testConfig is a witness daemon's configuration for tests: it reads the chain often and
// compiles modules from the test binary's cache.
func testConfig() witness.Config {
	cfg := witness.DefaultConfig()
	cfg.StakeFST = "200"
	cfg.Listen = "127.0.0.1:0"
	cfg.PollInterval = 200 * time.Millisecond
	cfg.WasmCacheDir = cacheDir
	return cfg
}

// daemonRun is one running witness daemon of a world.
type daemonRun struct {
	*witness.Witness
	dataDir string
	done    chan error
	cancel  func()
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
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(50 * time.Millisecond)},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	d := &daemonRun{Witness: wit, dataDir: dataDir, done: make(chan error, 1)}
	go func() { d.done <- wit.Run(context.Background()) }()
	var once sync.Once
	d.cancel = func() {
		once.Do(func() {
			wit.Close()
			if err := <-d.done; err != nil {
				w.t.Errorf("witness %d: %v", i, err)
			}
		})
	}
	w.t.Cleanup(d.cancel)
	return d
}

// startWitnesses runs every witness daemon of the world and waits until they are registered.
func (w *world) startWitnesses() []*daemonRun {
	w.t.Helper()
	var ds []*daemonRun
	for i := 0; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(w.t, "the witnesses to register", time.Minute, func() bool {
		for _, d := range ds {
			if d.Healthy() != nil {
				return false
			}
		}
		return true
	})
	return ds
}

// stop stops the daemon and closes its store.
func (d *daemonRun) stop() { d.cancel() }

// seat is the daemon's status of its seat on a committee, if it has one.
func (d *daemonRun) seat(committee uint64) (witness.SeatStatus, bool) {
	for _, s := range d.Seats() {
		if s.Committee == committee {
			return s, true
		}
	}
	return witness.SeatStatus{}, false
}

// testWriter sends logs to the test's log, which -v shows and failures print.
type testWriter struct{ t *testing.T }

func (tw testWriter) Write(p []byte) (int, error) {
	tw.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// ---------------------------------------------------------------- outcomes

// finished waits until the order is Finished: every segment judged, settled and paid out.
func (w *world) finished(t *testing.T, id uint64) {
	t.Helper()
	waitFor(t, fmt.Sprintf("order %d to finish", id), 3*time.Minute, func() bool {
		o, err := w.reader.Order(context.Background(), id)
		return err == nil && o.State == market.StateFinished
	})
}

// checkSegments checks each segment of order id against its expected verdict: the committee
// finalized with every member's report revealed, each daemon's report the verdict and its
// payoff the table's (+1 s for a true NoViolation, +10 s for a true Violation), and the
// settlement's count of violated segments.
func (w *world) checkSegments(t *testing.T, id uint64, ds []*daemonRun, verdicts ...bool) {
	t.Helper()
	w.checkVerdicts(t, id, verdicts...)
	for k, want := range verdicts {
		units := int64(1)
		if want {
			units = 10
		}
		for _, d := range ds {
			s, _ := d.seat(market.CommitteeID(id, uint8(k)))
			t.Logf("segment %d, witness %s: served %d, failed %d %v, inconclusive %d, report %v, payoff %v seat fees",
				k, d.Address().Hex(), s.Served, s.Failed, s.Failures, s.Inconclusive, ptr(s.Report), ptr(s.PayoffUnits))
			if s.Report == nil || *s.Report != want || s.Missed != "" {
				t.Errorf("segment %d, witness %s: report %v, missed %q; want %v", k, d.Address().Hex(), ptr(s.Report), s.Missed, want)
			}
			if s.Served+s.Failed < 3 {
				t.Errorf("segment %d, witness %s counted %d probes; want at least 3", k, d.Address().Hex(), s.Served+s.Failed)
			}
			if s.PayoffUnits == nil || *s.PayoffUnits != units {
				t.Errorf("segment %d, witness %s: payoff %v seat fees, want %d", k, d.Address().Hex(), ptr(s.PayoffUnits), units)
			}
		}
	}
}

// checkVerdicts checks each segment's committee against its expected verdict, every member's
// report revealed, and the settlement's count of violated segments.
func (w *world) checkVerdicts(t *testing.T, id uint64, verdicts ...bool) {
	t.Helper()
	ctx := context.Background()
	violated := 0
	for k, want := range verdicts {
		cm, err := w.reader.Committee(ctx, market.CommitteeID(id, uint8(k)))
		if err != nil {
			t.Fatal(err)
		}
		if cm.Status != market.CommitteeFinalized || cm.Violated != want || int(cm.Revealed) != witnesses {
			t.Errorf("segment %d: committee %s violated=%v revealed=%d; want Finalized violated=%v with %d revealed",
				k, cm.Status, cm.Violated, cm.Revealed, want, witnesses)
		}
		if want {
			violated++
		}
	}
	st, err := w.reader.Settlement(ctx, id)
	if err != nil || st == nil || int(st.ViolatedSegments) != violated {
		t.Errorf("settlement %+v (%v); want %d violated segments", st, err, violated)
	}
}

// ptr prints what p points to, or nil.
func ptr[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// seatsDone waits until every daemon is done with its seat on each of the order's segments.
// A segment that went unwitnessed, or that the order ended without opening, ends the wait at
// once: no seat will come.
func (w *world) seatsDone(t *testing.T, id uint64, segments int, ds []*daemonRun) {
	t.Helper()
	ctx := context.Background()
	waitFor(t, fmt.Sprintf("every witness to be done with order %d", id), 3*time.Minute, func() bool {
		for k := 0; k < segments; k++ {
			for _, d := range ds {
				if s, ok := d.seat(market.CommitteeID(id, uint8(k))); !ok || s.Phase != witness.PhaseDone {
					if cm, err := w.reader.Committee(ctx, market.CommitteeID(id, uint8(k))); err == nil && cm.Status == market.CommitteeUnwitnessed {
						t.Fatalf("segment %d of order %d went unwitnessed: no committee of %d was drawn", k, id, witnesses)
					}
					if o, err := w.reader.Order(ctx, id); err == nil && o.State.Terminal() && !ok {
						t.Fatalf("order %d ended %s with witness %s never seated on segment %d", id, o.State, d.Address().Hex(), k)
					}
					return false
				}
			}
		}
		return true
	})
}
