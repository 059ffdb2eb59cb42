package provider

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/pricing"
)

// bidder wins orders. It learns of each new order from its OrderCreated event, prices it with
// the pricing strategy, and bids when the capacity left and the free stake allow: an open bid,
// or a sealed one committed and later revealed. It closes the auctions it wins, and hands the
// order to the lease manager once matched.
//
// Every decided bid (price, and salt when sealed) is stored and synced before its transaction
// leaves, so a daemon killed at any moment never bids twice on an order and never loses a
// salt: on restart, the chain's logs say whether the bid landed.
type bidder struct {
	log      *slog.Logger
	conn     *chain.Conn
	client   *market.Client
	sender   *chain.Sender
	me       common.Address
	strategy pricing.Strategy
	book     *book
	clock    *market.Clock
	m        *metrics
	capacity inventory // the capacity sold
	// minReveal is the shortest reveal window bid on (config); zero measures the chain.
	minReveal time.Duration
	onSent    func(uint64, common.Hash)
	onStored  func(uint64)
	// statusDir is where the operator's status is written (StatusFile): the data directory.
	statusDir string
	statusMu  sync.Mutex // one status computed and written at a time: the last written is the latest

	reserveMu sync.Mutex // serialises capacity decisions

	blockMu   sync.Mutex
	blockTime time.Duration // measured, at blockAt
	blockAt   time.Time
}

// blocksToLand is how many block times a reveal window must span for this provider to bid:
// one to see the window open, one to send and one to be mined in.
const blocksToLand = 3

// revealNeeded is the shortest reveal window the provider bids on: the configured one, else
// blocksToLand block times of the chain, measured over its last blocks (again every minute).
func (b *bidder) revealNeeded(ctx context.Context) (time.Duration, error) {
	if b.minReveal > 0 {
		return b.minReveal, nil
	}
	b.blockMu.Lock()
	defer b.blockMu.Unlock()
	if !b.blockAt.IsZero() && time.Since(b.blockAt) < time.Minute {
		return blocksToLand * b.blockTime, nil
	}
	d, err := b.clock.BlockTime(ctx, 20)
	if err != nil {
		return 0, fmt.Errorf("measure the chain's block time: %w", err)
	}
	b.blockTime, b.blockAt = d, time.Now()
	return blocksToLand * d, nil
}

// onOrderCreated records a new order and reports whether it is one to look at. It is
// idempotent: the watcher may deliver the block in progress again after a crash.
func (b *bidder) onOrderCreated(ev chain.Event) (uint64, bool, error) {
	if ev.Removed {
		// The order's state, read before every action, tells whether it still exists.
		b.log.Warn("an order creation left the chain", "block", ev.Log.BlockNumber, "tx", ev.Log.TxHash)
		return 0, false, nil
	}
	oc, err := b.client.DecodeOrderCreated(&ev.Log)
	if err != nil {
		b.log.Warn("undecodable OrderCreated event", "tx", ev.Log.TxHash, "err", err)
		return 0, false, nil
	}
	b.m.ordersSeen.Inc()
	if oc.Customer == b.me {
		return 0, false, nil // the customer of an order cannot bid on it
	}
	if !oc.BiddingEnd.After(b.clock.Now()) {
		return 0, false, nil // bidding over: an old order replayed from the past
	}
	inserted, err := b.book.insert(record{ID: oc.OrderID, Customer: oc.Customer, CreatedTx: oc.Tx, Block: oc.Block,
		LevelID: oc.LevelID, BiddingEnd: oc.BiddingEnd, Sealed: oc.Sealed, Phase: phaseNew, State: market.StateBidding})
	return oc.OrderID, inserted, err
}

