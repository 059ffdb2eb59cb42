package witness

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sigauth"
)

// drawLoop draws a lease's committee as soon as it is due, unless someone else has; the
// seed is fixed by the request, so whoever draws gets the same committee (SPEC §4.2).
func (w *Witness) drawLoop(ctx context.Context, id uint64) {
	log := w.log.With("lease", id)
	for {
		cm, err := w.mc.Committee(ctx, id)
		if err != nil {
			w.retry(ctx, "draw", log, err)
			if ctx.Err() != nil {
				return
			}
			continue
		}
		if cm.Status != market.CommitteeRequested {
			break // drawn by someone, or never asked for
		}
		now, head, err := w.chainNow(ctx)
		if err != nil {
			w.retry(ctx, "draw", log, err)
			continue
		}
		if now.After(cm.ServiceEnd) {
			log.Info("too late to draw the committee: the lease goes unwitnessed")
			break
		}
		due, err := w.mc.DrawDueAfter(ctx, id)
		if err != nil {
			w.retry(ctx, "draw", log, err)
			continue
		}
		if head <= due {
			if !sleep(ctx, w.cfg.PollInterval) {
				return
			}
			continue
		}
		r, err := w.mc.DrawCommittee(ctx, id)
		if err == nil {
			w.m.draws.WithLabelValues("drawn").Inc()
			log.Info("drew the committee", "block", receiptBlock(r))
			break
		}
		switch refusal(err) {
		case "WrongCommitteeState":
			w.m.draws.WithLabelValues("other").Inc()
			log.Debug("the committee was drawn by someone else")
		case "DrawNotDue":
			sleep(ctx, w.cfg.PollInterval)
			continue
		case "DeadlinePassed":
			log.Info("too late to draw the committee: the lease goes unwitnessed")
		default:
			w.retry(ctx, "draw", log, err)
			continue
		}
		break
	}
	if err := w.st.doneDraw(id); err != nil {
		log.Error("forget the draw", "err", err)
	}
}

// retry logs a transient error, counts it and waits before the next attempt.
func (w *Witness) retry(ctx context.Context, step string, log *slog.Logger, err error) {
	if ctx.Err() != nil {
		return
	}
	w.m.errors.WithLabelValues(step).Inc()
	log.Warn(step+": will retry", "err", err)
	sleep(ctx, w.cfg.PollInterval)
}

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
		now, _, err := w.chainNow(ctx)
		if err == nil && ok(now) {
			return true
		}
		if err != nil {
			w.retry(ctx, "head", log, err)
		} else if !sleep(ctx, w.cfg.PollInterval) {
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
	if !w.probeUntil(ctx, rec.Lease, cm.ServiceEnd, log) {
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
		now, _, err := w.chainNow(ctx)
		if err != nil {
			if w.retry(ctx, "commit", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
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
			sleep(ctx, w.cfg.PollInterval)
			continue
		}
		r, err := w.mc.CommitReport(ctx, rec.Lease, report.Violated, report.ReportTime, report.Secret)
		if err != nil {
			if ctx.Err() != nil {
				return false
			}
			if name := refusal(err); name != "" {
				log.Warn("commit refused", "err", err)
				w.m.errors.WithLabelValues("commit").Inc()
				sleep(ctx, w.cfg.PollInterval)
			} else {
				w.retry(ctx, "commit", log, err)
			}
			continue // the seat and the clock, re-read, say what to do
		}
		w.m.committed.Inc()
		rec.Phase = PhaseCommitted
		log.Info("committed the report", "violated", report.Violated, "report_time", report.ReportTime, "block", receiptBlock(r))
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
		now, _, err := w.chainNow(ctx)
		if err != nil {
			if w.retry(ctx, "reveal", log, err); ctx.Err() != nil {
				return false
			}
			continue
		}
		if now.After(cm.RevealEnd) || !seat.Committed || rec.Report == nil {
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
			log.Info("revealed the report", "violated", rp.Violated, "block", receiptBlock(r))
			return w.advance(log, *rec)
		}
		if ctx.Err() != nil {
			return false
		}
		switch refusal(err) {
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
			log.Info("finalized the committee", "block", receiptBlock(r))
			continue
		}
		if ctx.Err() != nil {
			return false
		}
		if refusal(err) == "WrongCommitteeState" {
			continue // finalized by someone else: re-read
		}
		w.retry(ctx, "finalize", log, err)
	}
	payoff, err := w.payoff(ctx, rec.Lease, cm.RequestBlock)
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

// payoff finds the WitnessPaid event of this witness on a lease.
func (w *Witness) payoff(ctx context.Context, id uint64, from uint64) (*big.Int, error) {
	logs, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{w.mc.Manifest().WitnessPool},
		Topics:    [][]common.Hash{{market.PoolEvent("WitnessPaid")}, {market.IDTopic(id)}, {common.BytesToHash(w.addr[:])}},
	})
	if err != nil {
		return nil, fmt.Errorf("find the payoff on lease %d: %w", id, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		if logs[i].Removed {
			continue
		}
		e, err := w.pool.UnpackWitnessPaidEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode the payoff on lease %d: %w", id, err)
		}
		return e.Payoff, nil
	}
	return nil, nil
}

