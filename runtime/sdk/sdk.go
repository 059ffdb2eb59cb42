// Package sdk lets a Go function speak the DeFaaS fast ABI ("defaas_v1"): the
// provider keeps one instance of the function warm and hands it request after
// request, instead of starting a fresh CGI process for each one.
//
// A function registers its handler from init and is built as a WASI reactor:
//
//	func init() { sdk.Handle(handler) }
//	func main() { cgi.Serve(handler) } // only used when built as a CGI command
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o fn.wasm .
//
// The same source built without -buildmode=c-shared is a plain CGI command
// (RFC 3875), which every provider must accept. Add -tags defaas_cgi to such
// a build to leave this ABI out, so the module imports nothing but WASI and
// runs on any CGI-over-WASI host.
//
// # The ABI
//
// The module exports "defaas_v1_handle" (no parameters, no results) next to
// "_initialize". For each request the host calls it once; the guest pulls the
// request and pushes the response through three imports of module
// "defaas_v1":
//
//	request_env(buf, cap i32) i32        // CGI variables as "K=V\x00" records; returns the full size
//	request_body_read(buf, cap i32) i32  // next bytes of the body; 0 at the end
//	response_write(buf, len i32) i32     // CGI response bytes (headers, blank line, body); 0 once over the bound
//
// The request is described by exactly the CGI variables a CGI command would
// get, and the response is a CGI response, so the host parses both ABIs the
// same way. Functions need not be Go: examples/functions/mandelbrot is the
// same ABI in C.
//
// # What a function can rely on
//
// Witnesses re-run requests on the module the customer committed and compare
// what they get with what the provider answered (SPEC §5.1, §5.4), so the
// provider runs a function deterministically:
//
//   - Every request starts from the state the module had right after its
//     initialization (_initialize, Go's init functions): what one request
//     leaves in globals or the heap, the next does not see. An in-memory
//     cache lasts one request.
//   - The clocks (time.Now, and the monotonic clock) read the request's
//     admission time, its DeFaaS-Time header (also in the environment as
//     HTTP_DEFAAS_TIME), advanced by exactly what the function sleeps: time
//     spent computing is not visible, so a function timing itself reads
//     zero, and a busy wait on the clock never ends.
//   - crypto/rand (WASI random_get) is a stream seeded by the request
//     (runtime.RandomSeed): the same request at the same time draws the same
//     bytes, anywhere. It is NOT SECRET: the provider and anyone who knows
//     the request can compute it. A function that needs secret randomness
//     must bring its own, from the caller (a key or nonce in the request).
//   - math/rand's top-level functions are seeded once, at initialization, so
//     in a reactor every request draws the same sequence from them; seed a
//     generator of your own from crypto/rand for numbers that differ between
//     requests.
//   - REMOTE_ADDR is the caller's address, which differs when a witness
//     re-runs the request; a response that depends on it cannot be checked.
package sdk

import (
	"bufio"
	"bytes"
	"fmt"
	"net/http"
	"net/http/cgi"
	"strings"
)

var handler http.Handler

// Handle registers h as the function's handler. Call it from an init function,
// because a reactor's main is never run.
func Handle(h http.Handler) { handler = h }

// parseEnv decodes the "K=V\x00" records of request_env.
func parseEnv(b []byte) map[string]string {
	env := make(map[string]string, 16)
	for len(b) > 0 {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			i = len(b)
		}
		if k, v, ok := strings.Cut(string(b[:i]), "="); ok {
			env[k] = v
		}
		if i == len(b) {
			break
		}
		b = b[i+1:]
	}
	return env
}

// responseWriter streams a CGI response, like net/http/cgi's child. As in
// net/http, the header goes out with the first byte of the body (so a
// missing Content-Type can be sniffed from it) or when the handler returns.
type responseWriter struct {
	out     *bufio.Writer
	header  http.Header
	status  int  // set by WriteHeader
	written bool // header sent
}

func (w *responseWriter) Header() http.Header { return w.header }

func (w *responseWriter) WriteHeader(code int) {
	if w.status != 0 {
		return
	}
	if code < 100 || code > 999 {
		code = http.StatusInternalServerError
	}
	w.status = code
}

func (w *responseWriter) sendHeader(sniff []byte) {
	if w.written {
		return
	}
	w.written = true
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if w.header.Get("Content-Type") == "" && len(sniff) > 0 {
		w.header.Set("Content-Type", http.DetectContentType(sniff))
	}
	fmt.Fprintf(w.out, "Status: %d %s\r\n", w.status, http.StatusText(w.status))
	w.header.Write(w.out)
	w.out.WriteString("\r\n")
}

func (w *responseWriter) Write(p []byte) (int, error) {
	w.sendHeader(p)
	return w.out.Write(p)
}

func (w *responseWriter) Flush() {
	w.sendHeader(nil)
	w.out.Flush()
}

// serve runs the registered handler on one request described by env and body.
func serve(env map[string]string, body interface {
	Read([]byte) (int, error)
}, out *bufio.Writer) error {
	req, err := cgi.RequestFromMap(env)
	if err != nil {
		return fmt.Errorf("decode request: %w", err)
	}
	req.Body = readCloser{body}
	w := &responseWriter{out: out, header: make(http.Header)}
	h := handler
	if h == nil {
		h = http.NotFoundHandler()
	}
	h.ServeHTTP(w, req)
	w.sendHeader(nil)
	return out.Flush()
}

type readCloser struct {
	r interface{ Read([]byte) (int, error) }
}

func (r readCloser) Read(p []byte) (int, error) { return r.r.Read(p) }
func (r readCloser) Close() error               { return nil }
