package runtime_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"log/slog"
	"net/http"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/runtime"
)

// abis runs a test against both builds of the misbehave test function.
var abis = []struct {
	name string
	wasm *[]byte
}{
	{"reactor", &misbehaveReactor},
	{"cgi", &misbehaveCGI},
}

func TestInvoke_HelloEchoesRequest(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, tt := range []struct {
		name string
		wasm []byte
	}{{"reactor", helloReactor}, {"cgi", helloCGI}} {
		t.Run(tt.name, func(t *testing.T) {
			p.upload("1", tt.wasm)
			res, body := p.do(http.MethodPost, "/v1/leases/1/invoke/greet/w%C3%B6rld?name=Ada&x=1", strings.NewReader("hi there"))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %s: %s", res.Status, body)
			}
			want := "method: POST\npath: /greet/wörld\nquery: name=Ada&x=1\nbody: hi there\n"
			if string(body) != want {
				t.Errorf("body %q, want %q", body, want)
			}
			if res.Header.Get(runtime.ErrorHeader) != "" {
				t.Errorf("a function's response carries %s", runtime.ErrorHeader)
			}
			res, body = p.do(http.MethodGet, "/v1/leases/1/invoke", nil)
			if want := "method: GET\npath: /\nquery: \nbody: \n"; res.StatusCode != http.StatusOK || string(body) != want {
				t.Errorf("bare invoke: %s %q, want %q", res.Status, body, want)
			}
		})
	}
}

func TestInvoke_CGIVariables(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("1", *abi.wasm)
			res, body := p.do(http.MethodPut, "/v1/leases/1/invoke/a/b?do=env", strings.NewReader("payload"),
				"Content-Type", "text/x-test", "X-Test", "yes", "Authorization", "secret")
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %s: %s", res.Status, body)
			}
			for _, want := range []string{
				"REQUEST_METHOD=PUT\n", "PATH_INFO=/a/b\n", "QUERY_STRING=do=env\n", "CONTENT_TYPE=text/x-test\n",
				"CONTENT_LENGTH=7\n", "HTTP_X_TEST=yes\n", "HTTP_AUTHORIZATION=\n", "DEFAAS_LEASE=1\n", "SCRIPT_NAME=\n", "BODY=payload\n",
			} {
				if !strings.Contains(string(body), want) {
					t.Errorf("missing %q in\n%s", want, body)
				}
			}
		})
	}
}

func TestInvoke_ThumbnailResizes(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", thumbReactor)
	src := image.NewRGBA(image.Rect(0, 0, 400, 200))
	for y := 0; y < 200; y++ {
		for x := 0; x < 400; x++ {
			src.Set(x, y, color.RGBA{uint8(x), uint8(y), 128, 255})
		}
	}
	var pngIn, jpegIn bytes.Buffer
	if err := png.Encode(&pngIn, src); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpegIn, src, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		in    []byte
		query string
		w, h  int
	}{
		{"png", pngIn.Bytes(), "?w=128", 128, 64},
		{"jpeg", jpegIn.Bytes(), "?w=50&h=50", 50, 50},
		{"default", pngIn.Bytes(), "", 128, 64},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, body := p.do(http.MethodPost, "/v1/leases/1/invoke/"+tt.query, bytes.NewReader(tt.in))
			if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/png" {
				t.Fatalf("%s %s: %.200s", res.Status, res.Header.Get("Content-Type"), body)
			}
			img, err := png.Decode(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("decode result: %v", err)
			}
			if b := img.Bounds(); b.Dx() != tt.w || b.Dy() != tt.h {
				t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), tt.w, tt.h)
			}
			// The gradient survives: the right edge is redder than the left.
			lr, _, _, _ := img.At(1, tt.h/2).RGBA()
			rr, _, _, _ := img.At(tt.w-2, tt.h/2).RGBA()
			if rr <= lr {
				t.Errorf("red at the right %d ≤ at the left %d: not a resized gradient", rr, lr)
			}
		})
	}
	// A tiny PNG that claims 100000×100000 pixels is refused before decoding.
	var huge bytes.Buffer
	png.Encode(&huge, image.NewGray(image.Rect(0, 0, 1, 1)))
	claim := huge.Bytes()
	binary.BigEndian.PutUint32(claim[16:], 100000) // IHDR width
	binary.BigEndian.PutUint32(claim[20:], 100000) // IHDR height
	binary.BigEndian.PutUint32(claim[29:], crc32.ChecksumIEEE(claim[12:29]))
	if res, body := p.do(http.MethodPost, "/v1/leases/1/invoke/", bytes.NewReader(claim)); res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("decompression bomb: %s %s, want the function's 413", res.Status, body)
	}
	res, body := p.do(http.MethodPost, "/v1/leases/1/invoke/?w=64", strings.NewReader("not an image"))
	if res.StatusCode != http.StatusUnsupportedMediaType || res.Header.Get(runtime.ErrorHeader) != "" {
		t.Errorf("garbage image: %s %s, want the function's own 415", res.Status, body)
	}
}

