package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
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
			if lv, err := w.Level(ctx, p.LevelID); err != nil {
				return err
			} else if !lv.Active {
				return fmt.Errorf("level %d takes no new orders: run `defaas levels` for the active ones", level)
			}
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
			o, err := r.Order(ctx, id)
			if err != nil {
				return err
			}
			view := struct {
				Order     market.Order      `json:"order"`
				Lease     *market.Lease     `json:"lease,omitempty"`
				Committee *market.Committee `json:"committee,omitempty"`
			}{Order: o}
			if o.HasBid() && o.State >= market.StateConfirming {
				l, err := r.Lease(ctx, id)
				if err != nil {
					return err
				}
				view.Lease = &l
			}
			if o.State >= market.StateFulfilling && o.State != market.StateFailed {
				cm, err := r.Committee(ctx, id)
				if err != nil {
					return err
				}
				view.Committee = &cm
			}
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

	var until string
	var drive bool
	watch := &cobra.Command{
		Use:   "watch ID",
		Short: "Follow an order live: its state and the time left in the current window",
		Long: `Follows an order until it ends (or reaches --until), printing each change and the time
left in the current window. With --drive it also makes the permissionless moves when they fall
due (close the auction, expire, settle, finish), sending from the chosen account.`,
		Args: exactArgs(1, "one order id"),
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args)
			if err != nil {
				return err
			}
			target := market.StateFinished
			if until != "" {
				s, ok := parseState(until)
				if !ok {
					return usageError{fmt.Errorf("--until %q: give a state such as Confirming, Fulfilling, Settled, Finished", until)}
				}
				target = s
			}
			ctx := c.Context()
			var cl *market.Client
			if drive {
				cl, err = a.writer(ctx)
			} else {
				cl, err = a.reader(ctx)
			}
			if err != nil {
				return err
			}
			o, err := a.watch(ctx, cl, id, target, drive)
			if err != nil {
				return err
			}
			return a.show(o, func(io.Writer) {})
		},
	}
	watch.Flags().StringVar(&until, "until", "", "stop once the order is in this state or later (default: its end)")
	watch.Flags().BoolVar(&drive, "drive", false, "make the permissionless moves when due")
	cmd.AddCommand(watch)

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

func parseState(s string) (market.State, bool) {
	for st := market.StateBidding; st <= market.StateFailed; st++ {
		if strings.EqualFold(st.String(), s) {
			return st, true
		}
	}
	return 0, false
}

// watch follows an order until it reaches target (or ends), printing each change; on a
// terminal the time left is refreshed in place. With drive it makes the permissionless moves.
func (a *app) watch(ctx context.Context, c *market.Client, id uint64, target market.State, drive bool) (market.Order, error) {
	tty := false
	if f, ok := a.env.Stdout.(*os.File); ok && !a.g.json {
		tty = term.IsTerminal(int(f.Fd()))
	}
	last := ""
	tick := time.NewTicker(a.env.Poll)
	defer tick.Stop()
	for {
		o, err := c.Order(ctx, id)
		if err != nil {
			return o, err
		}
		var cm *market.Committee
		if o.State == market.StateFulfilling {
			x, err := c.Committee(ctx, id)
			if err != nil {
				return o, err
			}
			cm = &x
		}
		now, err := a.chainNow(ctx)
		if err != nil {
			return o, err
		}
		status, window := describe(o, cm, now)
		if status != last {
			if tty && last != "" {
				fmt.Fprint(a.env.Stderr, "\r\033[K")
			}
			fmt.Fprintf(a.env.Stderr, "order %d: %s\n", id, status)
			last = status
		}
		if tty && window != "" {
			fmt.Fprintf(a.env.Stderr, "\r\033[K  %s", window)
		}
		if o.State >= target || o.State.Terminal() {
			if tty {
				fmt.Fprint(a.env.Stderr, "\r\033[K")
			}
			return o, nil
		}
		if drive {
			if err := a.nudge(ctx, c, o, cm, now); err != nil {
				return o, err
			}
		}
		select {
		case <-ctx.Done():
			return o, fmt.Errorf("stopped watching order %d in state %s: %w", id, o.State, ctx.Err())
		case <-tick.C:
		}
	}
}

