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
			bps := func(v uint16) string { return fmt.Sprintf("%d (%.2f%%)", v, float64(v)/100) }
			return a.show(p, func(w io.Writer) {
				row(w, "PARAMETER", "VALUE", "")
				row(w, "billingPeriod", p.BillingPeriod, "one billing unit")
				row(w, "minBiddingSeconds / maxBiddingSeconds", fmt.Sprintf("%s / %s", p.MinBiddingSeconds, p.MaxBiddingSeconds), "the bidding window")
				row(w, "minRevealSeconds / maxRevealSeconds", fmt.Sprintf("%s / %s", p.MinRevealSeconds, p.MaxRevealSeconds), "the reveal window of sealed bidding")
				row(w, "publishTimeout / acceptTimeout", fmt.Sprintf("%s / %s", p.PublishTimeout, p.AcceptTimeout), "the winner publishes, the customer accepts")
				row(w, "deployTimeout / confirmDeployTimeout", fmt.Sprintf("%s / %s", p.DeployTimeout, p.ConfirmDeployTimeout), "the customer commits its module, the provider confirms it")
				row(w, "collateralBps / collateralFloorBps", bps(p.CollateralBps)+" / "+bps(p.CollateralFloorBps), "of max(fee, maxFee × floor)")
				row(w, "minProviderStake", fstOrDash(p.MinProviderStake), "")
				row(w, "providerExitCooldown", p.ProviderExitCooldown, "")
				row(w, "bidBond / bidBondBps", fstOrDash(p.BidBond)+" / "+bps(p.BidBondBps), "a sealed commitment locks the larger")
				row(w, "maxWitnesses", p.MaxWitnesses, "per committee, at least 3")
				row(w, "maxSegments", p.MaxSegments, "")
				row(w, "minSegmentSeconds / maxSegmentSeconds", fmt.Sprintf("%s / %s", p.MinSegmentSeconds, p.MaxSegmentSeconds), "")
				row(w, "seatFeeBps / minSeatFeePerUnit", bps(p.SeatFeeBps)+" / "+fstOrDash(p.MinSeatFeePerUnit), "a seat's fee: the larger of the fee's share and the floor")
				row(w, "requestTimeout / probeMargin", fmt.Sprintf("%s / %s", p.RequestTimeout, p.ProbeMargin), "one request's limit; a probe waits 2 × timeout + margin")
				row(w, "probeRatePerMinute / probeBurst", fmt.Sprintf("%d / %d", p.ProbeRatePerMinute, p.ProbeBurst), "per committee member, per lease")
				row(w, "slaFailBps / slaMinFailures", fmt.Sprintf("%s / %d", bps(p.SlaFailBps), p.SlaMinFailures), "a member reports a violation above both")
				row(w, "minWitnessStake / witnessBond", fstOrDash(p.MinWitnessStake)+" / "+fstOrDash(p.WitnessBond), "a seat locks max(witnessBond, seat fee)")
				row(w, "blockNeed", p.BlockNeed, "blocks of seed after a committee's request")
				row(w, "commitGrace / reportRevealSeconds", fmt.Sprintf("%s / %s", p.CommitGrace, p.ReportRevealSeconds), "after a segment's end")
				row(w, "maxReportAge", p.MaxReportAge, "")
				row(w, "witnessExitCooldown", p.WitnessExitCooldown, "")
			})
		},
	}
}
