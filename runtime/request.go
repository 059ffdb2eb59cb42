package runtime

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/defaas/defaas/api"
)

// Request is one invocation of a function, as data: what the function sees
// of an HTTP request. A Backend in another process or on another machine
// sends it as it is.
type Request struct {
	// Method is the HTTP method.
	Method string
	// URI is the path and query the function sees, escaped: what follows
	// /v1/leases/{id}/invoke, "/" when nothing does ("/greet/x?name=Ada").
	URI string
	// Proto is the protocol ("HTTP/1.1"), Host the Host header, RemoteAddr
	// the caller's address (host:port) and TLS whether the request came over
	// TLS: CGI variables, all optional.
	Proto, Host, RemoteAddr string
	TLS                     bool
	// Header holds the request's headers. Authorization is never passed to
	// the function; DeFaaS-Time is set by the runtime.
	Header http.Header
	// Body is read once the request has an execution slot, up to
	// ContentLength bytes, or to its end when ContentLength is negative;
	// either way at most Config.MaxBodyBytes. Nil is an empty body.
	Body          io.Reader
	ContentLength int64
	// Caller names who sent the request, for fair admission (SPEC §5.3): requests of one
	// caller share its place in the lease's queue. The server sets it (an account, a key, an
	// IP address); it is never shown to the function. Empty is one anonymous caller.
	Caller string
	// Time is the admission time the function sees (DeFaaS-Time). Zero
	// stamps the request when it gets its slot; a witness re-running a
	// request gives the DeFaaS-Time of the response it checks, and the
	// function then sees what it saw at the provider (SPEC §5.1).
	Time time.Time
}

// NewRequest describes r for a function mounted at the root of r's URL
// space: r.URL's path and query are what the function sees.
func NewRequest(r *http.Request) *Request {
	uri := r.URL.EscapedPath()
	if uri == "" {
		uri = "/"
	}
	if r.URL.RawQuery != "" {
		uri += "?" + r.URL.RawQuery
	}
	body := r.Body
	if body == http.NoBody {
		body = nil
	}
	return &Request{
		Method: r.Method, URI: uri, Proto: r.Proto, Host: r.Host, RemoteAddr: r.RemoteAddr,
		TLS: r.TLS != nil, Header: r.Header, Body: body, ContentLength: r.ContentLength,
	}
}

// Response is a function's response.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	// Time is the request's admission time, sent back as DeFaaS-Time.
	Time time.Time
}

// Write sends the response, with its DeFaaS-Time.
func (res *Response) Write(w http.ResponseWriter) {
	h := w.Header()
	for k, v := range res.Header {
		h[k] = v
	}
	setTime(h, res.Time)
	h.Set("Content-Length", strconv.Itoa(len(res.Body)))
	w.WriteHeader(res.Status)
	_, _ = w.Write(res.Body)
}

func setTime(h http.Header, t time.Time) {
	if !t.IsZero() {
		h.Set(api.TimeHeader, strconv.FormatInt(t.UnixMilli(), 10))
	}
}

// ParseTime reads a DeFaaS-Time header value: unix milliseconds.
func ParseTime(v string) (time.Time, error) {
	ms, err := strconv.ParseInt(v, 10, 64)
	if err != nil || ms < 0 {
		return time.Time{}, fmt.Errorf("%s %q is not unix milliseconds", api.TimeHeader, v)
	}
	return time.UnixMilli(ms), nil
}
