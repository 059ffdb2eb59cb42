package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

// cli runs defaas commands in process against a simulated chain.
type cli struct {
	t     *testing.T
	chain *testchain.Chain
	env   *Env
}

type result struct {
	stdout, stderr string
	code           int
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	c := testchain.New(t, 10)
	home := t.TempDir()
	m := c.Manifest
	if err := m.Save(filepath.Join(home, "manifest.json")); err != nil {
		t.Fatal(err)
	}
	env := &Env{
		Stdin: nil, Home: home, Poll: 10 * time.Millisecond,
		Dial: func(ctx context.Context, url string) (*chain.Conn, error) {
			if strings.Contains(url, "unreachable") {
				return chain.Dial(ctx, "http://127.0.0.1:1")
			}
			return chain.NewConn(c.MiningClient())
		},
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(2 * time.Millisecond)},
	}
	return &cli{t: t, chain: c, env: env}
}

func (c *cli) run(args ...string) result {
	c.t.Helper()
	var out, errb bytes.Buffer
	env := *c.env
	env.Stdout, env.Stderr = &out, &errb
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code := run(ctx, &env, args)
	return result{out.String(), errb.String(), code}
}

// ok runs a command that must succeed.
func (c *cli) ok(args ...string) result {
	c.t.Helper()
	r := c.run(args...)
	if r.code != 0 {
		c.t.Fatalf("defaas %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// fails runs a command that must fail with one line naming want.
func (c *cli) fails(want string, args ...string) {
	c.t.Helper()
	r := c.run(args...)
	if r.code != 1 {
		c.t.Errorf("defaas %s: exit %d, want 1 (stdout %q, stderr %q)", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		return
	}
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "defaas: ") {
		c.t.Errorf("defaas %s: stderr is not one error line: %q", strings.Join(args, " "), r.stderr)
	}
	if !strings.Contains(r.stderr, want) {
		c.t.Errorf("defaas %s: stderr %q does not say %q", strings.Join(args, " "), r.stderr, want)
	}
	if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
		c.t.Errorf("defaas %s: a stack trace leaked: %q", strings.Join(args, " "), r.stderr)
	}
}

func (c *cli) jsonOut(v any, args ...string) {
	c.t.Helper()
	r := c.ok(append(args, "--json")...)
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		c.t.Fatalf("defaas %s --json: %v\n%s", strings.Join(args, " "), err, r.stdout)
	}
}

func dev(i int) string { return fmt.Sprintf("--dev-account=%d", i) }

func (c *cli) order(id uint64) market.Order {
	c.t.Helper()
	var view struct {
		Order market.Order `json:"order"`
	}
	c.jsonOut(&view, "order", "show", fmt.Sprint(id))
	return view.Order
}

func TestCLI_LevelsParamsAndBalances(t *testing.T) {
	c := newCLI(t)
	r := c.ok("levels")
	if !strings.Contains(r.stdout, "2.0") || !strings.Contains(r.stdout, "2048 MB") {
		t.Errorf("levels table:\n%s", r.stdout)
	}
	var levels []market.Level
	c.jsonOut(&levels, "levels")
	if len(levels) != 3 || levels[1].MemoryMB != 1024 {
		t.Errorf("levels JSON: %+v", levels)
	}
	if r := c.ok("params"); !strings.Contains(r.stdout, "5s") || !strings.Contains(r.stdout, "confirmDeployTimeout") || !strings.Contains(r.stdout, "probeRatePerMinute") {
		t.Errorf("params:\n%s", r.stdout)
	}
	var p market.Params
	c.jsonOut(&p, "params")
	if p.BillingPeriod != 5*time.Second || p.ReportRevealSeconds != 10*time.Second || p.MaxSegments == 0 {
		t.Errorf("params JSON: %+v", p)
	}
	var bal map[string]string
	c.jsonOut(&bal, "token", "balance", dev(3))
	if bal["fst"] != "100000" {
		t.Errorf("balance = %v, want 100000 FST", bal)
	}
	c.ok("token", "transfer", c.chain.Accounts[4].Addr.Hex(), "12.5", dev(3))
	c.jsonOut(&bal, "token", "balance", c.chain.Accounts[4].Addr.Hex())
	if bal["fst"] != "100012.5" {
		t.Errorf("after transfer: %v", bal)
	}
	c.ok("token", "faucet", "--amount", "50", dev(3))
	c.jsonOut(&bal, "token", "balance", dev(3))
	if bal["fst"] != "100037.5" {
		t.Errorf("after faucet: %v, want 100000 - 12.5 + 50", bal)
	}
}

// TestCLI_OrderWholeLife drives a two-segment order from creation to Finished with the command
// line only: the cost breakdown, the module committed by its hash and confirmed, each
// segment's committee opened, drawn, reporting and revealing, and the settlement.
func TestCLI_OrderWholeLife(t *testing.T) {
	c := newCLI(t)
	for i := 2; i <= 4; i++ {
		c.ok("provider", "register", "--stake", "1000", dev(i))
	}
	for i := 5; i <= 9; i++ {
		c.ok("witness", "register", "--stake", "100", dev(i))
	}
	r := c.ok("order", "create", "--level", "1", "--units", "4", "--segments", "2", "--max-price", "10", "--bidding", "20s", dev(1))
	// maxFee 40; s = max(0.01 × 4 / 2, ⌈40 × 5 % / 2⌉) = 1; deposit 2 × 31 × 1 = 62.
	for _, want := range []string{"Order 1 created", "102 FST taken", "prepayment      40 FST", "witness deposit 62 FST", "seat fee        1 FST"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("create said %q, lacking %q", r.stdout, want)
		}
	}
	c.ok("provider", "bid", "1", "9", dev(2))
	c.ok("provider", "bid", "1", "8.5", dev(3))
	c.fails("BidNotLower", "provider", "bid", "1", "9", dev(4))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline)
	c.ok("order", "close", "1", dev(4))
	if o = c.order(1); o.State != market.StateConfirming || o.BestBidder != c.chain.Accounts[3].Addr || o.Segments != 2 {
		t.Fatalf("after close: %+v", o)
	}
	c.ok("provider", "publish", "1", "--endpoint", "https://p3.example/", dev(3))
	c.ok("order", "accept", "1", dev(1))
	c.fails("ModuleNotCommitted", "provider", "confirm", "1", dev(3))
	module := filepath.Join(t.TempDir(), "fn.wasm")
	os.WriteFile(module, []byte("\x00asm the customer's function"), 0o644)
	sum := sha256.Sum256([]byte("\x00asm the customer's function"))
	c.fails("give the uploaded module", "order", "fulfill", "1", dev(1))
	r = c.ok("order", "fulfill", "1", "--module", module, dev(1))
	if !strings.Contains(r.stdout, hex.EncodeToString(sum[:])) {
		t.Errorf("fulfill said %q", r.stdout)
	}
	c.ok("provider", "confirm", "1", dev(3))
	show := c.ok("order", "show", "1").stdout
	for _, want := range []string{"published", "https://p3.example/", "sha256 0x" + hex.EncodeToString(sum[:]), "segment 0", "committee 256", "segment 1", "committee 257", "next move"} {
		if !strings.Contains(show, want) {
			t.Errorf("order show lacks %q:\n%s", want, show)
		}
	}
	devOf := map[string]int{}
	for i, a := range c.chain.Accounts {
		devOf[a.Addr.Hex()] = i
	}
	// Segment 0: drawn after its seed; its members report no violation.
	c.chain.Mine(3)
	var cm0, cm1 market.Committee
	c.jsonOut(&cm0, "witness", "draw", "1", dev(9))
	if len(cm0.Members) != 3 || cm0.ID != 256 || cm0.Segment != 0 {
		t.Fatalf("committee of segment 0: %+v", cm0)
	}
	for _, m := range cm0.Members {
		c.ok("witness", "report", "1", dev(devOf[m.Hex()]))
	}
	// Segment 1: opened by a stranger in its first half (one seat fee for it), then drawn.
	var view struct {
		Segments []market.Segment `json:"segments"`
	}
	c.jsonOut(&view, "order", "show", "1")
	c.chain.AdvanceTo(view.Segments[1].Start)
	c.ok("order", "open-segment", "1", "1", dev(4))
	c.chain.Mine(3)
	c.jsonOut(&cm1, "witness", "draw", "1", "--segment", "1", dev(9))
	if len(cm1.Members) != 3 || cm1.ID != 257 {
		t.Fatalf("committee of segment 1: %+v", cm1)
	}
	for _, m := range cm1.Members {
		c.ok("witness", "report", "1", "--segment", "1", dev(devOf[m.Hex()]))
	}
	c.chain.AdvanceTo(cm0.CommitEnd.Add(time.Second))
	for _, m := range cm0.Members {
		c.ok("witness", "reveal", "1", dev(devOf[m.Hex()]))
	}
	c.chain.AdvanceTo(cm1.CommitEnd.Add(time.Second))
	for _, m := range cm1.Members {
		c.ok("witness", "reveal", "1", "--segment", "1", dev(devOf[m.Hex()]))
	}
	c.chain.AdvanceTo(cm1.RevealEnd.Add(time.Second))
	c.ok("order", "settle", "1", dev(4))
	c.ok("order", "finish", "1", dev(4))
	if o = c.order(1); o.State != market.StateFinished {
		t.Fatalf("final: %+v", o)
	}
	show = c.ok("order", "show", "1").stdout
	// fee 34; s = ⌈34 × 5 % / 2⌉ = 0.85: each member that revealed "no violation" earns it.
	for _, want := range []string{"no violation (3 of 3 members revealed, 0 said violated)", "members earned 2.55 FST", "17 FST to the provider", "0 violated segments: provider 34 FST"} {
		if !strings.Contains(show, want) {
			t.Errorf("final order show lacks %q:\n%s", want, show)
		}
	}
	var bal map[string]string
	c.jsonOut(&bal, "token", "balance", dev(3))
	if bal["fst"] != "99034" { // 100000 - 1000 stake + 4 × 8.5 fee
		t.Errorf("winner holds %s FST, want 99034", bal["fst"])
	}
	c.jsonOut(&bal, "token", "balance", dev(1))
	if bal["fst"] != "99960.05" { // the fee 34, 6 seats × 0.85 and the opener's 0.85
		t.Errorf("customer holds %s FST, want 99960.05", bal["fst"])
	}
	c.jsonOut(&bal, "token", "balance", dev(4))
	if bal["fst"] != "99000.85" { // staked 1000, earned a seat fee for opening segment 1
		t.Errorf("the opener holds %s FST, want 99000.85", bal["fst"])
	}
	var orders []market.Order
	c.jsonOut(&orders, "order", "list", "--state", "finished")
	if len(orders) != 1 || orders[0].ID != 1 {
		t.Errorf("order list: %+v", orders)
	}
}

