package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
)

func (a *app) orderCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "order", Short: "Create, inspect and move orders (the customer's side)"}

	var level, units, witnesses uint
	var maxPrice string
	var bidding, reveal time.Duration
	var wait bool
	create := &cobra.Command{
		Use:   "create",
		Short: "Create an order: lock the prepayment and open the auction (one transaction, with a permit)",
		Args:  exactArgs(0, "no arguments: use the flags"),
		RunE: func(c *cobra.Command, _ []string) error {
			price, err := fstFlag("max-price", maxPrice)
			if err != nil {
				return err
			}
			if price.Sign() == 0 {
				return usageError{fmt.Errorf("--max-price must be above zero")}
			}
			if units == 0 {
				return usageError{fmt.Errorf("--units must be at least 1")}
			}
			if witnesses > 255 {
				return usageError{fmt.Errorf("--witnesses %d is too many", witnesses)}
			}
			ctx := c.Context()
			w, err := a.writer(ctx)
			if err != nil {
				return err
			}
			p := market.OrderParams{LevelID: uint32(level), DurationUnits: uint32(units), MaxUnitPrice: price,
				BiddingWindow: bidding, RevealWindow: reveal, WitnessCount: uint8(witnesses)}
			id, rc, err := w.CreateOrder(ctx, p)
			if err != nil {
				return err
			}
			o, err := w.Order(ctx, id)
			if err != nil {
				return err
			}
			a.say("Order %d created in block %d: %s FST locked; bidding closes %s", id, rc.BlockNumber, market.FormatFST(p.Prepayment()), when(o.BiddingEnd, time.Now()))
			if wait {
				// The customer closes its own auction when it is due (anyone may).
				o, err = a.watch(ctx, w, id, market.StateConfirming, true)
				if err != nil {
					return err
				}
				if o.State == market.StateFailed {
					a.say("Order %d failed: no valid bid; the prepayment is back", id)
				} else {
					a.say("Order %d matched: %s at %s FST a unit; next, once it publishes: defaas order accept %d", id, o.BestBidder.Hex(), market.FormatFST(o.BestPrice), id)
				}
			}
			return a.show(o, func(io.Writer) {})
		},
	}
	f := create.Flags()
	f.UintVar(&level, "level", 0, "FaaS level (see `defaas levels`)")
	f.UintVar(&units, "units", 1, "duration in billing units")
	f.StringVar(&maxPrice, "max-price", "", "the most you pay per billing unit, in FST")
	f.DurationVar(&bidding, "bidding", 30*time.Second, "how long providers may bid")
	f.DurationVar(&reveal, "reveal", 0, "sealed bidding: how long providers may reveal after bidding closes (0 = open bidding)")
	f.UintVar(&witnesses, "witnesses", 3, "witness committee size")
	f.BoolVar(&wait, "wait", false, "wait until the auction is decided (closing it when due), showing progress")
	create.MarkFlagRequired("max-price")
	cmd.AddCommand(create)

	cmd.AddCommand(&cobra.Command{
		Use:   "show ID",
		Short: "Show an order, its lease and its committee",
		Args:  exactArgs(1, "one order id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			ctx := c.Context()
			r, err := a.reader(ctx)
			if err != nil {
				return err
			}
			view, err := r.Details(ctx, id)
			if err != nil {
				return err
			}
			o := view.Order
			now := time.Now()
			return a.show(view, func(w io.Writer) {
				row(w, "order", o.ID)
				row(w, "state", o.State)
				row(w, "customer", o.Customer.Hex())
				row(w, "level / units", fmt.Sprintf("%d / %d", o.LevelID, o.DurationUnits))
				row(w, "max unit price", fstOrDash(o.MaxUnitPrice))
				row(w, "bidding", map[bool]string{true: "sealed", false: "open"}[o.Sealed])
				row(w, "deadline", when(o.Deadline, now))
				if o.HasBid() {
					row(w, "best bid", fmt.Sprintf("%s by %s", fstOrDash(o.BestPrice), o.BestBidder.Hex()))
				} else {
					row(w, "best bid", "none yet")
				}
				if l := view.Lease; l != nil {
					row(w, "provider", l.Provider.Hex())
					row(w, "fee / collateral", fstOrDash(l.Fee)+" / "+fstOrDash(l.Collateral))
					if !l.ServiceStart.IsZero() {
						row(w, "service", fmt.Sprintf("%s to %s", l.ServiceStart.Format(time.RFC3339), when(l.ServiceEnd, now)))
					}
				}
				if cm := view.Committee; cm != nil {
					row(w, "committee", fmt.Sprintf("%s, %d of %d drawn, threshold %d", cm.Status, len(cm.Members), cm.N, cm.Threshold))
					for _, m := range cm.Members {
						row(w, "  member", m.Hex())
					}
					if cm.Status == market.CommitteeFinalized {
						row(w, "verdict", fmt.Sprintf("violated=%v (%d true of %d revealed)", cm.Violated, cm.ViolationReports, cm.Revealed))
					}
				}
			})
		},
	})

	var mine bool
	var state string
	list := &cobra.Command{
		Use:   "list",
		Short: "List orders",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(c *cobra.Command, _ []string) error {
			ctx := c.Context()
			r, err := a.reader(ctx)
			if err != nil {
				return err
			}
			var me string
			if mine {
				s, err := a.signer(ctx)
				if err != nil {
					return err
				}
				me = s.Address.Hex()
			}
			n, err := r.OrderCount(ctx)
			if err != nil {
				return err
			}
			orders := []market.Order{}
			for id := uint64(1); id <= n; id++ {
				o, err := r.Order(ctx, id)
				if err != nil {
					return err
				}
				if (me != "" && o.Customer.Hex() != me) || (state != "" && !strings.EqualFold(state, o.State.String())) {
					continue
				}
				orders = append(orders, o)
			}
			now := time.Now()
			return a.show(orders, func(w io.Writer) {
				row(w, "ID", "STATE", "LEVEL", "UNITS", "MAX PRICE", "BEST BID", "DEADLINE")
				for _, o := range orders {
					row(w, o.ID, o.State, o.LevelID, o.DurationUnits, fstOrDash(o.MaxUnitPrice), fstOrDash(o.BestPrice), when(o.Deadline, now))
				}
			})
		},
	}
	list.Flags().BoolVar(&mine, "mine", false, "only the orders of the chosen account")
	list.Flags().StringVar(&state, "state", "", "only orders in this state (Bidding, Confirming, ...)")
	cmd.AddCommand(list)

	cmd.AddCommand(a.orderWatchCmd())

	step := func(use, short string, do func(*market.Client, context.Context, uint64) error) *cobra.Command {
		return &cobra.Command{
			Use: use + " ID", Short: short, Args: exactArgs(1, "one order id"),
			RunE: func(c *cobra.Command, args []string) error {
				id, err := orderID(args)
				if err != nil {
					return err
				}
				w, err := a.writer(c.Context())
				if err != nil {
					return err
				}
				if err := do(w, c.Context(), id); err != nil {
					return err
				}
				o, err := w.Order(c.Context(), id)
				if err != nil {
					return err
				}
				a.say("Order %d is now %s", id, o.State)
				return a.show(o, func(io.Writer) {})
			},
		}
	}
	cmd.AddCommand(
		step("accept", "Accept the winner's deployment: the lease begins (customer)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.AcceptDeployment(ctx, id)
			return err
		}),
		step("fulfill", "Start the service once the function is deployed (customer; anyone after the deploy timeout)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.Fulfill(ctx, id)
			return err
		}),
		step("close", "Close the auction after its window (anyone)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.CloseBidding(ctx, id)
			return err
		}),
		step("expire", "Fail an order whose provider or customer missed a deadline (anyone)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.Expire(ctx, id)
			return err
		}),
		step("settle", "Fix the amounts after the witnesses' windows (anyone)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.Settle(ctx, id)
			return err
		}),
		step("finish", "Transfer the settled amounts (anyone)", func(w *market.Client, ctx context.Context, id uint64) error {
			_, err := w.Finish(ctx, id)
			return err
		}),
	)
	return cmd
}
