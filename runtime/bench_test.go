package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/examples/functions/thumbnail/resize"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/runtime"
)

// benchLevel is two cores, as in the targets: two requests of the lease
// execute at once.
var benchLevel = runtime.Level{CPUMilli: 2000, MemoryMB: 128, ImageMB: 20}

// BenchmarkColdStart measures the first invocation after an upload: load
// (compile or read the compilation cache, instantiate) and serve one request.
func BenchmarkColdStart(b *testing.B) {
	for _, mod := range []struct {
		name string
		wasm *[]byte
	}{{"abi=defaas_v1", &helloReactor}, {"abi=cgi", &helloCGI}} {
		for _, cached := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/cache=%v", mod.name, cached), func(b *testing.B) {
				cfg := runtime.Config{}
				if cached {
					cfg.CacheDir = cacheDir // filled by TestMain
				}
				eng, err := runtime.New(cfg)
				if err != nil {
					b.Fatal(err)
				}
				defer eng.Close(context.Background())
				for b.Loop() {
					fn, err := eng.Load(context.Background(), 1, benchLevel, *mod.wasm)
					if err != nil {
						b.Fatal(err)
					}
					rec := httptest.NewRecorder()
					fn.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/cold", nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("status %d: %s", rec.Code, rec.Body)
					}
					fn.Close(context.Background())
				}
			})
		}
	}
}

// BenchmarkInvoke measures one invocation of hello without HTTP: the
// runtime's and the guest's share of the cost.
func BenchmarkInvoke(b *testing.B) {
	for _, mod := range []struct {
		name string
		wasm *[]byte
	}{{"abi=defaas_v1", &helloReactor}, {"abi=cgi", &helloCGI}} {
		b.Run(mod.name, func(b *testing.B) {
			eng := newEngine(b, runtime.Config{})
			fn, err := eng.Load(context.Background(), 1, benchLevel, *mod.wasm)
			if err != nil {
				b.Fatal(err)
			}
			defer fn.Close(context.Background())
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				fn.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/greet/x?name=bench", strings.NewReader("hello")))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/req")
		})
	}
}

// nativeHello is the hello function as a plain net/http handler: the
// reference for the runtime's overhead.
func nativeHello(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "method: %s\npath: %s\nquery: %s\nbody: %s\n", r.Method, r.URL.Path, r.URL.RawQuery, body)
}

// BenchmarkHello measures warm invocations of hello over real HTTP on
// loopback, clients and server in one process on the same cores: the fast
// ABI, the CGI baseline (a fresh instance per request), and native Go.
func BenchmarkHello(b *testing.B) {
	for _, clients := range []int{2, 8} {
		for _, tt := range []struct {
			name string
			wasm []byte
		}{{"defaas_v1", helloReactor}, {"cgi", helloCGI}, {"native", nil}} {
			b.Run(fmt.Sprintf("%s/clients=%d", tt.name, clients), func(b *testing.B) {
				var h http.Handler = http.HandlerFunc(nativeHello)
				path := "/greet/x?name=bench"
				if tt.wasm != nil {
					eng := newEngine(b, runtime.Config{QueueDepth: 1024})
					api := runtime.NewServer(runtime.NewInProcess(eng), runtime.ServerOptions{Resolver: leases{1: {Level: benchLevel, Active: true}}})
					defer api.Close()
					h = api
					path = "/v1/leases/1/invoke" + path
				}
				srv := httptest.NewServer(h)
				defer srv.Close()
				if tt.wasm != nil {
					req, _ := http.NewRequest(http.MethodPut, srv.URL+"/v1/leases/1/function", strings.NewReader(string(tt.wasm)))
					res, err := srv.Client().Do(req)
					if err != nil || res.StatusCode != http.StatusCreated {
						b.Fatalf("upload: %v %v", err, res)
					}
					res.Body.Close()
				}
				runLoad(b, srv, path, clients)
			})
		}
	}
}

