package probekit

import (
	"fmt"
	"net/http"
	"strings"
)

// ParseProbe reads a request as a customer writes it on the command line:
//
//	[METHOD] /path[?query] [@FILE] [Name:value …] [deterministic]
//
// e.g. "POST /resize?w=64 @body.jpg Content-Type:image/jpeg deterministic". The method
// defaults to GET (POST with a body); @FILE is the body, read with readFile; Name:value is a
// header; "deterministic" marks a request whose response body a member may compare on a
// re-run (SPEC §5.4).
func ParseProbe(s string, readFile func(string) ([]byte, error)) (Request, error) {
	var r Request
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return r, fmt.Errorf("probe %q: want [METHOD] /path[?query] [@FILE] [Name:value …] [deterministic]", s)
	}
	if !strings.HasPrefix(fields[0], "/") {
		r.Method, fields = strings.ToUpper(fields[0]), fields[1:]
	}
	if len(fields) == 0 || !strings.HasPrefix(fields[0], "/") {
		return r, fmt.Errorf("probe %q: the path comes after the method and starts with /", s)
	}
	r.Path, r.Query, _ = strings.Cut(fields[0], "?")
	for _, f := range fields[1:] {
		switch {
		case strings.HasPrefix(f, "@"):
			if r.Body != nil {
				return r, fmt.Errorf("probe %q: one @FILE body at most", s)
			}
			b, err := readFile(f[1:])
			if err != nil {
				return r, fmt.Errorf("probe %q: read the body: %w", s, err)
			}
			if b == nil {
				b = []byte{}
			}
			r.Body = b
		case strings.EqualFold(f, "deterministic"):
			r.Deterministic = true
		case strings.Contains(f, ":"):
			k, v, _ := strings.Cut(f, ":")
			if r.Header == nil {
				r.Header = http.Header{}
			}
			r.Header.Add(http.CanonicalHeaderKey(k), v)
		default:
			return r, fmt.Errorf("probe %q: %q is neither @FILE, Name:value nor deterministic", s, f)
		}
	}
	if r.Method == "" {
		r.Method = http.MethodGet
		if r.Body != nil {
			r.Method = http.MethodPost
		}
	}
	if err := r.Validate(); err != nil {
		return r, fmt.Errorf("probe %q: %w", s, err)
	}
	return r, nil
}

// DefaultProbes is what a kit holds when the customer chose nothing: GET /.
func DefaultProbes() []Request { return []Request{{Method: http.MethodGet, Path: "/"}} }
