package provider

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/provider/pricing"
)

// Config is the provider daemon's configuration: the TOML file (see examples/provider.toml),
// overridden by DEFAAS_PROVIDER_* environment variables and then by flags. The protocol's own
// rules — a request's time limit, the committee members' probe rate — are not here: they are
// the deployment's parameters, read from the chain (SPEC §6).
type Config struct {
	// DataDir holds the daemon's state: provider.db (bbolt: orders, bids, salts, leases,
	// the watcher's checkpoint), modules/ (the customers' uploaded modules), wasm-cache/ and
	// StatusFile (the operator's status, derived from the store).
	DataDir string `toml:"data_dir"`
	// WasmCacheDir keeps compiled modules across restarts; default <data_dir>/wasm-cache.
	WasmCacheDir string `toml:"wasm_cache_dir"`
	// Listen is the address the HTTP API listens on.
	Listen string `toml:"listen"`
	// Endpoint is the public base URL published for every lease; default
	// http://<the listen address>.
	Endpoint string `toml:"endpoint"`
	// StakeFST is staked by registerProvider when the account is not registered yet; empty
	// stakes the deployment's minimum.
	StakeFST    string `toml:"stake_fst"`
	MetadataURI string `toml:"metadata_uri"`

	// CPUMilli and MemoryMB are the capacity sold: every lease (and every bid that may become
	// one) reserves its level's cpuMilli and memoryMB until its service ends (or the bid is
	// lost), and no bid goes beyond what is left. With a pool, the workers' live capacity is
	// sold instead, and these are ignored.
	CPUMilli uint32 `toml:"cpu_milli"`
	MemoryMB uint32 `toml:"memory_mb"`

	// Pool runs the functions on the workers of a computing pool over NATS (package pool)
	// instead of in this process; unset, nothing of it runs.
	Pool pool.Config `toml:"pool"`

	Pricing PricingConfig `toml:"pricing"`

	// PollInterval is how often the daemon looks at the chain: new heads, and the state of
	// the orders it bid on or serves.
	PollInterval time.Duration `toml:"poll_interval"`
	// Confirmations is how many blocks must be built on an OrderCreated before it is acted on.
	Confirmations uint64 `toml:"confirmations"`

	// MinRevealWindow: sealed orders whose reveal window is shorter are not bid on, since a
	// reveal that cannot land in time forfeits the bond (SPEC §3.7). Zero: three block times
	// of the chain watched, measured over its recent blocks.
	MinRevealWindow time.Duration `toml:"min_reveal_window"`

	LogFormat string `toml:"log_format"`
	LogLevel  string `toml:"log_level"`
}

// PricingConfig chooses the pricing strategy.
type PricingConfig struct {
	// Strategy is "fixed" (bid Prices[level]) or "undercut" (one Step below the best open
	// bid, never below Prices[level]).
	Strategy string `toml:"strategy"`
	// Prices maps level ids ("0", "1", ...) to FST per billing unit: the price of "fixed",
	// the floor of "undercut". Levels not listed are not bid on.
	Prices map[string]string `toml:"prices"`
	Step   string            `toml:"step"`
}

// DefaultConfig is the configuration before the file, the environment and the flags.
func DefaultConfig() Config {
	return Config{
		Listen:       "127.0.0.1:8080",
		CPUMilli:     4000,
		MemoryMB:     8192,
		Pricing:      PricingConfig{Strategy: "fixed", Prices: map[string]string{"0": "1", "1": "2", "2": "4"}, Step: "0.01"},
		PollInterval: time.Second,
		LogFormat:    "text",
		LogLevel:     "info",
	}
}

// Build makes the configured strategy.
func (c PricingConfig) Build() (pricing.Strategy, error) {
	table, err := pricing.ParseTable(c.Prices)
	if err != nil {
		return nil, err
	}
	if len(table) == 0 {
		return nil, errors.New("pricing: no prices: list at least one level under [pricing.prices]")
	}
	switch c.Strategy {
	case "", "fixed":
		return pricing.Fixed{Prices: table}, nil
	case "undercut":
		step := big.NewInt(1)
		if c.Step != "" {
			if step, err = market.ParseFST(c.Step); err != nil {
				return nil, fmt.Errorf("pricing step: %w", err)
			}
		}
		if step.Sign() <= 0 {
			return nil, errors.New("pricing step must be above zero")
		}
		return pricing.Undercut{Floors: table, Step: step}, nil
	}
	return nil, fmt.Errorf("pricing strategy %q: use fixed or undercut", c.Strategy)
}

// Validate says what is wrong with c, if anything.
func (c Config) Validate() error {
	if c.DataDir == "" {
		return errors.New("data_dir is required")
	}
	if c.CPUMilli == 0 || c.MemoryMB == 0 {
		return errors.New("cpu_milli and memory_mb must be above zero: they are the capacity sold")
	}
	if c.PollInterval <= 0 {
		return errors.New("poll_interval must be above zero")
	}
	if c.MinRevealWindow < 0 {
		return errors.New("min_reveal_window cannot be negative")
	}
	if c.StakeFST != "" {
		if _, err := market.ParseFST(c.StakeFST); err != nil {
			return fmt.Errorf("stake_fst: %w", err)
		}
	}
	if _, err := c.Pricing.Build(); err != nil {
		return err
	}
	return c.Pool.Validate()
}
