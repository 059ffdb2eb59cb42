package explorer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/explorer"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/market"
)

// world is a simulated chain with the contracts, a customer, registered providers and
// witnesses, and an explorer following it over real HTTP.
type world struct {
	t         testing.TB
	chain     *testchain.Chain
	reader    *market.Client
	customer  *market.Client
	providers []*market.Client
	witnesses []*market.Client
	ex        *explorer.Explorer
	url       string
	names     map[common.Address]string
}

const (
	providerStake = 1000
	witnessStake  = 100
)

// newWorld makes a chain with one customer (account 1), the given numbers of providers and
// witnesses, and an explorer following it.
func newWorld(t testing.TB, providers, witnesses int) *world {
	t.Helper()
	w := newMarket(t, providers, witnesses)
	w.ex = w.startExplorer()
	w.url = strings.TrimSuffix(w.ex.URL(), "/")
	return w
}

// newMarket is newWorld without the explorer.
func newMarket(t testing.TB, providers, witnesses int) *world {
	t.Helper()
	c := testchain.New(t, 2+providers+witnesses)
	w := &world{t: t, chain: c, reader: market.New(c.Client, c.Manifest, nil), names: map[common.Address]string{}}
	w.customer = market.New(c.Client, c.Manifest, c.Transactor(1))
	w.names[c.Accounts[1].Addr] = "customer"
	ctx := context.Background()
	for i := 0; i < providers; i++ {
		p := market.New(c.Client, c.Manifest, c.Transactor(2+i))
		if _, err := p.RegisterProvider(ctx, contracts.FST(providerStake), fmt.Sprintf("https://provider-%d.example", i+1)); err != nil {
			t.Fatal(err)
		}
		w.providers = append(w.providers, p)
		w.names[p.Account()] = fmt.Sprintf("provider-%d", i+1)
	}
	for i := 0; i < witnesses; i++ {
		wc := market.New(c.Client, c.Manifest, c.Transactor(2+providers+i))
		if _, err := wc.RegisterWitness(ctx, contracts.FST(witnessStake)); err != nil {
			t.Fatal(err)
		}
		w.witnesses = append(w.witnesses, wc)
		w.names[wc.Account()] = fmt.Sprintf("witness-%d", i+1)
	}
	return w
}

// startExplorer starts an explorer on the world's chain (another one than w.ex, if asked).
func (w *world) startExplorer() *explorer.Explorer {
	w.t.Helper()
	conn, err := chain.NewConn(w.chain.Client)
	if err != nil {
		w.t.Fatal(err)
	}
	ex, err := explorer.Start(context.Background(), explorer.Config{
		Conn: conn, Manifest: w.chain.Manifest, Listen: "127.0.0.1:0", Names: w.names,
		PollInterval: 20 * time.Millisecond, HealthInterval: 100 * time.Millisecond,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { ex.Close() })
	return ex
}

// get fetches a path of the explorer and decodes its JSON into v; it returns the status.
func (w *world) get(path string, v any) int {
	w.t.Helper()
	return getJSON(w.t, w.url+path, v)
}

func getJSON(t testing.TB, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %d %s: not JSON: %v", url, resp.StatusCode, body, err)
		}
	}
	return resp.StatusCode
}

// page fetches a path and returns its status, content type and body.
func (w *world) page(path string) (int, string, string) {
	w.t.Helper()
	resp, err := http.Get(w.url + path)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(body)
}

// waitFor waits until cond holds, for at most 20 s: the explorer follows the chain
// asynchronously.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// caughtUp waits until the explorer has indexed the chain's head.
func (w *world) caughtUp(base string) {
	w.t.Helper()
	head, err := w.chain.Client.BlockNumber(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	waitFor(w.t, fmt.Sprintf("the explorer at %s to index block %d", base, head), func() bool {
		var m explorer.Market
		getJSON(w.t, base+"/api/market", &m)
		return m.Status.Indexed >= head
	})
}

// order reads an order from the explorer's API once it shows the given state.
func (w *world) orderIn(id uint64, state string) explorer.Order {
	w.t.Helper()
	var o explorer.Order
	waitFor(w.t, fmt.Sprintf("order %d to be %s in the explorer", id, state), func() bool {
		o = explorer.Order{}
		return w.get(fmt.Sprintf("/api/orders/%d", id), &o) == http.StatusOK && o.State == state
	})
	return o
}

func fst(n int64) *big.Int { return contracts.FST(n) }

func mustFST(t testing.TB, s string) *big.Int {
	v, err := market.ParseFST(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func ctx() context.Context { return context.Background() }

// orderWith32Bids is an order after 32 open bids (the three providers taking turns to
// undercut) and its whole service of testSegments segments, each with its committee's
// reports, verdict and payoffs, settled and finished: the page whose render time is measured.
func (w *world) orderWith32Bids() (uint64, market.OrderParams) {
	w.t.Helper()
	p := orderParams(testUnits, testSegments, 100, false)
	p.BiddingWindow = 5 * time.Minute // each bid is a block, and the simulated chain's blocks are seconds apart
	id := w.create(p)
	for k := range 32 {
		w.bid(id, k%3, int64(100-k))
	}
	w.closeAuction(id)
	w.deploy(id)
	w.serve(id, allServed(testSegments))
	w.orderIn(id, "Finished")
	return id, p
}
