package provider_test

import (
	"context"
	"fmt"
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

// A provider daemon against a node: what `defaas provider run --dev-account 2` does, without
// the flags. It registers with the deployment's minimum stake, bids on the orders its capacity
// and prices allow, closes the auctions it wins and publishes its endpoint; then it would
// serve the customer's function and settle the lease. Here the node is an embedded devnet and
// a customer orders on it; give chain.Dial the RPC URL of any other.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node, err := devnet.Start(ctx, devnet.Config{BlockTime: 200 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	defer node.Close()
	conn, err := chain.Dial(ctx, node.HTTPURL())
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	dataDir, err := os.MkdirTemp("", "provider")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dataDir)

	cfg := provider.DefaultConfig()
	cfg.DataDir, cfg.Listen = dataDir, "127.0.0.1:0" // set cfg.Endpoint to the public URL
	cfg.Pricing.Strategy = "undercut"                // one step below the best open bid, never below prices[level]
	p, err := provider.New(ctx, cfg, provider.Options{
		Conn: conn, Manifest: node.Manifest(), Signer: keys.FromKey(keys.DevKey(2), conn.ChainID()),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer p.Close()
	go p.Run(ctx) // until ctx ends or Close

	// A customer orders level 0 for 4 billing units, at most 3 FST a unit.
	customer := keys.FromKey(keys.DevKey(1), conn.ChainID())
	shop := market.New(conn.Backend(), node.Manifest(), market.WithPermits(chain.NewSender(conn, customer.Opts), customer.SignHash))
	id, _, err := shop.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 4, MaxUnitPrice: contracts.FST(3),
		BiddingWindow: 5 * time.Second, WitnessCount: 3})
	if err != nil {
		log.Fatal(err)
	}
	o := waitOrder(ctx, shop, id, func(o market.Order) bool { return o.Published })
	dep, err := shop.Deployment(ctx, id)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("order %d: %s, won by %s at %s FST a unit\n", id, o.State, o.BestBidder, market.FormatFST(o.BestPrice))
	fmt.Println("published endpoint is the provider's:", dep.Endpoint == p.Endpoint())
	// Output:
	// order 1: Confirming, won by 0x8c0B50A2A39213948E090e06C5076d667b6D1617 at 3 FST a unit
	// published endpoint is the provider's: true
}

// waitOrder polls the order until done says so.
func waitOrder(ctx context.Context, c *market.Client, id uint64, done func(market.Order) bool) market.Order {
	for {
		o, err := c.Order(ctx, id)
		if err == nil && done(o) {
			return o
		}
		select {
		case <-ctx.Done():
			log.Fatalf("order %d: %v (last %v)", id, ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
