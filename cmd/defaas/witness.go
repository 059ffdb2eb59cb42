package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
)

// witnessReport is what `witness show` prints: the record and what may be withdrawn now.
type witnessReport struct {
	market.Witness
	Withdrawable *big.Int `json:"withdrawable"`
}

func (a *app) witnessReport(ctx context.Context, r *market.Client, addr common.Address) (witnessReport, error) {
	w, err := r.Witness(ctx, addr)
	if err != nil {
		return witnessReport{}, err
	}
	p, err := r.Params(ctx)
	if err != nil {
		return witnessReport{}, err
	}
	head, err := market.NewClock(a.conn.Backend()).Read(ctx)
	if err != nil {
		return witnessReport{}, err
	}
	return witnessReport{w, w.Withdrawable(p.MinWitnessStake, head.Time)}, nil
}

func (a *app) showWitness(ctx context.Context, r *market.Client, addr common.Address) error {
	w, err := a.witnessReport(ctx, r, addr)
	if err != nil {
		return err
	}
	return a.show(w, func(tw io.Writer) {
		row(tw, "witness", addr.Hex())
		row(tw, "registered", w.Registered)
		row(tw, "available", w.Available)
		row(tw, "exiting", w.Exiting)
		row(tw, "stake", fstOrDash(w.Stake))
		row(tw, "locked by seats", fstOrDash(w.Locked))
		row(tw, "withdrawable now", fstOrDash(w.Withdrawable))
		row(tw, "eligible for committees requested after block", w.EligibleSince)
		if !w.WithdrawableAt.IsZero() {
			row(tw, "all withdrawable from", w.WithdrawableAt.Format(time.RFC3339))
		}
	})
}

