package provider

import (
	"context"
	"errors"
	"fmt"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/market"
)

// startOrder starts the task of an order: every poll interval (or at once when woken) it
// reads the order and hands it to whoever is in charge, until the daemon is done with it.
func (p *Provider) startOrder(id uint64) { p.startOrderGen(id, p.locks.generation(id)) }

// startOrderGen starts generation gen of the order's task: a recheck starts a new one, and
// the one before ends at its next poll.
func (p *Provider) startOrderGen(id uint64, gen int) {
	p.tasks.Go(taskKey(id, gen), func(ctx context.Context, wake <-chan struct{}) {
		daemon.Poll(ctx, p.cfg.PollInterval, wake, func(ctx context.Context) (bool, error) {
			ctx, done, ok := p.locks.running(ctx, id, gen)
			if !ok {
				return true, nil // a recheck ended this generation
			}
			defer done()
			unlock := p.locks.lock(id)
			defer unlock()
			if p.locks.generation(id) != gen {
				return true, nil
			}
			err := p.step(ctx, id)
			if ctx.Err() != nil && p.locks.generation(id) != gen {
				return true, nil // ended by a recheck in the middle of the step
			}
			r, ok := p.book.get(id)
			return !ok || r.Phase.terminal(), err
		}, func(err error) {
			p.m.errors.WithLabelValues("step").Inc()
			p.log.Warn("order step failed; retrying at the next poll", "order", id, "err", err, "hint", market.Hint(err))
		})
	})
}

func taskKey(id uint64, gen int) string { return fmt.Sprintf("order/%d/%d", id, gen) }

// wake asks the order's task to step now.
func (p *Provider) wake(id uint64) { p.tasks.Wake(taskKey(id, p.locks.generation(id))) }

// wakeWaiting decides again at once on the orders that waited for capacity.
func (p *Provider) wakeWaiting() {
	for _, id := range p.book.ids(func(r *record) bool { return r.Phase == phaseWaiting }) {
		p.wake(id)
	}
}

// step reads the order and hands it to whoever is in charge of it: the bidder until the
// auction is decided, the lease manager once the provider won it. Every action is one the
// chain still needs: a refusal that means someone did it already is success.
func (p *Provider) step(ctx context.Context, id uint64) error {
	r, ok := p.book.get(id)
	if !ok || r.Phase.terminal() {
		return nil
	}
	if _, err := p.book.level(ctx, r.LevelID); err != nil { // capacity is counted in the level's units
		return err
	}
	o, err := p.client.Order(ctx, id)
	if errors.Is(err, market.ErrNoOrder) {
		return p.left(r, "not on the chain when read")
	}
	if err != nil {
		return err
	}
	r.Sealed = o.Sealed
	switch r.Phase {
	case phaseNew, phaseWaiting:
		return p.bids.decide(ctx, r, o)
	case phaseIntent:
		landed, err := p.bids.resume(ctx, r, o)
		if err != nil || !landed {
			return err
		}
		r.Phase = phaseBid
	}
	return p.follow(ctx, r, o)
}

// follow moves on an order the provider bid on, by its state, and keeps what it learnt even
// when an action failed (to be tried again at the next poll).
func (p *Provider) follow(ctx context.Context, r record, o market.Order) error {
	prev := r
	head := p.clock.Head()
	var err error
	switch {
	case o.State == market.StateBidding:
		r, err = p.bids.follow(ctx, r, o, head)
	case o.State.Terminal():
		r = p.leases.end(r, o)
	case o.BestBidder != p.me:
		r.Phase, r.Reserved, r.Note = phaseDone, false, "another provider won"
	default:
		r, err = p.leases.step(ctx, r, o, head)
	}
	r.State = o.State
	if r == prev {
		return err
	}
	if serr := p.book.save(r); serr != nil {
		return errors.Join(err, serr)
	}
	if prev.Reserved && !r.Reserved {
		p.book.updateGauges()
		p.wakeWaiting()
	}
	return err
}