func TestInvoke_FunctionInC(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	var images [][]byte
	for _, wasm := range [][]byte{mandelReactor, mandelCGI} {
		p.upload("1", wasm)
		res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?w=64&h=48&iter=64", nil)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/x-portable-graymap" {
			t.Fatalf("%s %s: %.100q", res.Status, res.Header.Get("Content-Type"), body)
		}
		header := "P5\n64 48\n255\n"
		if !bytes.HasPrefix(body, []byte(header)) || len(body) != len(header)+64*48 {
			t.Fatalf("not a 64x48 PGM: %d bytes, %.20q", len(body), body)
		}
		// The set is in the middle, black; the corners are outside, light.
		pixels := body[len(header):]
		if mid, corner := pixels[24*64+40], pixels[0]; mid != 0 || corner == 0 {
			t.Errorf("pixel in the set %d, in the corner %d: not the Mandelbrot set", mid, corner)
		}
		images = append(images, body)
	}
	if !bytes.Equal(images[0], images[1]) {
		t.Error("the reactor and the CGI build render different images")
	}
}

func TestInvoke_EveryRequestStartsFromTheSnapshot(t *testing.T) {
	reg := prometheus.NewRegistry()
	eng := newEngine(t, runtime.Config{Registerer: reg})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("3", misbehaveReactor) // one core: one warm instance
	created := func() float64 {
		return counter(t, reg, "defaas_runtime_instances_created_total", "abi", "defaas_v1")
	}
	before := created()
	for i := 1; i <= 3; i++ {
		// The instance is reused, but reset: what one request left in its
		// globals, the next does not see (a witness re-running it on a
		// fresh instance must see what the provider's saw).
		if _, body := p.do(http.MethodGet, "/v1/leases/3/invoke/?do=count", nil); string(body) != "1" {
			t.Fatalf("request %d counted %q, want 1", i, body)
		}
	}
	if n := created() - before; n != 0 {
		t.Errorf("%v instances created for three requests, want the warm one reused", n)
	}
	p.upload("3", misbehaveCGI)
	for i := 0; i < 2; i++ {
		if _, body := p.do(http.MethodGet, "/v1/leases/3/invoke/?do=count", nil); string(body) != "1" {
			t.Fatalf("CGI request counted %q, want a fresh instance (1)", body)
		}
	}
}

func TestInvoke_LeasesShareNothing(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", misbehaveReactor)
	p.upload("2", misbehaveReactor) // the same module, another lease
	for i := 0; i < 3; i++ {
		p.do(http.MethodGet, "/v1/leases/1/invoke/?do=count", nil)
	}
	// Lease 2's instance never saw lease 1's requests.
	if _, body := p.do(http.MethodGet, "/v1/leases/2/invoke/?do=count", nil); string(body) != "1" {
		t.Errorf("lease 2 counted %q: it shares state with lease 1", body)
	}
}

func TestInvoke_InfiniteLoopTimesOut(t *testing.T) {
	const limit = 500 * time.Millisecond
	eng := newEngine(t, runtime.Config{Timeout: limit})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("3", *abi.wasm)
			start := time.Now()
			res, body := p.do(http.MethodGet, "/v1/leases/3/invoke/?do=loop", nil)
			wantRuntimeError(t, res, body, http.StatusGatewayTimeout, runtime.ReasonTimeout)
			if d := time.Since(start); d < limit || d > limit+5*time.Second {
				t.Errorf("answered after %s, want just after %s", d, limit)
			}
			// The timed-out instance is discarded: the next one starts afresh.
			if res, body := p.do(http.MethodGet, "/v1/leases/3/invoke/?do=count", nil); res.StatusCode != http.StatusOK || string(body) != "1" {
				t.Errorf("after the timeout: %s %q, want a fresh instance", res.Status, body)
			}
			stillServes(t, p, "2")
		})
	}
}

func TestInvoke_MemoryBombStopsAtCap(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("1", *abi.wasm)
			res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=bomb", nil)
			wantRuntimeError(t, res, body, http.StatusInsufficientStorage, runtime.ReasonMemoryLimit)
			if res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=count", nil); res.StatusCode != http.StatusOK || string(body) != "1" {
				t.Errorf("after the bomb: %s %q, want a fresh instance", res.Status, body)
			}
			stillServes(t, p, "2")
		})
	}
}

