package provider

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/market"
)

// When the chain goes back (a reorganisation deeper than the watcher remembers, or a
// development chain that came back at an older head), what the daemon did and saw may have
// left it: an order, a bid, a match, a commitment, the start or the end of a service. The
// daemon never undoes anything by itself: it reads the order again and makes its record say
// what the chain says now (recheck), and every order's task goes on from there. It rechecks
// an order when one of the order's events is delivered as removed, and when an OrderCreated
// names an order it knows by id in another block (the same order mined again). An order that
// left the chain keeps its record (its price and salt: the same order, and the daemon's bid
// on it, may be mined again) until an OrderCreated gives its id to another order, which then
// replaces it.

// orderEvents are the Market's events that move an order the daemon follows; a removed one
// means the order's state on chain may no longer be the one the daemon acted on. OrderCreated
// and DeploymentCommitted are watched anyway (new orders, the customer's commitment).
var orderEvents = []string{"OrderCreated", "DeploymentCommitted", "BidPlaced", "BidCommitted", "BidRevealed",
	"OrderMatched", "OrderFailed", "DeploymentPublished", "LeaseCreated", "ServiceStarted", "OrderSettled", "OrderFinished"}

func orderTopics() []common.Hash {
	out := make([]common.Hash, len(orderEvents))
	for i, name := range orderEvents {
		out[i] = market.MarketEvent(name)
	}
	return out
}

// eventOrder is the order a Market event is about: every event of orderEvents has the order
// id as its first indexed argument.
func eventOrder(ev chain.Event) (uint64, bool) {
	if len(ev.Log.Topics) < 2 {
		return 0, false
	}
	id := new(big.Int).SetBytes(ev.Log.Topics[1].Bytes())
	return id.Uint64(), id.IsUint64()
}

// orderLocks serialises what is done to one order's record: its task's step, and a recheck.
// A recheck ends the order's task (its generation) and cancels what its step waits for — a
// transaction that may have left the chain with its block — and starts a new one.
type orderLocks struct {
	mu      sync.Mutex
	locks   map[uint64]*sync.Mutex
	rev     map[uint64]int                // the generation of the order's task
	cancels map[uint64]context.CancelFunc // of the current generation's step
}

func (o *orderLocks) init() {
	if o.locks == nil {
		o.locks, o.rev, o.cancels = map[uint64]*sync.Mutex{}, map[uint64]int{}, map[uint64]context.CancelFunc{}
	}
}

func (o *orderLocks) lock(id uint64) func() {
	o.mu.Lock()
	o.init()
	m := o.locks[id]
	if m == nil {
		m = new(sync.Mutex)
		o.locks[id] = m
	}
	o.mu.Unlock()
	m.Lock()
	return m.Unlock
}

func (o *orderLocks) generation(id uint64) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.rev[id]
}

// stop ends the order's task: its generation is over, and what its step waits for is
// cancelled. It returns the next generation.
func (o *orderLocks) stop(id uint64) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.init()
	o.rev[id]++
	if cancel := o.cancels[id]; cancel != nil {
		cancel()
		delete(o.cancels, id)
	}
	return o.rev[id]
}

// running gives the context of generation gen's steps, cancelled by stop; ok is false when
// gen is over already.
func (o *orderLocks) running(ctx context.Context, id uint64, gen int) (context.Context, func(), bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.init()
	if o.rev[id] != gen {
		return nil, nil, false
	}
	ctx, cancel := context.WithCancel(ctx)
	o.cancels[id] = cancel
	return ctx, func() {
		cancel()
		o.mu.Lock()
		defer o.mu.Unlock()
		if o.rev[id] == gen {
			delete(o.cancels, id)
		}
	}, true
}

// onRemoved handles an event of one of the daemon's orders that left the chain.
func (p *Provider) onRemoved(ctx context.Context, ev chain.Event) error {
	// Transactions of ours may have left with it: their nonces are free again.
	p.sender.Resync()
	id, ok := eventOrder(ev)
	if !ok {
		return nil
	}
	if _, known := p.book.get(id); !known {
		return nil
	}
	name := "an event"
	for _, n := range orderEvents {
		if ev.Log.Topics[0] == market.MarketEvent(n) {
			name = n
		}
	}
	return p.recheck(ctx, id, name+" left the chain", false)
}

// onCreatedAgain handles an OrderCreated for an order id the daemon knows: the same order
// delivered again (a replay after a crash: nothing to do), mined again in another block, or
// another order that took the id of one that left the chain. It reports whether the event
// was handled; otherwise the order is new.
func (p *Provider) onCreatedAgain(ctx context.Context, oc market.OrderCreatedEvent) (bool, error) {
	r, ok := p.book.get(oc.OrderID)
	switch {
	case !ok:
		return false, nil
	case r.CreatedTx == oc.Tx && r.Block == oc.Block && !r.Left:
		return true, nil // delivered again after a crash
	case r.CreatedTx == oc.Tx:
		p.locks.stop(oc.OrderID)
		unlock := p.locks.lock(oc.OrderID)
		if r, ok = p.book.get(oc.OrderID); ok {
			r.Block, r.BiddingEnd = oc.Block, oc.BiddingEnd
			if err := p.book.save(r); err != nil {
				unlock()
				return true, err
			}
		}
		unlock()
		return true, p.recheck(ctx, oc.OrderID, fmt.Sprintf("its creation was mined again, in block %d", oc.Block), true)
	}
	p.locks.stop(oc.OrderID)
	unlock := p.locks.lock(oc.OrderID)
	defer unlock()
	p.sender.Resync()
	p.log.Warn("an order the daemon knew left the chain and another took its id: forgetting the first", "order", oc.OrderID,
		"created_before", r.CreatedTx, "created_now", oc.Tx)
	return false, p.forget(r)
}

