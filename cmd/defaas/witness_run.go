package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/witness"
)

// witnessRunCmd runs the witness daemon: configuration from the file, then DEFAAS_WITNESS_*,
// then flags; the chain and the account from the global flags.
func (a *app) witnessRunCmd() *cobra.Command {
	var (
		configPath string
		fl         witness.Config
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the witness daemon: stay staked, open segments, draw committees, probe, report, reveal, finalize",
		Long: `Run the witness daemon (SPEC §4, §5.4) until interrupted.

It registers the account as a witness (or tops its stake up to stake_fst) and keeps it
available, opens the segments of leases in service and draws committees as soon as they are
due, and for every seat (one segment of one lease) checks the lease's module against the
committed hash and probes its function with signed requests until the segment ends,
re-running on that module what the provider says the function failed; then it commits its
report (saved in data_dir first), reveals it, finalizes the committee, logs its payoff in seat
fees, and settles the leases it sat on. How it probes and judges (the request timeout, the
probe rate, the SLA threshold) is the deployment's, read from the chain. It can be killed and
restarted at any time on the same data_dir.

Configuration: --config (default $DEFAAS_HOME/witness.toml, see examples/witness.toml), then
DEFAAS_WITNESS_<KEY> environment variables, then the flags below.`,
		Args: exactArgs(0, "no arguments: use flags or --config"),
		RunE: func(c *cobra.Command, _ []string) error {
			cfg := witness.DefaultConfig()
			if err := a.loadDaemonConfig(c, "witness", configPath, &cfg); err != nil {
				return err
			}
			overrideWitnessFlags(c, &cfg, fl)
			if cfg.DataDir == "" {
				cfg.DataDir = a.home("witness")
			}
			if err := cfg.Validate(); err != nil {
				return usageError{err}
			}
			logger, err := daemon.NewLogger(a.env.Stderr, cfg.LogFormat, cfg.LogLevel)
			if err != nil {
				return usageError{err}
			}
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if _, err := a.reader(ctx); err != nil { // checks the node against the manifest
				return err
			}
			m, _ := a.loadManifest()
			signer, err := a.signer(ctx)
			if err != nil {
				return err
			}
			w, err := witness.New(ctx, cfg, witness.Options{
				Conn: a.conn, Manifest: m, Signer: signer, Logger: logger,
				SenderOptions: append([]chain.SenderOption{chain.WithWaitTimeout(a.g.timeout)}, a.env.SenderOptions...),
			})
			if err != nil {
				return err
			}
			defer w.Close()
			return w.Run(ctx)
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "", "TOML configuration file (default $DEFAAS_HOME/witness.toml if present)")
	f.StringVar(&fl.DataDir, "data-dir", "", "directory of the daemon's state (default $DEFAAS_HOME/witness)")
	f.StringVar(&fl.Listen, "listen", "", "address of /healthz and /metrics (default 127.0.0.1:9102; empty in the file: none)")
	f.StringVar(&fl.StakeFST, "stake", "", "FST to keep staked: register with it, or top up to it")
	f.StringVar(&fl.WasmCacheDir, "wasm-cache-dir", "", "directory of compiled modules for re-runs (default DATA_DIR/wasm-cache)")
	f.DurationVar(&fl.PollInterval, "poll-interval", 0, "how often to read the chain's head (default 1s)")
	f.StringVar(&fl.LogFormat, "log-format", "", "text or json (default text)")
	f.StringVar(&fl.LogLevel, "log-level", "", "debug, info, warn or error (default info)")
	return cmd
}

// overrideWitnessFlags copies the flags given on the command line over cfg.
func overrideWitnessFlags(c *cobra.Command, cfg *witness.Config, fl witness.Config) {
	set := func(name string, apply func()) {
		if c.Flags().Changed(name) {
			apply()
		}
	}
	set("data-dir", func() { cfg.DataDir = fl.DataDir })
	set("listen", func() { cfg.Listen = fl.Listen })
	set("stake", func() { cfg.StakeFST = fl.StakeFST })
	set("wasm-cache-dir", func() { cfg.WasmCacheDir = fl.WasmCacheDir })
	set("poll-interval", func() { cfg.PollInterval = fl.PollInterval })
	set("log-format", func() { cfg.LogFormat = fl.LogFormat })
	set("log-level", func() { cfg.LogLevel = fl.LogLevel })
}
