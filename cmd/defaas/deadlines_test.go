package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
)

// chainTime is how the CLI writes a deadline: the chain's time of day.
func chainTime(t time.Time) string { return t.UTC().Format("15:04:05") + " chain time" }

// matched brings order 1 of customer dev 1 to Confirming, won by dev 2.
func matched(t *testing.T, c *cli) market.Order {
	t.Helper()
	c.ok("provider", "register", "--stake", "1000", dev(2))
	for i := 5; i <= 9; i++ {
		c.ok("witness", "register", "--stake", "100", dev(i))
	}
	c.ok("order", "create", "--level", "1", "--units", "4", "--max-price", "10", "--bidding", "20s", dev(1))
	c.ok("provider", "bid", "1", "9", dev(2))
	c.chain.AdvanceTo(c.order(1).Deadline)
	c.ok("order", "close", "1", dev(2))
	return c.order(1)
}

func TestCLI_AcceptAndFulfillSayTheDeadlineAndTimeLeft(t *testing.T) {
	c := newCLI(t)
	matched(t, c)
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	o := c.order(1) // publishing starts the customer's window
	r := c.ok("order", "accept", "1", dev(1))
	if want := "acceptDeployment is due by " + chainTime(o.Deadline) + " ("; !strings.Contains(r.stdout, want) || !strings.Contains(r.stdout, "s left)") {
		t.Errorf("accept said %q, lacking %q and the time left", r.stdout, want)
	}
	o = c.order(1)
	if want := "next: the customer: upload the module, then fulfill(moduleHash), by " + chainTime(o.Deadline); !strings.Contains(r.stdout, want) {
		t.Errorf("accept said %q, lacking %q", r.stdout, want)
	}
	module := filepath.Join(t.TempDir(), "fn.wasm")
	os.WriteFile(module, []byte("\x00asm the customer's function"), 0o644)
	r = c.ok("order", "fulfill", "1", "--module", module, dev(1))
	if want := "fulfill is due by " + chainTime(o.Deadline); !strings.Contains(r.stdout, want) {
		t.Errorf("fulfill said %q, lacking %q", r.stdout, want)
	}
	o = c.order(1)
	if want := "next: the winner: confirmDeployment, by " + chainTime(o.Deadline); !strings.Contains(r.stdout, want) {
		t.Errorf("fulfill said %q, lacking %q", r.stdout, want)
	}
}

func TestCLI_AcceptAfterTheDeadlineSaysItPassed(t *testing.T) {
	c := newCLI(t)
	matched(t, c)
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	o := c.order(1)
	c.chain.AdvanceTo(o.Deadline.Add(5 * time.Second))
	r := c.run("order", "accept", "1", dev(1))
	if r.code != 1 || !strings.Contains(r.stdout, "acceptDeployment is due by "+chainTime(o.Deadline)+" (passed ") {
		t.Errorf("late accept: exit %d, said %q / %q", r.code, r.stdout, r.stderr)
	}
}

func TestCLI_CreateWaitAcceptAcceptsOncePublished(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.fails("--accept goes on from --wait", "order", "create", "--max-price", "3", "--accept", dev(1))
	done := make(chan result, 1)
	go func() {
		done <- c.run("order", "create", "--max-price", "3", "--bidding", "5s", "--wait", "--accept", dev(1))
	}()
	r := market.New(c.chain.Client, c.chain.Manifest, nil)
	waitFor := func(what string, cond func(market.Order) bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); ; {
			if o, err := r.Order(context.Background(), 1); err == nil && cond(o) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s never happened", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitFor("the order", func(market.Order) bool { return true })
	c.ok("provider", "bid", "1", "2", dev(2))
	c.chain.AdvanceTo(c.order(1).Deadline)
	waitFor("the close", func(o market.Order) bool { return o.State == market.StateConfirming })
	// The customer waits for the publication, however long the winner takes within its window.
	time.Sleep(200 * time.Millisecond)
	if o := c.order(1); o.State != market.StateConfirming {
		t.Fatalf("accepted before the publication: %s", o.State)
	}
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	res := <-done
	if res.code != 0 {
		t.Fatalf("create --wait --accept: exit %d\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	for _, want := range []string{"Order 1 matched", "waiting for the winner to publish its endpoint, by ", "acceptDeployment is due by ", "Order 1 is now Deploying", "defaas order fulfill 1 --module"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("create --wait --accept said %q, lacking %q", res.stdout, want)
		}
	}
	if o := c.order(1); o.State != market.StateDeploying {
		t.Errorf("order is %s, want Deploying", o.State)
	}
}

func TestCLI_OrderShowSaysPublishedModuleCommitteeAndNextMove(t *testing.T) {
	c := newCLI(t)
	o := matched(t, c)
	show := func(wants ...string) {
		t.Helper()
		out := c.ok("order", "show", "1").stdout
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Errorf("order show lacks %q:\n%s", w, out)
			}
		}
	}
	show("published                 not yet: the winner publishes its endpoint by "+o.Deadline.Format(time.RFC3339),
		"service                   not started",
		"waiting for               winner "+c.chain.Accounts[2].Addr.Hex()+": publishDeployment, until "+o.Deadline.Format(time.RFC3339),
		"next move                 expire (the provider never published its deployment), from ")
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	show("published                 yes: endpoint https://p2.example/ in block ",
		"waiting for               customer "+c.chain.Accounts[1].Addr.Hex()+": acceptDeployment, until ",
		"next move                 expire (the customer never accepted the deployment), from ")
	c.ok("order", "accept", "1", dev(1))
	o = c.order(1)
	show("module                    not committed yet",
		"waiting for               customer "+c.chain.Accounts[1].Addr.Hex()+": upload the module, then fulfill(moduleHash), until "+o.Deadline.Format(time.RFC3339),
		"next move                 fulfill(0): start unattended, from ")
	c.ok("order", "fulfill", "1", "--module-hash", "0x"+strings.Repeat("ab", 32), dev(1))
	show("module                    sha256 0x"+strings.Repeat("ab", 32)+", committed; the provider confirms it by ",
		"next move                 expire (the provider never confirmed the committed module), from ")
	c.ok("provider", "confirm", "1", dev(2))
	c.chain.Mine(3)
	c.ok("witness", "draw", "1", dev(9))
	show("module                    sha256 0x"+strings.Repeat("ab", 32)+", committed and confirmed by the provider",
		"service                   ",
		"segment 0                 committee 256; ",
		"drawn: 3 members, threshold 2; reports until ",
		"  member                  0x",
		"waiting for               winner "+c.chain.Accounts[2].Addr.Hex()+": serve, until ",
		"next move                 settle, from ")
}

