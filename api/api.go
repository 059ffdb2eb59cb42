// Package api is the wire protocol of a provider's HTTP API (SPEC §5.2–§5.4): its routes, its
// header names, the reasons a provider's own responses give, and the bodies of the lease
// status and of the access information a provider seals to its customer. Both ends use it:
// the provider's server (package runtime behind package sigauth) and its clients (package
// provider/client, the witness daemon).
//
// It depends on the standard library only, so that a customer's client pulls in neither a
// WebAssembly runtime nor an Ethereum library through it.
package api

import (
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// LeaseID identifies a lease. A lease is keyed by the id of the order it was made from (SPEC
// §3.4), so the id a provider serves under is the order id on chain; it travels in paths,
// signatures and the access information as a decimal number.
type LeaseID uint64

func (id LeaseID) String() string { return strconv.FormatUint(uint64(id), 10) }

// ParseLeaseID reads a lease id in canonical decimal: digits only, no leading zero. Order ids
// are uint256 on chain but count up from 1, so an id beyond 64 bits names no lease.
func ParseLeaseID(s string) (LeaseID, error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || strconv.FormatUint(n, 10) != s {
		if len(s) > 80 {
			s = s[:80] + "…"
		}
		return 0, fmt.Errorf("lease id %q is not a decimal number below 2^64 without leading zeros", s)
	}
	return LeaseID(n), nil
}

// Routes of the provider's API, as net/http.ServeMux patterns; {id} is the lease id.
const (
	// RouteLease: GET the lease's status on the provider's side (customer, committee).
	RouteLease = "/v1/leases/{id}"
	// RouteFunction: PUT the lease's WebAssembly module (customer, until the provider confirms
	// it: 409 module-confirmed after); GET it (the current segment's committee, and the
	// customer), to check it against the committed hash and re-run requests on it (v2).
	RouteFunction = "/v1/leases/{id}/function"
	// RouteInvoke and RouteInvokeRoot: any method runs the function, which sees the path
	// after /invoke ("/" for the root).
	RouteInvoke     = "/v1/leases/{id}/invoke/{path...}"
	RouteInvokeRoot = "/v1/leases/{id}/invoke"
	// RouteAccess: PUT who may invoke (v2, SPEC §5.3).
	RouteAccess = "/v1/leases/{id}/access"
)

// LeaseFromRequest is the lease id of a request routed by one of the patterns above.
func LeaseFromRequest(r *http.Request) (LeaseID, error) { return ParseLeaseID(r.PathValue("id")) }

// LeasePath is the path of a lease: /v1/leases/{id}.
func LeasePath(id LeaseID) string { return "/v1/leases/" + id.String() }

// InvokePrefix is what a function's path is found behind: /v1/leases/{id}/invoke.
func InvokePrefix(id LeaseID) string { return LeasePath(id) + "/invoke" }

// LeaseURL is the status URL of a lease at a provider's endpoint (its published base URL).
func LeaseURL(endpoint string, id LeaseID) string {
	return strings.TrimRight(endpoint, "/") + LeasePath(id)
}

// FunctionURL is where a lease's module is uploaded (PUT) and fetched by the committee (GET).
func FunctionURL(endpoint string, id LeaseID) string { return LeaseURL(endpoint, id) + "/function" }

// AccessURL is where a lease's access policy is set (v2).
func AccessURL(endpoint string, id LeaseID) string { return LeaseURL(endpoint, id) + "/access" }

// InvokeURL is the URL that runs a lease's function on path, which may carry a query
// ("/resize?w=64"); a path without a leading slash gets one.
func InvokeURL(endpoint string, id LeaseID, path string) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return LeaseURL(endpoint, id) + "/invoke" + path
}

// Invokes reports whether r is addressed to lease id's function: …/invoke or …/invoke/….
func Invokes(r *http.Request, id LeaseID) bool {
	p, pre := r.URL.EscapedPath(), InvokePrefix(id)
	return p == pre || strings.HasPrefix(p, pre+"/")
}

// CallerIP names an anonymous caller by the address its request came from: "ip:" and the IPv4
// address, or the /64 prefix of an IPv6 address (one host usually holds a whole /64). It is
// how a provider limits the callers of a public lease and shares its queue between them.
func CallerIP(r *http.Request) string {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return "ip:" + r.RemoteAddr
	}
	a := ap.Addr().Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return "ip:" + p.String()
	}
	return "ip:" + a.String()
}

// FunctionPath is the path a function sees of a request routed to it: what follows the
// lease's invoke prefix, unescaped, "/" when nothing does; raw is the same, still escaped.
func FunctionPath(r *http.Request, id LeaseID) (path, raw string, err error) {
	raw = strings.TrimPrefix(r.URL.EscapedPath(), InvokePrefix(id))
	if raw == "" {
		raw = "/"
	}
	path, err = url.PathUnescape(raw)
	return path, raw, err
}

// Header names.
const (
	// ErrorHeader marks every response a provider makes itself rather than the function,
	// with its Reason; a function's own response never carries it (SPEC §5.4).
	ErrorHeader = "DeFaaS-Error"
	// TimeHeader carries the admission time of a request, unix milliseconds (v2, SPEC §5.1).
	TimeHeader = "DeFaaS-Time"
	// SchemeSignature is the Authorization scheme of signed requests (SPEC §5.3):
	// "DeFaaS-Sig lease=<id>,ts=<unix>,nonce=<hex>,sig=<hex>", package sigauth.
	SchemeSignature = "DeFaaS-Sig"
	// SchemeKey is the Authorization scheme of API keys (v2, SPEC §5.3):
	// "Bearer dfk_<43 base64url characters>".
	SchemeKey = "Bearer"
	// KeyPrefix starts every API key.
	KeyPrefix = "dfk_"
)