// recheck reads the order again and makes its record say what the chain says now, then
// starts the order's task again. An order gone (or, unless same, one that is not the order
// the record is about: another took its id) has left the chain: its record is set aside until
// its OrderCreated comes again. One in its bidding window is decided again — a bid the
// daemon had decided is looked for on chain before it is sent again, so that it never lands
// twice; one past it is followed from its state, a lease served until the end of service the
// chain gives now.
func (p *Provider) recheck(ctx context.Context, id uint64, why string, same bool) error {
	gen := p.locks.stop(id)
	unlock := p.locks.lock(id)
	defer unlock()
	r, ok := p.book.get(id)
	if !ok {
		return nil
	}
	o, err := p.client.Order(ctx, id)
	if errors.Is(err, market.ErrNoOrder) || err == nil && !same && !r.is(o) {
		return p.left(r, why)
	}
	if err != nil {
		return fmt.Errorf("re-read order %d (%s): %w", id, why, err)
	}
	prev := r
	r.Sealed, r.State, r.Left = o.Sealed, o.State, false
	switch {
	case o.State == market.StateFulfilling:
		r.ServiceEnd = o.Deadline
	case o.State < market.StateFulfilling:
		r.ServiceEnd = time.Time{}
	}
	switch {
	case o.State == market.StateBidding:
		if r.Won {
			// The match left the chain: the auction is open again.
			p.server.Unload(api.LeaseID(id))
			r.Won, r.Confirmed, r.ModuleHash = false, false, common.Hash{}
		}
		if r.Price != nil {
			r.Phase, r.Reserved = phaseIntent, true // resume: is our bid on this chain?
		} else {
			r.Phase, r.Reserved = phaseNew, false
		}
	case r.Price == nil:
		// Never bid on: nothing of ours to follow.
	case o.BestBidder == p.me && !o.State.Terminal():
		r.Phase, r.Reserved = phaseWon, o.State != market.StateFulfilling || p.clock.Now().Before(o.Deadline)
		r.Won = true
	default:
		r.Phase = phaseBid // follow decides: lost, over, or ours
	}
	r.Note = "re-read from the chain: " + why
	p.leases.forgetWindows(id)
	if prev.Phase == phaseDone && prev.Won && r.Phase == phaseWon {
		if err := p.leases.restoreAccess(id); err != nil {
			return err
		}
	}
	p.log.Warn("re-reading an order from the chain", "order", id, "why", why, "state", o.State,
		"phase_before", prev.Phase, "phase", r.Phase)
	if err := p.book.save(r); err != nil {
		return err
	}
	if prev.Reserved != r.Reserved {
		p.book.updateGauges()
		p.wakeWaiting()
	}
	p.startOrderGen(id, gen)
	return nil
}

// is reports whether the chain's order o is the one r records, not another that took its id.
func (r record) is(o market.Order) bool {
	return o.Customer == r.Customer && o.LevelID == r.LevelID && (r.BiddingEnd.IsZero() || o.BiddingEnd.Equal(r.BiddingEnd))
}

// left sets aside the record of an order that left the chain: it holds nothing, serves
// nothing, and keeps its price and salt in case the order comes back. Its task ends.
func (p *Provider) left(r record, why string) error {
	p.log.Warn("an order left the chain", "order", r.ID, "why", why)
	p.sender.Resync()
	if r.Won {
		p.server.Unload(api.LeaseID(r.ID))
	}
	p.leases.forgetWindows(r.ID)
	prev := r
	r.Phase, r.Reserved, r.Left, r.Note = phaseDone, false, true, "the order left the chain ("+why+")"
	if err := p.book.save(r); err != nil {
		return err
	}
	p.locks.stop(r.ID)
	if prev.Reserved {
		p.book.updateGauges()
		p.wakeWaiting()
	}
	return nil
}

// forget drops the record of an order that left the chain for good (another order has its
// id), and whatever the daemon kept for its lease; its task ends at its next step.
func (p *Provider) forget(r record) error {
	if r.Won {
		p.server.Unload(api.LeaseID(r.ID))
		p.leases.access.Remove(api.LeaseID(r.ID))
		if err := p.book.store.deleteAccess(r.ID); err != nil {
			return err
		}
	}
	p.leases.forget(r.ID)
	if err := p.book.remove(r.ID); err != nil {
		return err
	}
	p.locks.stop(r.ID) // its task ends; an order that takes the id gets a task of its own
	if r.Reserved {
		p.book.updateGauges()
		p.wakeWaiting()
	}
	return nil
}
