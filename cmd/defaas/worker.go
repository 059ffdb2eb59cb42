package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/pool"
)

func (a *app) workerCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "worker", Short: "A compute node of a provider's pool"}
	cmd.AddCommand(a.workerRunCmd(), &cobra.Command{
		Use: "nkey SEED_FILE", Short: "Make an nkey for a worker: the seed to SEED_FILE, the public key printed for the provider's worker_nkeys",
		Args: exactArgs(1, "the file to write the seed to"),
		RunE: func(_ *cobra.Command, args []string) error {
			pub, err := pool.NewNkey(args[0])
			if err != nil {
				return err
			}
			a.say("%s", pub)
			return nil
		},
	})
	return cmd
}

// workerRunCmd runs a worker. Configuration: defaults, then the TOML file, then
// DEFAAS_WORKER_* environment variables, then flags.
func (a *app) workerRunCmd() *cobra.Command {
	var configPath, natsURL, provider, name, token, nkeyFile, listen, dataDir, logLevel string
	var cpu, mem uint32
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Join a provider's pool and run the functions it places here",
		Long: "Run a worker (see examples/worker.toml for every setting): it joins the pool of --provider over\n" +
			"NATS with its credential, reports its capacity, loads the leases the provider places on it and\n" +
			"serves their invocations. The provider runs with [pool] configured (examples/provider-pool.toml).",
		Args: exactArgs(0, "no arguments: settings come from --config, DEFAAS_WORKER_* and flags"),
		RunE: func(c *cobra.Command, _ []string) error {
			cfg := pool.DefaultWorkerConfig()
			cfg.DataDir = a.home("worker")
			if err := a.loadDaemonConfig(c, "worker", configPath, &cfg,
				stringFlag{"nats", &cfg.NATS, natsURL}, stringFlag{"provider", &cfg.Provider, provider},
				stringFlag{"name", &cfg.Name, name}, stringFlag{"token", &cfg.Token, token},
				stringFlag{"nkey-seed-file", &cfg.NkeySeedFile, nkeyFile}, stringFlag{"listen", &cfg.Listen, listen},
				stringFlag{"data-dir", &cfg.DataDir, dataDir}, stringFlag{"log-level", &cfg.LogLevel, logLevel}); err != nil {
				return err
			}
			f := c.Flags()
			if f.Changed("cpu-milli") {
				cfg.CPUMilli = cpu
			}
			if f.Changed("memory-mb") {
				cfg.MemoryMB = mem
			}
			log, err := daemon.NewLogger(a.env.Stderr, cfg.LogFormat, cfg.LogLevel)
			if err != nil {
				return err
			}
			w, err := pool.NewWorker(cfg, pool.WorkerOptions{Logger: log})
			if err != nil {
				return err
			}
			defer w.Close()
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := w.Run(ctx); err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", os.Getenv("DEFAAS_WORKER_CONFIG"), "TOML configuration (default $DEFAAS_HOME/worker.toml if it exists; env DEFAAS_WORKER_CONFIG)")
	f.StringVar(&natsURL, "nats", "", "the pool's NATS URL (nats; default nats://127.0.0.1:4222)")
	f.StringVar(&provider, "provider", "", "address of the provider whose pool to join (provider)")
	f.StringVar(&name, "name", "", "the worker's name in the pool (name; default the host name)")
	f.StringVar(&token, "token", "", "the pool's worker token (token; better: env DEFAAS_WORKER_TOKEN)")
	f.StringVar(&nkeyFile, "nkey-seed-file", "", "the worker's nkey seed, from `defaas worker nkey` (nkey_seed_file)")
	f.Uint32Var(&cpu, "cpu-milli", 0, "CPU offered to the pool, thousandths of a core (cpu_milli; default every core)")
	f.Uint32Var(&mem, "memory-mb", 0, "memory offered to the pool, MB (memory_mb; default the machine's)")
	f.StringVar(&listen, "listen", "", "address of /healthz and /metrics (listen; default none)")
	f.StringVar(&dataDir, "data-dir", "", "state directory: the compilation cache (data_dir; default $DEFAAS_HOME/worker)")
	f.StringVar(&logLevel, "log-level", "", "debug, info, warn or error (log_level)")
	return cmd
}
