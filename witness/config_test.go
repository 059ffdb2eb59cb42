package witness_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/witness"
)

func TestConfig_ExampleFileLoadsAndValidates(t *testing.T) {
	cfg := witness.DefaultConfig()
	if err := daemon.LoadConfig("../examples/witness.toml", &cfg, true); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	if cfg.StakeFST != "50" || cfg.ProbeInterval != 12*time.Second || cfg.MinFailures != 3 || cfg.FailureThreshold != 0.10 {
		t.Errorf("config = %+v", cfg)
	}
	t.Setenv("DEFAAS_WITNESS_PROBE_INTERVAL", "1s")
	t.Setenv("DEFAAS_WITNESS_PROBE_JITTER", "200ms")
	if err := daemon.ApplyEnv("DEFAAS_WITNESS", &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.ProbeInterval != time.Second || cfg.ProbeJitter != 200*time.Millisecond {
		t.Errorf("environment not applied: %+v", cfg)
	}
}

func TestConfig_RefusesJitterAsLargeAsTheInterval(t *testing.T) {
	cfg := witness.DefaultConfig()
	cfg.ProbeJitter = cfg.ProbeInterval
	if err := cfg.Validate(); err == nil {
		t.Fatal("a jitter as large as the interval was accepted: probes could come back to back")
	}
}

// TestViolated is SPEC §5.4: violated when the failed share exceeds the threshold and at
// least the minimum number of probes failed; refusals count for neither side.
func TestViolated(t *testing.T) {
	for _, c := range []struct {
		served, failed int
		want           bool
	}{
		{100, 0, false},
		{0, 0, false},
		{90, 10, false}, // exactly 10%: not above
		{89, 11, true},
		{10, 2, false}, // 17% but fewer than 3 failures
		{10, 3, true},
		{0, 3, true},
	} {
		if got := witness.Violated(c.served, c.failed, 0.10, 3); got != c.want {
			t.Errorf("Violated(served %d, failed %d) = %v, want %v", c.served, c.failed, got, c.want)
		}
	}
}

func TestStore_BelongsToOneAccount(t *testing.T) {
	c := testchain.New(t, 5)
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	cfg := witness.DefaultConfig()
	cfg.DataDir = t.TempDir()
	open := func(i int) error {
		w, err := witness.New(context.Background(), cfg, witness.Options{Conn: conn, Manifest: c.Manifest,
			Signer: keys.FromKey(keys.DevKey(i), c.ChainID)})
		if err == nil {
			w.Close()
		}
		return err
	}
	if err := open(3); err != nil {
		t.Fatal(err)
	}
	if err := open(3); err != nil {
		t.Fatalf("the same account again: %v", err)
	}
	if err := open(4); err == nil || !strings.Contains(err.Error(), "belongs to "+keys.FromKey(keys.DevKey(3), c.ChainID).Address.Hex()) {
		t.Fatalf("another account on the store: %v; want a refusal", err)
	}
}
