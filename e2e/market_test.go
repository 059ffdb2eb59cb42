package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/defaas/defaas/contracts"
	functions "github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

// process is a daemon (or a long command) the test started and may kill.
type process struct {
	name string
	cmd  *exec.Cmd
	log  *syncBuffer
	done chan error
}

// syncBuffer is a bytes.Buffer a process writes while the test reads it.
type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{mu: make(chan struct{}, 1)} }

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu <- struct{}{}
	defer func() { <-b.mu }()
	return b.buf.String()
}

func (c *cli) start(t *testing.T, name string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(defaasBin, args...)
	cmd.Env = append(os.Environ(), c.env...)
	log := newSyncBuffer()
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{name: name, cmd: cmd, log: log, done: make(chan error, 1)}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("--- %s's log:\n%s", name, log.String())
		}
	})
	return p
}

// kill ends the process with SIGKILL, if it still runs, and waits for it.
func (p *process) kill() {
	if p.cmd.ProcessState == nil {
		p.cmd.Process.Signal(syscall.SIGKILL)
	}
	select {
	case err := <-p.done:
		p.done <- err
	case <-time.After(10 * time.Second):
	}
}

// wait waits for the process to exit by itself, within d.
func (p *process) wait(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case err := <-p.done:
		p.done <- err
		if err != nil {
			t.Fatalf("%s exited with %v:\n%s", p.name, err, p.log.String())
		}
	case <-time.After(d):
		t.Fatalf("%s still runs after %s:\n%s", p.name, d, p.log.String())
	}
}

// anvilMarket is a DeFaaS deployment on an anvil of its own: `defaas deploy` with anvil's
// first key, and accounts of their own (keys.DevKey) given ether with anvil_setBalance and
// FST from the faucet, each named by its role.
type anvilMarket struct {
	c      *cli
	r      *market.Client
	eth    *ethclient.Client
	m      contracts.Manifest
	keys   map[string]string // role → private key, hex
	addrs  map[string]common.Address
	names  map[common.Address]string
	roles  []string
	work   string // functions, configurations, daemons' data
	cache  string // the daemons' shared compilation cache
	thumb  string // the example functions, built
	hello  string
	before ledger
}

