// Command sleepy is a slow function: it answers after three seconds of sleep. Under the dev
// preset's request timeout of 5 s it answers everywhere; a provider on hardware too slow for
// it (here: a runtime with a shorter limit) answers 504 function-timeout, and a witness whose
// re-run takes three seconds — more than half the request timeout — must not count that as a
// failure. A defaas_v1 reactor (package runtime/sdk).
package main

import (
	"io"
	"net/http"
	"time"

	"github.com/defaas/defaas/runtime/sdk"
)

func init() {
	sdk.Handle(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		time.Sleep(3 * time.Second)
		io.WriteString(w, "slept\n")
	}))
}

func main() {}
