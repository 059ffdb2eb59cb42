package witness

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/market"
)

// seatLoop takes one seat from wherever it stands to the end: probe, commit, reveal,
// finalize, payoff. Each step reads the seat on chain first, so a restart repeats nothing.
func (w *Witness) seatLoop(ctx context.Context, id uint64) {
	log := w.log.With("lease", id)
	rec, ok, err := w.st.seat(id)
	if err != nil || !ok {
		log.Error("seat not in the store", "err", err)
		return
	}
	var cm market.Committee
	for {
		if cm, err = w.mc.Committee(ctx, id); err == nil {
			break
		}
		if w.retry(ctx, "committee", log, err); ctx.Err() != nil {
			return
		}
	}
	if !cm.IsMember(w.addr) {
		// The draw that seated us was reorganised away.
		rec.Phase, rec.Missed = PhaseDone, "not a member of the committee on the canonical chain"
		w.save(log, rec)
		return
	}
	steps := []func(context.Context, *seatRecord, market.Committee, *slog.Logger) bool{w.probeAndCommit, w.reveal, w.conclude}
	for _, step := range steps {
		if !step(ctx, &rec, cm, log) {
			return
		}
	}
}

// save stores the seat and mirrors it in the status. Only the report must reach the disk
// before the step that depends on it (the commit checks); other phases are re-derived from
// the chain after a restart, so a failed save costs nothing but a repeated read.
func (w *Witness) save(log *slog.Logger, rec seatRecord) bool {
	w.update(rec.Lease, func(s *SeatStatus) { w.fill(s, rec) })
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

// waitChain waits until the chain's clock satisfies ok.
func (w *Witness) waitChain(ctx context.Context, log *slog.Logger, ok func(now time.Time) bool) bool {
	for {
		head, err := w.clock.Read(ctx)
		if err == nil && ok(head.Time) {
			return true
		}
		if err != nil {
			w.retry(ctx, "head", log, err)
		} else if !daemon.Sleep(ctx, w.cfg.PollInterval) {
			return false
		}
		if ctx.Err() != nil {
			return false
		}
	}
}

// probeAndCommit probes until the end of service, then decides and commits. It returns false
// only when ctx ended.
func (w *Witness) probeAndCommit(ctx context.Context, rec *seatRecord, cm market.Committee, log *slog.Logger) bool {
	if rec.Phase != PhaseProbing {
		return true
	}
	if !w.probeUntil(ctx, rec.Lease, cm.End, log) {
		return false
	}
	for {
		seat, err := w.mc.Seat(ctx, rec.Lease, w.addr)
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
		report, err := w.decide(rec.Lease, now, log)
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
		r, err := w.mc.CommitReport(ctx, rec.Lease, report.Violated, report.ReportTime, report.Secret)
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
		w.m.committed.Inc()
		rec.Phase = PhaseCommitted
		log.Info("committed the report", "violated", report.Violated, "report_time", report.ReportTime, "block", r.BlockNumber)
		return w.advance(log, *rec)
	}
}

// decide makes the report from the recorded probes, with T the chain's time now.
func (w *Witness) decide(id uint64, now time.Time, log *slog.Logger) (Report, error) {
	probes, err := w.st.probes(id)
	if err != nil {
		return Report{}, err
	}
	var served, failed, refused int
	for _, p := range probes {
		switch p.Outcome {
		case Served:
			served++
		case Failed:
			failed++
		default:
			refused++
		}
	}
	violated := Violated(served, failed, w.cfg.FailureThreshold, w.cfg.MinFailures)
	if served+failed == 0 {
		log.Warn("no probe got through: reporting no violation for want of evidence", "refused", refused)
	}
	log.Info("decided", "violated", violated, "served", served, "failed", failed, "refused", refused)
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
	if !w.waitChain(ctx, log, func(now time.Time) bool { return now.After(cm.CommitEnd) }) {
		return false
	}
	for {
		seat, err := w.mc.Seat(ctx, rec.Lease, w.addr)
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
		r, err := w.mc.RevealReport(ctx, rec.Lease, rp.Violated, rp.ReportTime, rp.Secret)
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

// conclude finalizes the committee after the reveal window unless someone has, records the
// payoff, and settles and finishes the order when nobody else does.
func (w *Witness) conclude(ctx context.Context, rec *seatRecord, cm market.Committee, log *slog.Logger) bool {
	if rec.Phase == PhaseDone {
		return true
	}
	if !w.waitChain(ctx, log, func(now time.Time) bool { return now.After(cm.RevealEnd) }) {
		return false
	}
	for {
		cur, err := w.mc.Committee(ctx, rec.Lease)
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
		r, err := w.mc.Finalize(ctx, rec.Lease)
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
	payoff, err := w.mc.Payoff(ctx, rec.Lease, w.addr, cm.RequestBlock)
	switch {
	case err != nil:
		w.m.errors.WithLabelValues("payoff").Inc()
		log.Warn("read the payoff", "err", err)
	case payoff == nil:
		log.Warn("no payoff found for this witness")
	default:
		rec.Payoff = payoff.String()
		sign := map[int]string{-1: "negative", 0: "zero", 1: "positive"}[payoff.Sign()]
		w.m.payoffs.WithLabelValues(sign).Inc()
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(payoff), big.NewFloat(1e18)).Float64()
		w.m.payoff.Add(f)
		log.Info("paid", "verdict_violation", *rec.Verdict, "payoff_fst", market.FormatFST(payoff))
	}
	if w.cfg.Settle {
		w.settle(ctx, rec.Lease, log)
	}
	rec.Phase = PhaseDone
	return w.advance(log, *rec)
}

// settle moves the order on after the verdict (SPEC §3.10: anyone may): it settles and
// finishes it unless someone else did.
func (w *Witness) settle(ctx context.Context, id uint64, log *slog.Logger) {
	for range 2 { // settle, then finish
		head, err := w.clock.Read(ctx)
		if err != nil {
			log.Warn("read the chain to settle the order", "err", err)
			return
		}
		made, err := w.mc.Drive(ctx, id, head)
		if err != nil {
			log.Warn("settle the order", "moves", made, "err", err)
			return
		}
		if !slices.ContainsFunc(made, func(m market.Move) bool { return m.Kind == market.MoveSettle }) {
			return
		}
	}
}