// The provider never publishes: watch --drive closes the auction, then, once the publish
// timeout has passed, expires the order; the winner's collateral is burned and the customer
// gets everything back, nothing more.
func TestCLI_WatchDrivesAnExpiry(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("order", "create", "--units", "2", "--max-price", "3", "--bidding", "2s", dev(1))
	c.ok("provider", "bid", "1", "2", dev(2))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline)
	r := c.ok("order", "watch", "1", "--drive", "--until", "Confirming", dev(4))
	c.chain.AdvanceTo(c.order(1).Deadline.Add(time.Second))
	r2 := c.ok("order", "watch", "1", "--drive", dev(4))
	r.stderr += r2.stderr
	for _, want := range []string{"Bidding", "made closeBidding", "Confirming: matched", "made expire (the provider never published its deployment)", "Failed"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("watch progress lacks %q:\n%s", want, r.stderr)
		}
	}
	var bal map[string]string
	c.jsonOut(&bal, "token", "balance", dev(1))
	if bal["fst"] != "100000" {
		t.Errorf("customer holds %s FST, want all of its 100000 back", bal["fst"])
	}
	var p market.Provider
	c.jsonOut(&p, "provider", "show", dev(2))
	if p.Stake.Cmp(contracts.FST(998)) != 0 || p.Locked.Sign() != 0 { // collateral ⌈max(4, 6 × 20 %) / 2⌉ = 2 burned
		t.Errorf("provider stake %s locked %s, want 998 and 0", p.Stake, p.Locked)
	}
}

