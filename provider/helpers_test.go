package provider_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// Accounts of the test world.
const (
	customerAcc = 1
	providerA   = 2
	providerB   = 3
)

type world struct {
	t        testing.TB
	c        *testchain.Chain
	conn     *chain.Conn
	customer *market.Client
	reader   *market.Client
}

func newWorld(t testing.TB, accounts int) *world {
	t.Helper()
	return worldOn(t, testchain.New(t, accounts))
}

// worldOn is newWorld on the chain c.
func worldOn(t testing.TB, c *testchain.Chain) *world {
	t.Helper()
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	return &world{t: t, c: c, conn: conn,
		customer: market.New(c.Client, c.Manifest, c.Transactor(customerAcc)),
		reader:   market.New(c.Client, c.Manifest, nil)}
}

func (w *world) domain() sigauth.Domain {
	return sigauth.Domain{ChainID: w.c.ChainID, Market: w.c.Manifest.Market}
}

func (w *world) key(i int) *ecdsa.PrivateKey { return w.c.Accounts[i].Key }
func (w *world) addr(i int) common.Address   { return w.c.Accounts[i].Addr }

// testConfig polls fast and reads the precompiled modules.
func testConfig(t testing.TB) provider.Config {
	cfg := provider.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Listen = "127.0.0.1:0"
	cfg.PollInterval = 20 * time.Millisecond
	cfg.WasmCacheDir = wasmCache
	cfg.Pricing.Prices = map[string]string{"0": "2", "1": "3", "2": "5"}
	return cfg
}

// running is a provider daemon running in the test process.
type running struct {
	*provider.Provider
	cfg  provider.Config
	stop func()
}

func (w *world) start(i int, cfg provider.Config) *running {
	w.t.Helper()
	r := w.launch(i, cfg, quietLogger())
	w.eventually(10*time.Second, "provider registered", func() bool {
		pr, err := w.reader.Provider(context.Background(), r.Address())
		return err == nil && pr.Registered
	})
	return r
}

// launch starts provider i with cfg, logging to logger, and stops it at the test's end.
func (w *world) launch(i int, cfg provider.Config, logger *slog.Logger) *running {
	w.t.Helper()
	p, err := provider.New(context.Background(), cfg, provider.Options{
		Conn: w.conn, Manifest: w.c.Manifest, Signer: keys.FromKey(w.key(i), w.c.ChainID), Logger: logger,
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(5 * time.Millisecond)},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	var once sync.Once
	r := &running{Provider: p, cfg: cfg, stop: func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				w.t.Errorf("provider %d: %v", i, err)
			}
			p.Close()
		})
	}}
	w.t.Cleanup(r.stop)
	return r
}

func (w *world) eventually(d time.Duration, what string, cond func() bool) {
	w.t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			w.t.Fatalf("timed out waiting for: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (w *world) order(p market.OrderParams) uint64 {
	w.t.Helper()
	id, _, err := w.customer.CreateOrder(context.Background(), p)
	if err != nil {
		w.t.Fatal(err)
	}
	return id
}

func openOrder(level uint32, maxFST int64) market.OrderParams {
	return market.OrderParams{LevelID: level, DurationUnits: 2, MaxUnitPrice: contracts.FST(maxFST),
		BiddingWindow: 30 * time.Second, WitnessCount: 3}
}

func (w *world) read(id uint64) market.Order {
	w.t.Helper()
	o, err := w.reader.Order(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return o
}

func (w *world) waitState(id uint64, s market.State) market.Order {
	w.t.Helper()
	var o market.Order
	w.eventually(15*time.Second, "order "+s.String(), func() bool {
		o = w.read(id)
		return o.State == s
	})
	return o
}

func (w *world) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := w.reader.Balance(context.Background(), a)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// win takes an open order through its auction to the winner's publication and the
// customer's acceptance, and returns the customer's client of the winner's endpoint.
func (w *world) win(id uint64) *client.Client {
	w.t.Helper()
	ctx := context.Background()
	o := w.read(id)
	w.c.AdvanceTo(o.BiddingEnd)
	w.eventually(15*time.Second, "deployment published", func() bool { return w.read(id).Published })
	if _, err := w.customer.AcceptDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	dep, err := w.customer.Deployment(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return client.New(dep.Endpoint, w.domain(), w.key(customerAcc), nil)
}

// bids counts the provider's BidPlaced (open) or BidCommitted (sealed) events on an order.
func (w *world) bids(id uint64, p common.Address, event string) int {
	w.t.Helper()
	logs, err := w.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock),
		Addresses: []common.Address{w.c.Manifest.Market},
		Topics:    [][]common.Hash{{market.MarketEvent(event)}, {market.IDTopic(id)}, {common.BytesToHash(p.Bytes())}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return len(logs)
}

// pastTheReveals moves the chain's clock past the end of a lease's reveal window, when it can
// be settled whatever its committee did, and returns the lease.
func (w *world) pastTheReveals(id uint64) market.Lease {
	w.t.Helper()
	ctx := context.Background()
	lease, err := w.reader.Lease(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	params, err := w.reader.Params(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	w.c.AdvanceTo(lease.ServiceEnd.Add(params.CommitGrace + params.ReportRevealSeconds + time.Second))
	return lease
}

// deploy uploads wasm as the customer, commits its sha256 and waits for the provider to
// confirm it: the service runs.
func (w *world) deploy(cl *client.Client, id uint64, wasm []byte) market.Order {
	w.t.Helper()
	ctx := context.Background()
	if _, err := cl.Upload(ctx, api.LeaseID(id), wasm); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id, sha256.Sum256(wasm)); err != nil {
		w.t.Fatal(err)
	}
	return w.waitState(id, market.StateFulfilling)
}

func sealedOrder(level uint32, maxFST int64) market.OrderParams {
	o := openOrder(level, maxFST)
	o.RevealWindow = 20 * time.Second
	return o
}
