package witness

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// Request is the request of one probe: what the function sees, and how the probe
// authenticates. A member without a probe kit sends SignedProbe; a kit (SPEC §5.4, a later
// version) brings requests typical of the customer's traffic, with its keys.
type Request struct {
	Method string `json:"method"`
	// Path is the path the function sees, escaped ("/", "/resize"), and Query the raw query
	// ("w=64"), without "?".
	Path   string      `json:"path"`
	Query  string      `json:"query,omitempty"`
	Header http.Header `json:"header,omitempty"`
	Body   []byte      `json:"body,omitempty"`
	Auth   Auth        `json:"auth"`
	// Key is the kit's API key (dfk_…) of an AuthKey request; never stored.
	Key string `json:"-"`
	// Deterministic: the customer marked the request's answer a function of the request
	// alone, so that a re-run must give the same body, not only the same status.
	Deterministic bool `json:"deterministic,omitempty"`
}

// URI is the path and query the function sees (runtime.Request.URI).
func (r Request) URI() string {
	path := r.Path
	if path == "" {
		path = "/"
	}
	if r.Query != "" {
		return path + "?" + r.Query
	}
	return path
}

// SignedProbe is the probe of a member without a kit: a GET of the function's root, signed
// by the member's account.
var SignedProbe = Request{Method: http.MethodGet, Path: "/", Auth: AuthSigned}

// A Prober picks the request of each probe of a seat, and learns how each counted. Without a
// probe kit it is SignedProbe; with one (kitProber, kit.go), the customer's requests with the
// kit's keys, a refused key's request retried signed.
type Prober interface {
	Next() Request
	Observe(Request, Decision)
}

// userAgent is the User-Agent of every signed probe: set explicitly, so that the request a
// member re-runs carries exactly what the provider's function saw. A kit probe carries the
// kit's, or none: nothing of the witness's own.
const userAgent = "defaas-witness/2"

// maxAnswerBytes bounds the body of an answer a member reads: a function's response is at
// most 32 MiB (SPEC §5.1); a longer one is no answer the protocol allows.
const maxAnswerBytes = 32 << 20

// sender sends a member's requests to a provider: probes, and the fetch of the module.
type sender struct {
	client *http.Client
	// kitClient sends kit probes: like client, but without the "Connection: close" a client
	// without keep-alives writes, which the customer's users do not send. Its connections are
	// closed after each probe, so every probe still opens one.
	kitClient *http.Client
	key       *ecdsa.PrivateKey
	domain    sigauth.Domain
}

// newHTTPClient is the client of probes: no keep-alives, so that every probe tests that the
// provider still accepts connections, and no transparent compression, so that the member
// reads the bytes the provider sent and sends no header it did not choose.
func newHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{DisableKeepAlives: true, DisableCompression: true, Proxy: http.ProxyFromEnvironment}}
}

// newKitHTTPClient is the client of kit probes (sender.kitClient).
func newKitHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{DisableCompression: true, Proxy: http.ProxyFromEnvironment, IdleConnTimeout: time.Second}}
}

// sent is a probe as it left: its answer, and the request as the provider's function saw it
// (for the re-run; its Time is the answer's DeFaaS-Time).
type sent struct {
	answer Answer
	rerun  *runtime.Request
}