// chainNow is the time of the latest block: deadlines are judged by the chain's clock.
func (a *app) chainNow(ctx context.Context) (time.Time, error) {
	h, err := a.conn.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("read the latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// describe is an order's state in words and the time left in its current window.
func describe(o market.Order, cm *market.Committee, now time.Time) (status, window string) {
	left := func(t time.Time, what string) string {
		d := t.Sub(now).Round(time.Second)
		if d <= 0 {
			return what + ": due now"
		}
		return fmt.Sprintf("%s in %s", what, d)
	}
	best := "no bid yet"
	if o.HasBid() {
		best = fmt.Sprintf("best bid %s FST by %s", market.FormatFST(o.BestPrice), o.BestBidder.Hex())
	}
	switch o.State {
	case market.StateBidding:
		if o.Sealed {
			return fmt.Sprintf("Bidding (sealed, %d commitments, %s)", o.Commits, best), left(o.RevealEnd, "reveals close")
		}
		return "Bidding (" + best + ")", left(o.Deadline, "bidding closes")
	case market.StateConfirming:
		if o.Published {
			return "Confirming: deployment published, waiting for the customer to accept", left(o.Deadline, "acceptance closes")
		}
		return fmt.Sprintf("Confirming: matched with %s at %s FST, waiting for it to publish", o.BestBidder.Hex(), market.FormatFST(o.BestPrice)), left(o.Deadline, "publication closes")
	case market.StateDeploying:
		return "Deploying: the customer deploys its function", left(o.Deadline, "anyone may start the service")
	case market.StateFulfilling:
		s := "Fulfilling"
		if cm != nil {
			switch cm.Status {
			case market.CommitteeRequested:
				s += ": committee requested"
			case market.CommitteeDrawn:
				s += fmt.Sprintf(": committee of %d drawn", len(cm.Members))
			case market.CommitteeFinalized:
				s += fmt.Sprintf(": verdict violated=%v", cm.Violated)
			}
			if now.After(o.Deadline) && cm.Status != market.CommitteeFinalized {
				return s, left(cm.RevealEnd, "settlement possible")
			}
		}
		return s, left(o.Deadline, "service ends")
	case market.StateSettled:
		if o.Violated {
			return "Settled: violation, the customer is refunded with the collateral", "ready to finish"
		}
		return "Settled: no violation, the provider is paid", "ready to finish"
	case market.StateFinished:
		return "Finished", ""
	case market.StateFailed:
		return "Failed", ""
	}
	return o.State.String(), ""
}

// nudge makes the permissionless move that is due, if any. A move someone else made first is
// not an error.
func (a *app) nudge(ctx context.Context, c *market.Client, o market.Order, cm *market.Committee, now time.Time) error {
	var err error
	switch o.State {
	case market.StateBidding:
		end := o.Deadline
		if o.Sealed {
			end = o.RevealEnd
		}
		if !now.Before(end) {
			_, err = c.CloseBidding(ctx, o.ID)
		}
	case market.StateConfirming:
		if now.After(o.Deadline) {
			_, err = c.Expire(ctx, o.ID)
		}
	case market.StateDeploying:
		if now.After(o.Deadline) {
			_, err = c.Fulfill(ctx, o.ID)
		}
	case market.StateFulfilling:
		if cm != nil && cm.Status == market.CommitteeRequested && now.Before(o.Deadline) {
			// Refused with DrawNotDue until blockNeed blocks have passed: tried again next time.
			_, err = c.DrawCommittee(ctx, o.ID)
		} else if now.After(o.Deadline) && (cm == nil || cm.Status == market.CommitteeFinalized || now.After(cm.RevealEnd)) {
			_, err = c.Settle(ctx, o.ID)
		}
	case market.StateSettled:
		_, err = c.Finish(ctx, o.ID)
	}
	var refused *contracts.RevertError
	if errors.As(err, &refused) {
		// Too early by the chain's clock, or someone moved first: look again next time.
		return nil
	}
	return err
}
