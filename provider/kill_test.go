package provider_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// daemonProc is the provider daemon in a child process, on a fixed address and data
// directory so that a restart is the same provider.
type daemonProc struct {
	t       *testing.T
	env     []string
	logPath string
	cmd     *exec.Cmd
	mu      sync.Mutex
	runs    int
}

func (d *daemonProc) start(extraEnv ...string) {
	d.t.Helper()
	d.mu.Lock()
	defer d.mu.Unlock()
	log, err := os.OpenFile(d.logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		d.t.Fatal(err)
	}
	d.runs++
	fmt.Fprintf(log, "===== run %d\n", d.runs)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), d.env...), extraEnv...)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	log.Close()
	d.cmd = cmd
}

// died waits for the daemon to kill itself.
func (d *daemonProc) died(timeout time.Duration) {
	d.t.Helper()
	d.mu.Lock()
	cmd := d.cmd
	d.mu.Unlock()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(timeout):
		d.t.Fatal("the daemon did not kill itself")
	}
	d.mu.Lock()
	d.cmd = nil
	d.mu.Unlock()
}

// kill9 kills the daemon with SIGKILL: no cleanup of any kind.
func (d *daemonProc) kill9() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cmd == nil {
		return
	}
	d.cmd.Process.Kill()
	d.cmd.Wait()
	d.cmd = nil
}

