package devnet_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
	"github.com/defaas/defaas/witness"
)

// The kill -9 story of issue 11 with daemons: a devnet on a data directory runs in a child
// process (this test binary, running TestStoryChild) while a provider and three witnesses
// serve and watch a lease; the devnet is killed with SIGKILL in the middle of the service —
// while idle, or while sealing a block with a transaction, synced to disk and not yet the
// head, which its restart's recovery makes the head — and started again on the same
// directory and ports. The daemons carry on without a human.

const (
	storyDirEnv      = "DEVNET_STORY_DIR"
	storyPortsEnv    = "DEVNET_STORY_PORTS"
	storyManifestEnv = "DEVNET_STORY_MANIFEST"
	storyStageEnv    = "DEVNET_STORY_STAGE"
)

func storyConfig(dir, manifest string, httpPort, wsPort int) devnet.Config {
	return devnet.Config{DataDir: dir, ManifestPath: manifest, HTTPPort: httpPort, WSPort: wsPort, BlockTime: 250 * time.Millisecond}
}

func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func storyLogger(t *testing.T, name string) *slog.Logger {
	if os.Getenv("DEFAAS_TEST_LOG") == "" {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})).With("daemon", name)
}

// TestKill9_ADevnetKilledMidLeaseComesBackAndTheDaemonsCarryOn: the lease settles without
// violation, every member of its committee reveals, the provider is paid, and a new order
// gets a bid.
func TestKill9_ADevnetKilledMidLeaseComesBackAndTheDaemonsCarryOn(t *testing.T) {
	if testing.Short() {
		t.Skip("a devnet process, a provider and three witnesses for a whole lease: not in -short")
	}
	for _, stage := range []string{"idle", "synced"} {
		t.Run(stage, func(t *testing.T) { killStory(t, devnet.StorySealStages[stage]) })
	}
}