// settle moves the order on (SPEC §3.10: anyone may), tolerating that someone else did.
func (w *Witness) settle(ctx context.Context, id uint64, log *slog.Logger) {
	o, err := w.mc.Order(ctx, id)
	if err != nil {
		log.Warn("read the order to settle it", "err", err)
		return
	}
	if o.State == market.StateFulfilling {
		if _, err := w.mc.Settle(ctx, id); err != nil && refusal(err) != "WrongState" {
			log.Warn("settle the order", "err", err)
			return
		}
		o.State = market.StateSettled
	}
	if o.State == market.StateSettled {
		if _, err := w.mc.Finish(ctx, id); err != nil && refusal(err) != "WrongState" {
			log.Warn("finish the order", "err", err)
		}
	}
}

// probeUntil probes the lease's function at random times until the chain's clock reaches end.
// Probes run one at a time beside the clock, so a hanging provider cannot make the witness
// miss its commit window; a probe still running at the end is dropped, not counted.
func (w *Witness) probeUntil(ctx context.Context, id uint64, end time.Time, log *slog.Logger) bool {
	var endpoint string
	// The first probe comes at a random point of the first interval, so that the members of a
	// committee do not all probe at once.
	next := time.Now().Add(time.Duration(mrand.Int64N(int64(w.cfg.ProbeInterval))))
	var inflight chan Probe
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for {
		now, _, err := w.chainNow(ctx)
		if err != nil {
			w.retry(ctx, "head", log, err)
		} else if !now.Before(end) {
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		if inflight == nil && !time.Now().Before(next) {
			if endpoint == "" {
				d, err := w.mc.Deployment(ctx, id)
				if err != nil {
					w.m.errors.WithLabelValues("endpoint").Inc()
					log.Warn("find the provider's endpoint", "err", err)
				} else {
					endpoint = strings.TrimRight(d.Endpoint, "/")
				}
			}
			if endpoint != "" {
				inflight = make(chan Probe, 1)
				go func(ch chan Probe) { ch <- w.probe(pctx, id, endpoint) }(inflight)
			}
			next = time.Now().Add(w.interval())
		}
		wait := min(w.cfg.PollInterval, max(time.Until(next), time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return false
		case p := <-inflight:
			t.Stop()
			inflight = nil
			w.record(id, p, log)
			if p.Status == http.StatusTooManyRequests {
				// Over the provider's limit (it is stricter than configured): let its bucket refill.
				next = time.Now().Add(2 * w.cfg.ProbeInterval)
			}
		case <-t.C:
		}
	}
}

// interval is the wait before the next probe: ProbeInterval ± ProbeJitter, uniformly.
func (w *Witness) interval() time.Duration {
	j := int64(w.cfg.ProbeJitter)
	if j == 0 {
		return w.cfg.ProbeInterval
	}
	return w.cfg.ProbeInterval + time.Duration(mrand.Int64N(2*j+1)-j)
}

func (w *Witness) record(id uint64, p Probe, log *slog.Logger) {
	if err := w.st.addProbe(id, p); err != nil {
		log.Error("record the probe", "err", err)
		return
	}
	w.m.probes.WithLabelValues(string(p.Outcome)).Inc()
	if p.Outcome != Failed || p.Status != 0 {
		w.m.latency.Observe(p.Latency.Seconds())
	}
	w.update(id, func(s *SeatStatus) { s.count(p.Outcome) })
	switch p.Outcome {
	case Served:
		log.Debug("probe served", "status", p.Status, "latency", p.Latency)
	case Failed:
		log.Info("probe failed", "status", p.Status, "error", p.Error, "latency", p.Latency)
	case Refused:
		log.Warn("probe refused by the provider", "status", p.Status, "error", p.Error)
	}
}

// probe sends one signed GET {endpoint}/v1/leases/{id}/invoke/ (SPEC §5.4) and classifies the
// answer: only the provider's platform failing (no answer, a timeout, or a 5xx it marked with
// DeFaaS-Error) is a failure; whatever status the function chose itself counts as served.
func (w *Witness) probe(ctx context.Context, id uint64, endpoint string) Probe {
	start := time.Now()
	p := Probe{At: start.UTC()}
	ctx, cancel := context.WithTimeout(ctx, w.cfg.ProbeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, api.InvokeURL(endpoint, api.LeaseID(id), "/"), nil)
	if err == nil {
		err = sigauth.Sign(req, w.key, w.domain, api.LeaseID(id))
	}
	if err != nil {
		// The endpoint itself is unusable: the provider published something we cannot call.
		p.Outcome, p.Error = Failed, err.Error()
		return p
	}
	res, err := w.client.Do(req)
	if err == nil {
		_, err = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
		res.Body.Close()
		p.Status = res.StatusCode
	}
	p.Latency = time.Since(start)
	switch {
	case err != nil:
		p.Outcome, p.Error = Failed, err.Error()
	case res.Header.Get(api.ErrorHeader) != "" && res.StatusCode >= 500:
		p.Outcome, p.Error = Failed, res.Header.Get(api.ErrorHeader)
	case res.Header.Get(api.ErrorHeader) != "" && res.StatusCode >= 400:
		p.Outcome, p.Error = Refused, res.Header.Get(api.ErrorHeader)
	default:
		p.Outcome = Served
	}
	return p
}
