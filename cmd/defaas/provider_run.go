package main

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/provider"
)

// providerRunCmd runs the provider daemon. Configuration: defaults, then the TOML file, then
// DEFAAS_PROVIDER_* environment variables, then flags.
func (a *app) providerRunCmd() *cobra.Command {
	var configPath, listen, endpoint, dataDir, stake, strategy, logLevel string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the provider daemon: bid on orders, host and serve functions, get paid",
		Long: "Run the provider daemon (see examples/provider.toml for every setting). It registers the\n" +
			"account as a provider if needed, bids on the orders its capacity and prices allow, publishes\n" +
			"its endpoint, serves the customers' functions with signed requests, and settles its leases.",
		Args: exactArgs(0, "no arguments: settings come from --config, DEFAAS_PROVIDER_* and flags"),
		RunE: func(c *cobra.Command, _ []string) error {
			cfg := provider.DefaultConfig()
			cfg.DataDir = a.home("provider")
			if err := a.loadDaemonConfig(c, "provider", configPath, &cfg,
				stringFlag{"listen", &cfg.Listen, listen}, stringFlag{"endpoint", &cfg.Endpoint, endpoint},
				stringFlag{"data-dir", &cfg.DataDir, dataDir}, stringFlag{"stake", &cfg.StakeFST, stake},
				stringFlag{"strategy", &cfg.Pricing.Strategy, strategy}, stringFlag{"log-level", &cfg.LogLevel, logLevel}); err != nil {
				return err
			}
			log, err := daemon.NewLogger(a.env.Stderr, cfg.LogFormat, cfg.LogLevel)
			if err != nil {
				return err
			}
			m, err := a.loadManifest()
			if err != nil {
				return err
			}
			if _, err := a.reader(c.Context()); err != nil { // checks the node is the manifest's chain
				return err
			}
			s, err := a.signer(c.Context())
			if err != nil {
				return err
			}
			p, err := provider.New(c.Context(), cfg, provider.Options{Conn: a.conn, Manifest: m, Signer: s, Logger: log, SenderOptions: a.env.SenderOptions})
			if err != nil {
				return err
			}
			defer p.Close()
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := p.Run(ctx); err != nil {
				return fmt.Errorf("provider: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", os.Getenv("DEFAAS_PROVIDER_CONFIG"), "TOML configuration (default $DEFAAS_HOME/provider.toml if it exists; env DEFAAS_PROVIDER_CONFIG)")
	f.StringVar(&listen, "listen", "", "address of the HTTP API (listen)")
	f.StringVar(&endpoint, "endpoint", "", "public base URL published for leases (endpoint)")
	f.StringVar(&dataDir, "data-dir", "", "state directory (data_dir; default $DEFAAS_HOME/provider)")
	f.StringVar(&stake, "stake", "", "FST to stake when not yet registered (stake_fst; default the minimum)")
	f.StringVar(&strategy, "strategy", "", "pricing strategy: fixed or undercut (pricing.strategy)")
	f.StringVar(&logLevel, "log-level", "", "debug, info, warn or error (log_level)")
	return cmd
}

// stringFlag is a string flag that, when given, overrides a field of a daemon's configuration.
type stringFlag struct {
	name string
	dst  *string
	val  string
}

// loadDaemonConfig fills cfg, a daemon's configuration with its defaults, from its TOML file
// (--config, else $DEFAAS_HOME/<name>.toml if it exists), then the DEFAAS_<NAME>_* environment
// variables, then the string flags given on the command line.
func (a *app) loadDaemonConfig(c *cobra.Command, name, configPath string, cfg any, flags ...stringFlag) error {
	path, required := configPath, c.Flags().Changed("config")
	if path == "" {
		path = a.home(name + ".toml")
	}
	if err := daemon.LoadConfig(path, cfg, required); err != nil {
		return err
	}
	if err := daemon.ApplyEnv("DEFAAS_"+strings.ToUpper(name), cfg); err != nil {
		return err
	}
	for _, f := range flags {
		if c.Flags().Changed(f.name) {
			*f.dst = f.val
		}
	}
	return nil
}