// decide prices an order still in its bidding window and, when capacity allows, bids.
func (b *bidder) decide(ctx context.Context, r record, o market.Order) error {
	if o.State != market.StateBidding || !b.clock.Now().Before(o.BiddingEnd) {
		r.Phase, r.State = phasePass, o.State
		if r.Note == "" {
			r.Note = "bidding ended before a bid"
		}
		return b.book.save(r)
	}
	if o.Sealed {
		need, err := b.revealNeeded(ctx)
		if err != nil {
			return err
		}
		if window := o.RevealEnd.Sub(o.BiddingEnd); window < need {
			r.Phase, r.Note = phasePass, fmt.Sprintf("its reveal window of %s is shorter than the %s a reveal needs to land here", window, need)
			b.log.Info("not bidding", "order", r.ID, "reason", r.Note)
			return b.book.save(r)
		}
	}
	if !o.Sealed && o.BestBidder == b.me && o.BestPrice != nil {
		// Our bid is the best already: a record that lost it (the chain went back and forth
		// under the daemon) follows it rather than bidding against itself.
		r.Phase, r.Price, r.Reserved, r.Note = phaseBid, o.BestPrice, true, ""
		b.log.Info("our bid on the order is on the chain already", "order", r.ID, "unit_price_fst", market.FormatFST(o.BestPrice))
		return b.book.save(r)
	}
	lvl, err := b.book.level(ctx, o.LevelID)
	if err != nil {
		return err
	}
	price, ok, reason := b.strategy.UnitPrice(pricing.Quote{Order: o, Level: lvl})
	if !ok {
		r.Phase, r.Note = phasePass, reason
		b.log.Info("not bidding", "order", r.ID, "reason", reason)
		return b.book.save(r)
	}
	b.reserveMu.Lock()
	if !b.capacity.fits(b.book.reservedLevels(), lvl) {
		cpu, mem := b.book.reserved()
		b.reserveMu.Unlock()
		if r.Phase != phaseWaiting {
			b.log.Info("no capacity for the order; waiting while bidding lasts", "order", r.ID, "level", lvl.ID,
				"reserved_cpu_milli", cpu, "reserved_memory_mb", mem)
			r.Phase, r.Note = phaseWaiting, "no free capacity"
			return b.book.save(r)
		}
		return nil
	}
	r.Phase, r.Price, r.Reserved = phaseIntent, price, true
	if o.Sealed {
		if _, err := rand.Read(r.Salt[:]); err != nil {
			b.reserveMu.Unlock()
			return fmt.Errorf("salt for order %d: %w", r.ID, err)
		}
	}
	// Stored and synced before sending: a crash from here on finds the intent, and the salt.
	err = b.book.save(r)
	b.reserveMu.Unlock()
	if err != nil {
		return err
	}
	if b.onStored != nil {
		b.onStored(r.ID)
	}
	return b.send(ctx, r)
}

// send sends the stored bid (or commitment) and waits for it to be mined.
func (b *bidder) send(ctx context.Context, r record) error {
	kind := "open"
	var tx *market.Pending
	var err error
	if r.Sealed {
		kind = "sealed"
		tx, err = b.client.SendCommitBid(ctx, r.ID, r.Price, r.Salt)
	} else {
		tx, err = b.client.SendBid(ctx, r.ID, r.Price)
	}
	if err != nil {
		if name := market.RevertName(err); name != "" {
			return b.refused(r, name, err) // refused at estimation: nothing was sent
		}
		return fmt.Errorf("send bid on order %d: %w", r.ID, err)
	}
	if b.onSent != nil {
		b.onSent(r.ID, tx.Hash())
	}
	b.m.bids.WithLabelValues(kind).Inc()
	b.log.Info("bid sent", "order", r.ID, "kind", kind, "unit_price_fst", market.FormatFST(r.Price), "tx", tx.Hash())
	// Not stored until mined: after a crash the chain's logs, not the hash, say whether it
	// landed (a transaction can be replaced or dropped), and a write here would delay every
	// bid queued behind this one.
	r.BidTx = tx.Hash()
	if _, err := tx.Wait(ctx); err != nil {
		if name := market.RevertName(err); name != "" {
			return b.refused(r, name, err)
		}
		return fmt.Errorf("wait for the bid on order %d: %w", r.ID, err)
	}
	r.Phase, r.Note = phaseBid, ""
	short := r.StakeShort != nil
	r.StakeShort = nil
	if err := b.book.save(r); err != nil {
		return err
	}
	if short {
		b.writeStatus()
	}
	return nil
}

// writeStatus writes the operator's status from the book; a failure is logged, the bidding
// goes on.
func (b *bidder) writeStatus() {
	if b.statusDir == "" {
		return
	}
	b.statusMu.Lock()
	defer b.statusMu.Unlock()
	if err := writeStatus(b.statusDir, b.book.status(b.me)); err != nil {
		b.log.Warn("the status for `defaas provider show` was not written", "err", err)
	}
}

