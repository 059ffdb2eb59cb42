package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/defaas/defaas/market"
)

// created is what `order create` shows: the order and what it cost.
type created struct {
	Order market.Order `json:"order"`
	Cost  market.Cost  `json:"cost"`
}

func (a *app) orderCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "order", Short: "Create, inspect and move orders (the customer's side)"}

	var level, units, witnesses, segments uint
	var maxPrice string
	var bidding, reveal time.Duration
	var wait, accept bool
	create := &cobra.Command{
		Use:   "create",
		Short: "Create an order: pay the prepayment and the witness deposit and open the auction (one transaction, with a permit)",
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
			if segments == 0 || segments > 255 {
				return usageError{fmt.Errorf("--segments %d: give 1 or more (at most the deployment's maxSegments, `defaas params`)", segments)}
			}
			if accept && !wait {
				return usageError{fmt.Errorf("--accept goes on from --wait: give both")}
			}
			ctx := c.Context()
			w, err := a.writer(ctx)
			if err != nil {
				return err
			}
			p := market.OrderParams{LevelID: uint32(level), DurationUnits: uint32(units), MaxUnitPrice: price,
				BiddingWindow: bidding, RevealWindow: reveal, WitnessCount: uint8(witnesses), Segments: uint8(segments)}
			cost, err := w.OrderCost(ctx, p)
			if err != nil {
				return err
			}
			id, rc, err := w.CreateOrder(ctx, p)
			if err != nil {
				return err
			}
			o, err := w.Order(ctx, id)
			if err != nil {
				return err
			}
			a.say("Order %d created in block %d: %s FST taken; bidding closes %s", id, rc.BlockNumber, market.FormatFST(cost.Total()), when(o.BiddingEnd, time.Now()))
			a.say("  prepayment      %s FST  (%s FST a unit at most × %d units; the surplus over the winning bid comes back at the close)",
				market.FormatFST(cost.Prepayment), market.FormatFST(price), units)
			a.say("  witness deposit %s FST  (%d segments × (10 × %d witnesses + 1) × the seat fee; what is not paid out comes back)",
				market.FormatFST(cost.WitnessDeposit), segments, witnesses)
			a.say("  seat fee        %s FST  (what one witness earns for one segment, here on the maximum fee; set again on the winning fee)",
				market.FormatFST(cost.SeatFee))
			if wait {
				// The customer closes its own auction when it is due (anyone may).
				o, err = a.watch(ctx, w, id, market.StateConfirming, true, nil)
				if err != nil {
					return err
				}
				switch {
				case o.State == market.StateFailed:
					a.say("Order %d failed: no valid bid; the prepayment and the deposit are back", id)
				case accept:
					a.say("Order %d matched: %s at %s FST a unit", id, o.BestBidder.Hex(), market.FormatFST(o.BestPrice))
					if o, err = a.acceptWhenPublished(ctx, w, id); err != nil {
						return err
					}
				default:
					a.say("Order %d matched: %s at %s FST a unit; next, once it publishes: defaas order accept %d", id, o.BestBidder.Hex(), market.FormatFST(o.BestPrice), id)
				}
			}
			return a.show(created{o, cost}, func(io.Writer) {})
		},
	}
	f := create.Flags()
	f.UintVar(&level, "level", 0, "FaaS level (see `defaas levels`)")
	f.UintVar(&units, "units", 2, "duration in billing units")
	f.StringVar(&maxPrice, "max-price", "", "the most you pay per billing unit, in FST")
	f.DurationVar(&bidding, "bidding", 30*time.Second, "how long providers may bid")
	f.DurationVar(&reveal, "reveal", 0, "sealed bidding: how long providers may reveal after bidding closes (0 = open bidding)")
	f.UintVar(&witnesses, "witnesses", 3, "witness committee size, per segment")
	f.UintVar(&segments, "segments", 1, "segments of the service, each with a committee of its own (must divide --units)")
	f.BoolVar(&wait, "wait", false, "wait until the auction is decided (closing it when due), showing progress")
	f.BoolVar(&accept, "accept", false, "with --wait: then wait for the winner to publish its endpoint and accept it (order accept)")
	create.MarkFlagRequired("max-price")
	cmd.AddCommand(create)

	cmd.AddCommand(&cobra.Command{
		Use:   "show ID",
		Short: "Show an order, its lease, each segment with its committee, and the next move",
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
			head, err := market.NewClock(a.conn.Backend()).Read(ctx)
			if err != nil {
				return err
			}
			v, err := a.orderReport(ctx, r, id, head)
			if err != nil {
				return err
			}
			return a.show(v, func(w io.Writer) { v.table(w, head) })
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
				row(w, "ID", "STATE", "LEVEL", "UNITS", "SEGMENTS", "MAX PRICE", "BEST BID", "DEADLINE")
				for _, o := range orders {
					row(w, o.ID, o.State, o.LevelID, o.DurationUnits, o.Segments, fstOrDash(o.MaxUnitPrice), fstOrDash(o.BestPrice), when(o.Deadline, now))
				}
			})
		},
	}
	list.Flags().BoolVar(&mine, "mine", false, "only the orders of the chosen account")
	list.Flags().StringVar(&state, "state", "", "only orders in this state (Bidding, Confirming, ...)")
	cmd.AddCommand(list)

	cmd.AddCommand(a.orderWatchCmd())

	var modulePath, moduleHash string
	var unattended bool
	fulfill := a.orderStep("fulfill", "Commit the sha256 of the uploaded module (customer); the provider confirms it and the service starts",
		exactArgs(1, "one order id"), func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
			if unattended {
				if modulePath != "" || moduleHash != "" {
					return usageError{fmt.Errorf("--unattended commits no module: drop --module and --module-hash")}
				}
				_, err := w.StartUnattended(ctx, id)
				return err
			}
			hash, err := moduleHashFlag(modulePath, moduleHash)
			if err != nil {
				return err
			}
			if err := a.sayDeadline(ctx, w, id, "fulfill"); err != nil {
				return err
			}
			if _, err := w.Fulfill(ctx, id, hash); err != nil {
				return err
			}
			a.say("Committed module sha256 %s for order %d; the provider confirms it next (`defaas provider confirm %d`)", hexutil.Encode(hash[:]), id, id)
			return nil
		})
	fulfill.Long = `Commits the sha256 of the module uploaded to the provider (defaas function upload) with
fulfill(orderId, moduleHash): the provider then confirms it holds that module and the service
starts (SPEC §3.10). Give the module file (--module) or its hash (--module-hash). Anyone may
start a lease whose customer never committed, after the deploy timeout: --unattended.`
	fulfill.Flags().StringVar(&modulePath, "module", "", "the .wasm file uploaded: its sha256 is committed")
	fulfill.Flags().StringVar(&moduleHash, "module-hash", "", "the module's sha256, 0x-prefixed hex")
	fulfill.Flags().BoolVar(&unattended, "unattended", false, "start the service without a module or committee (anyone, after the deploy timeout)")
	cmd.AddCommand(fulfill)

	cmd.AddCommand(
		a.orderStep("accept", "Accept the winner's deployment: the lease begins (customer)", exactArgs(1, "one order id"),
			func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
				if err := a.sayDeadline(ctx, w, id, "acceptDeployment"); err != nil {
					return err
				}
				_, err := w.AcceptDeployment(ctx, id)
				return err
			}),
		a.orderStep("close", "Close the auction after its window (anyone)", exactArgs(1, "one order id"),
			func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
				_, err := w.CloseBidding(ctx, id)
				return err
			}),
		a.orderStep("forfeit", "Burn the bond of a sealed bid never revealed, after the reveal window (anyone)", exactArgs(2, "an order id and a provider's address"),
			func(w *market.Client, ctx context.Context, id uint64, args []string) error {
				if !common.IsHexAddress(args[1]) {
					return usageError{fmt.Errorf("%q is not an address", args[1])}
				}
				_, err := w.ForfeitBond(ctx, id, common.HexToAddress(args[1]))
				return err
			}),
		a.orderStep("expire", "Fail an order whose provider or customer missed a deadline before the service (anyone)", exactArgs(1, "one order id"),
			func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
				_, err := w.Expire(ctx, id)
				return err
			}),
		a.orderStep("open-segment", "Request segment K's committee in the first half of the segment (anyone; earns one seat fee)", exactArgs(2, "an order id and a segment number"),
			func(w *market.Client, ctx context.Context, id uint64, args []string) error {
				k, err := segmentArg(args[1])
				if err != nil {
					return err
				}
				_, err = w.OpenSegment(ctx, id, k)
				return err
			}),
		a.orderStep("settle", "Fix the amounts after the last segment's reveal window (anyone)", exactArgs(1, "one order id"),
			func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
				_, err := w.Settle(ctx, id)
				return err
			}),
		a.orderStep("finish", "Transfer the settled amounts (anyone)", exactArgs(1, "one order id"),
			func(w *market.Client, ctx context.Context, id uint64, _ []string) error {
				_, err := w.Finish(ctx, id)
				return err
			}),
	)
	return cmd
}

