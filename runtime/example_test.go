package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

// A provider serves lease 7, bought at a one-core level, with the hello
// example function (built by functions.Build as a defaas_v1 reactor).
func ExampleServer() {
	engine, err := runtime.New(runtime.Config{CacheDir: cacheDir})
	if err != nil {
		panic(err)
	}
	defer engine.Close(context.Background())

	level := runtime.Level{CPUMilli: 1000, MemoryMB: 512, ImageMB: 50}
	api := runtime.NewServer(runtime.NewInProcess(engine), runtime.ServerOptions{
		// The provider resolves leases from the Market contract.
		Resolver: runtime.ResolverFunc(func(_ context.Context, id api.LeaseID) (runtime.LeaseInfo, error) {
			if id != 7 {
				return runtime.LeaseInfo{}, runtime.ErrUnknownLease
			}
			return runtime.LeaseInfo{Level: level, Active: true}, nil
		}),
		// and puts sigauth's Verifier.Middleware in Auth.
	})
	defer api.Close()
	srv := httptest.NewServer(api)
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/v1/leases/7/function", bytes.NewReader(helloReactor))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	res.Body.Close()
	fmt.Println("upload:", res.Status)

	res, err = http.Post(srv.URL+"/v1/leases/7/invoke/greet?name=Ada", "text/plain", strings.NewReader("hi"))
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Print(string(body))

	res, err = http.Get(srv.URL + "/v1/leases/8/invoke/")
	if err != nil {
		panic(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Println(res.StatusCode, res.Header.Get(runtime.ErrorHeader), strings.TrimSpace(string(body)))
	// Output:
	// upload: 201 Created
	// method: POST
	// path: /greet
	// query: name=Ada
	// body: hi
	// 404 lease-unknown {"error":"lease-unknown","detail":"unknown-lease: lease 8 is not served here"}
}
