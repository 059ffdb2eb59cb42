package witness

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
)

// target is what a seat probes: the lease's function at the provider's endpoint, its
// committed module and its level.
type target struct {
	order    uint64
	lease    api.LeaseID
	endpoint string
	module   common.Hash
	level    market.Level
}

// findTarget reads what a seat probes from the chain: the lease (its committed module hash),
// the order's level and the provider's published endpoint.
func (w *Witness) findTarget(ctx context.Context, order uint64) (target, error) {
	l, err := w.mc.Lease(ctx, order)
	if err != nil {
		return target{}, err
	}
	o, err := w.mc.Order(ctx, order)
	if err != nil {
		return target{}, err
	}
	lvl, err := w.level(ctx, o.LevelID)
	if err != nil {
		return target{}, err
	}
	d, err := w.mc.Deployment(ctx, order)
	if err != nil {
		return target{}, err
	}
	return target{order: order, lease: leaseID(order), endpoint: d.Endpoint, module: l.ModuleHash, level: lvl}, nil
}

// done is what one of a seat's requests to the provider came to.
type done struct {
	module  bool // a module fetch; loaded says whether it passed
	loaded  bool
	rec     probeRecord
	req     Request // the probe's request, which the prober learns the outcome of
	dropped string  // why the probe counts for nothing (the witness's own doing), if it does not count
}

// probeSegment probes the seat's lease until the segment's end by the chain's clock (the
// committee view's End): first the module, fetched and checked against the committed hash and
// loaded for re-runs (again at each slot until that succeeds: each refusal or mismatch is a
// failed probe), then probes at jittered times within the probe rate. Probes still running
// at the end may finish within half the commit grace; after that they are dropped. It returns
// false only when ctx ended.
func (w *Witness) probeSegment(ctx context.Context, id uint64, cm market.Committee, log *slog.Logger) bool {
	var t target
	for {
		head, err := w.clock.Read(ctx)
		if err == nil && !head.Time.Before(cm.End) {
			log.Warn("the segment ended before this witness could probe it")
			return true
		}
		if err == nil {
			if t, err = w.findTarget(ctx, cm.OrderID); err == nil {
				break
			}
		}
		if w.retry(ctx, "target", log, err); ctx.Err() != nil {
			return false
		}
	}
	lim := w.limiter(t.order)
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Signed probes until the customer's probe kit comes, if it does (SPEC §5.4).
	kits := newKitProber()
	go w.watchKit(pctx, cm.OrderID, cm.Segment, cm.RequestBlock, kits, log)
	var prober Prober = kits
	// As many probes may be out as the rate lets start within one probe timeout: a provider
	// that holds requests open must not slow the probing down.
	most := max(w.rules.ProbeBurst, int(w.rules.ProbeTimeout()/w.rules.ProbeEvery)+1)
	results := make(chan done, most+1)
	inflight, fetching, loaded := 0, false, false
	defer func() {
		if loaded {
			w.reruns.release(t.lease)
		}
	}()
	handle := func(d done) {
		inflight--
		if d.module {
			fetching = false
			loaded = loaded || d.loaded
			if d.loaded {
				log.Info("the module served is the committed one: loading it for re-runs", "sha256", t.module.Hex())
			}
		}
		if d.dropped != "" {
			w.m.reruns.WithLabelValues("dropped").Inc()
			level := slog.LevelWarn
			if ctx.Err() != nil || pctx.Err() != nil {
				level = slog.LevelDebug // the segment ended first
			}
			log.Log(ctx, level, "probe dropped: it counts for nothing", "why", d.dropped)
			return
		}
		if d.rec.Outcome != "" {
			w.record(id, d.rec, log)
			prober.Observe(d.req, Decision{Outcome: d.rec.Outcome, Rule: d.rec.Rule, Detail: d.rec.Detail})
		}
	}
	// The first request comes at a random point of the first interval, so that the members
	// of a committee do not all start at once.
	next := time.Now().Add(time.Duration(mrand.Int64N(int64(w.rules.ProbeEvery))))
	for {
		head, err := w.clock.Read(ctx)
		if err != nil {
			w.retry(ctx, "head", log, err)
		} else if !head.Time.Before(cm.End) {
			break
		}
		if ctx.Err() != nil {
			return false
		}
		now := time.Now()
		if !now.Before(next) && inflight < most && !fetching {
			r := lim.ReserveN(now, 1)
			if delay := r.DelayFrom(now); delay > 0 {
				r.CancelAt(now) // over the rate: the provider would refuse; wait for a token
				next = now.Add(delay)
			} else {
				inflight++
				if !loaded {
					fetching = true
					go func() { results <- w.checkModule(pctx, t) }()
				} else {
					req := prober.Next()
					go func() { results <- w.probeOnce(pctx, t, req) }()
				}
				next = now.Add(w.interval())
			}
		}
		timer := time.NewTimer(min(w.cfg.PollInterval, max(time.Until(next), time.Millisecond)))
		select {
		case <-ctx.Done():
			timer.Stop()
			return false
		case d := <-results:
			handle(d)
		case <-timer.C:
		}
		timer.Stop()
	}
	// The segment is over: probes still out may finish, but the report must be committed in
	// the commit grace; half of it is theirs.
	grace := min(w.rules.ProbeTimeout()+w.rules.RequestTimeout, cm.CommitEnd.Sub(cm.End)/2)
	deadline := time.NewTimer(grace)
	defer deadline.Stop()
	for inflight > 0 {
		select {
		case <-ctx.Done():
			return false
		case d := <-results:
			handle(d)
		case <-deadline.C:
			if inflight > 0 {
				log.Info("the segment is over: dropping the probes still out", "probes", inflight)
			}
			cancel()
			for inflight > 0 {
				handle(<-results)
			}
		}
	}
	return true
}