// runLoad sends b.N POSTs from clients concurrent clients and reports the
// latency percentiles and throughput.
func runLoad(b *testing.B, srv *httptest.Server, path string, clients int) {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	do := func() (time.Duration, error) {
		start := time.Now()
		res, err := client.Post(srv.URL+path, "text/plain", strings.NewReader("hello"))
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if err == nil && res.StatusCode != http.StatusOK {
			err = fmt.Errorf("status %s", res.Status)
		}
		return time.Since(start), err
	}
	for range clients * 4 { // warm connections and instances
		if _, err := do(); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, b.N)
	var next sync.Mutex
	i := 0
	b.ResetTimer()
	cpu0 := cpuTime()
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				n := i
				i++
				next.Unlock()
				if n >= len(lat) {
					return
				}
				d, err := do()
				if err != nil {
					b.Error(err)
					return
				}
				lat[n] = d
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))]) / 1e6 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	// CPU time of the whole process (clients, HTTP, runtime, guest) per
	// request: unlike req/s it hardly moves when other work shares the
	// machine, and 2 s / cpu-µs/req is what two idle cores could serve.
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(lat)), "cpu-µs/req")
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs do b.N times and reports the latency percentiles and the mean
// per request.
func measure(b *testing.B, do func() error) {
	var lat []time.Duration
	for b.Loop() {
		start := time.Now()
		if err := do(); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	reportLatency(b, lat)
}

func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))]) / 1e6 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(sum)/float64(len(lat))/1e6, "ms/req")
}

// serve returns a do for measure: h answers one request 200.
func serve(h http.Handler, method, target string, body []byte, contentType string) func() error {
	return func() error {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(method, target, bytes.NewReader(body))
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			return fmt.Errorf("status %d: %.200s", rec.Code, rec.Body)
		}
		return nil
	}
}

// loaded loads wasm on an engine for a benchmark; wazeroCheck adds wazero's
// own termination check, the mechanism the runtime had before, on an engine
// with a compilation cache of its own (wazero does not key compiled code by
// that setting).
func loaded(b *testing.B, wasm []byte, wazeroCheck bool) *runtime.Function {
	var eng *runtime.Engine
	if wazeroCheck {
		var err error
		eng, err = runtime.New(runtime.Config{CacheDir: b.TempDir(), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			b.Fatal(err)
		}
		runtime.WithWazeroTermination(eng)
		b.Cleanup(func() { eng.Close(context.Background()) })
	} else {
		eng = newEngine(b, runtime.Config{})
	}
	fn, err := eng.Load(context.Background(), 1, benchLevel, wasm)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { fn.Close(context.Background()) })
	return fn
}

// BenchmarkThumbnail measures a compute-heavy Go function: the demo's
// landscape JPEG to a 240-pixel-wide PNG, natively and in the runtime (no
// HTTP), with the runtime's interrupt and, for comparison, with wazero's own
// termination check, the mechanism before.
func BenchmarkThumbnail(b *testing.B) {
	img, err := os.ReadFile("../demo/assets/landscape.jpg")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("native", func(b *testing.B) {
		measure(b, serve(http.HandlerFunc(resize.Handler), http.MethodPost, "/?w=240", img, "image/jpeg"))
	})
	b.Run("defaas_v1", func(b *testing.B) {
		measure(b, serve(loaded(b, thumbReactor, false), http.MethodPost, "/?w=240", img, "image/jpeg"))
	})
	b.Run("defaas_v1/wazero-check", func(b *testing.B) {
		measure(b, serve(loaded(b, thumbReactor, true), http.MethodPost, "/?w=240", img, "image/jpeg"))
	})
}

// mandelQuery is the C example's benchmark image: about as much work as the
// thumbnail natively.
const mandelQuery = "w=512&h=384&iter=256"

// BenchmarkMandelbrot measures the C example, built natively and for
// wasm32-wasi from the same source: the runtime's overhead apart from Go's
// WebAssembly code generation. The native build times its own renders.
func BenchmarkMandelbrot(b *testing.B) {
	b.Run("native", func(b *testing.B) {
		bin, err := functions.BuildNative(context.Background(), "mandelbrot", b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		lat := make([]time.Duration, 0, b.N)
		for b.Loop() {
			out, err := exec.Command(bin, "1", mandelQuery).Output()
			if err != nil {
				b.Fatal(err)
			}
			ns, err := strconv.ParseInt(strings.Fields(string(out))[0], 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Duration(ns))
		}
		reportLatency(b, lat)
	})
	for _, tt := range []struct {
		name        string
		wasm        *[]byte
		wazeroCheck bool
	}{
		{"defaas_v1", &mandelReactor, false},
		{"cgi", &mandelCGI, false},
		{"defaas_v1/wazero-check", &mandelReactor, true},
	} {
		b.Run(tt.name, func(b *testing.B) {
			measure(b, serve(loaded(b, *tt.wasm, tt.wazeroCheck), http.MethodGet, "/?"+mandelQuery, nil, ""))
		})
	}
}