func startAnvilMarket(t *testing.T, ctx context.Context, roles ...string) *anvilMarket {
	t.Helper()
	work := t.TempDir()
	mk := &anvilMarket{keys: map[string]string{"deployer": anvilKeys[0]}, addrs: map[string]common.Address{}, names: map[common.Address]string{},
		roles: append([]string{"deployer"}, roles...), work: work, cache: filepath.Join(work, "wasm-cache")}
	// The functions are built and compiled into the daemons' shared cache (as daemons on one
	// machine may share it) while anvil starts.
	built := make(chan error, 1)
	go func() {
		var err error
		if mk.thumb, err = functions.Build(ctx, "thumbnail", functions.Reactor, work); err != nil {
			built <- err
			return
		}
		if mk.hello, err = functions.Build(ctx, "hello", functions.Reactor, work); err != nil {
			built <- err
			return
		}
		built <- precompile(ctx, mk.cache, mk.thumb, mk.hello)
	}()

	port := freePort(t)
	anvil := exec.Command(anvilBinary(t), "--port", fmt.Sprint(port), "--block-time", "1", "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { anvil.Process.Kill(); anvil.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	mk.c = newCLI(t, "DEFAAS_RPC="+url)
	waitPort(t, port)
	mk.c.ok("deploy", "--preset", "dev", "--private-key", anvilKeys[0])

	raw, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(raw.Close)
	for i, role := range mk.roles {
		if i > 0 {
			mk.keys[role] = hex.EncodeToString(crypto.FromECDSA(keys.DevKey(i)))
		}
		k, err := keys.ParseKey(mk.keys[role])
		if err != nil {
			t.Fatal(err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		mk.addrs[role], mk.names[a] = a, role
		if i > 0 {
			if err := raw.CallContext(ctx, nil, "anvil_setBalance", a, "0x56bc75e2d63100000"); err != nil { // 100 ether
				t.Fatal(err)
			}
			mk.c.ok("token", "faucet", "--to", a.Hex(), "--amount", "1000", "--private-key", anvilKeys[0])
		}
	}
	mk.eth = ethclient.NewClient(raw)
	if mk.m, err = contracts.LoadManifest(filepath.Join(mk.c.home, "manifest.json")); err != nil {
		t.Fatal(err)
	}
	mk.r = market.New(mk.eth, mk.m, nil)
	if err := <-built; err != nil {
		t.Fatal(err)
	}
	mk.before = mk.ledger(t, ctx)
	return mk
}

// precompile compiles the modules into the compilation cache at dir, as the runtime loads
// them (runtime/internal/precompile, its own process): the daemons that share it then skip
// the compiler.
func precompile(ctx context.Context, dir string, paths ...string) error {
	out, err := exec.CommandContext(ctx, precompileBin, append([]string{"-cache", dir}, paths...)...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("precompile: %w: %s", err, out)
	}
	return nil
}

// key is the command-line flag that acts as role.
func (mk *anvilMarket) key(role string) []string { return []string{"--private-key", mk.keys[role]} }

// as runs a command as role and returns its standard output.
func (mk *anvilMarket) as(role string, args ...string) string {
	return mk.c.ok(append(args, mk.key(role)...)...)
}

// provider starts `defaas provider run` for role, with room for one lease of level 0 or 1
// unless many, at price FST a unit.
func (mk *anvilMarket) provider(t *testing.T, role, price string, many bool) *process {
	cpu, mem := 1000, 1024
	if many {
		cpu, mem = 8000, 16384
	}
	cfg := filepath.Join(mk.work, role+".toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`data_dir = %q
wasm_cache_dir = %q
listen = "127.0.0.1:%d"
stake_fst = "500"
cpu_milli = %d
memory_mb = %d
poll_interval = "250ms"
[pricing]
strategy = "fixed"
[pricing.prices]
"0" = %q
"1" = %q
`, filepath.Join(mk.work, role), mk.cache, freePort(t), cpu, mem, price, price)), 0o644)
	return mk.c.start(t, role, append([]string{"provider", "run", "--config", cfg}, mk.key(role)...)...)
}

// witness starts `defaas witness run` for role; its metrics are served at the returned URL.
func (mk *anvilMarket) witness(t *testing.T, role string) (*process, string) {
	port := freePort(t)
	cfg := filepath.Join(mk.work, role+".toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`data_dir = %q
wasm_cache_dir = %q
listen = "127.0.0.1:%d"
stake_fst = "100"
poll_interval = "250ms"
`, filepath.Join(mk.work, role), mk.cache, port)), 0o644)
	return mk.c.start(t, role, append([]string{"witness", "run", "--config", cfg}, mk.key(role)...)...), fmt.Sprintf("http://127.0.0.1:%d/metrics", port)
}

// waitRegistered waits until n of the accounts are registered providers or witnesses.
func (mk *anvilMarket) waitRegistered(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		got := 0
		for _, a := range mk.addrs {
			if p, _ := mk.r.Provider(ctx, a); p.Registered {
				got++
			}
			if w, _ := mk.r.Witness(ctx, a); w.Registered {
				got++
			}
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d daemons registered", got, n)
		}
		sleep()
	}
}

// ledger is every account's FST, in its wallet and staked, and the total supply.
type ledger struct {
	wallet, stake map[common.Address]*big.Int
	supply        *big.Int
	block         uint64
}

func (mk *anvilMarket) ledger(t *testing.T, ctx context.Context) ledger {
	t.Helper()
	l := ledger{wallet: map[common.Address]*big.Int{}, stake: map[common.Address]*big.Int{}}
	var err error
	if l.block, err = mk.eth.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	for _, a := range mk.addrs {
		if l.wallet[a], err = mk.r.Balance(ctx, a); err != nil {
			t.Fatal(err)
		}
		p, err := mk.r.Provider(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		w, err := mk.r.Witness(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		l.stake[a] = new(big.Int).Add(p.Stake, w.Stake)
	}
	if l.supply, err = mk.r.TotalSupply(ctx); err != nil {
		t.Fatal(err)
	}
	return l
}

// leaseStory is what a lease's story says: each segment's verdict.
type leaseStory struct {
	id       uint64
	violated []bool
}

// checkMoney checks, from the chain's records, that every party's FST moved as SPEC v2 says
// for the leases: the provider earns fee / S per clean segment and loses collateral × v / S
// (burned); the customer pays the provider's earnings, its witnesses' pay and the openers' fees
// (its fee for violated segments and the rest of its deposit come back); each witness's
// payoffs are credited to its stake (its wallet only paid its stake and got opener fees);
// nothing is minted, and the total supply shrinks by exactly what was burned.
func (mk *anvilMarket) checkMoney(t *testing.T, ctx context.Context, stakeFST string, leases ...leaseStory) {
	t.Helper()
	after := mk.ledger(t, ctx)
	want := map[common.Address]*big.Int{}
	stakeGain := map[common.Address]*big.Int{}
	openerFees := map[common.Address]*big.Int{}
	add := func(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], v)
	}
	burned := new(big.Int)
	for _, ls := range leases {
		o, err := mk.r.Order(ctx, ls.id)
		if err != nil {
			t.Fatal(err)
		}
		lease, err := mk.r.Lease(ctx, ls.id)
		if err != nil {
			t.Fatal(err)
		}
		set, err := mk.r.Settlement(ctx, ls.id)
		if err != nil || set == nil {
			t.Fatalf("lease %d: no settlement (%v)", ls.id, err)
		}
		segs, err := mk.r.Segments(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		if o.State != market.StateFinished || len(segs) != len(ls.violated) {
			t.Fatalf("lease %d ended %s with %d segments, want Finished with %d", ls.id, o.State, len(segs), len(ls.violated))
		}
		openers, err := mk.r.Openers(ctx, ls.id)
		if err != nil {
			t.Fatal(err)
		}
		v := 0
		customerLoss := new(big.Int).Set(set.ProviderPayout)
		for _, s := range segs {
			if s.Status != market.CommitteeFinalized || s.Violated != ls.violated[s.K] {
				t.Errorf("lease %d segment %d: %s violated=%v, the story says violated=%v", ls.id, s.K+1, s.Status, s.Violated, ls.violated[s.K])
			}
			if s.Violated {
				v++
			}
			if opener, ok := openers[s.K]; ok {
				add(openerFees, opener, lease.SeatFee)
				if opener != o.Customer {
					customerLoss.Add(customerLoss, lease.SeatFee)
				}
			}
			cm, err := mk.r.Committee(ctx, s.CommitteeID)
			if err != nil {
				t.Fatal(err)
			}
			if paid := cm.PaidToMembers(); paid != nil {
				customerLoss.Add(customerLoss, paid)
			}
			for _, m := range cm.Members {
				seat, err := mk.r.Seat(ctx, cm.ID, m)
				if err != nil {
					t.Fatal(err)
				}
				p := new(big.Int).Mul(big.NewInt(market.PayoffUnits(cm.Violated, seat)), cm.SeatFee)
				add(stakeGain, m, p)
				if p.Sign() < 0 {
					burned.Sub(burned, p)
				}
			}
		}
		S := big.NewInt(int64(len(segs)))
		if want := new(big.Int).Mul(lease.SegmentFee(), big.NewInt(int64(len(segs)-v))); set.ProviderPayout.Cmp(want) != 0 || int(set.ViolatedSegments) != v {
			t.Errorf("lease %d: settled %d violated segments, provider payout %s; want %d and %s", ls.id, set.ViolatedSegments, set.ProviderPayout, v, want)
		}
		burn := new(big.Int).Quo(new(big.Int).Mul(lease.Collateral, big.NewInt(int64(v))), S)
		burned.Add(burned, burn)
		add(want, lease.Provider, new(big.Int).Sub(set.ProviderPayout, burn))
		add(want, o.Customer, new(big.Int).Neg(customerLoss))
	}
	stake, err := market.ParseFST(stakeFST)
	if err != nil {
		t.Fatal(err)
	}
	for role, a := range mk.addrs {
		change := new(big.Int).Sub(new(big.Int).Add(after.wallet[a], after.stake[a]), new(big.Int).Add(mk.before.wallet[a], mk.before.stake[a]))
		if strings.HasPrefix(role, "witness") {
			gain, fees := orZero(stakeGain[a]), orZero(openerFees[a])
			if got := new(big.Int).Sub(after.stake[a], stake); got.Cmp(gain) != 0 {
				t.Errorf("%s: stake %s, want %s + its payoffs %s", role, market.FormatFST(after.stake[a]), stakeFST, market.FormatFST(gain))
			}
			if got, w := new(big.Int).Sub(after.wallet[a], mk.before.wallet[a]), new(big.Int).Sub(fees, stake); got.Cmp(w) != 0 {
				t.Errorf("%s: wallet changed by %s, want %s (its stake out, opener fees in)", role, market.FormatFST(got), market.FormatFST(w))
			}
			continue
		}
		if w := orZero(want[a]); change.Cmp(w) != 0 {
			t.Errorf("%s: FST changed by %s, want %s", role, market.FormatFST(change), market.FormatFST(w))
		}
	}
	minted, burnt, err := mk.r.SupplyChanges(ctx, mk.before.block+1)
	if err != nil {
		t.Fatal(err)
	}
	shrunk := new(big.Int).Sub(mk.before.supply, after.supply)
	if minted.Sign() != 0 || shrunk.Cmp(burnt) != 0 || burnt.Cmp(burned) != 0 || shrunk.Sign() <= 0 {
		t.Errorf("total supply %s → %s: minted %s, burned %s; want nothing minted and %s burned (collateral of violated segments, witness losses)",
			market.FormatFST(mk.before.supply), market.FormatFST(after.supply), market.FormatFST(minted), market.FormatFST(burnt), market.FormatFST(burned))
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// waitFulfilling waits until the order's service has started and returns its segments.
func (mk *anvilMarket) waitFulfilling(t *testing.T, ctx context.Context, id uint64) []market.Segment {
	t.Helper()
	for i := 0; i < 600; i++ {
		o, err := mk.r.Order(ctx, id)
		if err == nil && o.State == market.StateFulfilling {
			segs, err := mk.r.Segments(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			return segs
		}
		if err == nil && o.State.Terminal() {
			t.Fatalf("order %d ended %s before its service", id, o.State)
		}
		sleep()
	}
	t.Fatalf("order %d never started its service", id)
	return nil
}

// untilChainTime waits until the chain's head is at t or later.
func (mk *anvilMarket) untilChainTime(t *testing.T, ctx context.Context, at time.Time) {
	t.Helper()
	clock := market.NewClock(mk.eth)
	for {
		h, err := clock.Read(ctx)
		if err == nil && !h.Time.Before(at) {
			return
		}
		if ctx.Err() != nil {
			t.Fatal(ctx.Err())
		}
		sleep()
	}
}

// kitsPosted checks that the customer posted a probe kit to every member of segment k's
// committee.
func (mk *anvilMarket) kitsPosted(t *testing.T, ctx context.Context, id uint64, k uint8) {
	t.Helper()
	cm, err := mk.r.Committee(ctx, market.CommitteeID(id, k))
	if err != nil {
		t.Fatal(err)
	}
	kits, err := mk.r.ProbeKits(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]bool{}
	for _, e := range kits {
		if e.Segment == k {
			got[e.Witness] = true
		}
	}
	for _, m := range cm.Members {
		if !got[m] {
			t.Errorf("lease %d segment %d: no probe kit for member %s", id, k+1, mk.names[m])
		}
	}
}

// smallJPEG is a small image for the probe kits' requests (a kit travels on chain).
func smallJPEG(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 48, 32))
	for y := 0; y < 32; y++ {
		for x := 0; x < 48; x++ {
			img.Set(x, y, color.RGBA{uint8(5 * x), uint8(8 * y), 128, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var curlLine = regexp.MustCompile(`^curl -H "Authorization: Bearer (dfk_[A-Za-z0-9_-]{43})" '(http://[^']+)'$`)

// TestMarket_KeysKitsAndAViolationWithSeparateProcesses plays the demo's first two stories with
// every party its own process: anvil as the chain, `defaas deploy`, two `defaas provider run`,
// five `defaas witness run`, and the customers through the command line, each following its
// lease with `order watch --drive`. Lease A is in keys mode: the customer gives an end user a
// key, the end user calls the thumbnail with nothing but HTTP and the key (the request `defaas
// function url` prints), and the witnesses probe with the kits the customer posts — no
// violation, provider-1 paid. Provider-2 wins lease B and is killed half-way through it: the
// witnesses see it, the collateral is burned, B gets its fee back. Every party's FST follows
// SPEC v2: witness pay credited to stakes, burns, nothing minted.
func TestMarket_KeysKitsAndAViolationWithSeparateProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end with separate processes: not in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	witnesses := []string{"witness-1", "witness-2", "witness-3", "witness-4", "witness-5"}
	mk := startAnvilMarket(t, ctx, append([]string{"customer-A", "customer-B", "provider-1", "provider-2"}, witnesses...)...)
	providers := map[common.Address]*process{
		mk.addrs["provider-1"]: mk.provider(t, "provider-1", "1", false),
		mk.addrs["provider-2"]: mk.provider(t, "provider-2", "2", false),
	}
	metrics := map[common.Address]string{}
	for _, w := range witnesses {
		_, metrics[mk.addrs[w]] = mk.witness(t, w)
	}
	mk.waitRegistered(t, ctx, 7)

	mk.as("customer-A", "order", "create", "--level", "1", "--units", "8", "--max-price", "5", "--bidding", "4s")
	mk.as("customer-A", "order", "watch", "1", "--until", "Confirming", "--drive")
	mk.as("customer-B", "order", "create", "--level", "0", "--units", "8", "--max-price", "5", "--bidding", "4s")

	// Lease A: accept, upload the thumbnail with the kits' request, open it to keys, commit.
	waitPublished(t, mk.r, 1)
	mk.as("customer-A", "order", "accept", "1")
	probe := filepath.Join(mk.work, "probe.jpg")
	os.WriteFile(probe, smallJPEG(t), 0o644)
	mk.as("customer-A", "function", "upload", "1", mk.thumb, "--probe", "POST /?w=24 @"+probe+" Content-Type:image/jpeg deterministic")
	mk.as("customer-A", "function", "access", "keys", "1")
	mk.as("customer-A", "order", "fulfill", "1", "--module", mk.thumb)
	watchA := mk.c.start(t, "customer-A's watch", append([]string{"order", "watch", "1", "--drive"}, mk.key("customer-A")...)...)

	// Lease B: hello, in keys mode too (its witnesses get kits), then its provider is killed
	// half-way through the service.
	waitPublished(t, mk.r, 2)
	mk.as("customer-B", "order", "accept", "2")
	mk.as("customer-B", "function", "upload", "2", mk.hello)
	mk.as("customer-B", "function", "access", "keys", "2")
	if body := mk.as("customer-B", "function", "invoke", "2", "/hello"); !strings.Contains(body, "/hello") {
		t.Fatalf("hello answered %q", body)
	}
	mk.as("customer-B", "order", "fulfill", "2", "--module", mk.hello)
	watchB := mk.c.start(t, "customer-B's watch", append([]string{"order", "watch", "2", "--drive"}, mk.key("customer-B")...)...)

	// The end user of lease A: a key from the customer, then plain HTTP — the request
	// `defaas function url` prints, with the image as its body.
	mk.waitFulfilling(t, ctx, 1)
	var key map[string]string
	mk.c.json(&key, append([]string{"function", "key", "new", "1", "--label", "an end user"}, mk.key("customer-A")...)...)
	line := strings.TrimSpace(mk.as("customer-A", "function", "url", "1", "/?w=200", "--key", key["key"]))
	parts := curlLine.FindStringSubmatch(line)
	if parts == nil || parts[1] != key["key"] {
		t.Fatalf("function url printed %q, want a curl line with the key", line)
	}
	src, err := os.ReadFile("../demo/assets/landscape.jpg")
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, parts[2], bytes.NewReader(src))
	req.Header.Set("Authorization", "Bearer "+parts[1])
	req.Header.Set("Content-Type", "image/jpeg")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if pic, err := png.Decode(bytes.NewReader(body)); res.StatusCode != 200 || err != nil || pic.Bounds().Dx() != 200 {
		t.Fatalf("the end user's call: status %d, %v (%.200q)", res.StatusCode, err, body)
	}

	segsB := mk.waitFulfilling(t, ctx, 2)
	lease, err := mk.r.Lease(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if mk.names[lease.Provider] != "provider-2" {
		t.Fatalf("lease B went to %s, want provider-2 (provider-1 is busy with lease A)", mk.names[lease.Provider])
	}
	mk.untilChainTime(t, ctx, segsB[0].Start.Add(segsB[0].End.Sub(segsB[0].Start)/2))
	providers[lease.Provider].kill()

	watchA.wait(t, 4*time.Minute)
	watchB.wait(t, 4*time.Minute)
	mk.kitsPosted(t, ctx, 1, 0)
	mk.kitsPosted(t, ctx, 2, 0)
	// Lease A's members opened their kits (and so probed with its keys, like end users).
	cm, err := mk.r.Committee(ctx, market.CommitteeID(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range cm.Members {
		if n := metricSum(metrics[m], `defaas_witness_probe_kits_total{outcome="opened"}`); n < 1 {
			t.Errorf("%s opened %v probe kits, want at least lease A's", mk.names[m], n)
		}
	}
	mk.checkMoney(t, ctx, "100", leaseStory{1, []bool{false}}, leaseStory{2, []bool{true}})
}

// TestMarket_FourSegmentsProviderStopsInSegmentThree: a lease of four segments, each watched
// by a committee of its own, with every party its own process; the provider is killed as
// segment 3 begins. Segments 1–2 end NoViolation and are paid to the provider, 3–4 end
// Violation and are refunded to the customer, with half the collateral burned.
func TestMarket_FourSegmentsProviderStopsInSegmentThree(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end with separate processes: not in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	witnesses := []string{"witness-1", "witness-2", "witness-3", "witness-4", "witness-5"}
	mk := startAnvilMarket(t, ctx, append([]string{"customer", "provider"}, witnesses...)...)
	prov := mk.provider(t, "provider", "3", false)
	for _, w := range witnesses {
		mk.witness(t, w)
	}
	mk.waitRegistered(t, ctx, 6)

	mk.as("customer", "order", "create", "--level", "0", "--units", "8", "--segments", "4", "--max-price", "5", "--bidding", "4s")
	mk.as("customer", "order", "watch", "1", "--until", "Confirming", "--drive")
	waitPublished(t, mk.r, 1)
	mk.as("customer", "order", "accept", "1")
	mk.as("customer", "function", "upload", "1", mk.hello)
	mk.as("customer", "function", "access", "keys", "1")
	mk.as("customer", "order", "fulfill", "1", "--module", mk.hello)
	watch := mk.c.start(t, "customer's watch", append([]string{"order", "watch", "1", "--drive"}, mk.key("customer")...)...)
	segs := mk.waitFulfilling(t, ctx, 1)
	if len(segs) != 4 {
		t.Fatalf("%d segments, want 4", len(segs))
	}
	mk.untilChainTime(t, ctx, segs[2].Start)
	prov.kill()
	watch.wait(t, 4*time.Minute)
	if out := watch.log.String(); !strings.Contains(out, "segment 4") {
		t.Errorf("order watch printed no line for segment 4:\n%s", out)
	}
	mk.kitsPosted(t, ctx, 1, 0)
	mk.kitsPosted(t, ctx, 1, 1)
	mk.checkMoney(t, ctx, "100", leaseStory{1, []bool{false, false, true, true}})
}

func waitPublished(t *testing.T, r *market.Client, id uint64) {
	t.Helper()
	for i := 0; i < 300; i++ {
		if o, err := r.Order(context.Background(), id); err == nil && o.Published {
			return
		}
		sleep()
	}
	t.Fatalf("order %d was never published", id)
}
