package witness

import "github.com/prometheus/client_golang/prometheus"

// metrics are the daemon's Prometheus series (defaas_witness_*).
type metrics struct {
	draws     *prometheus.CounterVec // by result: drawn, already (someone else did)
	seated    prometheus.Counter
	probes    *prometheus.CounterVec // by outcome
	latency   prometheus.Histogram
	committed prometheus.Counter
	revealed  prometheus.Counter
	finalized prometheus.Counter
	missed    *prometheus.CounterVec // by window: commit, reveal
	payoff    prometheus.Gauge       // in FST, net: negative payoffs subtract
	payoffs   *prometheus.CounterVec // by sign: positive, zero, negative
	errors    *prometheus.CounterVec // by step
	seats     *prometheus.GaugeVec   // by phase
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		draws: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_draws_total",
			Help: "Committee draws attempted by this witness, by result (drawn: this witness drew it; other: someone else had)."}, []string{"result"}),
		seated: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_seats_total",
			Help: "Committee seats this witness was drawn for."}),
		probes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_probes_total",
			Help: "Probes of leased functions, by outcome (served, failed, refused)."}, []string{"outcome"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "defaas_witness_probe_seconds",
			Help: "Latency of probes that got an answer.", Buckets: prometheus.DefBuckets}),
		committed: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_reports_committed_total",
			Help: "Reports committed."}),
		revealed: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_reports_revealed_total",
			Help: "Reports revealed."}),
		finalized: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_witness_finalized_total",
			Help: "Committees this witness finalized itself."}),
		missed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_missed_windows_total",
			Help: "Commit or reveal windows the witness missed (it was down, or the chain refused)."}, []string{"window"}),
		payoff: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_witness_net_payoff_fst",
			Help: "Net payoff received since the daemon started, in FST (negative payoffs are taken from the bond)."}),
		payoffs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_payoffs_total",
			Help: "Payoffs received, by sign (positive, zero, negative)."}, []string{"sign"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_witness_errors_total",
			Help: "Errors, by step; the daemon retries or moves on."}, []string{"step"}),
		seats: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "defaas_witness_open_seats",
			Help: "Seats in progress, by phase."}, []string{"phase"}),
	}
	if reg != nil {
		reg.MustRegister(m.draws, m.seated, m.probes, m.latency, m.committed, m.revealed, m.finalized, m.missed,
			m.payoff, m.payoffs, m.errors, m.seats)
	}
	return m
}
