// Command thumbnail resizes the PNG or JPEG image in the request body and
// returns a PNG: ?w=128 sets the width (default 128, at most 2048), ?h= the
// height; a missing dimension keeps the aspect ratio.
//
// Built with -buildmode=c-shared it is a defaas_v1 reactor; built as a plain
// command it is a CGI program.
package main

import (
	"fmt"
	"net/http"
	"net/http/cgi"
	"os"

	"github.com/defaas/defaas/examples/functions/thumbnail/resize"
	"github.com/defaas/defaas/runtime/sdk"
)

func init() { sdk.Handle(http.HandlerFunc(resize.Handler)) }

func main() {
	if err := cgi.Serve(http.HandlerFunc(resize.Handler)); err != nil {
		fmt.Fprintln(os.Stderr, "thumbnail:", err)
		os.Exit(1)
	}
}
