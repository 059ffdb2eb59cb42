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

// startChild runs witness account i as a child process on dataDir.
func startChild(t *testing.T, w *world, i int, dataDir string, logName string) *exec.Cmd {
	t.Helper()
	logf, err := os.OpenFile(filepath.Join(dataDir, logName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", childRPC+"="+w.dev.HTTPURL(), childManifest+"="+w.manifestPath,
		childAccount+"="+strconv.Itoa(i),
		"DEFAAS_WITNESS_DATA_DIR="+dataDir, "DEFAAS_WITNESS_LISTEN=", "DEFAAS_WITNESS_STAKE_FST=200",
		"DEFAAS_WITNESS_POLL_INTERVAL=200ms", "DEFAAS_WITNESS_WASM_CACHE_DIR="+cacheDir, "DEFAAS_WITNESS_LOG_LEVEL=debug")
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

// TestWitness_KilledBetweenSegmentsResumesTheNextAndReveals runs one witness as a process of
// its own against a real node, on a lease of two segments, kills it with SIGKILL the moment its
// report on the first segment is committed, and restarts it on the same store: it reveals the
// first segment's report without committing again, takes its seat on the second segment,
// drawn while it was down, probes it, and commits and reveals that one too.
func TestWitness_KilledBetweenSegmentsResumesTheNextAndReveals(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ctx := context.Background()
	dataDir := t.TempDir()
	victim := firstWitness
	victimAddr := keys.FromKey(keys.DevKey(victim), w.chainID).Address
	first := startChild(t, w, victim, dataDir, "first.log")
	var ds []*daemonRun
	for i := 1; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(t, "every witness to register", time.Minute, func() bool {
		for i := 0; i < witnesses; i++ {
			info, err := w.reader.Witness(ctx, keys.FromKey(keys.DevKey(firstWitness+i), w.chainID).Address)
			if err != nil || !info.Registered {
				return false
			}
		}
		return true
	})
	p := w.honestProvider(providerOptions{})
	// Segments of 20 s: the victim is down for part of the second one's opening window.
	id := w.leases(leaseSpec{name: "two segments", endpoint: p.URL, module: helloModule, units: 8, segments: 2})[0]
	seg0, seg1 := market.CommitteeID(id, 0), market.CommitteeID(id, 1)

	waitFor(t, "the victim's commit on the first segment", 2*time.Minute, func() bool {
		s, err := w.reader.Seat(ctx, seg0, victimAddr)
		return err == nil && s.Committed
	})
	if err := first.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	first.Wait()
	cm, err := w.reader.Committee(ctx, seg0)
	if err != nil {
		t.Fatal(err)
	}
	if now := w.now(); now.After(cm.CommitEnd) {
		t.Fatalf("killed after the first segment's commit window closed (%s, commit end %s): the test proves nothing", now, cm.CommitEnd)
	}
	time.Sleep(2 * time.Second) // down while the second segment is opened and drawn
	startChild(t, w, victim, dataDir, "second.log")

	// The second segment's committee is drawn from the pool as it stood at its request, the
	// victim in it: nothing the victim did on its restart may have taken it out.
	waitFor(t, "the second segment's committee to be drawn", time.Minute, func() bool {
		cm, err := w.reader.Committee(ctx, seg1)
		return err == nil && cm.Status != market.CommitteeRequested && cm.Status != market.CommitteeNone
	})
	if cm, err := w.reader.Committee(ctx, seg1); err != nil || !cm.IsMember(victimAddr) {
		t.Fatalf("the second segment's committee %+v (%v) does not seat the victim: the test proves nothing", cm, err)
	}

	for _, cid := range []uint64{seg0, seg1} {
		waitFor(t, fmt.Sprintf("the victim's reveal on committee %d", cid), 2*time.Minute, func() bool {
			s, err := w.reader.Seat(ctx, cid, victimAddr)
			return err == nil && s.Revealed
		})
	}
	w.finished(t, id)
	topic := common.BytesToHash(victimAddr[:])
	for k, cid := range []uint64{seg0, seg1} {
		cm, err := w.reader.Committee(ctx, cid)
		if err != nil || cm.Status != market.CommitteeFinalized || cm.Violated || int(cm.Revealed) != witnesses {
			t.Errorf("segment %d: committee %+v (%v); want Finalized, NoViolation, all %d revealed", k, cm, err, witnesses)
		}
		commits, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.manifest.WitnessPool},
			Topics: [][]common.Hash{{market.PoolEvent("ReportCommitted")}, {market.IDTopic(cid)}, {topic}}})
		if err != nil || len(commits) != 1 {
			t.Errorf("segment %d: the victim committed %d times (%v); want once", k, len(commits), err)
		}
		payoff, err := w.reader.Payoff(ctx, cid, victimAddr, 0)
		if err != nil || payoff == nil || payoff.Cmp(cm.SeatFee) != 0 {
			t.Errorf("segment %d: the victim's payoff %v (%v); want one seat fee, %v", k, payoff, err, cm.SeatFee)
		}
	}
}
