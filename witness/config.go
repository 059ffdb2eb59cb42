package witness

import (
	"errors"
	"fmt"
	"time"

	"github.com/defaas/defaas/market"
)

// Config is the witness daemon's configuration: a TOML file (examples/witness.toml), then
// DEFAAS_WITNESS_* environment variables, then command-line flags.
type Config struct {
	// DataDir holds the daemon's state: witness.db (bbolt: seats, probes, the reports
	// (B, T, S) and the watcher's checkpoint). One daemon per directory. The chain, the
	// deployment and the account come from the command line's global flags (--rpc,
	// --manifest, --account, ...), as for every other command.
	DataDir string `toml:"data_dir"`
	// Listen is the address of /healthz and /metrics; empty serves neither.
	Listen string `toml:"listen"`

	// StakeFST is the stake the witness keeps: it registers with it, or tops its stake up to
	// it. Empty only checks that the account is registered.
	StakeFST string `toml:"stake_fst"`

	// ProbeInterval is the mean time between two probes of one lease, and ProbeJitter how far
	// each wait strays from it either way (uniformly). The mean must stay above the provider's
	// rate limit for witnesses (SPEC §5.3: one per 10 s, burst 5).
	ProbeInterval time.Duration `toml:"probe_interval"`
	ProbeJitter   time.Duration `toml:"probe_jitter"`
	// ProbeTimeout is how long a probe may take before it counts as failed.
	ProbeTimeout time.Duration `toml:"probe_timeout"`
	// FailureThreshold is the share of failed probes above which the provider violated the
	// SLA, and MinFailures the fewest failures that can make a violation (SPEC §5.4).
	FailureThreshold float64 `toml:"failure_threshold"`
	MinFailures      int     `toml:"min_failures"`

	// PollInterval is how often the chain's head (and its clock) is read.
	PollInterval time.Duration `toml:"poll_interval"`
	// Confirmations is how many blocks must follow an event before the daemon acts on it.
	Confirmations uint64 `toml:"confirmations"`
	// Draw makes the daemon draw committees as soon as they are due (SPEC §4.2: every client
	// does); Settle makes it settle and finish leases it sat on once nobody else has.
	Draw   bool `toml:"draw"`
	Settle bool `toml:"settle"`

	LogFormat string `toml:"log_format"`
	LogLevel  string `toml:"log_level"`
}

// DefaultConfig is the configuration before the file, the environment and the flags.
func DefaultConfig() Config {
	return Config{
		Listen:           "127.0.0.1:9102",
		ProbeInterval:    12 * time.Second,
		ProbeJitter:      2 * time.Second,
		ProbeTimeout:     5 * time.Second,
		FailureThreshold: 0.10,
		MinFailures:      3,
		PollInterval:     time.Second,
		Draw:             true,
		Settle:           true,
		LogFormat:        "text",
		LogLevel:         "info",
	}
}

// Validate checks what New needs, saying which key is wrong.
func (c Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir is required: the daemon keeps its seats and reports there"))
	}
	if c.ProbeInterval <= 0 {
		errs = append(errs, fmt.Errorf("probe_interval must be above zero (got %s)", c.ProbeInterval))
	}
	if c.ProbeJitter < 0 || c.ProbeJitter >= c.ProbeInterval {
		errs = append(errs, fmt.Errorf("probe_jitter must be at least 0 and below probe_interval (got %s)", c.ProbeJitter))
	}
	if c.ProbeTimeout <= 0 {
		errs = append(errs, fmt.Errorf("probe_timeout must be above zero (got %s)", c.ProbeTimeout))
	}
	if c.FailureThreshold < 0 || c.FailureThreshold >= 1 {
		errs = append(errs, fmt.Errorf("failure_threshold is a share: at least 0 and below 1 (got %g)", c.FailureThreshold))
	}
	if c.MinFailures < 1 {
		errs = append(errs, fmt.Errorf("min_failures must be at least 1 (got %d)", c.MinFailures))
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

// Violated is the report a witness makes from its probes (SPEC §5.4): the share of failed
// probes exceeds the threshold, with at least minFailures failures. Refused probes (the
// witness's own fault: a stale clock, its rate) count for neither side.
func Violated(served, failed int, threshold float64, minFailures int) bool {
	total := served + failed
	if total == 0 || failed < minFailures {
		return false
	}
	return float64(failed) > threshold*float64(total)
}
