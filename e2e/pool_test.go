package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	functions "github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// daemon is a `defaas` process the test started and may kill; its output is kept for the
// test to read while it runs.
type daemon struct {
	t    *testing.T
	name string
	args []string
	env  []string
	mu   sync.Mutex
	log  bytes.Buffer
	cmd  *exec.Cmd
	done chan error
}

func (d *daemon) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.log.Write(p)
}

func (d *daemon) output() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.log.String()
}

func startDaemon(t *testing.T, c *cli, name string, args ...string) *daemon {
	t.Helper()
	d := &daemon{t: t, name: name, args: args, env: c.env}
	d.start()
	t.Cleanup(func() {
		d.kill()
		if t.Failed() || os.Getenv("DEFAAS_TEST_LOG") != "" {
			t.Logf("--- %s's log:\n%s", name, d.output())
		}
	})
	return d
}

func (d *daemon) start() {
	d.t.Helper()
	cmd := exec.Command(defaasBin, d.args...)
	cmd.Env = append(os.Environ(), d.env...)
	cmd.Stdout, cmd.Stderr = d, d
	if err := cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	fmt.Fprintf(d, "===== started\n")
	d.cmd, d.done = cmd, make(chan error, 1)
	go func() { d.done <- cmd.Wait() }()
}

// kill sends SIGKILL.
func (d *daemon) kill() {
	if d.cmd != nil {
		d.cmd.Process.Kill()
		<-d.done
		d.cmd = nil
	}
}

// metricSum sums the samples of a /metrics page whose line starts with prefix (a name and
// some of its labels, `defaas_witness_probes_total{outcome="served"`).
func metricSum(url, prefix string) float64 {
	res, err := http.Get(url)
	if err != nil {
		return -1
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sum := 0.0
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		if i := strings.LastIndexByte(line, ' '); i > 0 {
			f, _ := strconv.ParseFloat(line[i+1:], 64)
			sum += f
		}
	}
	return sum
}

// metric reads one sample from a /metrics page: its name and labels, exactly.
func metric(t *testing.T, url, name string) float64 {
	t.Helper()
	return metricSum(url, name+" ")
}