// watch --drive takes a two-segment lease from its start to its end: it draws segment 0's
// committee, opens and draws segment 1's, settles and finishes, saying what it made, while the
// chain's clock moves a second at a time.
func TestCLI_WatchDrivesTheSegments(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	for i := 5; i <= 9; i++ {
		c.ok("witness", "register", "--stake", "100", dev(i))
	}
	c.ok("order", "create", "--units", "4", "--segments", "2", "--max-price", "3", "--bidding", "2s", dev(1))
	c.ok("provider", "bid", "1", "2", dev(2))
	c.chain.AdvanceTo(c.order(1).Deadline)
	c.ok("order", "close", "1", dev(1))
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	c.ok("order", "accept", "1", dev(1))
	c.ok("order", "fulfill", "1", "--module-hash", "0x"+strings.Repeat("ab", 32), dev(1))
	c.ok("provider", "confirm", "1", dev(2))
	done := make(chan result, 1)
	go func() { done <- c.run("order", "watch", "1", "--drive", dev(4)) }()
	var r result
	for deadline := time.Now().Add(25 * time.Second); ; {
		select {
		case r = <-done:
		case <-time.After(100 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("watch --drive did not take the lease to its end")
			}
			c.chain.Mine(1)
			continue
		}
		break
	}
	if r.code != 0 {
		t.Fatalf("watch: exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"made drawCommittee(segment 0)", "made openSegment(1)", "made drawCommittee(segment 1)", "made settle", "made finish",
		"segment 1: committee 257", "Fulfilling: segment 2 of 2", "Finished"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("watch progress lacks %q:\n%s", want, r.stderr)
		}
	}
	if o := c.order(1); o.State != market.StateFinished {
		t.Errorf("order is %s", o.State)
	}
}

