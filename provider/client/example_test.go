package client_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// A customer whose order was matched and accepted finds the provider's endpoint on chain,
// checks the access information sealed to it, uploads its module and calls its function.
func Example() {
	ctx := context.Background()
	var (
		reader   *market.Client // market.New(conn.Backend(), manifest, nil)
		customer *keys.Signer   // the account that created the order
		orderID  uint64
		domain   sigauth.Domain // {ChainID: conn.ChainID(), Market: manifest.Market}
	)
	if reader == nil {
		return // the example needs a chain: see provider's tests for a running one
	}
	dep, err := reader.Deployment(ctx, orderID)
	if err != nil {
		panic(err)
	}
	info, err := client.Open(customer.Key, dep.AccessInfo)
	if err != nil || info.Endpoint != dep.Endpoint || uint64(info.Lease) != orderID {
		panic("the published endpoint is not the one sealed to us")
	}
	cl := client.New(dep.Endpoint, domain, customer.Key, nil)
	wasm, _ := os.ReadFile("hello.wasm")
	if _, err := cl.Upload(ctx, info.Lease, wasm); err != nil {
		panic(err)
	}
	res, err := cl.Invoke(ctx, info.Lease, http.MethodPost, "/greet?name=ada", []byte("hi"), nil)
	if err != nil {
		panic(err) // an *api.Error when the provider's platform refused
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	fmt.Printf("%s %s", res.Status, body)
}
