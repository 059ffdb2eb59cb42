package witness

import (
	"context"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

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
		head, err := w.clock.Read(ctx)
		if err != nil {
			w.retry(ctx, "head", log, err)
		} else if !head.Time.Before(end) {
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