// killStory plays the story with the devnet killed at stage ("" while idle).
func killStory(t *testing.T, stage string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	work := t.TempDir()
	cache := filepath.Join(work, "wazero")
	mods, err := wasmtest.Prepare(ctx, work, cache, wasmtest.Module{Name: "hello", ABI: functions.Reactor})
	if err != nil {
		t.Fatal(err)
	}
	hello := mods[0]

	// The devnet, in a child process.
	dir, manifestPath := filepath.Join(work, "chain"), filepath.Join(work, "manifest.json")
	httpPort, wsPort := freePort(t), freePort(t)
	child := exec.Command(os.Args[0], "-test.run=^TestStoryChild$")
	child.Env = append(os.Environ(), storyDirEnv+"="+dir, storyManifestEnv+"="+manifestPath, fmt.Sprintf("%s=%d,%d", storyPortsEnv, httpPort, wsPort),
		storyStageEnv+"="+stage)
	child.Stderr = os.Stderr
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { child.Process.Kill(); child.Wait() })
	ready, killedAt := make(chan bool, 1), make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == "READY" {
				ready <- true
			}
			if rest, ok := strings.CutPrefix(sc.Text(), "KILLED "); ok {
				killedAt <- rest
			}
		}
		close(ready)
	}()
	select {
	case ok := <-ready:
		if !ok {
			t.Fatal("the devnet child exited before it was ready")
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the devnet child did not start")
	}
	rpcURL := "http://127.0.0.1:" + strconv.Itoa(httpPort)
	conn, err := chain.Dial(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	m, err := contracts.LoadManifest(manifestPath)
	if err != nil {
		t.Fatal(err)
	}
	signer := func(i int) *keys.Signer { return keys.FromKey(keys.DevKey(i), conn.ChainID()) }
	sendOpts := []chain.SenderOption{chain.WithPollInterval(50 * time.Millisecond)}
	reader := market.New(conn.Backend(), m, nil)
	customer := market.New(conn.Backend(), m, chain.NewSender(conn, signer(1).Opts, sendOpts...))

	// The provider, dev account 2, and three witnesses, dev accounts 3 to 5, in this process.
	pcfg := provider.DefaultConfig()
	pcfg.DataDir, pcfg.Listen, pcfg.PollInterval, pcfg.WasmCacheDir = filepath.Join(work, "provider"), "127.0.0.1:0", 250*time.Millisecond, cache
	pcfg.Pricing.Prices = map[string]string{"0": "2"}
	prov, err := provider.New(ctx, pcfg, provider.Options{Conn: conn, Manifest: m, Signer: signer(2), Logger: storyLogger(t, "provider"),
		Registry: prometheus.NewRegistry(), SenderOptions: sendOpts})
	if err != nil {
		t.Fatal(err)
	}
	daemons, stop := context.WithCancel(context.Background())
	provDone := make(chan error, 1)
	go func() { provDone <- prov.Run(daemons) }()
	var members []*witness.Witness
	witDone := make(chan error, 3)
	for i := 3; i <= 5; i++ {
		wcfg := witness.DefaultConfig()
		wcfg.DataDir, wcfg.Listen, wcfg.StakeFST, wcfg.PollInterval, wcfg.WasmCacheDir = filepath.Join(work, fmt.Sprintf("witness-%d", i)), "", "200", 250*time.Millisecond, cache
		w, err := witness.New(ctx, wcfg, witness.Options{Conn: conn, Manifest: m, Signer: signer(i), Logger: storyLogger(t, fmt.Sprintf("witness-%d", i)),
			Registry: prometheus.NewRegistry(), SenderOptions: sendOpts})
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, w)
		go func() { witDone <- w.Run(daemons) }()
	}
	t.Cleanup(func() {
		stop()
		<-provDone
		prov.Close()
		for range members {
			<-witDone
		}
		for _, w := range members {
			w.Close()
		}
	})
	waitFor(t, "the provider and the witnesses registered", time.Minute, func() bool {
		if p, err := reader.Provider(ctx, prov.Address()); err != nil || !p.Registered {
			return false
		}
		for _, w := range members {
			if info, err := reader.Witness(ctx, w.Address()); err != nil || !info.Registered {
				return false
			}
		}
		return true
	})

	// A lease of 8 billing units (40 s on the dev preset), served and witnessed.
	order := func() uint64 {
		id, _, err := customer.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 8, MaxUnitPrice: contracts.FST(10),
			BiddingWindow: 3 * time.Second, WitnessCount: 3, Segments: 1})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	id := order()
	waitFor(t, "the provider's publication", time.Minute, func() bool { o, err := reader.Order(ctx, id); return err == nil && o.Published })
	if _, err := customer.AcceptDeployment(ctx, id); err != nil {
		t.Fatal(err)
	}
	fn := client.New(prov.Endpoint(), sigauth.Domain{ChainID: conn.ChainID(), Market: m.Market}, keys.DevKey(1), nil)
	waitFor(t, "the module uploaded", 30*time.Second, func() bool { _, err := fn.Upload(ctx, api.LeaseID(id), hello); return err == nil })
	if _, err := customer.Fulfill(ctx, id, sha256.Sum256(hello)); err != nil {
		t.Fatal(err)
	}
	committee := market.CommitteeID(id, 0)
	waitFor(t, "the committee drawn", time.Minute, func() bool {
		cm, err := reader.Committee(ctx, committee)
		return err == nil && cm.Status >= market.CommitteeDrawn
	})
	lease, err := reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}

	// Half-way through the service, the devnet dies with SIGKILL and comes back on the same
	// directory and ports.
	for time.Now().Before(lease.ServiceStart.Add(lease.ServiceEnd.Sub(lease.ServiceStart) / 2)) {
		time.Sleep(100 * time.Millisecond)
	}
	before, err := conn.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var inFlight *types.Transaction // the customer's, in the block being sealed at the kill
	if stage == "" {
		child.Process.Kill()
	} else {
		if err := child.Process.Signal(syscall.SIGUSR1); err != nil {
			t.Fatal(err)
		}
		s := chain.NewSender(conn, signer(1).Opts, sendOpts...)
		if inFlight, err = s.Send(ctx, m.Token, contracts.NewFaaSToken().PackTransfer(crypto.PubkeyToAddress(keys.DevKey(6).PublicKey), big.NewInt(1)), nil); err != nil {
			t.Fatal(err)
		}
		select {
		case at := <-killedAt:
			t.Logf("the devnet killed itself sealing block %s", at)
		case <-time.After(30 * time.Second):
			t.Fatal("the devnet did not reach the stage to be killed at")
		}
	}
	child.Wait()
	killed := time.Now()
	d, err := devnet.Start(ctx, storyConfig(dir, manifestPath, httpPort, wsPort))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	after, err := conn.Backend().HeaderByNumber(ctx, before.Number)
	if err != nil || after.Hash() != before.Hash() {
		t.Fatalf("block %d after the restart: %v (err %v), the devnet had %s before the kill", before.Number, after, err, before.Hash())
	}
	t.Logf("the devnet was back %v after the kill -9, at block %d or later", time.Since(killed).Round(time.Millisecond), before.Number)
	if inFlight != nil {
		// Synced before the kill, the block is the head after the restart's recovery.
		if r, err := conn.Backend().TransactionReceipt(ctx, inFlight.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("the transaction of the block synced at the kill, after the restart: %v (err %v)", r, err)
		}
	}

	// The lease settles without violation, every member revealed, the provider paid its fee.
	waitFor(t, "the lease finished", 3*time.Minute, func() bool { o, err := reader.Order(ctx, id); return err == nil && o.State == market.StateFinished })
	cm, err := reader.Committee(ctx, committee)
	if err != nil {
		t.Fatal(err)
	}
	if cm.Status != market.CommitteeFinalized || cm.Violated || cm.Revealed != 3 {
		t.Fatalf("the committee ended %s violated=%v with %d reports revealed; want Finalized, NoViolation, 3", cm.Status, cm.Violated, cm.Revealed)
	}
	st, err := reader.Settlement(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.ViolatedSegments != 0 || st.ProviderPayout.Cmp(lease.Fee) != 0 {
		t.Fatalf("settled with %d violated segments, %s FST to the provider; want 0 and the fee %s", st.ViolatedSegments,
			market.FormatFST(st.ProviderPayout), market.FormatFST(lease.Fee))
	}

	// A new order gets a bid.
	next := order()
	waitFor(t, "a bid on a new order", 30*time.Second, func() bool {
		o, err := reader.Order(ctx, next)
		return err == nil && o.BestBidder == crypto.PubkeyToAddress(keys.DevKey(2).PublicKey)
	})
}
