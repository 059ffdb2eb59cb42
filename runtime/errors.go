package runtime

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/defaas/defaas/api"
)

// ErrorHeader marks every response that the runtime makes itself rather than
// the function (SPEC §5.4): api.ErrorHeader.
const ErrorHeader = api.ErrorHeader

// Causes the runtime refuses an upload or fails an invocation: its own
// vocabulary, finer than the wire's, for logs and metrics. A response carries
// the cause's api.Reason (WireReason) in the DeFaaS-Error header and the
// "error" field of its JSON body, and the cause in its detail.
const (
	ReasonNotWebAssembly    = "not-webassembly"    // 422: not a valid WebAssembly module
	ReasonModuleTooLarge    = "module-too-large"   // 413: larger than the level's imageMB
	ReasonMemoryOverLevel   = "memory-over-level"  // 422: declares more memory than the level's memoryMB
	ReasonNoEntryPoint      = "no-entry-point"     // 422: neither a WASI command nor a defaas_v1 reactor
	ReasonUnsupportedImport = "unsupported-import" // 422: imports something the runtime does not provide
	ReasonInitFailed        = "init-failed"        // 422: a reactor failed its _initialize
	ReasonNoFunction        = "no-function"        // 404: nothing uploaded for the lease yet
	ReasonUnknownLease      = "unknown-lease"      // 404: the resolver does not know the lease
	ReasonLeaseInactive     = "lease-inactive"     // 409: the lease is not in service
	ReasonBodyTooLarge      = "body-too-large"     // 413: request body over the bound
	ReasonQueueFull         = "queue-full"         // 503: all slots busy and the queue is full
	ReasonQueueTimeout      = "queue-timeout"      // 503: waited for a slot longer than the time limit
	ReasonThrottled         = "throttled"          // 429: the queue is full and this caller holds the most of it
	ReasonTimeout           = "timeout"            // 504: the function ran past its wall-clock limit
	ReasonMemoryLimit       = "memory-limit"       // 507: the function hit its level's memory cap
	ReasonOutputTooLarge    = "output-too-large"   // 502: response over the output bound
	ReasonMalformedResponse = "malformed-response" // 502: stdout was not a CGI response
	ReasonCrashed           = "function-crashed"   // 502: trap, panic or non-zero exit
	ReasonCanceled          = "canceled"           // 503: the client went away first
	ReasonUnavailable       = "unavailable"        // 503: the backend cannot reach where functions run (a pool's NATS or workers)
	ReasonInternal          = "internal"           // 500: the provider's own fault
	ReasonMethodNotAllowed  = "method-not-allowed" // 405
	ReasonBadRequest        = "bad-request"        // 400
	ReasonNotFound          = "not-found"          // 404: no such route
)

// wireReasons maps each cause to the reason of SPEC v2 §5.4 its response carries. The
// provider's reasons say the provider failed, the function's that the function did; a witness
// tells them apart by them. The decisions: a module missing and a lease not in service are
// both "not-deployed" (the provider does not serve the function now); a full queue and a wait
// for a slot that timed out are both "overloaded"; a CGI response that does not parse and one
// that is too large are both the function's "function-output"; a request whose caller went
// away is "unavailable" (nobody reads it, the metrics keep the cause).
var wireReasons = map[string]api.Reason{
	ReasonNotWebAssembly:    api.ReasonNotWebAssembly,
	ReasonModuleTooLarge:    api.ReasonModuleTooLarge,
	ReasonMemoryOverLevel:   api.ReasonMemoryOverLevel,
	ReasonNoEntryPoint:      api.ReasonNoEntryPoint,
	ReasonUnsupportedImport: api.ReasonUnsupportedImport,
	ReasonInitFailed:        api.ReasonInitFailed,
	ReasonNoFunction:        api.ReasonNotDeployed,
	ReasonUnknownLease:      api.ReasonLeaseUnknown,
	ReasonLeaseInactive:     api.ReasonNotDeployed,
	ReasonBodyTooLarge:      api.ReasonBodyTooLarge,
	ReasonQueueFull:         api.ReasonOverloaded,
	ReasonQueueTimeout:      api.ReasonOverloaded,
	ReasonThrottled:         api.ReasonThrottled,
	ReasonTimeout:           api.ReasonFunctionTimeout,
	ReasonMemoryLimit:       api.ReasonFunctionMemory,
	ReasonOutputTooLarge:    api.ReasonFunctionOutput,
	ReasonMalformedResponse: api.ReasonFunctionOutput,
	ReasonCrashed:           api.ReasonFunctionCrashed,
	ReasonCanceled:          api.ReasonUnavailable,
	ReasonUnavailable:       api.ReasonUnavailable,
	ReasonInternal:          api.ReasonInternal,
	ReasonMethodNotAllowed:  api.ReasonMethodNotAllowed,
	ReasonBadRequest:        api.ReasonBadRequest,
	ReasonNotFound:          api.ReasonNotFound,
}

// WireReason is the reason a response gives for cause; an unknown cause is the provider's
// own fault, "internal".
func WireReason(cause string) api.Reason {
	if r, ok := wireReasons[cause]; ok {
		return r
	}
	return api.ReasonInternal
}

// Error is a refusal or failure with the HTTP status and cause the runtime
// answers with.
type Error struct {
	Status int
	Reason string // the cause: one of the Reason constants
	Detail string
	Err    error
	// Time is the admission time of a request that failed once admitted
	// (its DeFaaS-Time), zero for a refusal before: a witness re-runs a
	// function's failure with it (SPEC §5.4).
	Time time.Time
}

func (e *Error) Error() string {
	msg := e.Reason
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

func newError(status int, reason, format string, args ...any) *Error {
	return &Error{Status: status, Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// StatusOf returns the HTTP status and cause for err: those of an *Error in
// its chain, else 500 "internal".
func StatusOf(err error) (int, string) {
	var e *Error
	if errors.As(err, &e) {
		return e.Status, e.Reason
	}
	return http.StatusInternalServerError, ReasonInternal
}

// WriteError answers a request with err as the runtime's own response: the
// DeFaaS-Error header with the cause's wire reason, and a JSON body
// {"error": reason, "detail": ...} whose detail names the cause when the
// reason does not.
func WriteError(w http.ResponseWriter, err error) {
	status, cause := StatusOf(err)
	reason := WireReason(cause)
	var detail string
	var e *Error
	if errors.As(err, &e) {
		setTime(w.Header(), e.Time)
		detail = e.Detail
		if string(reason) != cause {
			detail = strings.TrimSuffix(cause+": "+e.Detail, ": ")
		}
	}
	api.WriteError(w, &api.Error{Status: status, Reason: reason, Detail: detail})
}
