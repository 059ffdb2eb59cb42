package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Reason says why a provider answered a request itself: it is the value of the DeFaaS-Error
// header and the "error" field of the JSON body.
type Reason string

// The provider's reasons (SPEC §5.4): the provider failed to serve. A witness counts them
// against it.
const (
	ReasonLeaseUnknown Reason = "lease-unknown" // 404: the provider does not serve this lease
	ReasonNotDeployed  Reason = "not-deployed"  // 404, 409: no module uploaded, or the lease is not in service here (not yet, or no longer)
	ReasonOverloaded   Reason = "overloaded"    // 503: every execution slot busy and the queue full, or no slot in time
	ReasonUnavailable  Reason = "unavailable"   // 503: the provider cannot serve the request now
	ReasonInternal     Reason = "internal"      // 500: the provider's own fault
)

// The function's reasons (SPEC §5.4): the function itself failed, under the level's limits.
const (
	ReasonFunctionCrashed Reason = "function-crashed" // 502: a trap, a panic or a non-zero exit
	ReasonFunctionTimeout Reason = "function-timeout" // 504: no response within the request timeout
	ReasonFunctionMemory  Reason = "function-memory"  // 507: the level's memory cap was hit
	ReasonFunctionOutput  Reason = "function-output"  // 502: the response is malformed or too large
)

// The caller's reasons: the request itself was wrong.
const (
	ReasonBadRequest       Reason = "bad-request"        // 400
	ReasonNotFound         Reason = "not-found"          // 404: no such route
	ReasonMethodNotAllowed Reason = "method-not-allowed" // 405
	ReasonBodyTooLarge     Reason = "body-too-large"     // 413
)

// Reasons a module is refused at upload.
const (
	ReasonNotWebAssembly    Reason = "not-webassembly"    // 422: not a valid WebAssembly module
	ReasonModuleTooLarge    Reason = "module-too-large"   // 413: larger than the level's imageMB
	ReasonMemoryOverLevel   Reason = "memory-over-level"  // 422: declares more memory than the level's memoryMB
	ReasonNoEntryPoint      Reason = "no-entry-point"     // 422: neither a WASI command nor a defaas_v1 reactor
	ReasonUnsupportedImport Reason = "unsupported-import" // 422: imports something the runtime does not provide
	ReasonInitFailed        Reason = "init-failed"        // 422: a reactor failed its _initialize
	// ReasonModuleConfirmed (409): the provider confirmed the module the customer committed
	// (confirmDeployment, SPEC §3.10); it is the lease's module for good.
	ReasonModuleConfirmed Reason = "module-confirmed"
)

// Refusals of a request's authentication (SPEC §5.3, package sigauth).
const (
	ReasonMissingSignature   Reason = "missing-signature"   // 401
	ReasonMalformedSignature Reason = "malformed-signature" // 401
	ReasonStaleTimestamp     Reason = "stale-timestamp"     // 401: ts outside the window
	ReasonReplayedNonce      Reason = "replayed-nonce"      // 401
	ReasonBadSignature       Reason = "bad-signature"       // 401: no signer can be recovered
	ReasonForbidden          Reason = "forbidden"           // 403: neither the customer nor a committee member
	ReasonWrongLease         Reason = "wrong-lease"         // 403: signed for another lease
	ReasonRateLimited        Reason = "rate-limited"        // 429: a committee member over its probe rate, a key over its rate, a public caller over its limit
	// ReasonSignatureMismatch (401): the signature does not cover the request that arrived: it
	// recovers another account than the one the header names (signer=…), so the body, the
	// method or the path differ from what was signed.
	ReasonSignatureMismatch Reason = "signature-mismatch"
	ReasonMissingKey        Reason = "missing-key"       // 401: a lease in keys mode, no Authorization
	ReasonMalformedKey      Reason = "malformed-key"     // 401: not "Bearer dfk_" and 43 base64url characters
	ReasonUnknownKey        Reason = "unknown-key"       // 401: no such key on the lease (never registered, or revoked)
	ReasonKeysNotAccepted   Reason = "keys-not-accepted" // 403: a key sent to a lease in signed mode, or to a route keys cannot use
	// ReasonThrottled (429): the lease's execution slots and queue are full and this caller
	// holds the most of them (fair admission, SPEC §5.3).
	ReasonThrottled      Reason = "throttled"
	ReasonHeaderTooLarge Reason = "header-too-large" // 431: the request's header is over the provider's limit
	ReasonTooManyKeys    Reason = "too-many-keys"    // 413: an access policy over MaxKeys
)

// Provider reports whether r is one of the provider's reasons: the provider failed.
func (r Reason) Provider() bool {
	switch r {
	case ReasonLeaseUnknown, ReasonNotDeployed, ReasonOverloaded, ReasonUnavailable, ReasonInternal:
		return true
	}
	return false
}

// Function reports whether r is one of the function's reasons: the function failed.
func (r Reason) Function() bool {
	switch r {
	case ReasonFunctionCrashed, ReasonFunctionTimeout, ReasonFunctionMemory, ReasonFunctionOutput:
		return true
	}
	return false
}

// Error is a response a provider made itself: its status, its reason and the detail of its
// JSON body {"error": reason, "detail": ...}.
type Error struct {
	Status int
	Reason Reason
	Detail string
}

func (e *Error) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("provider refused (%d %s): %s", e.Status, e.Reason, e.Detail)
	}
	return fmt.Sprintf("provider refused (%d %s)", e.Status, e.Reason)
}

type errorBody struct {
	Error  Reason `json:"error"`
	Detail string `json:"detail,omitempty"`
}

// WriteError answers a request with e: the DeFaaS-Error header, the status, and the JSON
// body. A 401 also names the scheme to authenticate with.
func WriteError(w http.ResponseWriter, e *Error) {
	h := w.Header()
	h.Set(ErrorHeader, string(e.Reason))
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	if e.Status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", SchemeSignature)
		h.Add("WWW-Authenticate", SchemeKey)
	}
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(errorBody{Error: e.Reason, Detail: e.Detail})
}

// ReadError returns the provider's own answer in res as an *Error, or nil when the function
// answered: only the provider marks its responses with the DeFaaS-Error header. It reads and
// closes the body of a provider's answer and leaves a function's alone.
func ReadError(res *http.Response) *Error {
	reason := res.Header.Get(ErrorHeader)
	if reason == "" {
		return nil
	}
	defer res.Body.Close()
	e := &Error{Status: res.StatusCode, Reason: Reason(reason)}
	var body errorBody
	if b, err := io.ReadAll(io.LimitReader(res.Body, 64<<10)); err == nil && json.Unmarshal(b, &body) == nil {
		e.Detail = body.Detail
	}
	return e
}
