package main

import (
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/contracts"
)

// deployed is what `deploy` shows: the manifest written and the powers given up.
type deployed struct {
	contracts.Manifest
	Renounced []string `json:"renounced,omitempty"`
}

func (a *app) deployCmd() *cobra.Command {
	var preset, out, supply string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the three contracts to any chain and write the manifest",
		Long: `Deploys FaaSToken, WitnessPool, the Market's libraries and the Market from the chosen
account, binds the WitnessPool to the Market (once, for good), and writes the manifest that every
other command reads. No contract can mint. With --preset dev the deploying account may mint FST
(a faucet); with --preset public it renounces the token's admin role afterwards, so nobody can
ever mint or grant a role again, and says what it renounced.`,
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
			for _, r := range d.Renounced {
				a.say("Renounced: %s", r)
			}
			return a.show(deployed{m, d.Renounced}, func(w io.Writer) {
				row(w, "token", m.Token.Hex())
				row(w, "market", m.Market.Hex())
				row(w, "witnessPool", m.WitnessPool.Hex())
				row(w, "deploymentBlock", m.DeploymentBlock)
				row(w, "preset", m.Preset)
				row(w, "manifest", path)
				for _, r := range d.Renounced {
					row(w, "renounced", r)
				}
				fmt.Fprintln(w)
			})
		},
	}
	cmd.Flags().StringVar(&preset, "preset", contracts.PresetPublic, "parameter preset: dev (seconds) or public (hours)")
	cmd.Flags().StringVar(&out, "out", "", "where to write the manifest (default: --manifest)")
	cmd.Flags().StringVar(&supply, "initial-supply", "0", "FST minted once to the deploying account, in whole tokens (decimals allowed: 1000000 or 0.5; 18 decimals on chain)")
	return cmd
}
