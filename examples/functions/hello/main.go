// Command hello is the smallest useful DeFaaS function: it echoes the
// request's method, path, query and body.
//
// Built with -buildmode=c-shared it is a defaas_v1 reactor (package
// runtime/sdk) that the provider keeps warm; built as a plain command it is a
// CGI program that runs once per request.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cgi"
	"os"

	"github.com/defaas/defaas/runtime/sdk"
)

func hello(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "method: %s\npath: %s\nquery: %s\nbody: %s\n", r.Method, r.URL.Path, r.URL.RawQuery, body)
}

func init() { sdk.Handle(http.HandlerFunc(hello)) }

func main() {
	if err := cgi.Serve(http.HandlerFunc(hello)); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
