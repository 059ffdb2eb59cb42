// Command env answers with everything a function can see that could differ between two runs
// of one request: the request as the function sees it (method, URI, host, every header), the
// clocks, and random bytes from crypto/rand and math/rand/v2. A witness's re-run must give
// the same bytes (SPEC §5.1). A defaas_v1 reactor (package runtime/sdk).
package main

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"sort"
	"time"

	"github.com/defaas/defaas/runtime/sdk"
)

func init() {
	sdk.Handle(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s %s host=%s\n", r.Method, r.RequestURI, r.Proto, r.Host)
		keys := make([]string, 0, len(r.Header))
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s: %q\n", k, r.Header[k])
		}
		fmt.Fprintf(w, "body %q\n", body)
		start := time.Now()
		time.Sleep(3 * time.Millisecond)
		b := make([]byte, 16)
		crand.Read(b)
		fmt.Fprintf(w, "now %d slept %d crypto/rand %s math/rand %d\n", start.UnixNano(), time.Since(start), hex.EncodeToString(b), mrand.Int64())
	}))
}

func main() {}