func TestInvoke_OutputFloodIsCutOff(t *testing.T) {
	const limit = 10 * time.Second
	eng := newEngine(t, runtime.Config{Timeout: limit, MaxOutputBytes: 1 << 20})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("1", *abi.wasm)
			start := time.Now()
			res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=flood", nil)
			wantRuntimeError(t, res, body, http.StatusBadGateway, runtime.ReasonOutputTooLarge)
			if d := time.Since(start); d > limit/2 {
				t.Errorf("cut off after %s: the bound, not the timeout, must stop it", d)
			}
			stillServes(t, p, "2")
		})
	}
}

func TestInvoke_BadResponses(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		for _, tt := range []struct {
			do     string
			status int
			reason string
		}{
			{"malformed", http.StatusBadGateway, runtime.ReasonMalformedResponse},
			{"nocontenttype", http.StatusBadGateway, runtime.ReasonMalformedResponse},
			{"panic", http.StatusBadGateway, runtime.ReasonCrashed},
			{"exit", http.StatusBadGateway, runtime.ReasonCrashed},
		} {
			t.Run(abi.name+"/"+tt.do, func(t *testing.T) {
				p.upload("1", *abi.wasm)
				res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do="+tt.do, nil)
				wantRuntimeError(t, res, body, tt.status, tt.reason)
				if strings.Contains(string(body), "wasm stack trace") {
					t.Errorf("the error leaks the module's stack: %s", body)
				}
				if res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=ok", nil); res.StatusCode != http.StatusOK {
					t.Errorf("the lease no longer serves: %s %s", res.Status, body)
				}
			})
		}
	}
}

func TestInvoke_FunctionChosenStatusIsNotMarked(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("1", *abi.wasm)
			res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=status", nil)
			if res.StatusCode != http.StatusServiceUnavailable || string(body) != "my own 503" {
				t.Fatalf("%s %q, want the function's own 503", res.Status, body)
			}
			// The function tried to forge the marker; the runtime drops it.
			if got := res.Header.Get(runtime.ErrorHeader); got != "" {
				t.Errorf("%s: %q on a status the function chose", runtime.ErrorHeader, got)
			}
		})
	}
}

func TestInvoke_NoFileSystem(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		p.upload("1", *abi.wasm)
		_, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=files", nil)
		if !strings.HasPrefix(string(body), "error: ") || strings.Contains(string(body), "none") {
			t.Errorf("%s: reading /etc/passwd gave %q, want an error", abi.name, body)
		}
	}
}

func TestInvoke_StderrGoesToBoundedLog(t *testing.T) {
	var mu sync.Mutex
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, nil))
	eng := newEngine(t, runtime.Config{Logger: logger, MaxStderrBytes: 1000})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		p.upload("1", *abi.wasm)
		if res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=stderr", nil); string(body) != "logged" {
			t.Fatalf("%s: %s %q", abi.name, res.Status, body)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	out := logs.String()
	for _, want := range []string{`line="complaint 0"`, "lease=1", "over the log bound"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%.2000s", want, out)
		}
	}
	if strings.Contains(out, "complaint 999") {
		t.Error("stderr past the bound reached the log")
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestInvoke_FloodOfConcurrentRequests(t *testing.T) {
	const queue, clients = 4, 40
	eng := newEngine(t, runtime.Config{QueueDepth: queue, Timeout: 20 * time.Second})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("3", *abi.wasm) // one core: one slot
			p.Client().CloseIdleConnections()
			before := goruntime.NumGoroutine()
			var wg sync.WaitGroup
			var mu sync.Mutex
			counts := map[string]int{}
			start := make(chan struct{})
			for i := 0; i < clients; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					res, err := p.Client().Get(p.URL + "/v1/leases/3/invoke/?do=sleep&d=300ms")
					if err != nil {
						t.Error(err)
						return
					}
					res.Body.Close()
					mu.Lock()
					counts[res.Status+" "+res.Header.Get(runtime.ErrorHeader)]++
					mu.Unlock()
				}()
			}
			close(start)
			wg.Wait()
			// One caller (one IP address) floods: what the queue cannot hold is refused with
			// 429 throttled, the caller's own fault, not 503 (SPEC §5.3).
			ok, full := counts["200 OK "], counts["429 Too Many Requests "+string(runtime.WireReason(runtime.ReasonThrottled))]
			if ok+full != clients || ok < 1+queue || full < 1 {
				t.Fatalf("outcomes %v: want %d+ served, the rest refused with 429 throttled", counts, 1+queue)
			}
			if res, body := p.do(http.MethodGet, "/v1/leases/3/invoke/?do=ok", nil); res.StatusCode != http.StatusOK {
				t.Errorf("after the flood: %s %s", res.Status, body)
			}
			// Nothing of the flood stays behind: no goroutine waits on.
			p.Client().CloseIdleConnections()
			deadline := time.Now().Add(5 * time.Second)
			for goruntime.NumGoroutine() > before+5 && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			if n := goruntime.NumGoroutine(); n > before+5 {
				t.Errorf("%d goroutines after the flood, %d before", n, before)
			}
		})
	}
}
