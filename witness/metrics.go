package witness

import "github.com/prometheus/client_golang/prometheus"

// metrics are the daemon's Prometheus series (defaas_witness_*). Per-segment detail goes to
// the log and the seat's status (Witness.Seats); the series count across segments.
type metrics struct {
	draws     *prometheus.CounterVec // by result: drawn, other (someone else did)
	opened    prometheus.Counter
	seated    prometheus.Counter
	modules   *prometheus.CounterVec // module checks by result: ok, refused, mismatch
	probes    *prometheus.CounterVec // by outcome and rule
	reruns    *prometheus.CounterVec // by result: same, differs, slow, dropped
	latency   prometheus.Histogram
	reports   *prometheus.CounterVec // committed, by violated: true, false
	revealed  prometheus.Counter
	finalized prometheus.Counter
	verdicts  *prometheus.CounterVec // segments this witness sat on, by verdict: violation, no-violation
	missed    *prometheus.CounterVec // by window: commit, reveal
	payoff    prometheus.Gauge       // in FST, net: negative payoffs subtract
	payoffs   *prometheus.CounterVec // by sign: positive, zero, negative
	units     prometheus.Gauge       // net payoff in seat fees
	errors    *prometheus.CounterVec // by step
	seats     *prometheus.GaugeVec   // by phase
	kits      *prometheus.CounterVec // probe kits, by outcome: opened, undecryptable, invalid
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		draws: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_draws_total",
			Help: "Committee draws attempted by this witness, by result (drawn: this witness drew it, or a part of it; other: someone else had)."}, []string{"result"}),
		opened: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_segments_opened_total",
			Help: "Segments this witness opened (each paid one seat fee)."}),
		seated: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_seats_total",
			Help: "Committee seats (one segment of one lease each) this witness was drawn for."}),
		modules: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_module_checks_total",
			Help: "Fetches of a lease's module checked against its committed hash, by result (ok, refused, mismatch)."}, []string{"result"}),
		probes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_probes_total",
			Help: "Probes of leased functions, by outcome (served, failed, inconclusive) and the rule of SPEC §5.4 that decided."}, []string{"outcome", "rule"}),
		reruns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_reruns_total",
			Help: "Requests re-run on the committed module, by result (same, differs, slow: a claimed timeout re-run slowly, dropped: the segment ended first)."}, []string{"result"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "defaas_witness_probe_seconds",
			Help: "Latency of probes that got a complete answer.", Buckets: prometheus.DefBuckets}),
		reports: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_reports_committed_total",
			Help: "Reports committed, by what they say (violated: true or false)."}, []string{"violated"}),
		revealed: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_reports_revealed_total",
			Help: "Reports revealed."}),
		finalized: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_finalized_total",
			Help: "Committees this witness finalized itself."}),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_verdicts_total",
			Help: "Verdicts of the segments this witness sat on (violation, no-violation)."}, []string{"verdict"}),
		missed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_missed_windows_total",
			Help: "Commit or reveal windows the witness missed (it was down, or the chain refused)."}, []string{"window"}),
		payoff: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_witness_net_payoff_fst",
			Help: "Net payoff received since the daemon started, in FST (credited to the stake; negative payoffs are burned from seat locks)."}),
		payoffs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_payoffs_total",
			Help: "Payoffs received, by sign (positive, zero, negative)."}, []string{"sign"}),
		units: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_witness_net_payoff_seat_fees",
			Help: "Net payoff received since the daemon started, in seat fees of the orders (+10, +1, 0 or -1 a seat)."}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_errors_total",
			Help: "Errors, by step; the daemon retries or moves on."}, []string{"step"}),
		seats: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "defaas_witness_open_seats",
			Help: "Seats in progress, by phase."}, []string{"phase"}),
		kits: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_probe_kits_total",
			Help: "Probe kits found on chain for this witness, by outcome (opened; undecryptable or invalid: ignored, the seat probes with signed requests)."}, []string{"outcome"}),
	}
	if reg != nil {
		reg.MustRegister(m.draws, m.opened, m.seated, m.modules, m.probes, m.reruns, m.latency, m.reports, m.revealed,
			m.finalized, m.verdicts, m.missed, m.payoff, m.payoffs, m.units, m.errors, m.seats, m.kits)
	}
	return m
}