// A sealed commitment never revealed has its bond burned by watch --drive, with the close.
func TestCLI_WatchForfeitsUnrevealedBonds(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("provider", "register", "--stake", "1000", dev(3))
	c.ok("order", "create", "--max-price", "10", "--bidding", "5s", "--reveal", "5s", dev(1))
	c.ok("provider", "commit-bid", "1", "4", dev(2))
	c.ok("provider", "commit-bid", "1", "5", dev(3))
	o := c.order(1)
	c.chain.AdvanceTo(o.BiddingEnd)
	c.ok("provider", "reveal-bid", "1", dev(2))
	c.chain.AdvanceTo(o.RevealEnd)
	show := c.ok("order", "show", "1").stdout
	if !strings.Contains(show, "unrevealed") || !strings.Contains(show, c.chain.Accounts[3].Addr.Hex()) {
		t.Errorf("order show does not name the unrevealed commitment:\n%s", show)
	}
	r := c.ok("order", "watch", "1", "--drive", "--until", "Confirming", dev(4))
	for _, want := range []string{"made forfeitBond(" + c.chain.Accounts[3].Addr.Hex() + ")", "made closeBidding"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("watch lacks %q:\n%s", want, r.stderr)
		}
	}
	var p market.Provider
	c.jsonOut(&p, "provider", "show", dev(3))
	if p.Stake.Cmp(contracts.FST(999)) != 0 || p.Locked.Sign() != 0 { // bond max(1, 1 % of 20) burned
		t.Errorf("the silent provider's stake %s locked %s, want 999 and 0", p.Stake, p.Locked)
	}
}

func TestCLI_SealedBidSaltsSurviveOnDisk(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("order", "create", "--max-price", "10", "--bidding", "5s", "--reveal", "5s", dev(1))
	c.ok("provider", "commit-bid", "1", "4", dev(2))
	matches, _ := filepath.Glob(filepath.Join(c.env.Home, "secrets", "bid-*"))
	if len(matches) != 1 {
		t.Fatalf("saved salts: %v", matches)
	}
	o := c.order(1)
	c.fails("RevealNotOpen", "provider", "reveal-bid", "1", dev(2))
	c.chain.AdvanceTo(o.BiddingEnd)
	c.ok("provider", "reveal-bid", "1", dev(2))
	c.chain.AdvanceTo(o.RevealEnd)
	c.ok("order", "close", "1", dev(1))
	if o = c.order(1); o.BestPrice.Cmp(contracts.FST(4)) != 0 || o.State != market.StateConfirming {
		t.Fatalf("after reveal and close: %+v", o)
	}
}

func TestCLI_Accounts(t *testing.T) {
	c := newCLI(t)
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	keyFile := filepath.Join(t.TempDir(), "key")
	os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(keys.DevKey(5)))), 0o600)
	ks := filepath.Join(t.TempDir(), "ks")

	r := c.ok("account", "import", "--key-file", keyFile, "--password-file", pw, "--keystore", ks)
	if !strings.Contains(r.stdout, c.chain.Accounts[5].Addr.Hex()) {
		t.Errorf("import said %q", r.stdout)
	}
	var list []string
	c.jsonOut(&list, "account", "list", "--keystore", ks)
	if len(list) != 1 || list[0] != c.chain.Accounts[5].Addr.Hex() {
		t.Errorf("list = %v", list)
	}
	c.ok("token", "transfer", c.chain.Accounts[6].Addr.Hex(), "1", "--account", "0", "--password-file", pw, "--keystore", ks)
	wrong := filepath.Join(t.TempDir(), "wrong")
	os.WriteFile(wrong, []byte("nope"), 0o600)
	c.fails("wrong password", "token", "transfer", c.chain.Accounts[6].Addr.Hex(), "1", "--account", "0", "--password-file", wrong, "--keystore", ks)
}