// refused records a bid the contract refused: the capacity it held is free again.
func (b *bidder) refused(r record, name string, err error) error {
	prev := r.Note
	switch name {
	case "AlreadyCommitted":
		r.Phase, r.Note = phaseBid, "" // a commitment of ours is in: this was a repeat after a crash
		return b.book.save(r)
	case "BidNotLower":
		// Someone bid lower between our reading and our bid: price again against it.
		r.Phase, r.Reserved, r.Note = phaseNew, false, "outbid before the bid landed"
	case "InsufficientFreeStake":
		// Tried again every poll while bidding lasts: stake frees up as leases settle.
		r.Phase, r.Reserved, r.Note = phaseWaiting, false, "stake does not cover the bid"
		short, ok := stakeShortOf(err, b.clock.Now())
		if !ok {
			break
		}
		first := r.StakeShort == nil
		r.StakeShort = short
		if err := b.book.save(r); err != nil {
			return err
		}
		if first {
			missing := new(big.Int).Sub(short.Needed, short.Free)
			b.m.skippedStake.Inc()
			b.log.Warn("order skipped: the free stake does not cover the bid; it is tried again while bidding lasts",
				"order", r.ID, "free_fst", market.FormatFST(short.Free), "needed_fst", market.FormatFST(short.Needed),
				"missing_fst", market.FormatFST(missing), "hint", "stake more: defaas provider stake "+market.FormatFST(missing))
			b.writeStatus()
		}
		return nil
	default:
		r.Phase, r.Reserved, r.Note = phasePass, false, err.Error()
	}
	level := slog.LevelInfo
	if r.Note == prev {
		level = slog.LevelDebug
	}
	b.log.Log(context.Background(), level, "bid refused", "order", r.ID, "err", err, "hint", market.Hint(err))
	return b.book.save(r)
}

// resume finds out what became of a bid decided but not known to be mined: after a crash, or
// a node error while sending. It is sent again only when it surely never landed, so it never
// lands twice. It reports whether the bid is on the chain, to be followed from there.
func (b *bidder) resume(ctx context.Context, r record, o market.Order) (landed bool, err error) {
	landed, err = b.client.BidLanded(ctx, r.ID, b.me, r.Sealed, r.Block)
	if err != nil || landed {
		return landed, err
	}
	pending, err := b.conn.HasPending(ctx, b.me)
	if err != nil || pending {
		return false, err // maybe ours: look again when the pool has drained
	}
	if o.State != market.StateBidding || !b.clock.Now().Before(o.BiddingEnd) {
		r.Phase, r.Reserved, r.Note = phasePass, false, "the bid never landed and bidding is over"
		return false, b.book.save(r)
	}
	b.log.Info("sending a bid that never landed", "order", r.ID)
	return false, b.send(ctx, r)
}

// follow moves on an order we bid on while its auction runs: a sealed bid is revealed in the
// reveal window, an auction we lead is closed when it is due, an open bid beaten is lost.
func (b *bidder) follow(ctx context.Context, r record, o market.Order, head market.Head) (record, error) {
	won := o.BestBidder == b.me
	if !r.Sealed && !won && r.Price != nil && (o.BestBidder == (common.Address{}) || o.BestPrice.Cmp(r.Price) > 0) {
		// No bid at or below ours: ours is not on the chain, which went back under it. Look
		// for it, and send it again while bidding lasts.
		b.log.Warn("our bid is not on the chain any more", "order", r.ID, "unit_price_fst", market.FormatFST(r.Price))
		r.Phase, r.Note = phaseIntent, "the bid left the chain"
		b.sender.Resync() // and its nonce is free again
		return r, nil
	}
	if !r.Sealed && !won {
		r.Phase, r.Reserved, r.Note = phaseDone, false, "outbid"
		return r, nil
	}
	if r.Sealed && r.Phase == phaseBid && o.Revealing(head.Time) {
		if err := b.reveal(ctx, r); err != nil {
			return r, err
		}
		r.Phase = phaseReveal
	}
	if head.Time.Before(o.AuctionEnd()) {
		return r, nil
	}
	if r.Sealed && r.Phase == phaseBid {
		r.Note = "missed the reveal window"
	}
	if won {
		// Anyone may close it; the winner does not wait for anyone.
		if rc, err := b.client.Make(ctx, r.ID, market.Move{Kind: market.MoveCloseBidding}); err != nil {
			return r, err
		} else if rc != nil {
			b.log.Info("closed the bidding", "order", r.ID)
		}
	}
	return r, nil
}

func (b *bidder) reveal(ctx context.Context, r record) error {
	if _, err := b.client.RevealBid(ctx, r.ID, r.Price, r.Salt); err != nil {
		switch market.RevertName(err) {
		case "AlreadyRevealed":
			return nil
		case "RevealNotOpen":
			return fmt.Errorf("reveal on order %d: not open yet by the next block: %w", r.ID, err)
		}
		return err
	}
	b.log.Info("revealed the bid", "order", r.ID, "unit_price_fst", market.FormatFST(r.Price))
	return nil
}
