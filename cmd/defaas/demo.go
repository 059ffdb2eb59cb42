package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/demo"
	"github.com/defaas/defaas/explorer"
)

func (a *app) demoCmd() *cobra.Command {
	var o demo.Options
	var logFile string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Play the whole market in one process: a devnet, 3 providers, 5 witnesses, 3 customers, 3 leases",
		Long: `Starts an embedded devnet, three provider daemons with different prices, five witness
daemons and three customers, and plays three leases at once on the dev preset (SPEC v2).
Lease A is in keys mode: customer A gives an end user an API key, and the end user calls the
thumbnail example with a plain HTTP request (the curl line is printed) and writes the result to
a file; the customer posts the witnesses' probe kits, the witnesses probe with the kits' keys
like any user, the verdict is NoViolation and the provider is paid. Lease B's provider stops
serving half-way: the verdict is Violation, its collateral is burned and customer B gets its
fee back. Lease C has four segments, each watched by a committee of its own, and its provider
stops serving as segment 3 begins: segments 1-2 are paid to the provider, 3-4 refunded to the
customer with their share of the collateral burned. At the end it prints every party's FST
(witness payoffs credited to their stakes, the total supply, what was burned; nothing is
minted) and the checks it made, with ✓ or ✗; it exits 0 only if every check passed.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			o.Out = a.env.Stdout
			if logFile != "" {
				f, err := os.Create(logFile)
				if err != nil {
					return fmt.Errorf("daemon log: %w", err)
				}
				defer f.Close()
				o.Logs = f
			}
			_, err := demo.Run(c.Context(), o)
			return err
		},
	}
	cmd.Flags().StringVar(&o.Thumbnail, "out", "defaas-demo-thumbnail.png", "where customer A's thumbnail is written")
	cmd.Flags().StringVar(&o.Dir, "dir", "", "keep the daemons' state here (default: a temporary directory, removed)")
	cmd.Flags().DurationVar(&o.BlockTime, "block-time", time.Second, "the devnet's block time")
	cmd.Flags().StringVar(&logFile, "log", "", "write the daemons' own logs to this file")
	cmd.Flags().BoolVar(&o.Explorer, "explorer", true, "serve the explorer, a live web page of the market, while the demo runs (--explorer=false to skip)")
	cmd.Flags().StringVar(&o.ExplorerListen, "explorer-listen", explorer.DefaultListen, "host:port of the explorer (a free port if this one is taken)")
	return cmd
}
