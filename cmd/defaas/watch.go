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
	"github.com/defaas/defaas/probekit"
)

// orderWatchCmd follows an order live.
func (a *app) orderWatchCmd() *cobra.Command {
	var until string
	var drive bool
	var probes []string
	watch := &cobra.Command{
		Use:   "watch ID",
		Short: "Follow an order live: its state and the time left in the current window",
		Long: `Follows an order until it ends (or reaches --until), printing each change and the time
left in the current window, and one line per segment (its committee, status, verdict, what it
paid). With --drive it also makes the permissionless moves when they fall due, sending from the
chosen account: forfeitBond for every sealed commitment never revealed, closeBidding, expire,
fulfill(0) for a customer that never committed a module, openSegment (earning a seat fee),
drawCommittee, settle and finish. Driven by the order's customer, it also posts a probe kit to each
member of every committee drawn, if the lease has an access store here (function upload made
it), and keeps the store's spare keys topped up.`,
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
			reqs, err := probeFlags(probes)
			if err != nil {
				return err
			}
			o, err := a.watch(ctx, cl, id, target, drive, reqs)
			if err != nil {
				return err
			}
			return a.show(o, func(io.Writer) {})
		},
	}
	watch.Flags().StringVar(&until, "until", "", "stop once the order is in this state or later (default: its end)")
	watch.Flags().BoolVar(&drive, "drive", false, "make the permissionless moves when due (and, for the customer, post the witnesses' probe kits)")
	watch.Flags().StringArrayVar(&probes, "probe", nil, probeHelp)
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

// watch follows an order until it reaches target (or ends), printing each change of its state
// and of each segment; on a terminal the time left is refreshed in place. With drive it makes
// the permissionless moves as they fall due — forfeitBond for every unrevealed commitment,
// closeBidding, expire, the unattended fulfill, openSegment, drawCommittee, settle, finish —
// and says which it made.
func (a *app) watch(ctx context.Context, c *market.Client, id uint64, target market.State, drive bool, probes []probekit.Request) (market.Order, error) {
	tty := false
	if f, ok := a.env.Stdout.(*os.File); ok && !a.g.json {
		tty = term.IsTerminal(int(f.Fd()))
	}
	clock := market.NewClock(a.conn.Backend())
	last := ""
	lastSeg := map[uint8]string{}
	tick := time.NewTicker(a.env.Poll)
	defer tick.Stop()
	var kits *probekit.Customer
	kitsLooked := false
	for {
		head, err := clock.Read(ctx)
		if err != nil {
			return market.Order{}, err
		}
		v, err := c.View(ctx, id, head.Time)
		if err != nil {
			return v.Order, err
		}
		o := v.Order
		status, window := describe(v, head.Time)
		clear := func() {
			if tty && last != "" {
				fmt.Fprint(a.env.Stderr, "\r\033[K")
			}
		}
		if status != last {
			clear()
			fmt.Fprintf(a.env.Stderr, "order %d: %s\n", id, status)
			last = status
		}
		for _, s := range v.Segments {
			line := segmentLine(s, v.Lease, v.Settlement, head.Time)
			if lastSeg[s.K] != line {
				clear()
				fmt.Fprintf(a.env.Stderr, "order %d: segment %d: %s\n", id, s.K, line)
				lastSeg[s.K] = line
			}
		}
		if tty && window != "" {
			fmt.Fprintf(a.env.Stderr, "\r\033[K  %s", window)
		}
		if (o.State >= target || o.State.Terminal()) && (!drive || len(market.NextMoves(v, head)) == 0) {
			if tty {
				fmt.Fprint(a.env.Stderr, "\r\033[K")
			}
			return o, nil
		}
		if drive {
			for _, m := range market.NextMoves(v, head) {
				r, err := c.Make(ctx, id, m)
				if err != nil {
					return o, err
				}
				if r != nil {
					clear()
					fmt.Fprintf(a.env.Stderr, "order %d: made %s in block %d\n", id, m, r.BlockNumber)
				}
			}
			if !kitsLooked && o.State == market.StateFulfilling {
				kitsLooked = true
				kits = a.kitsOf(ctx, c, id, c.Account() == o.Customer, probes)
			}
			if kits != nil {
				if err := kits.Maintain(ctx, v, head.Time); err != nil {
					clear()
					fmt.Fprintf(a.env.Stderr, "order %d: topping up the spare keys: %v\n", id, err)
				}
				posted, err := kits.PostKits(ctx, v, head.Time)
				for _, k := range posted {
					clear()
					fmt.Fprintf(a.env.Stderr, "order %d: posted the probe kits of segment %d\n", id, k)
				}
				if err != nil {
					clear()
					fmt.Fprintf(a.env.Stderr, "order %d: probe kits: %v\n", id, err)
				}
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
func describe(v market.OrderView, now time.Time) (status, window string) {
	o := v.Order
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
		if o.ModuleCommitted {
			return "Deploying: module committed, waiting for the provider to confirm it", left(o.Deadline, "confirmation closes")
		}
		return "Deploying: the customer uploads its function and commits its hash", left(o.Deadline, "anyone may start the service unattended")
	case market.StateFulfilling:
		if o.Unattended {
			return "Fulfilling unattended (no committees)", left(o.Deadline, "service ends")
		}
		if s, ok := market.CurrentSegment(v.Segments, now); ok {
			return fmt.Sprintf("Fulfilling: segment %d of %d", s.K+1, len(v.Segments)), left(s.End, "segment ends")
		}
		if n := len(v.Segments); n > 0 && !now.Before(o.Deadline) {
			return "Fulfilling: service over, reports being revealed", left(v.Segments[n-1].RevealEnd.Add(time.Second), "settlement possible")
		}
		return "Fulfilling", left(o.Deadline, "service ends")
	case market.StateSettled:
		if st := v.Settlement; st != nil && st.ViolatedSegments > 0 {
			return fmt.Sprintf("Settled: %d of %d segments violated, refunded to the customer", st.ViolatedSegments, o.Segments), "ready to finish"
		}
		unwitnessed := 0
		for _, s := range v.Segments {
			if s.Status == market.CommitteeUnwitnessed {
				unwitnessed++
			}
		}
		if unwitnessed > 0 {
			return fmt.Sprintf("Settled: no violation found, %d of %d segments unwitnessed; the provider is paid, unchecked there", unwitnessed, len(v.Segments)), "ready to finish"
		}
		return "Settled: no violation, the provider is paid", "ready to finish"
	case market.StateFinished:
		return "Finished", ""
	case market.StateFailed:
		return "Failed", ""
	}
	return o.State.String(), ""
}
