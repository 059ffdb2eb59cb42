package witness_test

import (
	"context"
	"os"
	"reflect"
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
	if cfg.StakeFST != "50" || cfg.PollInterval != time.Second || !cfg.Draw || !cfg.Open || !cfg.Settle {
		t.Errorf("config = %+v", cfg)
	}
	t.Setenv("DEFAAS_WITNESS_POLL_INTERVAL", "250ms")
	t.Setenv("DEFAAS_WITNESS_OPEN", "false")
	if err := daemon.ApplyEnv("DEFAAS_WITNESS", &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.PollInterval != 250*time.Millisecond || cfg.Open {
		t.Errorf("environment not applied: %+v", cfg)
	}
}

// The example file documents every key of the configuration, and sets it: an operator reads
// the whole of what is theirs to choose there.
func TestConfig_ExampleFileSetsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../examples/witness.toml")
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, _, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			set[strings.TrimSpace(k)] = true
		}
	}
	ct := reflect.TypeOf(witness.Config{})
	for i := 0; i < ct.NumField(); i++ {
		key := ct.Field(i).Tag.Get("toml")
		if key == "" {
			t.Errorf("Config.%s has no toml key", ct.Field(i).Name)
			continue
		}
		if !set[key] {
			t.Errorf("examples/witness.toml does not set %s (Config.%s)", key, ct.Field(i).Name)
		}
		delete(set, key)
	}
	for k := range set {
		t.Errorf("examples/witness.toml sets %s, which is no key of Config", k)
	}
}

// The probe rules are the deployment's (SPEC §6): a configuration file that still sets one
// of v1's probe keys is refused with the key named, not silently ignored.
func TestConfig_RefusesTheProbeRulesOfV1(t *testing.T) {
	for _, line := range []string{"probe_interval = \"12s\"", "probe_jitter = \"2s\"", "probe_timeout = \"5s\"",
		"failure_threshold = 0.1", "min_failures = 3"} {
		key, _, _ := strings.Cut(line, " ")
		t.Run(key, func(t *testing.T) {
			path := t.TempDir() + "/witness.toml"
			if err := writeFile(path, "data_dir = \"x\"\n"+line+"\n"); err != nil {
				t.Fatal(err)
			}
			cfg := witness.DefaultConfig()
			err := daemon.LoadConfig(path, &cfg, true)
			if err == nil || !strings.Contains(err.Error(), key) {
				t.Fatalf("LoadConfig = %v; want the unknown key %s named", err, key)
			}
		})
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

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o600) }

// A witness stopped while it starts (its registration, its reading of the rules) stops
// cleanly: Run returns nil, as for a stop later on.
func TestRun_StoppedWhileStartingIsAStopNotAnError(t *testing.T) {
	c := testchain.New(t, 5)
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	cfg := witness.DefaultConfig()
	cfg.DataDir = t.TempDir()
	w, err := witness.New(context.Background(), cfg, witness.Options{Conn: conn, Manifest: c.Manifest,
		Signer: keys.FromKey(keys.DevKey(3), c.ChainID)})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := w.Run(ctx); err != nil {
		t.Fatalf("Run stopped before it registered: %v, want nil", err)
	}
}
