package provider_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

// BenchmarkAccessModes serves hello over real HTTP on loopback in each access mode, 8 clients
// at once in this process: signed requests of the customer (signed before the timer starts:
// the signing is the client's cost, on its own machine), an API key, and an anonymous caller
// of a public lease. The target: public at 90 % of signed's req/s or more (SPEC §5.3's limits
// and fair admission cost nothing much). cpu-µs/req is the whole process's CPU per request.
func BenchmarkAccessModes(b *testing.B) {
	w := newWorld(b, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(b))
	key := newKeys(b, 1)[0]
	fast := api.Rate{RatePerSecond: api.MaxRatePerSecond, Burst: api.MaxBurst}
	url := api.InvokeURL(p.Endpoint(), lease, "/greet?name=bench")
	const clients = 8
	modes := []struct {
		name   string
		access api.Access
		auth   func(n int) []string
	}{
		{"signed", api.Access{Mode: api.AccessSigned}, func(n int) []string {
			out := make([]string, n)
			for i := range out {
				r, _ := http.NewRequest(http.MethodGet, url, nil)
				if err := sigauth.Sign(r, w.key(customerAcc), w.domain(), lease); err != nil {
					b.Fatal(err)
				}
				out[i] = r.Header.Get("Authorization")
			}
			return out
		}},
		{"keys", keysPolicy(api.AccessKeys, fast, key), func(n int) []string { return repeat("Bearer "+key.String(), n) }},
		{"public", api.Access{Mode: api.AccessPublic, PerCaller: &fast}, func(n int) []string { return repeat("", n) }},
	}
	for _, m := range modes {
		b.Run(m.name, func(b *testing.B) {
			if _, err := cl.SetAccess(ctx, lease, m.access); err != nil {
				b.Fatal(err)
			}
			tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
			defer tr.CloseIdleConnections()
			hc := &http.Client{Transport: tr}
			do := func(auth string) error {
				r, _ := http.NewRequest(http.MethodGet, url, nil)
				if auth != "" {
					r.Header.Set("Authorization", auth)
				}
				res, err := hc.Do(r)
				if err != nil {
					return err
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					return fmt.Errorf("%s", res.Status)
				}
				return nil
			}
			warm := m.auth(4 * clients)
			for _, a := range warm {
				if err := do(a); err != nil {
					b.Fatal(err)
				}
			}
			auths := m.auth(b.N)
			var next atomic.Int64
			b.ResetTimer()
			cpu0, start := cpuTime(), time.Now()
			var wg sync.WaitGroup
			for range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := next.Add(1) - 1
						if i >= int64(len(auths)) {
							return
						}
						if err := do(auths[i]); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			elapsed, cpu := time.Since(start), cpuTime()-cpu0
			b.StopTimer()
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/req")
		})
	}
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
