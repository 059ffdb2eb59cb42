package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrorHeader marks every response that the runtime makes itself rather than
// the function (SPEC §5.4): witnesses count such responses as failures of the
// provider, while a status the function chose, even a 5xx, counts as served.
const ErrorHeader = "DeFaaS-Error"

// Reasons the runtime refuses an upload or fails an invocation. They appear in
// the DeFaaS-Error header and the "error" field of the JSON body.
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
	ReasonTimeout           = "timeout"            // 504: the function ran past its wall-clock limit
	ReasonMemoryLimit       = "memory-limit"       // 507: the function hit its level's memory cap
	ReasonOutputTooLarge    = "output-too-large"   // 502: response over the output bound
	ReasonMalformedResponse = "malformed-response" // 502: stdout was not a CGI response
	ReasonCrashed           = "function-crashed"   // 502: trap, panic or non-zero exit
	ReasonCanceled          = "canceled"           // 503: the client went away first
	ReasonInternal          = "internal"           // 500: the provider's own fault
	ReasonMethodNotAllowed  = "method-not-allowed" // 405
	ReasonBadRequest        = "bad-request"        // 400
	ReasonNotFound          = "not-found"          // 404: no such route
)

// Error is a refusal or failure with the HTTP status and reason the runtime
// answers with.
type Error struct {
	Status int
	Reason string
	Detail string
	Err    error
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

// StatusOf returns the HTTP status and reason for err: those of an *Error in
// its chain, else 500 "internal".
func StatusOf(err error) (int, string) {
	var e *Error
	if errors.As(err, &e) {
		return e.Status, e.Reason
	}
	return http.StatusInternalServerError, ReasonInternal
}

// WriteError answers a request with err as the runtime's own response: the
// DeFaaS-Error header and a JSON body {"error": reason, "detail": ...}.
func WriteError(w http.ResponseWriter, err error) {
	status, reason := StatusOf(err)
	body := map[string]string{"error": reason}
	var e *Error
	if errors.As(err, &e) && e.Detail != "" {
		body["detail"] = e.Detail
	}
	h := w.Header()
	h.Set(ErrorHeader, reason)
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}
