package provider_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
)

func TestFullPath_ProviderIsPaidExactlyTheFee(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	p := w.start(providerA, testConfig(t))
	before := w.balance(p.Address())

	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the provider's bid", func() bool { return w.read(id).BestBidder == p.Address() })
	if got := w.read(id).BestPrice; got.Cmp(big.NewInt(2e18)) != 0 {
		t.Fatalf("bid %s FST, want the table's 2", market.FormatFST(got))
	}
	cl := w.win(id)

	dep, err := w.customer.Deployment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	info, err := client.Open(w.key(customerAcc), dep.AccessInfo)
	if err != nil {
		t.Fatal(err)
	}
	if info.Endpoint != p.Endpoint() || info.Lease != api.LeaseID(id) || common.Address(info.Provider) != p.Address() || dep.Endpoint != p.Endpoint() {
		t.Fatalf("access info %+v, deployment %+v; provider at %s", info, dep, p.Endpoint())
	}
	if _, err := client.Open(w.key(providerB), dep.AccessInfo); err == nil {
		t.Fatal("someone else than the customer opened the access information")
	}

	w.deploy(cl, id, helloWasm)
	// The module the provider confirmed is the lease's for good.
	_, err = cl.Upload(ctx, api.LeaseID(id), []byte("\x00asm another"))
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != http.StatusConflict || refused.Reason != api.ReasonModuleConfirmed {
		t.Fatalf("an upload after the confirmation: %v, want 409 module-confirmed", err)
	}
	res, err := cl.Invoke(ctx, api.LeaseID(id), http.MethodPost, "/greet?name=x", []byte("hi there"), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	want := "method: POST\npath: /greet\nquery: name=x\nbody: hi there\n"
	if res.StatusCode != http.StatusOK || string(body) != want {
		t.Fatalf("invoke: %s %q, want %q", res.Status, body, want)
	}

	lease, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	w.c.AdvanceTo(lease.ServiceEnd.Add(time.Second))
	w.eventually(5*time.Second, "serving stops at the end of service", func() bool {
		_, err := cl.Invoke(ctx, api.LeaseID(id), http.MethodGet, "/", nil, nil)
		var pe *api.Error
		return errors.As(err, &pe) && pe.Status == http.StatusConflict
	})
	w.pastTheReveals(id)
	w.waitState(id, market.StateFinished)
	got := new(big.Int).Sub(w.balance(p.Address()), before)
	if got.Cmp(lease.Fee) != 0 {
		t.Fatalf("the provider's FST grew by %s, want the fee %s", market.FormatFST(got), market.FormatFST(lease.Fee))
	}
	if !strings.Contains(metrics(t, p.Endpoint()), "defaas_provider_wins_total 1") {
		t.Error("wins not counted in /metrics")
	}
}

func metrics(t *testing.T, endpoint string) string {
	t.Helper()
	res, err := http.Get(endpoint + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func metricValue(t *testing.T, endpoint, name string) float64 {
	t.Helper()
	for _, line := range strings.Split(metrics(t, endpoint), "\n") {
		if rest, ok := strings.CutPrefix(line, name+" "); ok {
			var v float64
			fmt.Sscan(rest, &v)
			return v
		}
	}
	return 0
}

func TestStopServing_ClosesTheAPIWhileTheDaemonRuns(t *testing.T) {
	w := newWorld(t, 4)
	p := w.start(providerA, testConfig(t))
	res, err := http.Get(p.Endpoint() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(b), `"ok"`) {
		t.Fatalf("/healthz: %s %s", res.Status, b)
	}
	p.StopServing()
	if _, err := http.Get(p.Endpoint() + "/healthz"); err == nil {
		t.Fatal("still serving after StopServing")
	}
	// The daemon goes on with the market.
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "a bid after StopServing", func() bool { return w.read(id).BestBidder == p.Address() })
}

// A provider stopped while it starts (reading the chain, registering) stops cleanly: Run
// returns nil, as for a stop later on.
func TestRun_StoppedWhileStartingIsAStopNotAnError(t *testing.T) {
	w := newWorld(t, 4)
	p, err := provider.New(context.Background(), testConfig(t), provider.Options{Conn: w.conn, Manifest: w.c.Manifest,
		Signer: keys.FromKey(w.key(providerA), w.c.ChainID), Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx); err != nil {
		t.Fatalf("Run stopped before it registered: %v, want nil", err)
	}
}

func TestStore_BelongsToOneAccount(t *testing.T) {
	w := newWorld(t, 4)
	cfg := testConfig(t)
	p := w.start(providerA, cfg)
	p.stop()
	_, err := provider.New(context.Background(), cfg, provider.Options{Conn: w.conn, Manifest: w.c.Manifest, Signer: keys.FromKey(w.key(providerB), w.c.ChainID), Logger: quietLogger()})
	if err == nil || !strings.Contains(err.Error(), "belongs to") {
		t.Fatalf("another account opened the store: %v", err)
	}
}