// interval is the wait before the next probe: the probe rate's interval stretched by a
// random 0 to 50 %, so that probes come at times the provider cannot foresee and never
// faster than the rate.
func (w *Witness) interval() time.Duration {
	e := int64(w.rules.ProbeEvery)
	return time.Duration(e + mrand.Int64N(e/2+1))
}

// checkModule fetches the lease's module, checks it against the committed hash and starts
// loading it for re-runs (SPEC §5.4): a refusal or a mismatch is a failed probe.
func (w *Witness) checkModule(ctx context.Context, t target) done {
	start := time.Now()
	fail := func(why string, result string) done {
		w.m.modules.WithLabelValues(result).Inc()
		return done{module: true, rec: probeRecord{At: start.UTC(), Outcome: Failed, Rule: RuleModule, Detail: why, Latency: time.Since(start)}}
	}
	wasm, err := w.send.fetchModule(ctx, t.endpoint, t.lease, int64(t.level.ImageMB)<<20, w.rules.ProbeTimeout())
	if ctx.Err() != nil {
		return done{module: true, dropped: "the segment ended during the module's fetch"}
	}
	if err != nil {
		var e *api.Error
		if errors.As(err, &e) {
			return fail("module refused: "+e.Error(), "refused")
		}
		return fail("module not served: "+err.Error(), "refused")
	}
	if err := w.reruns.load(t.lease, t.level, t.module, wasm); err != nil {
		return fail(err.Error(), "mismatch")
	}
	w.m.modules.WithLabelValues("ok").Inc()
	return done{module: true, loaded: true}
}

// probeOnce sends one probe and classifies it, re-running it on the committed module when the
// answer calls for it.
func (w *Witness) probeOnce(ctx context.Context, t target, req Request) done {
	s, err := w.send.probe(ctx, t.endpoint, t.lease, req, w.rules.ProbeTimeout())
	if err != nil {
		if ctx.Err() != nil {
			return done{dropped: "the segment ended during the probe"}
		}
		// Nothing was sent: the endpoint is unusable, which the provider published.
		now := time.Now()
		s = sent{answer: Answer{Sent: now, Received: now, Err: err.Error()}}
	}
	p := Probe{Request: req, WithinRate: true, Sampled: mrand.IntN(4) == 0, Answer: s.answer}
	d := Classify(w.rules, p)
	rec := probeRecord{At: s.answer.Sent.UTC(), Status: s.answer.Status, Latency: s.answer.Received.Sub(s.answer.Sent), Sampled: p.Sampled, Auth: req.Auth}
	if d.Outcome == NeedsRerun {
		rr, err := w.reruns.rerun(ctx, t.lease, s.rerun)
		if err != nil {
			return done{dropped: fmt.Sprintf("re-run of %s: %v", d.Detail, err)}
		}
		p.Rerun = &rr
		d = Classify(w.rules, p)
		rec.Reran, rec.RerunFor = true, rr.Duration
		switch d.Rule {
		case RuleRerunSame:
			w.m.reruns.WithLabelValues("same").Inc()
		case RuleRerunSlow:
			w.m.reruns.WithLabelValues("slow").Inc()
		case RuleRerunTimedOut:
			w.m.reruns.WithLabelValues("timed-out").Inc()
		default:
			w.m.reruns.WithLabelValues("differs").Inc()
		}
	}
	rec.Outcome, rec.Rule, rec.Detail = d.Outcome, d.Rule, d.Detail
	if s.answer.Err == "" {
		w.m.latency.Observe(rec.Latency.Seconds())
	}
	return done{rec: rec, req: req}
}

// record stores a probe of a seat and counts it.
func (w *Witness) record(id uint64, p probeRecord, log *slog.Logger) {
	if err := w.st.addProbe(id, p); err != nil {
		w.m.errors.WithLabelValues("store").Inc()
		log.Error("record the probe", "err", err)
		return
	}
	w.m.probes.WithLabelValues(string(p.Outcome), string(p.Rule)).Inc()
	w.update(id, func(s *SeatStatus) { s.count(p) })
	level := slog.LevelDebug
	if p.Outcome != Served {
		level = slog.LevelInfo
	}
	log.Log(context.Background(), level, "probe "+string(p.Outcome), "rule", p.Rule, "detail", p.Detail, "latency", p.Latency.Round(time.Millisecond))
}
