package witness_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// A witness daemon against a node: what `defaas witness run --dev-account 5 --stake 50` does
// on a devnet. It registers with its stake and stays available for draws; it can be killed
// and restarted on the same data directory at any time. Here the node is an embedded devnet;
// give chain.Dial the RPC URL of any other.
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
	dataDir, err := os.MkdirTemp("", "witness")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dataDir)

	cfg := witness.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.StakeFST = dataDir, "", "50"
	w, err := witness.New(ctx, cfg, witness.Options{Conn: conn, Manifest: node.Manifest(), Signer: keys.FromKey(keys.DevKey(5), conn.ChainID())})
	if err != nil {
		log.Fatal(err)
	}
	defer w.Close()
	go w.Run(ctx) // until ctx ends or Close
	for w.Healthy() != nil {
		time.Sleep(50 * time.Millisecond)
	}

	info, err := market.New(conn.Backend(), node.Manifest(), nil).Witness(ctx, w.Address())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("witness %s: registered %v, available %v, staked %s FST, %d seats\n",
		info.Address, info.Registered, info.Available, market.FormatFST(info.Stake), len(w.Seats()))
	// Output:
	// witness 0xAfE448DAa13A5c3e8AC33E183770decCb2121420: registered true, available true, staked 50 FST, 0 seats
}