func (d *daemonProc) dumpLog() {
	b, _ := os.ReadFile(d.logPath)
	d.t.Logf("provider log:\n%s", b)
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestKill9_ServesAgainNeverBidsTwiceNeverLosesASalt kills the daemon with SIGKILL right
// after a bid, right after a sealed commitment, while serving, and at random moments around
// new orders; each time a new process on the same store takes over.
func TestKill9_ServesAgainNeverBidsTwiceNeverLosesASalt(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 on a devnet takes about a minute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dn, err := devnet.Start(ctx, devnet.Config{BlockTime: 200 * time.Millisecond, ManifestPath: filepath.Join(dir, "manifest.json")})
	if err != nil {
		t.Fatal(err)
	}
	defer dn.Close()
	conn, err := chain.NewConn(dn.Client())
	if err != nil {
		t.Fatal(err)
	}
	m := dn.Manifest()
	customerKey := keys.DevKey(customerAcc)
	customer := market.New(conn.Backend(), m, senderOf(conn, customerKey))
	me := keys.FromKey(keys.DevKey(providerA), conn.ChainID()).Address

	addr := freePort(t)
	d := &daemonProc{t: t, logPath: filepath.Join(dir, "provider.log"), env: []string{
		childEnv + "=" + fmt.Sprint(providerA),
		childRPC + "=" + dn.HTTPURL(),
		childManifest + "=" + filepath.Join(dir, "manifest.json"),
		"DEFAAS_PROVIDER_DATA_DIR=" + filepath.Join(dir, "provider"),
		"DEFAAS_PROVIDER_LISTEN=" + addr,
		"DEFAAS_PROVIDER_POLL_INTERVAL=100ms",
		"DEFAAS_PROVIDER_CPU_MILLI=64000",
		"DEFAAS_PROVIDER_MEMORY_MB=65536",
		"DEFAAS_PROVIDER_WASM_CACHE_DIR=" + wasmCache,
	}}
	defer d.kill9()
	defer func() {
		if t.Failed() || os.Getenv("DEFAAS_TEST_LOG") != "" {
			d.dumpLog()
		}
	}()
	d.start()
	waitFor(t, 30*time.Second, "registration", func() bool {
		p, err := customer.Provider(ctx, me)
		return err == nil && p.Registered
	})

	count := func(id uint64, event string) int {
		logs, err := conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(m.DeploymentBlock), Addresses: []common.Address{m.Market},
			Topics: [][]common.Hash{{market.MarketEvent(event)}, {market.IDTopic(id)}, {common.BytesToHash(me.Bytes())}},
		})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	order := func(p market.OrderParams) uint64 {
		id, _, err := customer.CreateOrder(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}

	// 1. Killed right after an open bid.
	open := order(market.OrderParams{LevelID: 0, DurationUnits: 6, MaxUnitPrice: contracts.FST(10), BiddingWindow: 6 * time.Second, WitnessCount: 3})
	waitFor(t, 20*time.Second, "the open bid", func() bool { return count(open, "BidPlaced") == 1 })
	d.kill9()
	d.start()

	// 2. Killed right after a sealed commitment.
	sealed := order(market.OrderParams{LevelID: 0, DurationUnits: 2, MaxUnitPrice: contracts.FST(10), BiddingWindow: 6 * time.Second,
		RevealWindow: 8 * time.Second, WitnessCount: 3})
	waitFor(t, 20*time.Second, "the commitment", func() bool { return count(sealed, "BidCommitted") == 1 })
	d.kill9()
	d.start()

	// 3. Killed at random moments around new orders: in the watcher, deciding, sending.
	var random []uint64
	for i := 0; i < 3; i++ {
		random = append(random, order(market.OrderParams{LevelID: 0, DurationUnits: 2, MaxUnitPrice: contracts.FST(10), BiddingWindow: 30 * time.Second, WitnessCount: 3}))
		time.Sleep(time.Duration(rand.IntN(400)) * time.Millisecond)
		d.kill9()
		d.start()
	}

	// 4. Dead with a commitment's salt on disk but the commitment not sent; then dead with an
	// open bid sent but not mined. The next process sends the first once, and not the second.
	d.kill9()
	d.start(childDie + "=stored")
	storedDeath := order(market.OrderParams{LevelID: 0, DurationUnits: 2, MaxUnitPrice: contracts.FST(10), BiddingWindow: 8 * time.Second,
		RevealWindow: 8 * time.Second, WitnessCount: 3})
	d.died(20 * time.Second)
	if n := count(storedDeath, "BidCommitted"); n != 0 {
		t.Fatalf("%d commitments sent by a daemon that died before sending", n)
	}
	d.start()
	waitFor(t, 20*time.Second, "the stored commitment sent by the next process", func() bool { return count(storedDeath, "BidCommitted") == 1 })
	d.kill9()
	d.start(childDie + "=sent")
	sentDeath := order(market.OrderParams{LevelID: 0, DurationUnits: 2, MaxUnitPrice: contracts.FST(10), BiddingWindow: 30 * time.Second, WitnessCount: 3})
	d.died(20 * time.Second)
	d.start()
	waitFor(t, 20*time.Second, "the bid sent before dying, mined", func() bool { return count(sentDeath, "BidPlaced") == 1 })
	random = append(random, sentDeath)

	// The open order goes on to a lease, served by the restarted daemon.
	waitFor(t, 30*time.Second, "publication of the open order", func() bool {
		o, err := customer.Order(ctx, open)
		return err == nil && o.Published
	})
	if _, err := customer.AcceptDeployment(ctx, open); err != nil {
		t.Fatal(err)
	}
	dep, err := customer.Deployment(ctx, open)
	if err != nil {
		t.Fatal(err)
	}
	cl := client.New(dep.Endpoint, sigauth.Domain{ChainID: conn.ChainID(), Market: m.Market}, customerKey, nil)
	waitFor(t, 20*time.Second, "the upload", func() bool { _, err := cl.Upload(ctx, api.LeaseID(open), helloWasm); return err == nil })
	if _, err := customer.Fulfill(ctx, open); err != nil {
		t.Fatal(err)
	}
	invoke := func() bool {
		res, err := cl.Invoke(ctx, api.LeaseID(open), http.MethodPost, "/again", []byte("still there"), nil)
		if err != nil {
			return false
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		return res.StatusCode == http.StatusOK && bytes.Contains(b, []byte("body: still there"))
	}
	waitFor(t, 20*time.Second, "an invocation", invoke)

	// 4. Killed while serving: the new process serves the lease again, from the stored module.
	d.kill9()
	d.start()
	waitFor(t, 20*time.Second, "an invocation after the restart", invoke)

	// The sealed bid was revealed despite the kill after the commit, and won.
	waitFor(t, 40*time.Second, "the sealed order matched", func() bool {
		o, err := customer.Order(ctx, sealed)
		return err == nil && o.State >= market.StateConfirming
	})
	if n := count(sealed, "BidRevealed"); n != 1 {
		t.Errorf("the sealed bid was revealed %d times, want 1", n)
	}
	waitFor(t, 30*time.Second, "the reveal of the commitment made by the next process", func() bool {
		return count(storedDeath, "BidRevealed") == 1
	})
	if o, _ := customer.Order(ctx, sealed); o.BestBidder != me {
		t.Errorf("the sealed order went to %s", o.BestBidder)
	}

	for _, id := range append([]uint64{open, sealed, storedDeath}, random...) {
		if n := count(id, "BidPlaced") + count(id, "BidCommitted"); n > 1 {
			t.Errorf("order %d: %d bids by the provider", id, n)
		}
	}
	waitFor(t, 40*time.Second, "bids on the orders created around the kills", func() bool {
		for _, id := range random {
			if count(id, "BidPlaced") != 1 {
				return false
			}
		}
		return true
	})
}

func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for: %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// senderOf is a market transactor for a raw key on conn.
func senderOf(conn *chain.Conn, key *ecdsa.PrivateKey) market.Transactor {
	return keyedSender{chain.NewSender(conn, keys.FromKey(key, conn.ChainID()).Opts, chain.WithPollInterval(50*time.Millisecond))}
}

type keyedSender struct{ *chain.Sender }

func (s keyedSender) From() common.Address { return s.Sender.Address() }
