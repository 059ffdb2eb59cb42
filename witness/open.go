package witness

import (
	"context"
	"time"

	"github.com/defaas/defaas/market"
)

// followOrder follows a lease in service and makes the moves that are a witness's business
// when they come due, by the market's plan (every window from the contracts' views):
// openSegment for each segment k ≥ 1 during the first half of it (SPEC §3.10: the opener
// earns a seat fee; every daemon tries and the contract lets one win, the others' refusal is
// benign), and, for a lease this witness sat on, settle and finish once its last segment is
// over, unless someone did. Draws are the draw tasks' (draw.go). It ends when nothing is left
// for it to do.
func (w *Witness) followOrder(ctx context.Context, id uint64, wake <-chan struct{}) {
	log := w.log.With("order", id)
	for {
		wait, done, err := w.orderStep(ctx, id)
		if err != nil && ctx.Err() == nil {
			w.retried("order", log, err)
			wait = w.cfg.PollInterval
		}
		if done {
			break
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-wake:
		case <-t.C:
		}
		t.Stop()
	}
	if err := w.st.remove(bucketOrders, id); err != nil {
		log.Error("forget the order", "err", err)
	}
}

// orderStep makes the moves due on order id now; it returns how long to wait before the next
// look, or done.
func (w *Witness) orderStep(ctx context.Context, id uint64) (wait time.Duration, done bool, err error) {
	head, err := w.clock.Read(ctx)
	if err != nil {
		return 0, false, err
	}
	v, err := w.mc.View(ctx, id, head.Time)
	if err != nil {
		return 0, false, err
	}
	o := v.Order
	if o.State.Terminal() || o.Unattended || o.State < market.StateFulfilling {
		// Nothing to open on an unattended lease; before the service nothing is a witness's.
		return 0, o.State.Terminal() || o.Unattended, nil
	}
	settle := false
	if w.cfg.Settle {
		if settle, err = w.st.satOn(id); err != nil {
			return 0, false, err
		}
	}
	ours := func(m market.Move) bool {
		switch m.Kind {
		case market.MoveOpenSegment:
			return w.cfg.Open
		case market.MoveSettle, market.MoveFinish:
			return settle
		}
		return false
	}
	log := w.log.With("order", id)
	for _, m := range market.NextMoves(v, head) {
		if !ours(m) {
			continue
		}
		r, err := w.mc.Make(ctx, id, m)
		if err != nil {
			return 0, false, err
		}
		if r == nil {
			log.Debug("someone else made the move first", "move", m.String())
			continue
		}
		switch m.Kind {
		case market.MoveOpenSegment:
			w.m.opened.Inc()
			log.Info("opened a segment: its committee is requested, and the opener is paid a seat fee", "segment", m.Segment, "block", r.BlockNumber)
		default:
			log.Info("moved the order on", "move", m.String(), "block", r.BlockNumber)
		}
		return 0, false, nil // look again at once: the state moved
	}
	// Past the service, the order is ours only while we settle it.
	if o.State >= market.StateSettled && !settle {
		return 0, true, nil
	}
	// Sleep until the next of our moves comes due, but look at least every minute (a view
	// read costs a few calls per segment), and never more often than the poll interval.
	wait = time.Minute
	for _, d := range market.Plan(v) {
		if !ours(d.Move) || (!d.Until.IsZero() && !head.Time.Before(d.Until)) {
			continue
		}
		if until := d.From.Sub(head.Time); until < wait {
			wait = until
		}
	}
	return max(wait, w.cfg.PollInterval), false, nil
}
