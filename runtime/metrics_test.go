package runtime_test

import (
	"net/http"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/runtime"
)

func TestMetrics_CountInvocationsByOutcome(t *testing.T) {
	reg := prometheus.NewRegistry()
	eng := newEngine(t, runtime.Config{Registerer: reg})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", misbehaveReactor)
	p.do(http.MethodGet, "/v1/leases/1/invoke/?do=ok", nil)
	p.do(http.MethodGet, "/v1/leases/1/invoke/?do=ok", nil)
	p.do(http.MethodGet, "/v1/leases/1/invoke/?do=status", nil) // the function's own 503 is served
	p.do(http.MethodGet, "/v1/leases/1/invoke/?do=panic", nil)
	p.do(http.MethodGet, "/v1/leases/1/invoke/?do=ok", nil) // on a new instance
	p.do(http.MethodPut, "/v1/leases/1/function", nil)

	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range families {
		for _, m := range mf.GetMetric() {
			key := mf.GetName()
			for _, l := range m.GetLabel() {
				key += " " + l.GetName() + "=" + l.GetValue()
			}
			switch {
			case m.Counter != nil:
				got[key] = m.Counter.GetValue()
			case m.Histogram != nil:
				got[key] = float64(m.Histogram.GetSampleCount())
			}
		}
	}
	for key, want := range map[string]float64{
		"defaas_runtime_invocations_total abi=defaas_v1 outcome=ok":                       4,
		"defaas_runtime_invocations_total abi=defaas_v1 outcome=" + runtime.ReasonCrashed: 1,
		"defaas_runtime_invocation_seconds abi=defaas_v1":                                 5,
		"defaas_runtime_loads_total outcome=ok":                                           1,
		"defaas_runtime_loads_total outcome=" + runtime.ReasonNotWebAssembly:              1,
		"defaas_runtime_instances_created_total abi=defaas_v1":                            3, // at upload (initialized, then from its snapshot), and after the panic discarded it
	} {
		if got[key] != want {
			t.Errorf("%s = %v, want %v", key, got[key], want)
		}
	}
}

// counter reads one counter of reg by its labels.
func counter(t testing.TB, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range families {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			have := map[string]string{}
			for _, l := range m.GetLabel() {
				have[l.GetName()] = l.GetValue()
			}
			for i := 0; i+1 < len(labels); i += 2 {
				if have[labels[i]] != labels[i+1] {
					continue metric
				}
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}
