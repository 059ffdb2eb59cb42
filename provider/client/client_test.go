package client_test

import (
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

func TestAccessInfo_OnlyTheCustomerOpensIt(t *testing.T) {
	customer, other := keys.DevKey(1), keys.DevKey(2)
	info := api.AccessInfo{Endpoint: "https://p.example", Lease: 7, Provider: api.Address(common.Address{9}), ChainID: 1337}
	sealed, err := client.Seal(&customer.PublicKey, info)
	if err != nil {
		t.Fatal(err)
	}
	got, err := client.Open(customer, sealed)
	if err != nil {
		t.Fatal(err)
	}
	info.Version = 1
	if got != info {
		t.Fatalf("opened %+v, want %+v", got, info)
	}
	if _, err := client.Open(other, sealed); err == nil {
		t.Fatal("another key opened the access information")
	}
	if _, err := client.Open(customer, nil); !errors.Is(err, client.ErrNoAccessInfo) {
		t.Fatalf("empty access information: %v", err)
	}
}

// A refusal by the platform is an *Error with its reason; the function's own answers,
// even errors, are passed through.
func TestInvoke_PlatformRefusalsAreErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			t.Error("unsigned request")
		}
		if r.URL.Path == "/v1/leases/7/invoke/mine" {
			http.Error(w, "the function's own 500", http.StatusInternalServerError)
			return
		}
		api.WriteError(w, &api.Error{Status: http.StatusConflict, Reason: api.ReasonNotDeployed, Detail: "over"})
	}))
	defer srv.Close()
	cl := client.New(srv.URL, domain(), keys.DevKey(1), nil)
	res, err := cl.Invoke(t.Context(), 7, "", "mine", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusInternalServerError {
		t.Fatalf("status %d", res.StatusCode)
	}
	_, err = cl.Invoke(t.Context(), 7, "", "/other", nil, nil)
	var pe *api.Error
	if !errors.As(err, &pe) || pe.Status != http.StatusConflict || pe.Reason != api.ReasonNotDeployed || pe.Detail != "over" {
		t.Fatalf("got %v", err)
	}
}

func domain() sigauth.Domain {
	return sigauth.Domain{ChainID: big.NewInt(1337), Market: common.Address{5}}
}

// A customer's client carries no WebAssembly runtime: package client and everything it
// imports leave wazero out.
func TestImports_NoWebAssemblyRuntime(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list listed only %v", deps)
	}
	for _, p := range deps {
		if strings.Contains(p, "wazero") || p == "github.com/defaas/defaas/runtime" {
			t.Errorf("provider/client depends on %s", p)
		}
	}
}
