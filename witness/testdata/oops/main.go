// Command oops is a function that answers every request with a 500 of its own choosing, as
// a customer might to get its fee back: the witness tests check that it counts as served.
// Built as a defaas_v1 reactor (package runtime/sdk), so that instances stay warm and
// probes are quick even under the race detector.
package main

import (
	"net/http"

	"github.com/defaas/defaas/runtime/sdk"
)

func init() {
	sdk.Handle(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "my own failure", http.StatusInternalServerError)
	}))
}

func main() {}
