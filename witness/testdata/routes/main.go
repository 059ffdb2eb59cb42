// Command routes is a function with routes, as a customer's web function has: GET /greet and
// POST /greet answer 200, every other path 404 (the function's own answer). Its answers are a
// function of the request alone. A defaas_v1 reactor (package runtime/sdk).
package main

import (
	"fmt"
	"io"
	"net/http"

	"github.com/defaas/defaas/runtime/sdk"
)

func init() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /greet", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s\n", r.URL.Query().Get("name"))
	})
	mux.HandleFunc("POST /greet", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "hello, %s\n", b)
	})
	sdk.Handle(mux)
}

func main() {}
