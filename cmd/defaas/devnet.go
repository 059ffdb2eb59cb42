package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/explorer"
)

func (a *app) devnetCmd() *cobra.Command {
	var cfg devnet.Config
	var verbose, withExplorer bool
	var explorerListen string
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a development chain with the market deployed, in this process",
		Long: `Starts go-ethereum in this process with JSON-RPC over HTTP and WebSocket on 127.0.0.1, a
block every --block-time, the contracts deployed with the dev preset, and ether and FST on
deterministic development accounts. It writes the manifest every other command reads. With
--datadir the chain survives restarts. Ctrl-C stops it cleanly. Any standard client (cast,
ethers.js, defaas) can use it.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			for _, p := range []struct {
				flag, env string
				port      *int
			}{{"http-port", "DEFAAS_DEVNET_HTTP_PORT", &cfg.HTTPPort}, {"ws-port", "DEFAAS_DEVNET_WS_PORT", &cfg.WSPort}} {
				v := os.Getenv(p.env)
				if v == "" || c.Flags().Changed(p.flag) {
					continue
				}
				n, err := strconv.ParseUint(v, 10, 16)
				if err != nil {
					return usageError{fmt.Errorf("%s=%q: give a port number (0 picks a free port)", p.env, v)}
				}
				*p.port = int(n)
			}
			cfg.ManifestPath = a.manifestFile()
			if verbose {
				cfg.Logger = slog.New(slog.NewTextHandler(a.env.Stderr, nil))
			}
			ctx := c.Context()
			d, err := devnet.Start(ctx, cfg)
			if err != nil {
				if errors.Is(err, devnet.ErrPortInUse) {
					return fmt.Errorf("%w: pass --http-port and --ws-port (0 picks free ports)", err)
				}
				return err
			}
			defer d.Close()
			m := d.Manifest()
			verb := "Started"
			if d.Resumed() {
				verb = "Resumed"
			}
			err = a.show(struct {
				Manifest any              `json:"manifest"`
				Accounts []map[string]any `json:"accounts"`
			}{m, accountsJSON(d.Accounts())}, func(w io.Writer) {
				fmt.Fprintf(w, "%s devnet: chain %d, a block every %s\n", verb, d.ChainID(), blockTime(cfg.BlockTime))
				row(w, "HTTP RPC", d.HTTPURL())
				row(w, "WebSocket RPC", d.WSURL())
				row(w, "FaaSToken", m.Token.Hex())
				row(w, "Market", m.Market.Hex())
				row(w, "WitnessPool", m.WitnessPool.Hex())
				row(w, "manifest", cfg.ManifestPath)
				fmt.Fprintln(w)
				fmt.Fprintln(w, "DEVELOPMENT ACCOUNTS — these private keys are public: never send them anything of value.")
				fmt.Fprintln(w, "Use them with --dev-account N. Account 0 deployed the contracts and is the FST faucet.")
				row(w, "#", "ADDRESS", "PRIVATE KEY")
				for _, acc := range d.Accounts() {
					row(w, acc.Index, acc.Address.Hex(), acc.PrivateKeyHex())
				}
				fmt.Fprintln(w)
			})
			if err != nil {
				return err
			}
			if withExplorer {
				ex, err := a.devnetExplorer(ctx, d, explorerListen)
				if err != nil {
					return err
				}
				defer ex.Close() // before the devnet's, deferred first; and at once on Ctrl-C, as ctx ends
			}
			a.say("Ctrl-C stops the devnet.")
			<-ctx.Done()
			if err := d.Close(); err != nil {
				return fmt.Errorf("stop devnet: %w", err)
			}
			a.say("Devnet stopped.")
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.HTTPPort, "http-port", 8545, "HTTP JSON-RPC port on 127.0.0.1 (0 = any free port; env DEFAAS_DEVNET_HTTP_PORT)")
	f.IntVar(&cfg.WSPort, "ws-port", 8546, "WebSocket JSON-RPC port on 127.0.0.1 (0 = any free port; env DEFAAS_DEVNET_WS_PORT)")
	f.DurationVar(&cfg.BlockTime, "block-time", time.Second, "time between blocks")
	f.StringVar(&cfg.DataDir, "datadir", "", "keep the chain in this directory across restarts (default: in memory)")
	f.IntVar(&cfg.Accounts, "accounts", 10, "development accounts to fund")
	f.Uint64Var(&cfg.ChainID, "chain-id", devnet.DefaultChainID, "chain id of a new chain")
	f.BoolVar(&verbose, "verbose", false, "log the devnet's own messages")
	f.BoolVar(&withExplorer, "explorer", false, "also serve the explorer, a live web page of the market (see defaas explorer)")
	f.StringVar(&explorerListen, "explorer-listen", explorer.DefaultListen, "host:port --explorer serves on")
	return cmd
}

func blockTime(d time.Duration) time.Duration {
	if d == 0 {
		return devnet.DefaultBlockTime
	}
	return d
}

func accountsJSON(accs []devnet.Account) []map[string]any {
	out := make([]map[string]any, len(accs))
	for i, acc := range accs {
		out[i] = map[string]any{"index": acc.Index, "address": acc.Address.Hex(), "privateKey": acc.PrivateKeyHex()}
	}
	return out
}
