package client_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// A customer whose order a provider won finds the provider's endpoint on chain, checks the
// access information sealed to it, accepts the deployment, uploads its module and calls its
// function. startMarket stands for the market: a devnet, a provider daemon, and the order.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	m := startMarket(ctx)
	defer m.Close()
	customer := keys.FromKey(keys.DevKey(1), m.conn.ChainID()) // the account that created the order
	shop := market.New(m.conn.Backend(), m.manifest, chain.NewSender(m.conn, customer.Opts))

	dep, err := shop.Deployment(ctx, m.orderID)
	if err != nil {
		log.Fatal(err)
	}
	info, err := client.Open(customer.Key, dep.AccessInfo)
	if err != nil || info.Endpoint != dep.Endpoint || uint64(info.Lease) != m.orderID {
		log.Fatalf("the published endpoint is not the one sealed to us: %+v, %v", info, err)
	}
	if _, err := shop.AcceptDeployment(ctx, m.orderID); err != nil {
		log.Fatal(err)
	}
	cl := client.New(dep.Endpoint, sigauth.Domain{ChainID: m.conn.ChainID(), Market: m.manifest.Market}, customer.Key, nil)
	st, err := cl.Upload(ctx, info.Lease, helloWasm) // hello.wasm, built by examples/functions
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("uploaded:", st.ABI)
	res, err := cl.Invoke(ctx, info.Lease, http.MethodPost, "/greet?name=ada", []byte("hi"), nil)
	if err != nil {
		log.Fatal(err) // an *api.Error when the provider's platform refused
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	fmt.Printf("%s\n%s", res.Status, body)
	// Output:
	// uploaded: defaas_v1
	// 200 OK
	// method: POST
	// path: /greet
	// query: name=ada
	// body: hi
}
