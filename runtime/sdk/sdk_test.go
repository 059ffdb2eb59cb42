package sdk

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServe_AnswersInCGIFormat(t *testing.T) {
	Handle(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Path", r.URL.Path)
		w.WriteHeader(http.StatusAccepted)
		w.Write([]byte(r.Method + " " + r.URL.RawQuery + " " + string(body) + " " + r.Header.Get("X-Test")))
	}))
	defer Handle(nil)
	env := parseEnv([]byte("REQUEST_METHOD=POST\x00PATH_INFO=/p\x00QUERY_STRING=a=1\x00REQUEST_URI=/p?a=1\x00HTTP_X_TEST=yes\x00CONTENT_LENGTH=4\x00SERVER_PROTOCOL=HTTP/1.1\x00"))
	var out bytes.Buffer
	if err := serve(env, strings.NewReader("data"), bufio.NewWriter(&out)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"Status: 202 Accepted\r\n", "X-Path: /p\r\n", "Content-Type: text/plain; charset=utf-8\r\n", "\r\n\r\nPOST a=1 data yes"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

func TestServe_NoHandlerIs404(t *testing.T) {
	Handle(nil)
	var out bytes.Buffer
	if err := serve(map[string]string{"REQUEST_METHOD": "GET", "SERVER_PROTOCOL": "HTTP/1.1", "REQUEST_URI": "/"}, strings.NewReader(""), bufio.NewWriter(&out)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Status: 404 Not Found\r\n") {
		t.Errorf("got %q", out.String())
	}
}
