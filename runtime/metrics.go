package runtime

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the engine's Prometheus collectors. Labels are bounded sets
// (ABI, reason), never lease ids, so a provider with many leases does not
// blow up its metrics.
type metrics struct {
	invocations *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	uploads     *prometheus.CounterVec
	instances   *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		invocations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "defaas", Subsystem: "runtime", Name: "invocations_total",
			Help: `Function invocations by ABI and outcome: "ok" (the function answered, whatever its status) or the runtime's reason for failing.`,
		}, []string{"abi", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "defaas", Subsystem: "runtime", Name: "invocation_seconds",
			Help:    "Time from a request's arrival at the function to its response, queueing included.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"abi"}),
		uploads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "defaas", Subsystem: "runtime", Name: "loads_total",
			Help: `Modules loaded, by outcome: "ok" or the reason they were refused.`,
		}, []string{"outcome"}),
		instances: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "defaas", Subsystem: "runtime", Name: "instances_created_total",
			Help: "Module instances created: one per request for CGI, one per warm slot (and after each discarded instance) for defaas_v1.",
		}, []string{"abi"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.invocations, m.duration, m.uploads, m.instances} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				return nil, fmt.Errorf("register runtime metrics: another engine already registered them: %w", err)
			}
			return nil, fmt.Errorf("register runtime metrics: %w", err)
		}
	}
	return m, nil
}