func (a *app) witnessCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "witness", Short: "Stake, sit on committees and report as a witness"}

	var stake string
	register := a.txStep("register", "Register as a witness, staking FST (available for draws at once)", exactArgs(0, "no arguments: use --stake"),
		func(ctx context.Context, w *market.Client, _ []string) error {
			amount, err := fstFlag("stake", stake)
			if err != nil {
				return err
			}
			if _, err := w.RegisterWitness(ctx, amount); err != nil {
				return err
			}
			a.say("Registered witness %s with %s FST staked", w.Account().Hex(), market.FormatFST(amount))
			return a.showWitness(ctx, w, w.Account())
		})
	register.Flags().StringVar(&stake, "stake", "", "FST to stake (at least the minimum, see `defaas params`)")
	register.MarkFlagRequired("stake")
	cmd.AddCommand(register)

	simple := func(use, short string, do func(context.Context, *market.Client) error) *cobra.Command {
		return a.txStep(use, short, exactArgs(0, "no arguments"), func(ctx context.Context, w *market.Client, _ []string) error {
			if err := do(ctx, w); err != nil {
				return err
			}
			return a.showWitness(ctx, w, w.Account())
		})
	}
	cmd.AddCommand(
		a.txStep("stake AMOUNT", "Add FST to the witness's stake", exactArgs(1, "the amount of FST"),
			func(ctx context.Context, w *market.Client, args []string) error {
				amount, err := fstFlag("amount", args[0])
				if err != nil {
					return err
				}
				if _, err := w.AddWitnessStake(ctx, amount); err != nil {
					return err
				}
				return a.showWitness(ctx, w, w.Account())
			}),
		simple("online", "Be drawn for committees again", func(ctx context.Context, w *market.Client) error {
			_, err := w.SetAvailable(ctx, true)
			return err
		}),
		simple("offline", "Stop being drawn for committees", func(ctx context.Context, w *market.Client) error {
			_, err := w.SetAvailable(ctx, false)
			return err
		}),
		simple("exit", "Stop being drawn; the stake can be withdrawn after the cooldown", func(ctx context.Context, w *market.Client) error {
			_, err := w.RequestWitnessExit(ctx)
			return err
		}),
	)
	withdraw := a.txStep("withdraw [AMOUNT]", "Withdraw FST of the stake: free stake above the minimum at any time, everything after exit and cooldown (default: all that may go now)",
		cobra.MaximumNArgs(1), func(ctx context.Context, w *market.Client, args []string) error {
			rep, err := a.witnessReport(ctx, w, w.Account())
			if err != nil {
				return err
			}
			amount := rep.Withdrawable
			if len(args) == 1 {
				if amount, err = fstFlag("amount", args[0]); err != nil {
					return err
				}
			} else if amount.Sign() == 0 {
				return fmt.Errorf("nothing of %s's %s FST stake may be withdrawn now: %s FST is locked by seats and the minimum stake is kept until `defaas witness exit` and its cooldown",
					w.Account().Hex(), market.FormatFST(rep.Stake), market.FormatFST(rep.Locked))
			}
			if _, err := w.WithdrawWitnessStake(ctx, amount); err != nil {
				return err
			}
			a.say("Withdrew %s FST", market.FormatFST(amount))
			return a.showWitness(ctx, w, w.Account())
		})
	cmd.AddCommand(withdraw)
	cmd.AddCommand(&cobra.Command{
		Use: "show [ADDRESS]", Short: "Show a witness's stake (default: the chosen account)", Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			addr, err := a.addressArg(c.Context(), args)
			if err != nil {
				return err
			}
			r, err := a.reader(c.Context())
			if err != nil {
				return err
			}
			return a.showWitness(c.Context(), r, addr)
		},
	})
	var segment uint8
	committeeOf := func(args []string) (uint64, error) {
		id, err := orderID(args)
		if err != nil {
			return 0, err
		}
		return market.CommitteeID(id, segment), nil
	}
	onSegment := func(c *cobra.Command) *cobra.Command {
		c.Flags().Uint8Var(&segment, "segment", 0, "the segment of the lease whose committee this is about")
		return c
	}
	cmd.AddCommand(onSegment(a.txStep("draw ID", "Draw a segment's committee once it is due (anyone; a long draw takes several calls)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			cid, err := committeeOf(args)
			if err != nil {
				return err
			}
			if _, err := w.DrawCommittee(ctx, cid); err != nil {
				return err
			}
			cm, err := w.Committee(ctx, cid)
			if err != nil {
				return err
			}
			return a.show(cm, func(tw io.Writer) {
				row(tw, "lease / segment", fmt.Sprintf("%d / %d", cm.OrderID, cm.Segment))
				row(tw, "committee", cm.ID)
				row(tw, "status", cm.Status)
				if cm.Status == market.CommitteeRequested {
					row(tw, "draw", fmt.Sprintf("not complete: %d found after %d candidates, or re-requested; draw again after block %d", len(cm.Members), cm.Tried, cm.DrawAfter))
				}
				row(tw, "threshold", cm.Threshold)
				for _, m := range cm.Members {
					row(tw, "member", m.Hex())
				}
			})
		})))
	var violated bool
	report := onSegment(a.txStep("report ID", "Commit a report on a segment of a lease (the report is saved locally before it is sent)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := committeeOf(args)
			if err != nil {
				return err
			}
			secret, err := randomHash()
			if err != nil {
				return err
			}
			// T is the chain's time, so that it lies near the commit's block time (SPEC §4.3).
			head, err := market.NewClock(a.conn.Backend()).Read(ctx)
			if err != nil {
				return err
			}
			s := reportSecret{Violated: violated, ReportTime: uint64(head.Time.Unix()), Secret: secret}
			path := a.secretPath("report", w.Manifest().ChainID, id, w.Account())
			if err := saveSecret(path, s); err != nil {
				return err
			}
			if _, err := w.CommitReport(ctx, id, s.Violated, s.ReportTime, s.Secret); err != nil {
				return err
			}
			order, k := market.SplitCommitteeID(id)
			a.say("Committed a report on lease %d, segment %d (violated=%v); reveal it in the reveal window with `defaas witness reveal %d --segment %d`", order, k, violated, order, k)
			return nil
		}))
	report.Flags().BoolVar(&violated, "violated", false, "report that the provider violated the service level")
	cmd.AddCommand(report)
	cmd.AddCommand(onSegment(a.txStep("reveal ID", "Reveal the report committed from this machine", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := committeeOf(args)
			if err != nil {
				return err
			}
			var s reportSecret
			if err := loadSecret(a.secretPath("report", w.Manifest().ChainID, id, w.Account()), &s, "commit with `defaas witness report` from this machine first"); err != nil {
				return err
			}
			if _, err := w.RevealReport(ctx, id, s.Violated, s.ReportTime, s.Secret); err != nil {
				return err
			}
			order, k := market.SplitCommitteeID(id)
			a.say("Revealed the report on lease %d, segment %d (violated=%v)", order, k, s.Violated)
			return nil
		})))
	cmd.AddCommand(a.witnessRunCmd())
	cmd.AddCommand(onSegment(a.txStep("finalize ID", "Reach a segment's verdict and pay its members after the reveal window (anyone)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := committeeOf(args)
			if err != nil {
				return err
			}
			if _, err := w.Finalize(ctx, id); err != nil {
				return err
			}
			cm, err := w.Committee(ctx, id)
			if err != nil {
				return err
			}
			if cm.Unwitnessed() {
				a.say("Lease %d, segment %d: unwitnessed (no committee was drawn)", cm.OrderID, cm.Segment)
				return nil
			}
			a.say("Lease %d, segment %d: violated=%v (%d true of %d revealed); members earned %s FST", cm.OrderID, cm.Segment, cm.Violated, cm.ViolationReports, cm.Revealed, market.FormatFST(cm.PaidToMembers()))
			return nil
		})))
	return cmd
}
