package provider

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	ordersSeen   prometheus.Counter
	skippedStake prometheus.Counter
	bids         *prometheus.CounterVec
	wins         prometheus.Counter
	activeLeases prometheus.Gauge
	reservedCPU  prometheus.Gauge
	reservedMem  prometheus.Gauge
	invocations  *prometheus.CounterVec
	latency      prometheus.Histogram
	errors       *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		ordersSeen: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_provider_orders_seen_total",
			Help: "OrderCreated events seen."}),
		skippedStake: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_provider_orders_skipped_stake_total",
			Help: "Orders not bid on because the free stake did not cover the bid's collateral or bond, each counted once."}),
		bids: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_provider_bids_total",
			Help: "Bids sent, by kind (open, sealed)."}, []string{"kind"}),
		wins: prometheus.NewCounter(prometheus.CounterOpts{Name: "defaas_provider_wins_total",
			Help: "Orders matched to this provider."}),
		activeLeases: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_provider_active_leases",
			Help: "Leases won and not yet finished or failed."}),
		reservedCPU: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_provider_reserved_cpu_milli",
			Help: "CPU reserved by leases and pending bids, in thousandths of a core."}),
		reservedMem: prometheus.NewGauge(prometheus.GaugeOpts{Name: "defaas_provider_reserved_memory_mb",
			Help: "Memory reserved by leases and pending bids."}),
		invocations: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_provider_invocations_total",
			Help: "Invocations answered, by HTTP status."}, []string{"code"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "defaas_provider_invocation_seconds",
			Help: "Time to answer an invocation, authentication included.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "defaas_provider_errors_total",
			Help: "Failed steps, by operation."}, []string{"op"}),
	}
	for _, c := range []prometheus.Collector{m.ordersSeen, m.skippedStake, m.bids, m.wins, m.activeLeases, m.reservedCPU, m.reservedMem, m.invocations, m.latency, m.errors} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument counts and times invocations.
func (m *metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.URL.Path, "/invoke") {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(sw, r)
		m.invocations.WithLabelValues(strconv.Itoa(sw.code)).Inc()
		m.latency.Observe(time.Since(start).Seconds())
	})
}
