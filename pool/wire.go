package pool

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

// Heartbeat is what a worker publishes every heartbeat interval, and at once after it loaded
// or dropped a lease.
type Heartbeat struct {
	Worker string `json:"worker"`
	// Boot changes at every start of the worker process: a worker back under the same name
	// has lost what it had loaded.
	Boot string `json:"boot"`
	// CPUMilli and MemoryMB are the capacity the worker offers.
	CPUMilli uint32 `json:"cpuMilli"`
	MemoryMB uint32 `json:"memoryMB"`
	// Leases maps the leases it serves (decimal ids) to the sha256 of their modules.
	Leases map[string]string `json:"leases"`
	// Load: execution slots of the loaded functions, how many run, how many requests wait,
	// and invocations answered since the worker started.
	Slots   int    `json:"slots"`
	Running int    `json:"running"`
	Waiting int64  `json:"waiting"`
	Served  uint64 `json:"served"`
}

// loadRequest asks a worker to serve a lease with the module of that hash, under the lease's
// level and request time limit: the deployment's requestTimeout (SPEC §6), which the provider
// reads from the chain, not anything of the worker's.
type loadRequest struct {
	Lease     api.LeaseID   `json:"lease,string"`
	SHA256    string        `json:"sha256"`
	Level     runtime.Level `json:"level"`
	TimeoutMS int64         `json:"timeoutMs"`
}

// leaseRequest names a lease: unload and status.
type leaseRequest struct {
	Lease api.LeaseID `json:"lease,string"`
}

// controlReply answers a load or a status: the function's status, or why not.
type controlReply struct {
	Status *runtime.FunctionStatus `json:"status,omitempty"`
	Error  *wireError              `json:"error,omitempty"`
}

// wireError carries a *runtime.Error across: the gateway answers with exactly what the
// worker's runtime said.
type wireError struct {
	Status int    `json:"status"`
	Reason string `json:"reason"`
	Detail string `json:"detail,omitempty"`
	TimeMS int64  `json:"time,omitempty"`
}

func toWire(err error) *wireError {
	if err == nil {
		return nil
	}
	var e *runtime.Error
	if errors.As(err, &e) {
		w := &wireError{Status: e.Status, Reason: e.Reason, Detail: e.Detail}
		if e.Err != nil {
			w.Detail = strings.TrimPrefix(w.Detail+": "+e.Err.Error(), ": ")
		}
		if !e.Time.IsZero() {
			w.TimeMS = e.Time.UnixMilli()
		}
		return w
	}
	return &wireError{Status: http.StatusInternalServerError, Reason: runtime.ReasonInternal, Detail: err.Error()}
}

func (w *wireError) err() error {
	e := &runtime.Error{Status: w.Status, Reason: w.Reason, Detail: w.Detail}
	if w.TimeMS != 0 {
		e.Time = time.UnixMilli(w.TimeMS)
	}
	if e.Reason == runtime.ReasonNoFunction {
		return runtime.ErrNotLoaded
	}
	return e
}

// An invocation crosses as one message: a uvarint length, that many bytes of JSON describing
// the request (or response), then the body as it is. The body is not encoded, so a large one
// costs a copy and no more.

type requestHead struct {
	Method     string      `json:"m"`
	URI        string      `json:"u"`
	Proto      string      `json:"p,omitempty"`
	Host       string      `json:"h,omitempty"`
	RemoteAddr string      `json:"r,omitempty"`
	TLS        bool        `json:"s,omitempty"`
	Header     http.Header `json:"H,omitempty"`
	TimeMS     int64       `json:"t,omitempty"`
}

type responseHead struct {
	Status int         `json:"s,omitempty"`
	Header http.Header `json:"H,omitempty"`
	TimeMS int64       `json:"t,omitempty"`
	Error  *wireError  `json:"e,omitempty"`
}

func frame(head any, body []byte) ([]byte, error) {
	h, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, binary.MaxVarintLen32+len(h)+len(body))
	out = binary.AppendUvarint(out, uint64(len(h)))
	out = append(out, h...)
	return append(out, body...), nil
}

func unframe(data []byte, head any) (body []byte, err error) {
	n, k := binary.Uvarint(data)
	if k <= 0 || n > uint64(len(data)-k) {
		return nil, errors.New("malformed message: bad head length")
	}
	if err := json.Unmarshal(data[k:k+int(n)], head); err != nil {
		return nil, fmt.Errorf("malformed message: %w", err)
	}
	return data[k+int(n):], nil
}

func encodeRequest(req *runtime.Request, body []byte) ([]byte, error) {
	h := requestHead{Method: req.Method, URI: req.URI, Proto: req.Proto, Host: req.Host, RemoteAddr: req.RemoteAddr,
		TLS: req.TLS, Header: req.Header}
	if !req.Time.IsZero() {
		h.TimeMS = req.Time.UnixMilli()
	}
	return frame(&h, body)
}

func decodeRequest(data []byte) (*runtime.Request, error) {
	var h requestHead
	body, err := unframe(data, &h)
	if err != nil {
		return nil, err
	}
	req := &runtime.Request{Method: h.Method, URI: h.URI, Proto: h.Proto, Host: h.Host, RemoteAddr: h.RemoteAddr,
		TLS: h.TLS, Header: h.Header, ContentLength: int64(len(body))}
	if req.Header == nil {
		req.Header = http.Header{}
	}
	if len(body) > 0 {
		req.Body = bytes.NewReader(body)
	}
	if h.TimeMS != 0 {
		req.Time = time.UnixMilli(h.TimeMS)
	}
	return req, nil
}

func encodeResponse(res *runtime.Response, err error) ([]byte, error) {
	if err != nil {
		return frame(&responseHead{Error: toWire(err)}, nil)
	}
	h := responseHead{Status: res.Status, Header: res.Header}
	if !res.Time.IsZero() {
		h.TimeMS = res.Time.UnixMilli()
	}
	return frame(&h, res.Body)
}

func decodeResponse(data []byte) (*runtime.Response, error) {
	var h responseHead
	body, err := unframe(data, &h)
	if err != nil {
		return nil, err
	}
	if h.Error != nil {
		return nil, h.Error.err()
	}
	res := &runtime.Response{Status: h.Status, Header: h.Header, Body: body}
	if res.Header == nil {
		res.Header = http.Header{}
	}
	if h.TimeMS != 0 {
		res.Time = time.UnixMilli(h.TimeMS)
	}
	return res, nil
}