// TestCLI_BadInput: every kind of bad input gets one line naming the problem, exit code 1.
func TestCLI_BadInput(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("order", "create", "--max-price", "10", "--bidding", "3s", dev(1))
	c.ok("witness", "register", "--stake", "50", dev(5))
	poor, _ := crypto.GenerateKey()
	poorKey := hex.EncodeToString(crypto.FromECDSA(poor))

	c.fails("UnknownLevel(levelId=9)", "order", "create", "--level", "9", "--max-price", "1", dev(1))
	c.fails("defaas levels", "order", "create", "--level", "9", "--max-price", "1", dev(1))
	c.fails("--max-price must be above zero", "order", "create", "--max-price", "0", dev(1))
	c.fails("not a number of FST", "order", "create", "--max-price", "ten", dev(1))
	c.fails("get more FST", "order", "create", "--max-price", "1000000", "--units", "2", dev(1))
	c.fails("no ether", "provider", "register", "--stake", "100", "--private-key", poorKey)
	c.fails("WrongState(orderId=1, state=1)", "order", "accept", "1", dev(1))
	c.fails("NotProvider", "provider", "bid", "1", "5", dev(3))
	c.fails("CustomerCannotBid", "provider", "bid", "1", "5", dev(1))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline)
	c.fails("DeadlinePassed", "provider", "bid", "1", "5", dev(2))
	c.fails("no RPC answering", "levels", "--rpc", "http://unreachable")
	c.fails("no such order", "order", "show", "42")
	c.fails("ids are whole numbers", "order", "show", "abc")
	c.fails("no account to act as", "order", "accept", "1")
	c.fails("--dev-account 12", "token", "balance", "--dev-account", "12")
	c.fails("no manifest", "levels", "--manifest", filepath.Join(t.TempDir(), "none.json"))
	c.fails("unknown flag", "levels", "--colour")
	c.fails(`unknown preset "staging"`, "deploy", "--preset", "staging", dev(0))
	c.fails("SegmentsMustDivideDuration(segments=3, durationUnits=4)", "order", "create", "--max-price", "1", "--units", "4", "--segments", "3", dev(1))
	c.fails("divides --units", "order", "create", "--max-price", "1", "--units", "4", "--segments", "3", dev(1))
	c.fails("SegmentLengthOutOfRange", "order", "create", "--max-price", "1", "--units", "1", dev(1))
	c.fails("--segments 0", "order", "create", "--max-price", "1", "--segments", "0", dev(1))
	c.fails("give the uploaded module", "order", "fulfill", "1", dev(1))
	c.fails("not both", "order", "fulfill", "1", "--module", "x.wasm", "--module-hash", "0x00", dev(1))
	c.fails("64 hex digits", "order", "fulfill", "1", "--module-hash", "0x1234", dev(1))
	c.fails("segments are numbered", "order", "open-segment", "1", "one", dev(1))
	c.fails("nothing of", "witness", "withdraw", dev(5))
	c.fails("WithdrawalTooLarge", "witness", "withdraw", "1", dev(5))
	c.fails("is not revert data", "decode-error", "0xzz")
	c.fails("no error of the DeFaaS contracts", "decode-error", "0x12345678")
}

func TestCLI_Deploy(t *testing.T) {
	c := newCLI(t)
	out := filepath.Join(t.TempDir(), "m.json")
	c.ok("deploy", "--preset", "dev", "--out", out, "--initial-supply", "5", dev(0))
	m, err := contracts.LoadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if m.Preset != "dev" || m.Market == c.chain.Manifest.Market || m.ChainID != c.chain.ChainID.Uint64() {
		t.Fatalf("manifest %+v", m)
	}
	var levels []market.Level
	c.jsonOut(&levels, "levels", "--manifest", out)
	if len(levels) != 3 {
		t.Errorf("levels on the new deployment: %+v", levels)
	}
	r := market.New(c.chain.Client, m, nil)
	if b, _ := r.Balance(context.Background(), c.chain.Accounts[0].Addr); b.Cmp(contracts.FST(5)) != 0 {
		t.Errorf("deployer holds %s of the new FST, want 5", b)
	}
	if ok, _ := r.IsMinter(context.Background(), c.chain.Accounts[0].Addr); !ok {
		t.Error("a dev deployment's deployer is not a minter (faucet)")
	}
}

