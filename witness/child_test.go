package witness_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// The test binary re-executed with childEnv set runs one witness daemon as its own process,
// configured the way `defaas witness run` is: the defaults, then DEFAAS_WITNESS_*.
const (
	childEnv      = "DEFAAS_WITNESS_TEST_CHILD"
	childRPC      = "DEFAAS_WITNESS_TEST_RPC"
	childManifest = "DEFAAS_WITNESS_TEST_MANIFEST"
	childAccount  = "DEFAAS_WITNESS_TEST_ACCOUNT"
)

func runChild() int {
	if err := child(); err != nil {
		fmt.Fprintln(os.Stderr, "witness child:", err)
		return 1
	}
	return 0
}

func child() error {
	cfg := witness.DefaultConfig()
	if err := daemon.ApplyEnv("DEFAAS_WITNESS", &cfg); err != nil {
		return err
	}
	logger, err := daemon.NewLogger(os.Stderr, cfg.LogFormat, cfg.LogLevel)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	conn, err := chain.Dial(ctx, os.Getenv(childRPC))
	if err != nil {
		return err
	}
	defer conn.Close()
	m, err := contracts.LoadManifest(os.Getenv(childManifest))
	if err != nil {
		return err
	}
	i, err := strconv.Atoi(os.Getenv(childAccount))
	if err != nil {
		return err
	}
	w, err := witness.New(ctx, cfg, witness.Options{Conn: conn, Manifest: m, Signer: keys.FromKey(keys.DevKey(i), conn.ChainID()),
		Logger: logger, SenderOptions: []chain.SenderOption{chain.WithPollInterval(50 * time.Millisecond)}})
	if err != nil {
		return err
	}
	defer w.Close()
	return w.Run(ctx)
}

// newDevnetWorld is a world on a real node (the embedded devnet, over HTTP), whose clock is
// the wall clock.
func newDevnetWorld(t *testing.T) (*world, *devnet.Devnet, string) {
	t.Helper()
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
	as := func(i int) *market.Client {
		s := chain.NewSender(conn, keys.FromKey(keys.DevKey(i), conn.ChainID()).Opts, chain.WithPollInterval(50*time.Millisecond))
		return market.New(conn.Backend(), m, s)
	}
	w := &world{t: t, chainID: conn.ChainID(), manifest: m, conn: conn, reader: market.New(conn.Backend(), m, nil),
		customer: as(customerAcc), provider: as(providerAcc), biddingWindow: 2 * time.Second}
	w.waitUntil = func(at time.Time) {
		waitFor(t, "the chain's clock to pass "+at.String(), time.Minute, func() bool {
			h, err := conn.Backend().HeaderByNumber(context.Background(), nil)
			return err == nil && int64(h.Time) > at.Unix()
		})
	}
	w.setup()
	return w, d, manifestPath
}

// startChild runs witness account i as a child process on dataDir.
func startChild(t *testing.T, w *world, rpc, manifestPath string, i int, dataDir string, logName string) *exec.Cmd {
	t.Helper()
	logf, err := os.OpenFile(filepath.Join(dataDir, logName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", childRPC+"="+rpc, childManifest+"="+manifestPath,
		childAccount+"="+strconv.Itoa(i),
		"DEFAAS_WITNESS_DATA_DIR="+dataDir, "DEFAAS_WITNESS_LISTEN=", "DEFAAS_WITNESS_STAKE_FST=100",
		"DEFAAS_WITNESS_PROBE_INTERVAL=300ms", "DEFAAS_WITNESS_PROBE_JITTER=100ms", "DEFAAS_WITNESS_POLL_INTERVAL=50ms",
		"DEFAAS_WITNESS_LOG_LEVEL=debug")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		logf.Close()
		if t.Failed() || os.Getenv("DEFAAS_TEST_CHILD_LOGS") != "" {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("%s:\n%s", logName, b)
		}
	})
	return cmd
}

// TestWitness_KilledBetweenCommitAndRevealStillReveals runs one witness as a process of its
// own against a real node, kills it with SIGKILL the moment its commit is on chain, and
// restarts it on the same store: it reveals the report it stored, without committing again.
func TestWitness_KilledBetweenCommitAndRevealStillReveals(t *testing.T) {
	t.Parallel()
	w, d, manifestPath := newDevnetWorld(t)
	ctx := context.Background()
	dataDir := t.TempDir()
	victim := firstWitness
	victimAddr := keys.FromKey(keys.DevKey(victim), w.chainID).Address
	first := startChild(t, w, d.HTTPURL(), manifestPath, victim, dataDir, "first.log")
	var ds []*daemonRun
	for i := 1; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(t, "every witness to register", 30*time.Second, func() bool {
		for i := 0; i < witnesses; i++ {
			info, err := w.reader.Witness(ctx, keys.FromKey(keys.DevKey(firstWitness+i), w.chainID).Address)
			if err != nil || !info.Registered {
				return false
			}
		}
		return true
	})
	srv := w.provide(helloModule)
	id := w.lease(srv, helloModule, 2)

	waitFor(t, "the victim's commit", time.Minute, func() bool {
		s, err := w.reader.Seat(ctx, id, victimAddr)
		return err == nil && s.Committed
	})
	if err := first.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	first.Wait()
	cm, err := w.reader.Committee(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := w.conn.Backend().HeaderByNumber(ctx, nil); int64(h.Time) > cm.CommitEnd.Unix() {
		t.Fatalf("killed after the commit window closed (block time %d, commit end %s): the test proves nothing", h.Time, cm.CommitEnd)
	}
	startChild(t, w, d.HTTPURL(), manifestPath, victim, dataDir, "second.log")

	waitFor(t, "the victim's reveal", time.Minute, func() bool {
		s, err := w.reader.Seat(ctx, id, victimAddr)
		return err == nil && s.Revealed
	})
	waitFor(t, "the verdict", time.Minute, func() bool {
		cm, err := w.reader.Committee(ctx, id)
		return err == nil && cm.Status == market.CommitteeFinalized
	})
	cm, _ = w.reader.Committee(ctx, id)
	if cm.Violated || int(cm.Revealed) != witnesses {
		t.Errorf("verdict violated=%v with %d revealed; want NoViolation with all %d revealed", cm.Violated, cm.Revealed, witnesses)
	}
	topic := common.BytesToHash(victimAddr[:])
	commits, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.manifest.WitnessPool},
		Topics: [][]common.Hash{{market.PoolEvent("ReportCommitted")}, {market.IDTopic(id)}, {topic}}})
	if err != nil || len(commits) != 1 {
		t.Errorf("the victim committed %d times (%v); want once: the restart must reveal the stored report", len(commits), err)
	}
	paid, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.manifest.WitnessPool},
		Topics: [][]common.Hash{{market.PoolEvent("WitnessPaid")}, {market.IDTopic(id)}, {topic}}})
	if err != nil || len(paid) != 1 {
		t.Fatalf("%d WitnessPaid events for the victim (%v)", len(paid), err)
	}
	if payoff, err := w.reader.Payoff(ctx, id, victimAddr, 0); err != nil || payoff.Cmp(contracts.FST(1)) != 0 {
		t.Errorf("victim's payoff %v (%v); want +1 FST", payoff, err)
	}
	for _, dr := range ds {
		waitFor(t, "the in-process witnesses to finish", 30*time.Second, func() bool {
			s, ok := dr.seat(id)
			return ok && s.Phase == witness.PhaseDone
		})
	}
}
