package witness

import (
	"errors"
	"fmt"
	"time"

	"github.com/defaas/defaas/market"
)

// Config is the witness daemon's configuration: a TOML file (examples/witness.toml), then
// DEFAAS_WITNESS_* environment variables, then command-line flags. It holds only what is the
// operator's to choose; the probe rules (request timeout, probe rate, SLA threshold) are the
// deployment's, read from the chain (Rules).
type Config struct {
	// DataDir holds the daemon's state: witness.db (bbolt: seats, probes, the reports
	// (B, T, S) and the watcher's checkpoint), and the compiled modules it re-runs requests
	// on. One daemon per directory. The chain, the deployment and the account come from the
	// command line's global flags (--rpc, --manifest, --account, ...), as for every other
	// command.
	DataDir string `toml:"data_dir"`
	// WasmCacheDir keeps compiled modules across restarts; empty means DataDir/wasm-cache.
	WasmCacheDir string `toml:"wasm_cache_dir"`
	// Listen is the address of /healthz and /metrics; empty serves neither.
	Listen string `toml:"listen"`

	// StakeFST is the stake the witness keeps: it registers with it, or tops its stake up to
	// it. Empty only checks that the account is registered.
	StakeFST string `toml:"stake_fst"`

	// PollInterval is how often the chain's head (and its clock) is read.
	PollInterval time.Duration `toml:"poll_interval"`
	// Confirmations is how many blocks must follow an event before the daemon acts on it.
	Confirmations uint64 `toml:"confirmations"`
	// Draw makes the daemon draw committees as soon as they are due (SPEC §4.2: every client
	// does); Open makes it open the segments of leases in service as soon as they are due (the
	// opener earns a seat fee, SPEC §3.10); Settle makes it settle and finish the leases it sat
	// on once their last segment is over, unless someone did.
	Draw   bool `toml:"draw"`
	Open   bool `toml:"open"`
	Settle bool `toml:"settle"`

	LogFormat string `toml:"log_format"`
	LogLevel  string `toml:"log_level"`
}

// DefaultConfig is the configuration before the file, the environment and the flags.
func DefaultConfig() Config {
	return Config{
		Listen:       "127.0.0.1:9102",
		PollInterval: time.Second,
		Draw:         true,
		Open:         true,
		Settle:       true,
		LogFormat:    "text",
		LogLevel:     "info",
	}
}

// Validate checks what New needs, saying which key is wrong.
func (c Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir is required: the daemon keeps its seats and reports there"))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, fmt.Errorf("poll_interval must be above zero (got %s)", c.PollInterval))
	}
	if c.StakeFST != "" {
		if _, err := market.ParseFST(c.StakeFST); err != nil {
			errs = append(errs, fmt.Errorf("stake_fst: %w", err))
		}
	}
	return errors.Join(errs...)
}
