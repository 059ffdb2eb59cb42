package pool

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// gatewayMetrics are the pool's metrics on the provider: counters of its actions, and the
// inventory read at each scrape (a collector), so that a worker gone is a worker not
// reported rather than a stale gauge. Worker names are the only label with many values: one
// per machine of the pool.
type gatewayMetrics struct {
	placements   prometheus.Counter
	replacements prometheus.Counter
	forwarded    *prometheus.CounterVec
}

func newGatewayMetrics(reg prometheus.Registerer, g *Gateway) (*gatewayMetrics, error) {
	m := &gatewayMetrics{
		placements: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "defaas", Subsystem: "pool", Name: "placements_total",
			Help: "Leases placed on workers (first placements)."}),
		replacements: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "defaas", Subsystem: "pool", Name: "replacements_total",
			Help: "Leases moved to another worker because theirs went silent (one per worker replaced)."}),
		forwarded: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "defaas", Subsystem: "pool", Name: "forwarded_total",
			Help: `Invocations forwarded to workers, by outcome: "ok" (the function answered), "runtime-error" (the worker's runtime answered why not), "unavailable" (no worker answered).`},
			[]string{"outcome"}),
	}
	for _, o := range []string{"ok", "runtime-error", "unavailable"} {
		m.forwarded.WithLabelValues(o)
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.placements, m.replacements, m.forwarded, inventoryCollector{g}} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				return nil, fmt.Errorf("register pool metrics: another gateway registered them already: %w", err)
			}
			return nil, fmt.Errorf("register pool metrics: %w", err)
		}
	}
	return m, nil
}

var (
	descWorkers = prometheus.NewDesc("defaas_pool_workers", "Workers heard within the heartbeat timeout.", nil, nil)
	descFreeCPU = prometheus.NewDesc("defaas_pool_free_cpu_milli",
		"Free CPU of the live workers, summed: what the provider bids from.", nil, nil)
	descFreeMem = prometheus.NewDesc("defaas_pool_free_memory_mb",
		"Free memory of the live workers, summed: what the provider bids from.", nil, nil)
	descPlaced   = prometheus.NewDesc("defaas_pool_placements", "Leases placed on workers now.", nil, nil)
	descWCPU     = prometheus.NewDesc("defaas_pool_worker_cpu_milli", "CPU a worker offers.", []string{"worker"}, nil)
	descWMem     = prometheus.NewDesc("defaas_pool_worker_memory_mb", "Memory a worker offers.", []string{"worker"}, nil)
	descWFreeCPU = prometheus.NewDesc("defaas_pool_worker_free_cpu_milli", "CPU of a worker not held by its placements.", []string{"worker"}, nil)
	descWFreeMem = prometheus.NewDesc("defaas_pool_worker_free_memory_mb", "Memory of a worker not held by its placements.", []string{"worker"}, nil)
	descWLeases  = prometheus.NewDesc("defaas_pool_worker_leases", "Leases placed on a worker.", []string{"worker"}, nil)
	descWRunning = prometheus.NewDesc("defaas_pool_worker_running", "Invocations running on a worker.", []string{"worker"}, nil)
	descWWaiting = prometheus.NewDesc("defaas_pool_worker_waiting", "Invocations waiting for a slot on a worker.", []string{"worker"}, nil)
	descWServed  = prometheus.NewDesc("defaas_pool_worker_served_total", "Invocations a worker answered since it started.", []string{"worker"}, nil)
)

type inventoryCollector struct{ g *Gateway }

func (c inventoryCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descWorkers, descFreeCPU, descFreeMem, descPlaced, descWCPU, descWMem, descWFreeCPU, descWFreeMem,
		descWLeases, descWRunning, descWWaiting, descWServed} {
		ch <- d
	}
}

func (c inventoryCollector) Collect(ch chan<- prometheus.Metric) {
	inv := c.g.Inventory()
	live := 0
	for _, w := range inv.Workers {
		if !w.Alive {
			continue
		}
		live++
		for _, m := range []struct {
			d *prometheus.Desc
			t prometheus.ValueType
			v float64
		}{{descWCPU, prometheus.GaugeValue, float64(w.CPUMilli)}, {descWMem, prometheus.GaugeValue, float64(w.MemoryMB)},
			{descWFreeCPU, prometheus.GaugeValue, float64(w.FreeCPUMilli)}, {descWFreeMem, prometheus.GaugeValue, float64(w.FreeMemoryMB)},
			{descWLeases, prometheus.GaugeValue, float64(w.Placed)}, {descWRunning, prometheus.GaugeValue, float64(w.Running)},
			{descWWaiting, prometheus.GaugeValue, float64(w.Waiting)}, {descWServed, prometheus.CounterValue, float64(w.Served)}} {
			ch <- prometheus.MustNewConstMetric(m.d, m.t, m.v, w.Name)
		}
	}
	ch <- prometheus.MustNewConstMetric(descWorkers, prometheus.GaugeValue, float64(live))
	ch <- prometheus.MustNewConstMetric(descFreeCPU, prometheus.GaugeValue, float64(inv.FreeCPUMilli))
	ch <- prometheus.MustNewConstMetric(descFreeMem, prometheus.GaugeValue, float64(inv.FreeMemoryMB))
	ch <- prometheus.MustNewConstMetric(descPlaced, prometheus.GaugeValue, float64(inv.Placements))
}

// workerMetrics are a worker's own.
type workerMetrics struct {
	loads       *prometheus.CounterVec
	invocations prometheus.Counter
}

func newWorkerMetrics(reg prometheus.Registerer, w *Worker) (*workerMetrics, error) {
	m := &workerMetrics{
		loads: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "defaas", Subsystem: "worker", Name: "loads_total",
			Help: `Leases loaded at the gateway's request, by outcome: "ok", "same" (already served with that module), or the reason it was refused.`},
			[]string{"outcome"}),
		invocations: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "defaas", Subsystem: "worker", Name: "invocations_total",
			Help: "Invocations answered."}),
	}
	if reg == nil {
		return m, nil
	}
	cs := []prometheus.Collector{m.loads, m.invocations,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "defaas", Subsystem: "worker", Name: "leases", Help: "Leases served."},
			func() float64 { return float64(w.leaseCount()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "defaas", Subsystem: "worker", Name: "cpu_milli", Help: "CPU offered to the pool."},
			func() float64 { return float64(w.cfg.CPUMilli) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "defaas", Subsystem: "worker", Name: "memory_mb", Help: "Memory offered to the pool."},
			func() float64 { return float64(w.cfg.MemoryMB) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "defaas", Subsystem: "worker", Name: "connected", Help: "1 while the pool's NATS is reachable."},
			func() float64 {
				if w.nc != nil && w.nc.IsConnected() {
					return 1
				}
				return 0
			}),
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register worker metrics: %w", err)
		}
	}
	return m, nil
}
