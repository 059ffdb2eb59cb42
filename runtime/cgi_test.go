package runtime

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestParseCGIResponse(t *testing.T) {
	tests := []struct {
		name, in   string
		status     int
		header     map[string]string
		body       string
		wantErrSub string
	}{
		{name: "PlainOK", in: "Content-Type: text/plain\r\n\r\nhi", status: 200, header: map[string]string{"Content-Type": "text/plain"}, body: "hi"},
		{name: "BareLF", in: "Content-Type: text/plain\nX-A: 1\n\nhi\r\n", status: 200, header: map[string]string{"X-A": "1"}, body: "hi\r\n"},
		{name: "Status", in: "Status: 418 I'm a teapot\r\nContent-Type: text/plain\r\n\r\nshort", status: 418, body: "short"},
		{name: "FunctionChosen5xx", in: "Status: 500\r\nContent-Type: text/plain\r\n\r\noops", status: 500, body: "oops"},
		{name: "LocationRedirects", in: "Location: /elsewhere\r\n\r\n", status: 302, header: map[string]string{"Location": "/elsewhere"}},
		{name: "EmptyBodyNeedsNoType", in: "Status: 204 No Content\r\n\r\n", status: 204},
		{name: "DropsForgedMarkerAndHopByHop", in: "DeFaaS-Error: forged\r\nConnection: close\r\nContent-Length: 99\r\nContent-Type: a/b\r\n\r\nx", status: 200,
			header: map[string]string{"Defaas-Error": "", "Connection": "", "Content-Length": "", "Content-Type": "a/b"}, body: "x"},
		{name: "Empty", in: "", wantErrSub: "empty"},
		{name: "NoBlankLine", in: "Content-Type: text/plain\r\nhello", wantErrSub: "no blank line"},
		{name: "NotAHeader", in: "hello world\r\n\r\n", wantErrSub: "bad header line"},
		{name: "SpaceInName", in: "Content Type: x\r\n\r\n", wantErrSub: "bad header line"},
		{name: "BadStatus", in: "Status: abc\r\nContent-Type: a/b\r\n\r\n", wantErrSub: "bad Status"},
		{name: "StatusOutOfRange", in: "Status: 99\r\nContent-Type: a/b\r\n\r\n", wantErrSub: "bad Status"},
		{name: "TwoStatuses", in: "Status: 200\r\nStatus: 500\r\nContent-Type: a/b\r\n\r\n", wantErrSub: "bad Status"},
		{name: "ControlInValue", in: "X-A: a\x01b\r\nContent-Type: a/b\r\n\r\n", wantErrSub: "bad value"},
		{name: "BodyWithoutType", in: "X-A: 1\r\n\r\nbody", wantErrSub: "without a Content-Type"},
		{name: "HeadersTooLong", in: "X-A: " + strings.Repeat("a", maxHeaderBytes) + "\r\n\r\n", wantErrSub: "no blank line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := parseCGIResponse([]byte(tt.in))
			if tt.wantErrSub != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErrSub) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErrSub)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != tt.status || string(res.Body) != tt.body {
				t.Errorf("got %d %q, want %d %q", res.Status, res.Body, tt.status, tt.body)
			}
			for k, v := range tt.header {
				if got := res.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

func TestCGIEnv_WithholdsCredentials(t *testing.T) {
	r, _ := http.NewRequest("GET", "http://fn.example:8080/a%2Fb?q=1", nil)
	r.Header.Set("Authorization", "DeFaaS-Sig secret")
	r.Header.Set("Proxy", "http://evil")
	r.Header.Set("X-Multi", "a")
	r.Header.Add("X-Multi", "b")
	r.RemoteAddr = "127.0.0.1:5555"
	req := NewRequest(r)
	u, _ := url.ParseRequestURI(req.URI)
	env := strings.Join(cgiEnv(req, u, 7, 0, time.UnixMilli(1700000000123)), "\n") + "\n"
	for _, want := range []string{"REQUEST_URI=/a%2Fb?q=1\n", "PATH_INFO=/a/b\n", "HTTP_X_MULTI=a, b\n", "SERVER_PORT=8080\n", "REMOTE_ADDR=127.0.0.1\n", "DEFAAS_LEASE=7\n", "HTTP_DEFAAS_TIME=1700000000123\n"} {
		if !strings.Contains(env, want) {
			t.Errorf("missing %q in\n%s", want, env)
		}
	}
	for _, banned := range []string{"HTTP_AUTHORIZATION", "HTTP_PROXY", "CONTENT_LENGTH", "REMOTE_PORT"} {
		if strings.Contains(env, banned) {
			t.Errorf("%s passed to the function", banned)
		}
	}
}

func TestLevel_CoresAtLeastOne(t *testing.T) {
	for _, tt := range []struct {
		milli uint32
		want  int
	}{{0, 1}, {500, 1}, {1000, 1}, {1999, 1}, {2000, 2}, {8000, 8}} {
		if got := (Level{CPUMilli: tt.milli}).Cores(); got != tt.want {
			t.Errorf("Cores(%d milli) = %d, want %d", tt.milli, got, tt.want)
		}
	}
}
