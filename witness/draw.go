package witness

import (
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/market"
)

// draw draws a segment's committee as soon as it is due, unless someone else has; the seed is
// fixed by the request, so whoever draws gets the same committee (SPEC §4.2). A draw that
// needs several calls goes on until the committee is complete; one whose seed left the 256
// readable blocks is due too, and the contract re-requests it. The window is the committee
// view's: due after DrawAfter, until the segment's end.
func (w *Witness) draw(ctx context.Context, id uint64, wake <-chan struct{}) {
	order, k := market.SplitCommitteeID(id)
	log := w.log.With("order", order, "segment", k)
	daemon.Poll(ctx, w.cfg.PollInterval, wake, func(ctx context.Context) (bool, error) {
		cm, err := w.mc.Committee(ctx, id)
		if err != nil {
			return false, err
		}
		head, err := w.clock.Read(ctx)
		if err != nil {
			return false, err
		}
		switch cm.Draw(head) {
		case market.DrawNothing:
			return true, nil // drawn by someone, or never asked for
		case market.DrawTooLate:
			log.Info("too late to draw the committee: the segment goes unwitnessed")
			return true, nil
		case market.DrawWait:
			return false, nil
		}
		r, err := w.mc.DrawCommittee(ctx, id)
		switch market.RevertName(err) {
		case "":
			if err != nil {
				return false, err
			}
			w.m.draws.WithLabelValues("drawn").Inc()
			log.Info("drew the committee (or a part of it)", "block", r.BlockNumber)
			return false, nil // re-read: a draw of several calls goes on at once
		case "WrongCommitteeState":
			w.m.draws.WithLabelValues("other").Inc()
			log.Debug("the committee was drawn by someone else")
		case "DrawNotDue":
			return false, nil
		case "DeadlinePassed":
			log.Info("too late to draw the committee: the segment goes unwitnessed")
		default:
			return false, err
		}
		return true, nil
	}, func(err error) { w.retried("draw", log, err) })
	if ctx.Err() != nil {
		return
	}
	if err := w.st.remove(bucketDraws, id); err != nil {
		log.Error("forget the draw", "err", err)
	}
}

// retried counts and logs a transient error; the step is tried again at the next poll.
func (w *Witness) retried(step string, log *slog.Logger, err error) {
	w.m.errors.WithLabelValues(step).Inc()
	log.Warn(step+": will retry", "err", err)
}

// retry counts and logs a transient error and waits a poll interval before the next try.
func (w *Witness) retry(ctx context.Context, step string, log *slog.Logger, err error) {
	if ctx.Err() != nil {
		return
	}
	w.retried(step, log, err)
	daemon.Sleep(ctx, w.cfg.PollInterval)
}

// onRemoved handles an event the watcher delivers as removed: the chain went back past its
// block. Transactions of this witness may have left with it, so the sender reads its nonce
// from the node again (a nonce counted on past one that left would wait behind the gap
// until the sender gives up). A request or a draw that left makes the committee due to be
// drawn again: the draw task goes on from what the chain says (nothing to do when the
// request left too). A draw that seated this witness wakes its seat, which re-reads the
// committee before each step; a new draw is followed from its CommitteeDrawn as any draw.
func (w *Witness) onRemoved(ev chain.Event) error {
	w.tx.Resync()
	log := ev.Log
	var id uint64
	var members []common.Address
	if req, err := w.mc.DecodeCommitteeRequested(&log); err == nil {
		id = req.CommitteeID
	} else if drawn, err := w.mc.DecodeCommitteeDrawn(&log); err == nil {
		id, members = drawn.CommitteeID, drawn.Members
	} else {
		return nil // ServiceStarted: the order's task follows the order from the chain
	}
	order, k := market.SplitCommitteeID(id)
	w.log.Warn("the chain went back past a committee's event: re-reading it", "order", order, "segment", k, "block", log.BlockNumber)
	if w.cfg.Draw {
		if err := w.st.add(bucketDraws, id); err != nil {
			return err
		}
		w.startDraw(id)
	}
	if slices.Contains(members, w.addr) {
		if rec, ok, err := w.st.seat(id); err != nil {
			return err
		} else if ok && rec.Phase != PhaseDone {
			w.startSeat(id)
			w.tasks.Wake(fmt.Sprintf("seat/%d", id))
		}
	}
	return nil
}
