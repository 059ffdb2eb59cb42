package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/defaas/defaas/api"
)

// cgiEnv builds the RFC 3875 meta-variables of a request, shared by both
// ABIs. The function is mounted at the root of its own URL space: SCRIPT_NAME
// is empty and PATH_INFO is the path after /v1/leases/{id}/invoke.
// REQUEST_URI (not CGI/1.1, but what Go's net/http/cgi and most CGI libraries
// read first) carries the same path with its original escaping.
// HTTP_DEFAAS_TIME is the admission time, unix milliseconds. The variables
// come in a fixed order (headers sorted), so that the same request gives a
// function the same environment wherever it runs.
func cgiEnv(req *Request, u *url.URL, lease api.LeaseID, length int64, at time.Time) []string {
	path := u.Path
	if path == "" {
		path = "/"
	}
	proto := req.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	env := make([]string, 0, 20+len(req.Header))
	env = append(env,
		"GATEWAY_INTERFACE=CGI/1.1",
		"SERVER_SOFTWARE=defaas",
		"SERVER_PROTOCOL="+proto,
		"REQUEST_METHOD="+req.Method,
		"SCRIPT_NAME=",
		"PATH_INFO="+path,
		"QUERY_STRING="+u.RawQuery,
		"REQUEST_URI="+req.URI,
		"DEFAAS_LEASE="+lease.String(),
	)
	if host, port, err := net.SplitHostPort(req.Host); err == nil {
		env = append(env, "SERVER_NAME="+host, "SERVER_PORT="+port)
	} else if req.Host != "" {
		env = append(env, "SERVER_NAME="+req.Host)
	}
	// The caller's address, not its port: a witness re-running the request
	// cannot know the port the provider saw.
	if host, _, err := net.SplitHostPort(req.RemoteAddr); err == nil {
		env = append(env, "REMOTE_ADDR="+host, "REMOTE_HOST="+host)
	}
	if req.TLS {
		env = append(env, "HTTPS=on")
	}
	if ct := req.Header.Get("Content-Type"); ct != "" {
		env = append(env, "CONTENT_TYPE="+ct)
	}
	if length > 0 {
		env = append(env, "CONTENT_LENGTH="+strconv.FormatInt(length, 10))
	}
	if req.Host != "" {
		env = append(env, "HTTP_HOST="+req.Host)
	}
	keys := make([]string, 0, len(req.Header))
	for k := range req.Header {
		switch textproto.CanonicalMIMEHeaderKey(k) {
		// Credentials stay with the provider (RFC 3875 §4.1.18 lets the
		// server withhold them); Proxy would enable "httpoxy"; the body's
		// headers are already CONTENT_*; the runtime sets DeFaaS-Time.
		case "Authorization", "Proxy-Authorization", "Proxy", "Content-Type", "Content-Length", "Host", timeHeader:
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		name := "HTTP_" + strings.ReplaceAll(strings.ToUpper(k), "-", "_")
		env = append(env, name+"="+strings.Join(req.Header[k], ", "))
	}
	env = append(env, "HTTP_DEFAAS_TIME="+strconv.FormatInt(at.UnixMilli(), 10))
	return env
}

var timeHeader = textproto.CanonicalMIMEHeaderKey(api.TimeHeader)

func cutEnv(kv string) (string, string, bool) { return strings.Cut(kv, "=") }

// encodeEnv packs the variables as "K=V\x00" records for defaas_v1.
func encodeEnv(env []string) []byte {
	n := 0
	for _, kv := range env {
		n += len(kv) + 1
	}
	b := make([]byte, 0, n)
	for _, kv := range env {
		b = append(b, kv...)
		b = append(b, 0)
	}
	return b
}

// maxHeaderBytes bounds the header block of a CGI response.
const maxHeaderBytes = 64 << 10

// dropHeaders are never passed from a function's response: hop-by-hop
// headers, the length (recomputed), the runtime's own error marker, which a
// function must not be able to forge to make its provider look at fault, and
// the admission time, which the runtime sets.
var dropHeaders = map[string]bool{
	"Connection": true, "Keep-Alive": true, "Transfer-Encoding": true, "Upgrade": true,
	"Te": true, "Trailer": true, "Proxy-Connection": true, "Content-Length": true,
	textproto.CanonicalMIMEHeaderKey(ErrorHeader): true, timeHeader: true, "Status": true,
}

// parseCGIResponse reads a CGI response (RFC 3875 §6): header lines, a blank
// line, the body. "Status: NNN reason" sets the status; a Location without a
// Status is a 302; a non-empty body needs a Content-Type.
func parseCGIResponse(b []byte) (*Response, error) {
	headerEnd := -1
	for i := 0; i < len(b) && i < maxHeaderBytes; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			break
		}
		line := b[i : i+j]
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			headerEnd = i + j + 1
			break
		}
		i += j + 1
	}
	if headerEnd < 0 {
		if len(b) == 0 {
			return nil, errors.New("empty output")
		}
		return nil, errors.New("no blank line ends the headers")
	}
	res := &Response{Status: 0, Header: make(http.Header)}
	for _, raw := range strings.Split(string(b[:headerEnd]), "\n") {
		line := strings.TrimSuffix(raw, "\r")
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || k == "" || strings.ContainsAny(k, " \t") {
			return nil, fmt.Errorf("bad header line %q", truncate(line, 80))
		}
		k = textproto.CanonicalMIMEHeaderKey(k)
		v = strings.TrimSpace(v)
		if !validHeaderValue(v) {
			return nil, fmt.Errorf("bad value for header %s", k)
		}
		if k == "Status" {
			code, _, _ := strings.Cut(v, " ")
			n, err := strconv.Atoi(code)
			if err != nil || n < 200 || n > 599 || res.Status != 0 {
				return nil, fmt.Errorf("bad Status %q", truncate(v, 80))
			}
			res.Status = n
			continue
		}
		if dropHeaders[k] {
			continue
		}
		res.Header.Add(k, v)
	}
	res.Body = b[headerEnd:]
	if res.Status == 0 {
		res.Status = http.StatusOK
		if res.Header.Get("Location") != "" {
			res.Status = http.StatusFound
		}
	}
	if len(res.Body) > 0 && res.Header.Get("Content-Type") == "" {
		return nil, errors.New("a body without a Content-Type")
	}
	return res, nil
}

func validHeaderValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < ' ' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
