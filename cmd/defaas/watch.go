package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/defaas/defaas/market"
)

// orderWatchCmd follows an order live.
func (a *app) orderWatchCmd() *cobra.Command {
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
	return watch
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
// terminal the time left is refreshed in place. With drive it makes the permissionless moves
// as they fall due.
func (a *app) watch(ctx context.Context, c *market.Client, id uint64, target market.State, drive bool) (market.Order, error) {
	tty := false
	if f, ok := a.env.Stdout.(*os.File); ok && !a.g.json {
		tty = term.IsTerminal(int(f.Fd()))
	}
	clock := market.NewClock(a.conn.Backend())
	last := ""
	tick := time.NewTicker(a.env.Poll)
	defer tick.Stop()
	for {
		d, err := c.Details(ctx, id)
		if err != nil {
			return d.Order, err
		}
		o := d.Order
		head, err := clock.Read(ctx)
		if err != nil {
			return o, err
		}
		status, window := describe(d, head.Time)
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
			if _, err := c.Make(ctx, id, market.NextMove(o, d.Committee, head)); err != nil {
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

// describe is an order's state in words and the time left in its current window.
func describe(d market.OrderDetails, now time.Time) (status, window string) {
	o, cm := d.Order, d.Committee
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
			return fmt.Sprintf("Bidding (sealed, %d commitments, %s)", o.Commits, best), left(o.AuctionEnd(), "reveals close")
		}
		return "Bidding (" + best + ")", left(o.AuctionEnd(), "bidding closes")
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
			if now.After(o.Deadline) {
				return s, left(cm.SettleAfter(), "settlement possible")
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