// orderStep is a command that sends one transaction about an order and shows the order.
func (a *app) orderStep(use, short string, args cobra.PositionalArgs, do func(*market.Client, context.Context, uint64, []string) error) *cobra.Command {
	return &cobra.Command{
		Use: use + " ID", Short: short, Args: args,
		RunE: func(c *cobra.Command, args []string) error {
			id, err := orderID(args[:1])
			if err != nil {
				return err
			}
			w, err := a.writer(c.Context())
			if err != nil {
				return err
			}
			if err := do(w, c.Context(), id, args); err != nil {
				return err
			}
			o, err := a.sayNow(c.Context(), w, id)
			if err != nil {
				return err
			}
			return a.show(o, func(io.Writer) {})
		},
	}
}

// sayDeadline prints when the window for the customer's step on order id closes, by the
// chain's clock, and the time left in it.
func (a *app) sayDeadline(ctx context.Context, c *market.Client, id uint64, step string) error {
	head, err := market.NewClock(a.conn.Backend()).Read(ctx)
	if err != nil {
		return err
	}
	o, err := c.Order(ctx, id)
	if err != nil {
		return err
	}
	a.say("Order %d: %s is due by %s", id, step, deadline(o.Deadline, head))
	return nil
}

// sayNow prints the state of order id and the step it waits for next, with its deadline by
// the chain's clock (market.Awaited).
func (a *app) sayNow(ctx context.Context, c *market.Client, id uint64) (market.Order, error) {
	head, err := market.NewClock(a.conn.Backend()).Read(ctx)
	if err != nil {
		return market.Order{}, err
	}
	v, err := c.View(ctx, id, head.Time)
	if err != nil {
		return v.Order, err
	}
	a.say("Order %d is now %s", id, v.Order.State)
	if aw, ok := market.Awaited(v, head.Time); ok {
		a.say("  next: the %s: %s, by %s", aw.Who, aw.Step, deadline(aw.Until, head))
	}
	return v.Order, nil
}