// A public deployment renounces the token's admin role and says so; its initial supply is
// in whole FST.
func TestCLI_DeployPublicSaysWhatItRenounced(t *testing.T) {
	c := newCLI(t)
	out := filepath.Join(t.TempDir(), "m.json")
	r := c.ok("deploy", "--preset", "public", "--out", out, "--initial-supply", "1000000", dev(0))
	if !strings.Contains(r.stdout, "Renounced: FaaSToken DEFAULT_ADMIN_ROLE of "+c.chain.Accounts[0].Addr.Hex()) {
		t.Errorf("deploy said:\n%s", r.stdout)
	}
	m, err := contracts.LoadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	rd := market.New(c.chain.Client, m, nil)
	if b, _ := rd.Balance(context.Background(), c.chain.Accounts[0].Addr); b.Cmp(contracts.FST(1_000_000)) != 0 {
		t.Errorf("deployer holds %s of the new FST, want 1000000 FST", b)
	}
	if ok, _ := rd.IsMinter(context.Background(), c.chain.Accounts[0].Addr); ok {
		t.Error("the public deployer can mint")
	}
	help := c.ok("deploy", "--help").stdout
	if !strings.Contains(help, "in whole tokens") {
		t.Errorf("--initial-supply does not say its unit:\n%s", help)
	}
}

// decode-error names what cast shows as `custom error 0x…`, with its arguments and a hint.
func TestCLI_DecodeError(t *testing.T) {
	c := newCLI(t)
	abi, err := contracts.MarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e := abi.Errors["StakeLocked"]
	args, err := e.Inputs.Pack(contracts.FST(5), big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	data := "0x" + hex.EncodeToString(append(e.ID.Bytes()[:4], args...))
	r := c.ok("decode-error", data)
	if !strings.Contains(r.stdout, "market: StakeLocked(locked=5000000000000000000, orderId=7)") || !strings.Contains(r.stdout, "the order named releases it") {
		t.Errorf("decode-error said:\n%s", r.stdout)
	}
	var d struct {
		Error string            `json:"error"`
		Args  map[string]string `json:"args"`
	}
	c.jsonOut(&d, "decode-error", data)
	if d.Error != "StakeLocked" || d.Args["orderId"] != "7" {
		t.Errorf("decode-error JSON: %+v", d)
	}
}

// A witness withdraws what may go now: free stake above the minimum.
func TestCLI_WitnessWithdrawsPartOfItsStake(t *testing.T) {
	c := newCLI(t)
	c.ok("witness", "register", "--stake", "80", dev(5))
	var w struct {
		Stake        *big.Int `json:"stake"`
		Withdrawable *big.Int `json:"withdrawable"`
	}
	c.jsonOut(&w, "witness", "show", dev(5))
	if w.Withdrawable.Cmp(contracts.FST(30)) != 0 {
		t.Fatalf("withdrawable %s, want 30 (80 staked, minimum 50)", w.Withdrawable)
	}
	c.ok("witness", "withdraw", "10", dev(5))
	r := c.ok("witness", "withdraw", dev(5))
	if !strings.Contains(r.stdout, "Withdrew 20 FST") {
		t.Errorf("withdraw said %q", r.stdout)
	}
	c.jsonOut(&w, "witness", "show", dev(5))
	if w.Stake.Cmp(contracts.FST(50)) != 0 || w.Withdrawable.Sign() != 0 {
		t.Errorf("after: stake %s withdrawable %s", w.Stake, w.Withdrawable)
	}
}

func TestCLI_CreateWaitClosesTheAuctionWhenDue(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	done := make(chan result, 1)
	go func() {
		done <- c.run("order", "create", "--max-price", "3", "--bidding", "5s", "--wait", dev(1))
	}()
	// Once the order exists, a provider bids and the chain's clock passes the window.
	for deadline := time.Now().Add(20 * time.Second); ; {
		if _, err := market.New(c.chain.Client, c.chain.Manifest, nil).Order(context.Background(), 1); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the order never appeared")
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.ok("provider", "bid", "1", "2", dev(2))
	c.chain.AdvanceTo(c.order(1).Deadline)
	r := <-done
	if r.code != 0 || !strings.Contains(r.stdout, "Order 1 matched") {
		t.Fatalf("create --wait: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if o := c.order(1); o.State != market.StateConfirming {
		t.Errorf("order is %s, want Confirming", o.State)
	}
}