// probe sends req to the lease's function at endpoint and reads the whole answer, within
// timeout. ctx ending for another reason than the timeout returns ctx's error: the probe was
// abandoned, not answered.
func (s *sender) probe(ctx context.Context, endpoint string, lease api.LeaseID, req Request, timeout time.Duration) (sent, error) {
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(pctx, req.Method, api.InvokeURL(endpoint, lease, req.URI()), bytes.NewReader(req.Body))
	if err != nil {
		return sent{}, fmt.Errorf("the provider's endpoint %q gives no request URL: %w", endpoint, err)
	}
	if len(req.Body) == 0 {
		hreq.Body, hreq.GetBody, hreq.ContentLength = http.NoBody, nil, 0
	}
	for k, vs := range req.Header {
		hreq.Header[k] = append([]string(nil), vs...)
	}
	client := s.client
	if req.Auth == AuthKey {
		if s.kitClient != nil {
			client = s.kitClient
			defer client.CloseIdleConnections()
		}
		if _, ok := hreq.Header["User-Agent"]; !ok {
			hreq.Header["User-Agent"] = []string{""} // none: net/http adds its own otherwise
		}
	} else {
		hreq.Header.Set("User-Agent", userAgent)
	}
	if err := s.authenticate(hreq, lease, req); err != nil {
		return sent{}, err
	}
	// What the function sees of the request is what went on the wire: the transport adds
	// headers of its own (Connection: close), so record every header field it writes.
	written := http.Header{}
	var mu sync.Mutex
	trace := &httptrace.ClientTrace{WroteHeaderField: func(k string, vs []string) {
		if strings.HasPrefix(k, ":") {
			return // HTTP/2 pseudo-headers
		}
		mu.Lock()
		written[http.CanonicalHeaderKey(k)] = append(written[http.CanonicalHeaderKey(k)], vs...)
		mu.Unlock()
	}}
	hreq = hreq.WithContext(httptrace.WithClientTrace(pctx, trace))

	a := Answer{Sent: time.Now()}
	res, err := client.Do(hreq)
	var body []byte
	if err == nil {
		a.Status, a.Reason, a.Time = res.StatusCode, api.Reason(res.Header.Get(api.ErrorHeader)), res.Header.Get(api.TimeHeader)
		body, err = io.ReadAll(io.LimitReader(res.Body, maxAnswerBytes+1))
		res.Body.Close()
		if err == nil && len(body) > maxAnswerBytes {
			err = fmt.Errorf("the answer is longer than %d bytes", maxAnswerBytes)
		}
	}
	a.Received = time.Now()
	a.BodyHash = sha256.Sum256(body)
	if err != nil {
		if ctx.Err() != nil {
			return sent{}, ctx.Err()
		}
		if errors.Is(err, context.DeadlineExceeded) || pctx.Err() != nil {
			err = fmt.Errorf("no complete answer within %s", timeout)
		}
		a.Err = err.Error()
		return sent{answer: a}, nil
	}
	mu.Lock()
	header := written.Clone()
	mu.Unlock()
	header.Del("Host")
	rr := &runtime.Request{
		Method: req.Method, URI: req.URI(), Proto: res.Proto, Host: hreq.URL.Host, Header: header,
		Body: bytes.NewReader(req.Body), ContentLength: int64(len(req.Body)),
	}
	if t, err := runtime.ParseTime(a.Time); err == nil {
		rr.Time = t
	}
	return sent{answer: a, rerun: rr}, nil
}

func (s *sender) authenticate(r *http.Request, lease api.LeaseID, req Request) error {
	switch req.Auth {
	case AuthKey:
		if req.Key == "" {
			return errors.New("a kit probe without its key")
		}
		r.Header.Set("Authorization", api.SchemeKey+" "+req.Key)
		return nil
	default:
		return sigauth.Sign(r, s.key, s.domain, lease)
	}
}

// fetchModule fetches the lease's module (GET …/function, signed, SPEC §5.2), at most limit
// bytes. An error says what the provider did instead of giving it.
func (s *sender) fetchModule(ctx context.Context, endpoint string, lease api.LeaseID, limit int64, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, api.FunctionURL(endpoint, lease), nil)
	if err != nil {
		return nil, fmt.Errorf("the provider's endpoint %q gives no module URL: %w", endpoint, err)
	}
	req.Header.Set("User-Agent", userAgent)
	if err := sigauth.Sign(req, s.key, s.domain, lease); err != nil {
		return nil, err
	}
	res, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if e := api.ReadError(res); e != nil {
		return nil, e
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the provider answered %s", res.Status)
	}
	wasm, err := io.ReadAll(io.LimitReader(res.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read the module: %w", err)
	}
	if int64(len(wasm)) > limit {
		return nil, fmt.Errorf("the module is larger than the level's %d bytes", limit)
	}
	return wasm, nil
}
