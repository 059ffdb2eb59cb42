package runtime_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/runtime"
)

// The rejected isolation, measured: a worker process per lease, which the
// provider would SIGKILL at a deadline instead of interrupting the guest,
// talking to the provider over a pipe. BenchmarkWorkerProcess runs the test
// binary itself as the worker; the worker serves hello with the same engine,
// so the difference to the in-process runs is the cost of the process
// boundary: encoding, two pipe writes, two wake-ups per request.

const workerEnv = "DEFAAS_BENCH_WORKER"

// workerRequest and workerResponse are what crosses the pipe.
type workerRequest struct {
	Method, URI string
	Header      http.Header
	Body        []byte
}

type workerResponse struct {
	Status int
	Header http.Header
	Body   []byte
	Err    string
}

// runWorker serves requests read from stdin with the module named by the
// environment until stdin closes.
func runWorker() int {
	wasm, err := os.ReadFile(os.Getenv(workerEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	eng, err := runtime.New(runtime.Config{CacheDir: os.Getenv("DEFAAS_BENCH_CACHE"), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fn, err := eng.Load(context.Background(), 1, benchLevel, wasm)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	dec, enc := gob.NewDecoder(bufio.NewReader(os.Stdin)), gob.NewEncoder(out)
	for {
		var req workerRequest
		if err := dec.Decode(&req); err != nil {
			return 0
		}
		res, err := fn.Do(context.Background(), &runtime.Request{
			Method: req.Method, URI: req.URI, Header: req.Header,
			Body: bytes.NewReader(req.Body), ContentLength: int64(len(req.Body)),
		})
		var wr workerResponse
		if err != nil {
			wr.Err = err.Error()
		} else {
			wr = workerResponse{Status: res.Status, Header: res.Header, Body: res.Body}
		}
		if enc.Encode(&wr) != nil || out.Flush() != nil {
			return 1
		}
	}
}

// worker is a running worker process.
type worker struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	enc *gob.Encoder
	dec *gob.Decoder
}

func startWorker(b *testing.B, module string) *worker {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), workerEnv+"="+module, "DEFAAS_BENCH_CACHE="+cacheDir)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	return &worker{cmd: cmd, in: in, enc: gob.NewEncoder(in), dec: gob.NewDecoder(bufio.NewReader(out))}
}

func (w *worker) do(req *workerRequest) error {
	if err := w.enc.Encode(req); err != nil {
		return err
	}
	var res workerResponse
	if err := w.dec.Decode(&res); err != nil {
		return err
	}
	if res.Err != "" || res.Status != http.StatusOK {
		return fmt.Errorf("worker: %d %s", res.Status, res.Err)
	}
	return nil
}

func (w *worker) kill() {
	w.cmd.Process.Signal(syscall.SIGKILL)
	w.cmd.Wait()
}

// cpuOf is the user and system time of process pid, from /proc.
func cpuOf(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond // USER_HZ = 100
}

// rssOf is the resident memory of process pid.
func rssOf(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
	if err != nil {
		return 0
	}
	pages, _ := strconv.ParseInt(strings.Fields(string(b))[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func BenchmarkWorkerProcess(b *testing.B) {
	dir := b.TempDir()
	module := dir + "/hello.wasm"
	if err := os.WriteFile(module, helloReactor, 0o644); err != nil {
		b.Fatal(err)
	}
	req := &workerRequest{Method: http.MethodPost, URI: "/greet/x?name=bench", Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte("hello")}
	b.Run("in-process", func(b *testing.B) {
		fn := loaded(b, helloReactor, false)
		cpu0 := cpuTime()
		measure(b, func() error {
			_, err := fn.Do(context.Background(), &runtime.Request{
				Method: req.Method, URI: req.URI, Header: req.Header,
				Body: bytes.NewReader(req.Body), ContentLength: int64(len(req.Body)),
			})
			return err
		})
		b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/req")
	})
	b.Run("worker", func(b *testing.B) {
		w := startWorker(b, module)
		defer w.kill()
		if err := w.do(req); err != nil { // loaded and warm
			b.Fatal(err)
		}
		cpu0, wcpu0 := cpuTime(), cpuOf(w.cmd.Process.Pid)
		measure(b, func() error { return w.do(req) })
		cpu := cpuTime() - cpu0 + cpuOf(w.cmd.Process.Pid) - wcpu0
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/req")
		b.ReportMetric(float64(rssOf(w.cmd.Process.Pid))/(1<<20), "worker-MiB")
	})
	// What a timeout costs a worker per lease: SIGKILL, a new process, the
	// module loaded from the compilation cache, the first answer.
	b.Run("restart", func(b *testing.B) {
		w := startWorker(b, module)
		measure(b, func() error {
			w.kill()
			w = startWorker(b, module)
			return w.do(req)
		})
		w.kill()
	})
}
