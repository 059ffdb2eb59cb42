package main

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/contracts"
)

func (a *app) deployCmd() *cobra.Command {
	var preset, out, supply string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the three contracts to any chain and write the manifest",
		Long: `Deploys FaaSToken, WitnessPool and Market from the chosen account, wires their roles
(the WitnessPool may mint, the Market may call the WitnessPool), and writes the manifest that
every other command reads. With --preset dev the deploying account may also mint FST (a faucet).`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			p, err := contracts.PresetByName(preset)
			if err != nil {
				return usageError{err}
			}
			initial, err := fstFlag("initial-supply", supply)
			if err != nil {
				return err
			}
			ctx := c.Context()
			s, err := a.signer(ctx)
			if err != nil {
				return err
			}
			conn := a.conn
			opts := *s.Opts
			opts.Context = ctx
			o := contracts.DeployOptions{InitialSupply: initial}
			if p.Name == contracts.PresetDev {
				o.Minters = []common.Address{s.Address}
			}
			a.say("Deploying with preset %q from %s to chain %d at %s ...", p.Name, s.Address.Hex(), conn.ChainID(), a.rpcURL())
			d, err := contracts.Deploy(ctx, conn.Backend(), &opts, p, o)
			if err != nil {
				return err
			}
			m := d.Manifest(conn.ChainID().Uint64())
			m.RPC = a.rpcURL()
			path := out
			if path == "" {
				path = a.manifestFile()
			}
			if err := m.Save(path); err != nil {
				return err
			}
			return a.show(m, func(w io.Writer) {
				row(w, "token", m.Token.Hex())
				row(w, "market", m.Market.Hex())
				row(w, "witnessPool", m.WitnessPool.Hex())
				row(w, "deploymentBlock", m.DeploymentBlock)
				row(w, "preset", m.Preset)
				row(w, "manifest", path)
				fmt.Fprintln(w)
			})
		},
	}
	cmd.Flags().StringVar(&preset, "preset", contracts.PresetPublic, "parameter preset: dev (seconds) or public (hours)")
	cmd.Flags().StringVar(&out, "out", "", "where to write the manifest (default: --manifest)")
	cmd.Flags().StringVar(&supply, "initial-supply", "0", "FST minted to the deploying account")
	return cmd
}