// deadline is the last second t of a window in the chain's time, and the time left in it at
// head.
func deadline(t time.Time, head market.Head) string {
	left := t.Sub(head.Time).Round(time.Second)
	at := t.UTC().Format("15:04:05") + " chain time"
	if left < 0 {
		return fmt.Sprintf("%s (passed %s ago)", at, -left)
	}
	return fmt.Sprintf("%s (%s left)", at, left)
}

// acceptWhenPublished waits for the winner of order id to publish its endpoint, then accepts
// it: order create --wait --accept.
func (a *app) acceptWhenPublished(ctx context.Context, w *market.Client, id uint64) (market.Order, error) {
	clock := market.NewClock(a.conn.Backend())
	tick := time.NewTicker(a.env.Poll)
	defer tick.Stop()
	said := false
	for {
		head, err := clock.Read(ctx)
		if err != nil {
			return market.Order{}, err
		}
		o, err := w.Order(ctx, id)
		if err != nil {
			return o, err
		}
		switch {
		case o.State != market.StateConfirming:
			return o, fmt.Errorf("order %d is %s, no more Confirming: nothing to accept (defaas order show %d)", id, o.State, id)
		case o.Published:
			a.say("Order %d: the winner published its endpoint; acceptDeployment is due by %s", id, deadline(o.Deadline, head))
			if _, err := w.AcceptDeployment(ctx, id); err != nil {
				return o, err
			}
			o, err := a.sayNow(ctx, w, id)
			if err == nil {
				a.say("  build and upload your function, then: defaas order fulfill %d --module FILE.wasm", id)
			}
			return o, err
		case head.Time.After(o.Deadline):
			return o, fmt.Errorf("order %d: the winner did not publish by %s; anyone may expire the order now (defaas order expire %d): its collateral is burned, your payment comes back", id, deadline(o.Deadline, head), id)
		case !said:
			a.say("Order %d: waiting for the winner to publish its endpoint, by %s", id, deadline(o.Deadline, head))
			said = true
		}
		select {
		case <-ctx.Done():
			return o, fmt.Errorf("stopped waiting for order %d to be published: %w", id, ctx.Err())
		case <-tick.C:
		}
	}
}

// moduleHashFlag is the sha256 of the file at path, or hash parsed.
func moduleHashFlag(path, hash string) ([32]byte, error) {
	switch {
	case path != "" && hash != "":
		return [32]byte{}, usageError{fmt.Errorf("give --module or --module-hash, not both")}
	case path != "":
		wasm, err := os.ReadFile(path)
		if err != nil {
			return [32]byte{}, fmt.Errorf("--module: %w", err)
		}
		return sha256.Sum256(wasm), nil
	case hash != "":
		b, err := hexutil.Decode(hash)
		if err != nil || len(b) != 32 {
			return [32]byte{}, usageError{fmt.Errorf("--module-hash %q: give the module's sha256 as 0x and 64 hex digits", hash)}
		}
		return [32]byte(b), nil
	}
	return [32]byte{}, usageError{fmt.Errorf("give the uploaded module (--module FILE) or its sha256 (--module-hash 0x…)")}
}

// segmentArg parses a segment number.
func segmentArg(s string) (uint8, error) {
	k, err := strconv.ParseUint(s, 10, 8)
	if err != nil {
		return 0, usageError{fmt.Errorf("segment %q: segments are numbered 0, 1, … (see `defaas order show`)", s)}
	}
	return uint8(k), nil
}
