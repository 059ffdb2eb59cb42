// Command panics is a function that panics on every request, as a customer might make it to
// get its fee back: the runtime answers 502 function-crashed, and a witness's re-run crashes
// too, so the probes count as served. A defaas_v1 reactor (package runtime/sdk).
package main

import (
	"net/http"

	"github.com/defaas/defaas/runtime/sdk"
)

func init() {
	sdk.Handle(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("panics: broken on purpose")
	}))
}

func main() {}
