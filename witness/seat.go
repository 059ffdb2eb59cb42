package witness

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/market"
)

// seatLoop takes one seat — one segment of one lease — from wherever it stands to the end:
// probe, commit, reveal, finalize, payoff. Each step reads the seat on chain first, so a
// restart repeats nothing.
func (w *Witness) seatLoop(ctx context.Context, id uint64, wake <-chan struct{}) {
	order, k := market.SplitCommitteeID(id)
	log := w.log.With("order", order, "segment", k)
	rec, ok, err := w.st.seat(id)
	if err != nil || !ok {
		log.Error("seat not in the store", "err", err)
		return
	}
	cm, ok := w.member(ctx, id, log)
	if ctx.Err() != nil {
		return
	}
	if !ok {
		// The draw that seated us left the chain, and the one that took its place (if any)
		// did not seat us.
		rec.Phase, rec.Missed = PhaseDone, notMember
		w.save(log, rec)
		return
	}
	// A draw of the committee that left the chain wakes the seat (onRemoved): it reads the
	// committee again, waiting for the draw made in its place, and stops if that did not
	// seat this witness.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var gone atomic.Bool
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-wake:
			}
			if _, ok := w.member(ctx, id, log); !ok && ctx.Err() == nil {
				gone.Store(true)
				cancel()
				return
			}
		}
	}()
	steps := []func(context.Context, *seatRecord, market.Committee, *slog.Logger) bool{w.probeAndCommit, w.reveal, w.conclude}
	for _, step := range steps {
		if !step(ctx, &rec, cm, log) {
			if gone.Load() {
				log.Warn("the draw that seated this witness left the chain and the committee drawn since has no seat for it: the seat ends")
				rec.Phase, rec.Missed = PhaseDone, notMember
				w.save(log, rec)
			}
			return
		}
	}
}

// notMember is why a seat whose draw left the chain ended.
const notMember = "not a member of the committee on the canonical chain"

// member reads the committee and whether this witness sits on it. A committee requested and
// not drawn (its draw left the chain: it is drawn again) is waited for until it is drawn or
// too late to be.
func (w *Witness) member(ctx context.Context, id uint64, log *slog.Logger) (market.Committee, bool) {
	for {
		cm, err := w.mc.Committee(ctx, id)
		if err == nil && cm.Status == market.CommitteeRequested {
			var head market.Head
			if head, err = w.clock.Read(ctx); err == nil {
				if cm.Draw(head) == market.DrawTooLate {
					return cm, false
				}
				log.Debug("the committee is to be drawn again")
				if !daemon.Sleep(ctx, w.cfg.PollInterval) {
					return cm, false
				}
				continue
			}
		}
		if err == nil {
			return cm, cm.IsMember(w.addr)
		}
		if w.retry(ctx, "committee", log, err); ctx.Err() != nil {
			return cm, false
		}
	}
}

// save stores the seat and mirrors it in the status. Only the report must reach the disk
// before the step that depends on it (the commit checks); other phases are re-derived from
// the chain after a restart, so a failed save costs nothing but a repeated read.
func (w *Witness) save(log *slog.Logger, rec seatRecord) bool {
	w.update(rec.Committee, func(s *SeatStatus) { w.fill(s, rec) })
	if err := w.st.putSeat(rec); err != nil {
		w.m.errors.WithLabelValues("store").Inc()
		log.Error("store the seat", "err", err)
		return false
	}
	return true
}

// advance saves a phase change and goes on whether or not the store took it.
func (w *Witness) advance(log *slog.Logger, rec seatRecord) bool {
	w.save(log, rec)
	return true
}

