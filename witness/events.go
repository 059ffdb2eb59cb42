// The chain's events as the daemon meets them: its registration, and each event starting or waking a draw, a seat or a lease's order.

package witness

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/market"
)

// register registers the account with the configured stake, tops the stake up to it, and
// makes the witness available for draws.
func (w *Witness) register(ctx context.Context) error {
	info, err := w.mc.Witness(ctx, w.addr)
	if err != nil {
		return fmt.Errorf("witness: %w", err)
	}
	switch {
	case !info.Registered && w.stake == nil:
		return fmt.Errorf("witness: %s is not a registered witness: set stake_fst to register it", w.addr.Hex())
	case !info.Registered:
		if _, err := w.mc.RegisterWitness(ctx, w.stake); err != nil {
			return fmt.Errorf("witness: register %s with %s FST: %w", w.addr.Hex(), market.FormatFST(w.stake), err)
		}
		w.log.Info("registered as a witness", "stake_fst", market.FormatFST(w.stake))
		return nil // registration makes the witness available
	case w.stake != nil && info.Stake.Cmp(w.stake) < 0:
		add := new(big.Int).Sub(w.stake, info.Stake)
		if _, err := w.mc.AddWitnessStake(ctx, add); err != nil {
			return fmt.Errorf("witness: top the stake up to %s FST: %w", market.FormatFST(w.stake), err)
		}
		w.log.Info("added witness stake", "added_fst", market.FormatFST(add), "stake_fst", market.FormatFST(w.stake))
	}
	if info.Exiting {
		w.log.Warn("this witness has asked to exit: it finishes its seats but is not drawn again")
		return nil
	}
	if !info.Available {
		if _, err := w.mc.SetAvailable(ctx, true); err != nil {
			return fmt.Errorf("witness: make %s available for draws: %w", w.addr.Hex(), err)
		}
		w.log.Info("available for draws again")
	}
	return nil
}

// handle records what the events ask for and starts the work; the work itself re-reads the
// chain. A removed (reorganised) event is onRemoved's.
func (w *Witness) handle(ev chain.Event) error {
	if ev.Removed {
		return w.onRemoved(ev)
	}
	log := ev.Log
	if started, err := w.mc.DecodeServiceStarted(&log); err == nil {
		if !w.cfg.Open && !w.cfg.Settle {
			return nil
		}
		if err := w.st.add(bucketOrders, started.OrderID); err != nil {
			return err
		}
		w.startOrder(started.OrderID)
		return nil
	}
	if req, err := w.mc.DecodeCommitteeRequested(&log); err == nil {
		if !w.cfg.Draw {
			return nil
		}
		if err := w.st.add(bucketDraws, req.CommitteeID); err != nil {
			return err
		}
		w.startDraw(req.CommitteeID)
		return nil
	}
	drawn, err := w.mc.DecodeCommitteeDrawn(&log)
	if errors.Is(err, market.ErrOtherEvent) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("an event in block %d: %w", log.BlockNumber, err)
	}
	id := drawn.CommitteeID
	if !slices.Contains(drawn.Members, w.addr) {
		return nil
	}
	added, err := w.st.addSeat(id)
	if err != nil {
		return err
	}
	order, k := market.SplitCommitteeID(id)
	if added {
		w.m.seated.Inc()
		w.log.Info("drawn for a committee", "order", order, "segment", k, "members", len(drawn.Members), "threshold", drawn.Threshold)
		w.update(id, func(s *SeatStatus) { s.Phase = PhaseProbing })
	}
	rec, _, err := w.st.seat(id)
	if err != nil {
		return err
	}
	if rec.Phase == PhaseDone && rec.Missed == notMember {
		// A draw that left the chain took the seat; this one gives it back.
		rec.Phase, rec.Missed = PhaseProbing, ""
		if !w.save(w.log, rec) {
			return fmt.Errorf("store the seat on committee %d", id)
		}
	}
	if rec.Phase != PhaseDone {
		w.startSeat(id)
	}
	// The lease's later segments are this witness's business too (it opens them, and settles
	// the lease at the end), even if it started before the lease's ServiceStarted.
	if (w.cfg.Open || w.cfg.Settle) && w.st.add(bucketOrders, order) == nil {
		w.startOrder(order)
	}
	return nil
}

func (w *Witness) startDraw(id uint64) {
	w.tasks.Go(fmt.Sprintf("draw/%d", id), func(ctx context.Context, wake <-chan struct{}) { w.draw(ctx, id, wake) })
}

func (w *Witness) startSeat(id uint64) {
	w.tasks.Go(fmt.Sprintf("seat/%d", id), func(ctx context.Context, wake <-chan struct{}) { w.seatLoop(ctx, id, wake) })
}

// startOrder starts following an order, or wakes the task that does: a new seat on it may
// have made its settlement this witness's business.
func (w *Witness) startOrder(id uint64) {
	key := fmt.Sprintf("order/%d", id)
	if !w.tasks.Go(key, func(ctx context.Context, wake <-chan struct{}) { w.followOrder(ctx, id, wake) }) {
		w.tasks.Wake(key)
	}
}
