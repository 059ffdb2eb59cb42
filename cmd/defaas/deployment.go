package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

func (a *app) levelsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "levels",
		Short: "List the FaaS levels orders can buy",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			r, err := a.reader(c.Context())
			if err != nil {
				return err
			}
			levels, err := r.Levels(c.Context())
			if err != nil {
				return err
			}
			return a.show(levels, func(w io.Writer) {
				row(w, "LEVEL", "CPU (cores)", "MEMORY", "IMAGE", "ACTIVE")
				for _, l := range levels {
					row(w, l.ID, fmt.Sprintf("%.1f", float64(l.CPUMilli)/1000), fmt.Sprintf("%d MB", l.MemoryMB), fmt.Sprintf("%d MB", l.ImageMB), l.Active)
				}
			})
		},
	}
}

func (a *app) paramsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "params",
		Short: "Show the deployment's parameters",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			r, err := a.reader(c.Context())
			if err != nil {
				return err
			}
			p, err := r.Params(c.Context())
			if err != nil {
				return err
			}
			return a.show(p, func(w io.Writer) {
				row(w, "billing period", p.BillingPeriod)
				row(w, "bidding window", fmt.Sprintf("%s to %s", p.MinBidding, p.MaxBidding))
				row(w, "reveal window (sealed)", fmt.Sprintf("up to %s", p.MaxReveal))
				row(w, "confirm / accept / deploy timeouts", fmt.Sprintf("%s / %s / %s", p.ConfirmTimeout, p.AcceptTimeout, p.DeployTimeout))
				row(w, "collateral", fmt.Sprintf("%.2f%% of the fee", float64(p.CollateralBps)/100))
				row(w, "minimum provider stake", fstOrDash(p.MinProviderStake))
				row(w, "sealed bid bond", fstOrDash(p.BidBond))
				row(w, "witnesses per lease", fmt.Sprintf("3 to %d", p.MaxWitnesses))
				row(w, "minimum witness stake / bond", fstOrDash(p.MinWitnessStake)+" / "+fstOrDash(p.WitnessBond))
				row(w, "blocks before the draw", p.BlockNeed)
				row(w, "commit grace / reveal window", fmt.Sprintf("%s / %s", p.CommitGrace, p.RevealSeconds))
				row(w, "witness reward unit", fstOrDash(p.RewardUnit))
			})
		},
	}
}
