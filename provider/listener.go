package provider

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"

	"github.com/defaas/defaas/api"
)

// maxHeaderBytes bounds a request's header (its request line included; net/http allows 4 KiB
// more). A larger one is refused with 431 header-too-large.
const maxHeaderBytes = 32 << 10

// jsonRefusals makes the few refusals net/http's server writes by itself, before any handler
// runs — a header over maxHeaderBytes (431), a malformed request (400), an unsupported
// transfer encoding (501) — look like every other refusal of the provider: the DeFaaS-Error
// header with a reason and a JSON body (SPEC §5.2). net/http writes each of them straight to
// the connection in one write, with headers in an order no handler's response has
// (Content-Type before Connection, no Date); the connection rewrites exactly those writes.
type jsonRefusals struct{ net.Listener }

func (l jsonRefusals) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &jsonRefusalConn{Conn: c}, nil
}

type jsonRefusalConn struct{ net.Conn }

func (c *jsonRefusalConn) Write(p []byte) (int, error) {
	if q, ok := rewriteRefusal(p); ok {
		if _, err := c.Conn.Write(q); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// serverErrorHeaders follow the status line of every response net/http's server makes itself.
const serverErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// rewriteRefusal turns one of net/http's own error responses into the provider's shape.
func rewriteRefusal(p []byte) ([]byte, bool) {
	if !bytes.HasPrefix(p, []byte("HTTP/1.1 ")) || len(p) < 13 || p[12] != ' ' {
		return nil, false
	}
	i := bytes.Index(p, []byte(serverErrorHeaders))
	if i < 0 || bytes.IndexByte(p[:i], '\n') >= 0 {
		return nil, false
	}
	code, err := strconv.Atoi(string(p[9:12]))
	if err != nil || code < 400 {
		return nil, false
	}
	text := string(p[i+len(serverErrorHeaders):])
	reason := api.ReasonBadRequest
	detail := "the request is malformed: " + text
	if code == http.StatusRequestHeaderFieldsTooLarge {
		reason = api.ReasonHeaderTooLarge
		detail = fmt.Sprintf("the request's header is over the provider's limit of %d bytes", maxHeaderBytes)
	}
	body, _ := json.Marshal(struct {
		Error  api.Reason `json:"error"`
		Detail string     `json:"detail"`
	}{reason, detail})
	body = append(body, '\n')
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", code, http.StatusText(code))
	fmt.Fprintf(&b, "%s: %s\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff\r\n", api.ErrorHeader, reason)
	fmt.Fprintf(&b, "Connection: close\r\nContent-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return b.Bytes(), true
}
