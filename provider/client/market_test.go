package client_test

import (
	"context"
	"io"
	"log"
	"log/slog"
	"os"
	"time"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
)

// exampleMarket is what the example starts from: a devnet, a provider daemon on it, and an
// order of the customer's (development account 1) that the provider won and published.
type exampleMarket struct {
	conn     *chain.Conn
	manifest contracts.Manifest
	orderID  uint64
	close    func()
}

// Close stops the provider and the devnet.
func (m *exampleMarket) Close() { m.close() }

func startMarket(ctx context.Context) *exampleMarket {
	node, err := devnet.Start(ctx, devnet.Config{BlockTime: 200 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	conn, err := chain.Dial(ctx, node.HTTPURL())
	if err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "provider")
	if err != nil {
		log.Fatal(err)
	}
	cfg := provider.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.WasmCacheDir = dir, "127.0.0.1:0", wasmCache
	cfg.PollInterval = 100 * time.Millisecond
	p, err := provider.New(ctx, cfg, provider.Options{Conn: conn, Manifest: node.Manifest(),
		Signer: keys.FromKey(keys.DevKey(2), conn.ChainID()), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		log.Fatal(err)
	}
	go p.Run(ctx)
	customer := keys.FromKey(keys.DevKey(1), conn.ChainID())
	shop := market.New(conn.Backend(), node.Manifest(), market.WithPermits(chain.NewSender(conn, customer.Opts), customer.SignHash))
	id, _, err := shop.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 20, MaxUnitPrice: contracts.FST(3),
		BiddingWindow: 5 * time.Second, WitnessCount: 3})
	if err != nil {
		log.Fatal(err)
	}
	for {
		if o, err := shop.Order(ctx, id); err == nil && o.Published {
			break
		}
		select {
		case <-ctx.Done():
			log.Fatalf("order %d never published: %v", id, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	return &exampleMarket{conn: conn, manifest: node.Manifest(), orderID: id, close: func() {
		p.Close()
		conn.Close()
		node.Close()
		os.RemoveAll(dir)
	}}
}
