package main

import (
	"context"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
)

func (a *app) showWitness(ctx context.Context, r *market.Client, addr common.Address) error {
	w, err := r.Witness(ctx, addr)
	if err != nil {
		return err
	}
	return a.show(w, func(tw io.Writer) {
		row(tw, "witness", addr.Hex())
		row(tw, "registered", w.Registered)
		row(tw, "available", w.Available)
		row(tw, "drawable now", w.Drawable)
		row(tw, "exiting", w.Exiting)
		row(tw, "stake", fstOrDash(w.Stake))
		row(tw, "locked in bonds", fstOrDash(w.Locked))
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
		simple("withdraw", "Withdraw the whole stake after exit and cooldown", func(ctx context.Context, w *market.Client) error {
			_, err := w.WithdrawWitnessStake(ctx)
			return err
		}),
	)
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
	cmd.AddCommand(a.txStep("draw ID", "Draw a lease's committee once it is due (anyone)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			if _, err := w.DrawCommittee(ctx, id); err != nil {
				return err
			}
			cm, err := w.Committee(ctx, id)
			if err != nil {
				return err
			}
			return a.show(cm, func(tw io.Writer) {
				row(tw, "lease", id)
				row(tw, "status", cm.Status)
				row(tw, "threshold", cm.Threshold)
				for _, m := range cm.Members {
					row(tw, "member", m.Hex())
				}
			})
		}))
	var violated bool
	report := a.txStep("report ID", "Commit a report on a lease (the report is saved locally before it is sent)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
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
			a.say("Committed a report on lease %d (violated=%v); reveal it in the reveal window with `defaas witness reveal %d`", id, violated, id)
			return nil
		})
	report.Flags().BoolVar(&violated, "violated", false, "report that the provider violated the service level")
	cmd.AddCommand(report)
	cmd.AddCommand(a.txStep("reveal ID", "Reveal the report committed from this machine", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
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
			a.say("Revealed the report on lease %d (violated=%v)", id, s.Violated)
			return nil
		}))
	cmd.AddCommand(a.witnessRunCmd())
	cmd.AddCommand(a.txStep("finalize ID", "Reach a lease's verdict after the reveal window (anyone)", exactArgs(1, "a lease (order) id"),
		func(ctx context.Context, w *market.Client, args []string) error {
			id, err := orderID(args)
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
			a.say("Lease %d: violated=%v (%d true of %d revealed)", id, cm.Violated, cm.ViolationReports, cm.Revealed)
			return nil
		}))
	return cmd
}