// probeAndCommit probes until the end of the segment, then decides and commits. It returns
// false only when ctx ended.
func (w *Witness) probeAndCommit(ctx context.Context, rec *seatRecord, cm market.Committee, log *slog.Logger) bool {
	if rec.Phase != PhaseProbing {
		return true
	}
	if !w.probeSegment(ctx, rec.Committee, cm, log) {
		return false
	}
	for {
		seat, err := w.mc.Seat(ctx, rec.Committee, w.addr)
		if err != nil {
			if w.retry(ctx, "commit", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if seat.Committed && rec.Report != nil {
			// Committed before a restart (or the receipt was lost): the stored report is it.
			rec.Phase = PhaseCommitted
			return w.advance(log, *rec)
		}
		head, err := w.clock.Read(ctx)
		if err != nil {
			if w.retry(ctx, "commit", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		now := head.Time
		if now.After(cm.CommitEnd) {
			w.m.missed.WithLabelValues("commit").Inc()
			// Nothing was committed (the seat says so) and nothing can be any more.
			rec.Report, rec.Earlier = nil, nil
			rec.Phase, rec.Missed = PhaseRevealed, fmt.Sprintf("commit window closed at %s", cm.CommitEnd.Format(time.RFC3339))
			log.Warn("missed the commit window: moving on", "commit_end", cm.CommitEnd)
			return w.advance(log, *rec)
		}
		report, err := w.decide(rec.Committee, now, log)
		if err != nil {
			log.Error("decide the report", "err", err)
			return false
		}
		// (B, T, S) reach the disk before the transaction leaves: a crash after the commit
		// must still be able to reveal (SPEC §5.4).
		if rec.Report != nil {
			rec.Earlier = append(rec.Earlier, *rec.Report)
		}
		rec.Report = &report
		if !w.save(log, *rec) {
			daemon.Sleep(ctx, w.cfg.PollInterval)
			continue
		}
		r, err := w.mc.CommitReport(ctx, rec.Committee, report.Violated, report.ReportTime, report.Secret)
		if err != nil {
			if ctx.Err() != nil {
				return false
			}
			if name := market.RevertName(err); name != "" {
				log.Warn("commit refused", "err", err)
				w.m.errors.WithLabelValues("commit").Inc()
				daemon.Sleep(ctx, w.cfg.PollInterval)
			} else {
				w.retry(ctx, "commit", log, err)
			}
			continue // the seat and the clock, re-read, say what to do
		}
		w.m.reports.WithLabelValues(fmt.Sprint(report.Violated)).Inc()
		rec.Phase = PhaseCommitted
		log.Info("committed the report", "violated", report.Violated, "report_time", report.ReportTime, "block", r.BlockNumber)
		return w.advance(log, *rec)
	}
}

// keep waits until the chain's clock passes until (the end of the commit window after a
// commit, of the reveal window after a reveal), reading the seat at each poll: a commitment
// or a reveal of this witness that left the chain (it went back) is sent again while its
// window is open — the report and its secret are in the store — its nonce read from the node
// again first. It returns false only when ctx ended.
func (w *Witness) keep(ctx context.Context, rec *seatRecord, until time.Time, log *slog.Logger) bool {
	for {
		head, err := w.clock.Read(ctx)
		if err == nil && head.Time.After(until) {
			return true
		}
		var seat market.Seat
		var cm market.Committee
		if err == nil {
			seat, err = w.mc.Seat(ctx, rec.Committee, w.addr)
		}
		if err == nil && rec.Report != nil && seat.Member && (!seat.Committed || (rec.Phase == PhaseRevealed && !seat.Revealed)) {
			cm, err = w.mc.Committee(ctx, rec.Committee)
		}
		if err == nil && cm.Status == market.CommitteeDrawn {
			err = w.again(ctx, rec, seat, cm, head.Time, log)
		}
		if err != nil {
			if w.retry(ctx, "keep", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if !daemon.Sleep(ctx, w.cfg.PollInterval) {
			return false
		}
	}
}

// again sends a commitment or a reveal that left the chain again, if its window is open.
func (w *Witness) again(ctx context.Context, rec *seatRecord, seat market.Seat, cm market.Committee, now time.Time, log *slog.Logger) error {
	rp := rec.Report
	switch {
	case !seat.Committed && !now.After(cm.CommitEnd):
		w.tx.Resync()
		log.Warn("the report's commitment left the chain: committing it again", "commit_end", cm.CommitEnd)
		r, err := w.mc.CommitReport(ctx, rec.Committee, rp.Violated, rp.ReportTime, rp.Secret)
		if err != nil {
			return fmt.Errorf("commit again: %w", err)
		}
		log.Info("committed the report again", "block", r.BlockNumber)
	case seat.Committed && !seat.Revealed && rec.Phase == PhaseRevealed && rec.Missed == "" &&
		now.After(cm.CommitEnd) && !now.After(cm.RevealEnd):
		w.tx.Resync()
		log.Warn("the report's reveal left the chain: revealing it again", "reveal_end", cm.RevealEnd)
		r, err := w.mc.RevealReport(ctx, rec.Committee, rp.Violated, rp.ReportTime, rp.Secret)
		if err != nil {
			return fmt.Errorf("reveal again: %w", err)
		}
		log.Info("revealed the report again", "block", r.BlockNumber)
	}
	return nil
}

// decide makes the report from the seat's recorded probes (Violated, by the deployment's
// rules), with T the chain's time now.
func (w *Witness) decide(id uint64, now time.Time, log *slog.Logger) (Report, error) {
	t, err := w.st.tally(id)
	if err != nil {
		return Report{}, err
	}
	violated := Violated(t, w.rules)
	if t.Counted() == 0 {
		log.Warn("no probe counted: reporting no violation for want of evidence", "inconclusive", t.Inconclusive)
	}
	log.Info("decided", "violated", violated, "served", t.Served, "failed", t.Failed, "inconclusive", t.Inconclusive,
		"sla_fail_bps", w.rules.SlaFailBps, "sla_min_failures", w.rules.SlaMinFailures)
	r := Report{Violated: violated, ReportTime: uint64(now.Unix())}
	if _, err := rand.Read(r.Secret[:]); err != nil {
		return Report{}, fmt.Errorf("draw the report's secret: %w", err)
	}
	return r, nil
}

// reveal reveals the stored report in the reveal window (commitEnd, revealEnd].
func (w *Witness) reveal(ctx context.Context, rec *seatRecord, cm market.Committee, log *slog.Logger) bool {
	if rec.Phase != PhaseCommitted {
		return true
	}
	if !w.keep(ctx, rec, cm.CommitEnd, log) {
		return false
	}
	for {
		seat, err := w.mc.Seat(ctx, rec.Committee, w.addr)
		if err != nil {
			if w.retry(ctx, "reveal", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if seat.Revealed {
			rec.Phase = PhaseRevealed
			return w.advance(log, *rec)
		}
		head, err := w.clock.Read(ctx)
		if err != nil {
			if w.retry(ctx, "reveal", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if head.Time.After(cm.RevealEnd) || !seat.Committed || rec.Report == nil {
			w.m.missed.WithLabelValues("reveal").Inc()
			rec.Phase, rec.Missed = PhaseRevealed, fmt.Sprintf("reveal window closed at %s", cm.RevealEnd.Format(time.RFC3339))
			if !seat.Committed || rec.Report == nil {
				rec.Missed = "no stored report matches a commitment on chain"
			}
			log.Warn("could not reveal: moving on", "why", rec.Missed)
			return w.advance(log, *rec)
		}
		rp := rec.Report
		r, err := w.mc.RevealReport(ctx, rec.Committee, rp.Violated, rp.ReportTime, rp.Secret)
		if err == nil {
			w.m.revealed.Inc()
			rec.Phase = PhaseRevealed
			log.Info("revealed the report", "violated", rp.Violated, "block", r.BlockNumber)
			return w.advance(log, *rec)
		}
		if ctx.Err() != nil {
			return false
		}
		switch market.RevertName(err) {
		case "AlreadyRevealed":
			continue // the seat says so at the next read
		case "CommitmentMismatch":
			if n := len(rec.Earlier); n > 0 {
				log.Warn("the commitment on chain is an earlier attempt's: revealing that one")
				rec.Report, rec.Earlier = &rec.Earlier[n-1], rec.Earlier[:n-1]
				continue
			}
			fallthrough
		case "NoCommitment", "ReportTimeOutOfRange", "DeadlinePassed":
			w.m.missed.WithLabelValues("reveal").Inc()
			rec.Phase, rec.Missed = PhaseRevealed, "reveal refused: "+err.Error()
			log.Warn("could not reveal: moving on", "err", err)
			return w.advance(log, *rec)
		default:
			w.retry(ctx, "reveal", log, err)
		}
	}
}

// drawPending names a committee this witness could be drawn for that is about to be requested
// or requested and not drawn yet ("" when there is none): a segment of a lease it follows in
// its opening window and not opened yet, or a committee it means to draw whose draw is not
// done. Finalizing releases the member's seat lock and credits its pay, and a witness whose
// free stake grew in or after a request's block is not eligible for that committee (SPEC
// §4.2): a finalize just then would take the witness out of it. So the daemon finalizes its
// own committees between openings and draws; under the dev preset, where a segment's reveal
// window ends the second the next-but-one segment may be opened, finalizing at once left
// that segment without enough eligible witnesses. Whether a followed lease's segment is
// requested is read from the chain: a finalize sent in the moment between another daemon's
// openSegment and this one hearing of the request took every member of the committee out of
// it (TestWitness_FourSegmentLeaseWhoseProviderStopsDuringSegment3 caught it under load).
func (w *Witness) drawPending(ctx context.Context) (string, error) {
	head, err := w.clock.Read(ctx)
	if err != nil {
		return "", err
	}
	ids, err := w.st.list(bucketDraws)
	if err != nil {
		return "", err
	}
	for _, id := range ids {
		cm, err := w.mc.Committee(ctx, id)
		if err != nil {
			return "", err
		}
		if d := cm.Draw(head); d == market.DrawWait || d == market.DrawNow {
			return fmt.Sprintf("committee %d is requested and not drawn", id), nil
		}
	}
	orders, err := w.st.list(bucketOrders)
	if err != nil {
		return "", err
	}
	for _, id := range orders {
		o, err := w.mc.Order(ctx, id)
		if err != nil {
			return "", err
		}
		if o.State != market.StateFulfilling || o.Unattended {
			continue
		}
		segs, err := w.mc.Segments(ctx, o)
		if err != nil {
			return "", err
		}
		for _, sg := range segs {
			if sg.K > 0 && !sg.Opened() && !head.Time.Before(sg.Start) && head.Time.Before(sg.OpenUntil) {
				return fmt.Sprintf("segment %d of order %d is due to be opened", sg.K, id), nil
			}
			// Read from the chain, not from the draws this daemon has heard of: the event of a
			// request just opened may not have reached it yet.
			if sg.Status == market.CommitteeRequested && head.Time.Before(sg.End) {
				return fmt.Sprintf("the committee of segment %d of order %d is requested and not drawn", sg.K, id), nil
			}
		}
	}
	return "", nil
}

// conclude finalizes the committee after the reveal window unless someone has (settle does it
// too) and records the verdict and the payoff. Settling the lease is the order's task
// (open.go).
func (w *Witness) conclude(ctx context.Context, rec *seatRecord, cm market.Committee, log *slog.Logger) bool {
	if rec.Phase == PhaseDone {
		return true
	}
	if !w.keep(ctx, rec, cm.RevealEnd, log) {
		return false
	}
	for {
		cur, err := w.mc.Committee(ctx, rec.Committee)
		if err != nil {
			if w.retry(ctx, "finalize", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if cur.Status == market.CommitteeFinalized {
			v := cur.Violated
			rec.Verdict = &v
			break
		}
		if pending, err := w.drawPending(ctx); err != nil || pending != "" {
			if err != nil {
				w.retry(ctx, "finalize", log, err)
			} else {
				log.Debug("finalize waits", "for", pending)
				daemon.Sleep(ctx, w.cfg.PollInterval)
			}
			if ctx.Err() != nil {
				return false
			}
			continue
		}
		r, err := w.mc.Finalize(ctx, rec.Committee)
		if err == nil {
			w.m.finalized.Inc()
			log.Info("finalized the committee", "block", r.BlockNumber)
			continue
		}
		if ctx.Err() != nil {
			return false
		}
		if market.RevertName(err) == "WrongCommitteeState" {
			continue // finalized by someone else: re-read
		}
		w.retry(ctx, "finalize", log, err)
	}
	if *rec.Verdict {
		w.m.verdicts.WithLabelValues("violation").Inc()
	} else {
		w.m.verdicts.WithLabelValues("no-violation").Inc()
	}
	payoff, err := w.mc.Payoff(ctx, rec.Committee, w.addr, cm.RequestBlock)
	switch {
	case err != nil:
		w.m.errors.WithLabelValues("payoff").Inc()
		log.Warn("read the payoff", "err", err)
	case payoff == nil:
		log.Warn("no payoff found for this witness")
	default:
		// Gains are credited to the witness's stake in the pool; losses burned from its seat
		// lock (SPEC §4.4). In seat fees it is one of +10, +1, 0, -1.
		rec.Payoff = payoff.String()
		sign := map[int]string{-1: "negative", 0: "zero", 1: "positive"}[payoff.Sign()]
		w.m.payoffs.WithLabelValues(sign).Inc()
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(payoff), big.NewFloat(1e18)).Float64()
		w.m.payoff.Add(f)
		units := "?"
		if cm.SeatFee != nil && cm.SeatFee.Sign() > 0 {
			if q, r := new(big.Int).QuoRem(payoff, cm.SeatFee, new(big.Int)); r.Sign() == 0 && q.IsInt64() {
				u := q.Int64()
				rec.PayoffUnits = &u
				w.m.units.Add(float64(u))
				units = fmt.Sprint(u)
			}
		}
		log.Info("paid", "verdict_violation", *rec.Verdict, "payoff_fst", market.FormatFST(payoff), "payoff_seat_fees", units)
	}
	rec.Phase = PhaseDone
	return w.advance(log, *rec)
}
