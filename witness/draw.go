package witness

import (
	"context"
	"log/slog"

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