func until(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for: %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type customerSender struct{ *chain.Sender }

func (s customerSender) From() common.Address { return s.Sender.Address() }

// TestPool_AProviderWithThreeWorkersServesFailsOverAndRestarts runs a provider with an
// embedded NATS server, three `defaas worker run` processes and three `defaas witness run`
// daemons on a devnet, every one its own process: the capacity bid is the workers' free
// capacity, two leases are served, a third that fits no single worker is not bid on; the
// worker serving lease A is killed with SIGKILL in the middle of A's witnessed segment and A
// is served again by another worker, within the probe rules: A's committee, probing
// throughout, finds NoViolation, the provider is paid A's fee and every member one seat fee
// (SPEC §4.4); then the provider is killed with SIGKILL while the workers run, and comes back
// to lease B's placement, nothing placed twice. The customer invokes with signed requests
// through the provider's HTTP API throughout.
func TestPool_AProviderWithThreeWorkersServesFailsOverAndRestarts(t *testing.T) {
	if testing.Short() {
		t.Skip("a pool of processes on a devnet: not in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	work := t.TempDir()
	hello, err := functions.Build(ctx, "hello", functions.Reactor, work)
	if err != nil {
		t.Fatal(err)
	}
	helloWasm, err := os.ReadFile(hello)
	if err != nil {
		t.Fatal(err)
	}

	c := newCLI(t)
	httpPort, wsPort := freePort(t), freePort(t)
	startDaemon(t, c, "devnet", "devnet", "--http-port", fmt.Sprint(httpPort), "--ws-port", fmt.Sprint(wsPort), "--block-time", "500ms")
	waitPort(t, httpPort)
	manifest := filepath.Join(c.home, "manifest.json")
	until(t, 60*time.Second, "the devnet's manifest", func() bool { _, err := os.Stat(manifest); return err == nil })
	rpc := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	conn, err := chain.Dial(ctx, rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	m, err := contracts.LoadManifest(manifest)
	if err != nil {
		t.Fatal(err)
	}
	customerKey := keys.DevKey(1)
	customer := market.New(conn.Backend(), m, customerSender{chain.NewSender(conn, keys.FromKey(customerKey, conn.ChainID()).Opts, chain.WithPollInterval(50*time.Millisecond))})
	me := crypto.PubkeyToAddress(keys.DevKey(2).PublicKey)

	// The provider: an embedded NATS server for its pool; its own cpu_milli and memory_mb
	// (the defaults, 4000 and 8192) are not what it sells.
	natsPort, apiPort := freePort(t), freePort(t)
	natsURL := fmt.Sprintf("nats://127.0.0.1:%d", natsPort)
	providerURL := fmt.Sprintf("http://127.0.0.1:%d", apiPort)
	cfgPath := filepath.Join(work, "provider.toml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf(`data_dir = %q
listen = "127.0.0.1:%d"
stake_fst = "500"
poll_interval = "250ms"
[pricing]
strategy = "fixed"
[pricing.prices]
"1" = "2"
"2" = "4"
[pool]
embedded = true
listen = "127.0.0.1:%d"
worker_token = "pool-secret"
`, filepath.Join(work, "provider"), apiPort, natsPort)), 0o644)
	prov := startDaemon(t, c, "provider", "provider", "run", "--config", cfgPath, "--dev-account", "2", "--rpc", rpc)
	waitPort(t, natsPort)

	// Three workers, each 2 cores and 1536 MB.
	workers := map[string]*daemon{}
	metricsOf := map[string]string{}
	for _, name := range []string{"w1", "w2", "w3"} {
		port := freePort(t)
		metricsOf[name] = fmt.Sprintf("http://127.0.0.1:%d/metrics", port)
		workers[name] = startDaemon(t, c, name, "worker", "run", "--nats", natsURL, "--provider", me.Hex(), "--token", "pool-secret",
			"--name", name, "--cpu-milli", "2000", "--memory-mb", "1536", "--listen", fmt.Sprintf("127.0.0.1:%d", port),
			"--data-dir", filepath.Join(work, name))
	}
	provMetrics := providerURL + "/metrics"
	until(t, 60*time.Second, "three workers in the provider's inventory", func() bool { return metric(t, provMetrics, "defaas_pool_workers") == 3 })
	if cpu, mem := metric(t, provMetrics, "defaas_pool_free_cpu_milli"), metric(t, provMetrics, "defaas_pool_free_memory_mb"); cpu != 6000 || mem != 4608 {
		t.Fatalf("the pool offers %v cpu-milli and %v MB, want the workers' 6000 and 4608", cpu, mem)
	}
	_, stderr, err := c.try("worker", "run", "--nats", natsURL, "--provider", me.Hex(), "--token", "wrong", "--name", "intruder")
	if err == nil || !strings.Contains(stderr, "refused the credential") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("a worker with a wrong token: %v\n%s", err, stderr)
	}
	until(t, 30*time.Second, "the provider registered", func() bool { p, err := customer.Provider(ctx, me); return err == nil && p.Registered })

	// Three witnesses, dev accounts 3 to 5, registered before any committee is requested.
	witnessMetrics := map[common.Address]string{}
	for i := 3; i <= 5; i++ {
		port := freePort(t)
		a := crypto.PubkeyToAddress(keys.DevKey(i).PublicKey)
		witnessMetrics[a] = fmt.Sprintf("http://127.0.0.1:%d/metrics", port)
		startDaemon(t, c, fmt.Sprintf("witness-%d", i), "witness", "run", "--dev-account", fmt.Sprint(i), "--rpc", rpc,
			"--data-dir", filepath.Join(work, fmt.Sprintf("witness-%d", i)), "--listen", fmt.Sprintf("127.0.0.1:%d", port),
			"--stake", "100", "--poll-interval", "250ms")
	}
	until(t, 60*time.Second, "the witnesses registered", func() bool {
		for a := range witnessMetrics {
			if w, err := customer.Witness(ctx, a); err != nil || !w.Registered {
				return false
			}
		}
		return true
	})
	// What the provider and each witness hold, staked or not.
	holdings := func() map[common.Address]*big.Int {
		out := map[common.Address]*big.Int{}
		for _, a := range append([]common.Address{me}, slices.Collect(maps.Keys(witnessMetrics))...) {
			b, err := customer.Balance(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := customer.Provider(ctx, a)
			w, _ := customer.Witness(ctx, a)
			if p.Stake != nil {
				b.Add(b, p.Stake)
			}
			if w.Stake != nil {
				b.Add(b, w.Stake)
			}
			out[a] = b
		}
		return out
	}
	before := holdings()

	bids := func(id uint64) int {
		logs, err := conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(m.DeploymentBlock), Addresses: []common.Address{m.Market},
			Topics: [][]common.Hash{{market.MarketEvent("BidPlaced")}, {market.IDTopic(id)}, {common.BytesToHash(me.Bytes())}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	order := func(level uint32, units uint32) uint64 {
		id, _, err := customer.CreateOrder(ctx, market.OrderParams{LevelID: level, DurationUnits: units, MaxUnitPrice: contracts.FST(10),
			BiddingWindow: 3 * time.Second, WitnessCount: 3, Segments: 1})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	domain := sigauth.Domain{ChainID: conn.ChainID(), Market: m.Market}
	fn := client.New(providerURL, domain, customerKey, nil)
	invoke := func(id uint64, body string) error {
		ictx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		res, err := fn.Invoke(ictx, api.LeaseID(id), http.MethodPost, "/hi", []byte(body), nil)
		if err != nil {
			return err
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(b), "body: "+body) {
			return fmt.Errorf("%d %s: %s", res.StatusCode, res.Header.Get(api.ErrorHeader), b)
		}
		return nil
	}

	// Two leases of level 1 (1000 cpu-milli, 1024 MB), served: A for 14 billing units (70 s on
	// the dev preset), witnessed through the failover; B for 60, still served when the
	// provider restarts after A is over.
	leases := []uint64{order(1, 14), order(1, 60)}
	for _, id := range leases {
		until(t, 60*time.Second, fmt.Sprintf("order %d published", id), func() bool { o, err := customer.Order(ctx, id); return err == nil && o.Published })
		if _, err := customer.AcceptDeployment(ctx, id); err != nil {
			t.Fatal(err)
		}
		if _, err := fn.Upload(ctx, api.LeaseID(id), helloWasm); err != nil {
			t.Fatal(err)
		}
		if _, err := customer.Fulfill(ctx, id, sha256.Sum256(helloWasm)); err != nil {
			t.Fatal(err)
		}
		until(t, 30*time.Second, fmt.Sprintf("the provider confirmed the module of lease %d", id), func() bool {
			o, err := customer.Order(ctx, id)
			return err == nil && o.State == market.StateFulfilling
		})
		if err := invoke(id, "first"); err != nil {
			t.Fatalf("lease %d: %v", id, err)
		}
	}
	servedBy := func(id uint64) []string {
		var out []string
		re := regexp.MustCompile(fmt.Sprintf(`msg="serving a lease" worker=(\w+) lease=%d `, id))
		for name, w := range workers {
			if w.cmd != nil && re.MatchString(w.output()[strings.LastIndex(w.output(), "===== started"):]) {
				out = append(out, name)
			}
		}
		return out
	}
	a, b := servedBy(leases[0]), servedBy(leases[1])
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		t.Fatalf("leases served by %v and %v, want one worker each, two different", a, b)
	}
	if cpu, mem := metric(t, provMetrics, "defaas_pool_free_cpu_milli"), metric(t, provMetrics, "defaas_pool_free_memory_mb"); cpu != 4000 || mem != 2560 {
		t.Errorf("the pool offers %v cpu-milli and %v MB with two leases placed, want 4000 and 2560", cpu, mem)
	}

	// A level 2 lease (2000 cpu-milli, 2048 MB) fits the pool's sum but no worker: no bid. A
	// level 1 lease fits the third worker: a bid.
	tooBig := order(2, 2)
	fits := order(1, 2)
	until(t, 30*time.Second, "a bid on the order that fits a worker", func() bool { return bids(fits) == 1 })
	until(t, 30*time.Second, "the end of bidding on the order that fits no worker", func() bool {
		o, err := customer.Order(ctx, tooBig)
		h, _ := conn.Backend().HeaderByNumber(ctx, nil)
		return err == nil && h != nil && time.Unix(int64(h.Time), 0).After(o.BiddingEnd)
	})
	if n := bids(tooBig); n != 0 {
		t.Errorf("%d bids on an order no worker has room for", n)
	}
	if !strings.Contains(prov.output(), "no capacity for the order") {
		t.Error("the provider did not say it had no room for the level 2 order")
	}

	// Failover: once lease A's committee is drawn and probing, the worker serving A dies with
	// SIGKILL.
	committeeA := market.CommitteeID(leases[0], 0)
	until(t, 60*time.Second, "lease A's committee drawn", func() bool {
		cm, err := customer.Committee(ctx, committeeA)
		return err == nil && cm.Status >= market.CommitteeDrawn
	})
	cm, err := customer.Committee(ctx, committeeA)
	if err != nil {
		t.Fatal(err)
	}
	served := func(a common.Address) float64 {
		return metricSum(witnessMetrics[a], `defaas_witness_probes_total{outcome="served"`)
	}
	until(t, 30*time.Second, "every member of lease A's committee probing", func() bool {
		for _, mb := range cm.Members {
			if served(mb) < 3 {
				return false
			}
		}
		return true
	})
	servedBefore := map[common.Address]float64{}
	for _, mb := range cm.Members {
		servedBefore[mb] = served(mb)
	}
	victim := a[0]
	workers[victim].kill()
	killed := time.Now()
	for invoke(leases[0], "again") != nil {
		if time.Since(killed) > 60*time.Second {
			t.Fatal("the lease was not served again within 60 s of its worker's death")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("FAILOVER: lease %d served again %v after the kill -9 of its worker (default heartbeat 1 s, timeout 3 s)", leases[0], time.Since(killed).Round(10*time.Millisecond))
	if err := invoke(leases[1], "unaffected"); err != nil {
		t.Fatalf("the other lease: %v", err)
	}
	moved := servedBy(leases[0])
	if len(moved) != 1 || moved[0] == victim {
		t.Fatalf("after the failover lease %d is served by %v", leases[0], moved)
	}

	// Lease A's committee probed on through the failover and finds no violation: the lease
	// ends Finished, the provider paid A's fee, every member one seat fee.
	until(t, 20*time.Second, "every member of lease A's committee served again after the failover", func() bool {
		for _, mb := range cm.Members {
			if served(mb) <= servedBefore[mb] {
				return false
			}
		}
		return true
	})
	until(t, 3*time.Minute, "lease A finished", func() bool {
		o, err := customer.Order(ctx, leases[0])
		return err == nil && o.State == market.StateFinished
	})
	if cm, err = customer.Committee(ctx, committeeA); err != nil {
		t.Fatal(err)
	}
	if cm.Status != market.CommitteeFinalized || cm.Violated || cm.Revealed != 3 {
		t.Fatalf("lease A's committee ended %s violated=%v with %d reports revealed; want Finalized, NoViolation, 3", cm.Status, cm.Violated, cm.Revealed)
	}
	for _, mb := range cm.Members {
		seat, err := customer.Seat(ctx, committeeA, mb)
		if err != nil {
			t.Fatal(err)
		}
		failed := metricSum(witnessMetrics[mb], `defaas_witness_probes_total{outcome="failed"`)
		t.Logf("witness %s: %v probes served, %v failed (on both leases); reported violated=%v", mb.Hex(), served(mb), failed, seat.Violated)
		if !seat.Revealed || seat.Violated {
			t.Errorf("witness %s: revealed=%v violated=%v, want a revealed NoViolation", mb.Hex(), seat.Revealed, seat.Violated)
		}
	}
	lease, err := customer.Lease(ctx, leases[0])
	if err != nil {
		t.Fatal(err)
	}
	after := holdings()
	want := map[common.Address]*big.Int{me: lease.Fee}
	for _, mb := range cm.Members {
		want[mb] = cm.SeatFee
	}
	for a, b := range before {
		w := want[a]
		if w == nil {
			w = new(big.Int)
		}
		if got := new(big.Int).Sub(after[a], b); got.Cmp(w) != 0 {
			t.Errorf("%s: FST changed by %s over lease A, want %s", a.Hex(), market.FormatFST(got), market.FormatFST(w))
		}
	}

	// The provider dies with SIGKILL while the workers run, and comes back.
	loads := func() map[string]float64 {
		out := map[string]float64{}
		for name, w := range workers {
			if w.cmd != nil {
				out[name] = metric(t, metricsOf[name], `defaas_worker_loads_total{outcome="ok"}`)
			}
		}
		return out
	}
	loadsBefore := loads()
	prov.kill()
	prov.start()
	until(t, 60*time.Second, "the provider back, its pool of two workers with it", func() bool { return metric(t, provMetrics, "defaas_pool_workers") == 2 })
	until(t, 30*time.Second, "lease B served after the provider's restart", func() bool { return invoke(leases[1], "restarted") == nil })
	time.Sleep(7 * time.Second) // two heartbeat timeouts and more: time for any wrong move
	loadsAfter := loads()
	for name, n := range loadsBefore {
		if loadsAfter[name] != n {
			t.Errorf("worker %s loaded %v leases before the provider's restart and %v after: something was placed again", name, n, loadsAfter[name])
		}
	}
	if got := metric(t, provMetrics, "defaas_pool_placements"); got != 1 {
		t.Errorf("%v placements after the restart, want lease B's alone (A is over)", got)
	}
	if n := metric(t, provMetrics, "defaas_pool_replacements_total"); n != 0 {
		t.Errorf("the restarted provider re-placed %v leases", n)
	}
	if err := invoke(leases[1], "still"); err != nil {
		t.Errorf("lease B at the end: %v", err)
	}
}

// TestPool_NATSDownAtStartIsOneLine: a provider and a worker whose NATS is not there each exit
// 1 with one line saying what is wrong.
func TestPool_NATSDownAtStartIsOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("processes: not in -short")
	}
	c := newCLI(t)
	natsPort := freePort(t)
	cfg := filepath.Join(c.home, "provider.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("data_dir = %q\n[pool]\nurl = \"nats://127.0.0.1:%d\"\ntoken = \"x\"\n", filepath.Join(c.home, "p"), natsPort)), 0o644)
	httpPort := freePort(t)
	dn := startDaemon(t, c, "devnet", "devnet", "--http-port", fmt.Sprint(httpPort), "--ws-port", fmt.Sprint(freePort(t)))
	waitPort(t, httpPort)
	until(t, 60*time.Second, "the devnet's manifest", func() bool { _, err := os.Stat(filepath.Join(c.home, "manifest.json")); return err == nil })
	_, stderr, err := c.try("provider", "run", "--config", cfg, "--dev-account", "2", "--rpc", fmt.Sprintf("http://127.0.0.1:%d", httpPort))
	if err == nil || !strings.Contains(stderr, fmt.Sprintf("cannot reach NATS at nats://127.0.0.1:%d", natsPort)) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("provider with its NATS down: %v\n%s", err, stderr)
	}
	dn.kill()

	_, stderr, err = c.try("worker", "run", "--nats", fmt.Sprintf("nats://127.0.0.1:%d", natsPort), "--provider", common.Address{1}.Hex(), "--token", "t", "--name", "w")
	if err == nil || !strings.Contains(stderr, fmt.Sprintf("cannot reach NATS at nats://127.0.0.1:%d", natsPort)) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("worker with its NATS down: %v\n%s", err, stderr)
	}
}
