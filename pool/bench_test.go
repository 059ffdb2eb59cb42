package pool_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/runtime"
)

// benchLevel gives hello two execution slots per worker.
var benchLevel = runtime.Level{CPUMilli: 2000, MemoryMB: 64, ImageMB: 50}

func helloRequest() *runtime.Request {
	return &runtime.Request{Method: http.MethodPost, URI: "/bench", Header: http.Header{"Content-Type": {"text/plain"}},
		Body: strings.NewReader("hello"), ContentLength: 5}
}

// benchPool is an embedded gateway with n worker processes serving lease 1 (a queue group of
// n), as `defaas provider run` with [pool] and n `defaas worker run`.
func benchPool(b *testing.B, n int) (*pool.Gateway, []*workerProc) {
	b.Helper()
	cfg := pool.Config{Embedded: true, Listen: freeAddr(b), WorkerToken: workerToken, Replicas: n}
	g := gatewayOn(b, cfg, b.TempDir())
	var ws []*workerProc
	var names []string
	for i := range n {
		name := fmt.Sprintf("w%d", i+1)
		ws = append(ws, startWorker(b, workerEnv(name, "nats://"+cfg.Listen, 2000, 1024, "DEFAAS_WORKER_LOG_LEVEL=warn")))
		names = append(names, name)
	}
	joined(b, g, names...)
	if _, err := g.Load(context.Background(), 1, benchLevel, helloWasm); err != nil {
		b.Fatal(err)
	}
	return g, ws
}

func localBackend(b *testing.B) runtime.Backend {
	b.Helper()
	eng, err := runtime.New(runtime.Config{CacheDir: wasmCache, Logger: quietLogger()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { eng.Close(context.Background()) })
	local := runtime.NewInProcess(eng)
	if _, err := local.Load(context.Background(), 1, benchLevel, helloWasm); err != nil {
		b.Fatal(err)
	}
	return local
}

// BenchmarkLatency invokes hello one request after another: on the local backend, and
// forwarded over NATS on loopback to one worker process. The difference of the p50s is what
// the pool adds; worker-fn-µs is the mean time of the function inside the worker (its
// runtime's histogram), to tell the NATS path from the function running in a process that
// sleeps between requests.
func BenchmarkLatency(b *testing.B) {
	var ws []*workerProc
	for _, c := range []struct {
		name    string
		backend func(b *testing.B) runtime.Backend
	}{
		{"local", localBackend},
		{"pool", func(b *testing.B) runtime.Backend { g, w := benchPool(b, 1); ws = w; return g }},
	} {
		b.Run(c.name, func(b *testing.B) {
			ws = nil
			be := c.backend(b)
			ctx := context.Background()
			for range 200 { // warm
				if _, err := be.Invoke(ctx, 1, helloRequest()); err != nil {
					b.Fatal(err)
				}
			}
			fnTime := func() (float64, float64) {
				if ws == nil {
					return 0, 0
				}
				return ws[0].metric(`defaas_runtime_invocation_seconds_sum{abi="defaas_v1"}`), ws[0].metric(`defaas_runtime_invocation_seconds_count{abi="defaas_v1"}`)
			}
			sum0, n0 := fnTime()
			took := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for range b.N {
				start := time.Now()
				res, err := be.Invoke(ctx, 1, helloRequest())
				took = append(took, time.Since(start))
				if err != nil || res.Status != http.StatusOK {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
			if sum1, n1 := fnTime(); n1 > n0 {
				b.ReportMetric((sum1-sum0)/(n1-n0)*1e6, "worker-fn-µs")
			}
		})
	}
}

// BenchmarkThroughput invokes hello from 16 goroutines on one lease served by 1, 2 and 3
// worker processes, and on the local backend; it reports requests per second and the CPU
// each request costs the gateway (this process: the provider with its embedded NATS server)
// and the workers (their processes, summed).
func BenchmarkThroughput(b *testing.B) {
	run := func(b *testing.B, be runtime.Backend, ws []*workerProc) {
		ctx := context.Background()
		for range 200 {
			if _, err := be.Invoke(ctx, 1, helloRequest()); err != nil {
				b.Fatal(err)
			}
		}
		gw0, wk0 := selfCPU(), workersCPU(b, ws)
		start := time.Now()
		b.SetParallelism(8) // × GOMAXPROCS goroutines
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				res, err := be.Invoke(ctx, 1, helloRequest())
				if err != nil || res.Status != http.StatusOK {
					b.Error(err)
					return
				}
			}
		})
		b.StopTimer()
		el := time.Since(start)
		gw, wk := selfCPU()-gw0, workersCPU(b, ws)-wk0
		b.ReportMetric(float64(b.N)/el.Seconds(), "req/s")
		b.ReportMetric(float64(gw.Microseconds())/float64(b.N), "gateway-cpu-µs/req")
		if len(ws) > 0 {
			b.ReportMetric(float64(wk.Microseconds())/float64(b.N), "worker-cpu-µs/req")
		}
	}
	b.Run("local", func(b *testing.B) { run(b, localBackend(b), nil) })
	for n := 1; n <= 3; n++ {
		b.Run(fmt.Sprintf("workers=%d", n), func(b *testing.B) {
			g, ws := benchPool(b, n)
			run(b, g, ws)
		})
	}
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// workersCPU sums the user and system time of the worker processes (/proc/<pid>/stat, in
// clock ticks of 10 ms).
func workersCPU(b *testing.B, ws []*workerProc) time.Duration {
	var total time.Duration
	for _, w := range ws {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", w.cmd.Process.Pid))
		if err != nil {
			b.Fatal(err)
		}
		f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		total += time.Duration(ut+st) * 10 * time.Millisecond
	}
	return total
}
