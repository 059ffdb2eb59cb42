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
		Short: "Play the whole market in one process: a devnet, 3 providers, 5 witnesses, 2 customers, 2 leases",
		Long: `Starts an embedded devnet, three provider daemons with different prices, five witness
daemons and two customers, and plays two leases at once on the dev preset. Customer A deploys
the thumbnail example, invokes it on a bundled image and writes the result to a file; its lease
settles with no violation and the provider is paid. Customer B's provider stops serving half-way;
the witnesses see it and report; the verdict is Violation; B gets its fee back and the
provider's collateral; the witnesses' payoffs follow the table. It exits 0 only if both
happened so.`,
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