// provider show reads what the provider daemon of the same account on this machine skipped
// for lack of free stake, from its data directory (the daemon's default: $DEFAAS_HOME/provider).
func TestCLI_ProviderShowSaysTheOrdersSkippedForStake(t *testing.T) {
	c := newCLI(t)
	p := c.runProviderIn(2, "", filepath.Join(c.env.Home, "provider")) // stakes the minimum, 100 FST
	c.until("the provider registered", func() bool { return c.run("provider", "show", p.Address().Hex()).code == 0 })
	// maxFee 2 × 1000 FST: the collateral, 50 % of the 20 % floor, is 200 FST.
	c.ok("order", "create", "--units", "2", "--max-price", "1000", "--bidding", "30s", dev(1))
	want := "skipped     1 order: free stake 100 FST, needed 200 FST (order 1, "
	c.until("the skip shown", func() bool { return strings.Contains(c.run("provider", "show", dev(2)).stdout, want) })
	if r := c.ok("provider", "show", dev(2)); !strings.Contains(r.stdout, "stake 100 FST more: defaas provider stake 100") {
		t.Errorf("provider show:\n%s", r.stdout)
	}
	var v struct {
		SkippedForStake *provider.SkippedForStake `json:"skippedForStake"`
	}
	c.jsonOut(&v, "provider", "show", dev(2))
	if s := v.SkippedForStake; s == nil || s.Orders != 1 || market.FormatFST(s.Needed) != "200" {
		t.Errorf("provider show --json: %+v", s)
	}
	// Another account's record says nothing of this daemon; another directory has no daemon.
	if r := c.ok("provider", "show", dev(3)); strings.Contains(r.stdout, "skipped") {
		t.Errorf("provider show of another account:\n%s", r.stdout)
	}
	if r := c.ok("provider", "show", dev(2), "--data-dir", t.TempDir()); strings.Contains(r.stdout, "skipped") || r.stderr != "" {
		t.Errorf("provider show with an empty data dir:\n%s\n%s", r.stdout, r.stderr)
	}
}

// Without witnesses a segment's committee cannot be drawn: order show says so, and that the
// provider is paid unchecked.
func TestCLI_OrderShowSaysASegmentWithoutWitnessesIsPaidUnchecked(t *testing.T) {
	c := newCLI(t)
	c.ok("provider", "register", "--stake", "1000", dev(2))
	c.ok("order", "create", "--level", "1", "--units", "4", "--max-price", "10", "--bidding", "20s", dev(1))
	c.ok("provider", "bid", "1", "9", dev(2))
	c.chain.AdvanceTo(c.order(1).Deadline)
	c.ok("order", "close", "1", dev(2))
	c.ok("provider", "publish", "1", "--endpoint", "https://p2.example/", dev(2))
	c.ok("order", "accept", "1", dev(1))
	c.ok("order", "fulfill", "1", "--module-hash", "0x"+strings.Repeat("ab", 32), dev(1))
	c.ok("provider", "confirm", "1", dev(2))
	c.chain.Mine(3)
	c.run("witness", "draw", "1", dev(9))
	out := c.ok("order", "show", "1").stdout
	if !strings.Contains(out, "unwitnessed: 0 of 3 witnesses drawn, no committee could be; the provider is paid, unchecked") {
		t.Errorf("order show:\n%s", out)
	}
	var view struct {
		Segments []market.Segment `json:"segments"`
	}
	c.jsonOut(&view, "order", "show", "1")
	c.chain.AdvanceTo(view.Segments[0].RevealEnd.Add(2 * time.Second))
	r := c.ok("order", "watch", "1", "--drive", dev(4))
	if !strings.Contains(r.stderr, "order 1: Settled: no violation found, 1 of 1 segments unwitnessed; the provider is paid, unchecked there") {
		t.Errorf("order watch --drive:\n%s", r.stderr)
	}
}
