package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
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
	if r := c.ok("params"); !strings.Contains(r.stdout, "5s") {
		t.Errorf("params:\n%s", r.stdout)
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

// TestCLI_OrderWholeLife drives an order from creation to Finished with the command line only.
func TestCLI_OrderWholeLife(t *testing.T) {
	c := newCLI(t)
	for i := 2; i <= 4; i++ {
		c.ok("provider", "register", "--stake", "1000", dev(i))
	}
	for i := 5; i <= 9; i++ {
		c.ok("witness", "register", "--stake", "100", dev(i))
	}
	r := c.ok("order", "create", "--level", "1", "--units", "4", "--max-price", "10", "--bidding", "20s", dev(1))
	if !strings.Contains(r.stdout, "Order 1 created") {
		t.Fatalf("create said %q", r.stdout)
	}
	c.ok("provider", "bid", "1", "9", dev(2))
	c.ok("provider", "bid", "1", "8.5", dev(3))
	c.fails("BidNotLower", "provider", "bid", "1", "9", dev(4))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline)
	c.ok("order", "close", "1", dev(4))
	if o = c.order(1); o.State != market.StateConfirming || o.BestBidder != c.chain.Accounts[3].Addr {
		t.Fatalf("after close: %+v", o)
	}
	c.ok("provider", "publish", "1", "--endpoint", "https://p3.example/", dev(3))
	c.ok("order", "accept", "1", dev(1))
	c.ok("order", "fulfill", "1", dev(1))
	c.chain.Mine(3)
	var cm market.Committee
	c.jsonOut(&cm, "witness", "draw", "1", dev(9))
	if len(cm.Members) != 3 {
		t.Fatalf("committee: %+v", cm)
	}
	devOf := map[string]int{}
	for i, a := range c.chain.Accounts {
		devOf[a.Addr.Hex()] = i
	}
	for _, m := range cm.Members {
		c.ok("witness", "report", "1", dev(devOf[m.Hex()]))
	}
	c.chain.AdvanceTo(cm.CommitEnd.Add(time.Second))
	for _, m := range cm.Members {
		c.ok("witness", "reveal", "1", dev(devOf[m.Hex()]))
	}
	c.chain.AdvanceTo(cm.RevealEnd.Add(time.Second))
	c.ok("order", "settle", "1", dev(4))
	c.ok("order", "finish", "1", dev(4))
	if o = c.order(1); o.State != market.StateFinished || o.Violated {
		t.Fatalf("final: %+v", o)
	}
	var bal map[string]string
	c.jsonOut(&bal, "token", "balance", dev(3))
	if bal["fst"] != "99034" { // 100000 - 1000 stake + 4 × 8.5 fee
		t.Errorf("winner holds %s FST, want 99034", bal["fst"])
	}
	c.jsonOut(&bal, "token", "balance", dev(1))
	if bal["fst"] != "99966" {
		t.Errorf("customer holds %s FST, want 99966", bal["fst"])
	}
	var orders []market.Order
	c.jsonOut(&orders, "order", "list", "--state", "finished")
	if len(orders) != 1 || orders[0].ID != 1 {
		t.Errorf("order list: %+v", orders)
	}
}

func TestCLI_WatchDrivesToTheEnd(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("order", "create", "--units", "1", "--max-price", "3", "--bidding", "2s", dev(1))
	c.ok("provider", "bid", "1", "2", dev(2))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline)
	// The provider never publishes: watch --drive closes the auction, then, once the confirm
	// timeout has passed, expires the order, and the customer gets the collateral.
	r := c.ok("order", "watch", "1", "--drive", "--until", "Confirming", dev(4))
	c.chain.AdvanceTo(c.order(1).Deadline.Add(time.Second))
	r2 := c.ok("order", "watch", "1", "--drive", dev(4))
	r.stderr += r2.stderr
	for _, want := range []string{"Bidding", "Confirming: matched", "Failed"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("watch progress lacks %q:\n%s", want, r.stderr)
		}
	}
	var bal map[string]string
	c.jsonOut(&bal, "token", "balance", dev(1))
	if bal["fst"] != "100001" { // prepayment back, plus the collateral of 2 × 1 × 50%
		t.Errorf("customer holds %s FST, want 100001", bal["fst"])
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
