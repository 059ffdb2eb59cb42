package witness_test

import (
	"context"
	"log"
	"os"
	"os/signal"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/witness"
)

// A witness daemon against any node: what `defaas witness run --dev-account 5` does on a
// devnet. It runs until interrupted and can be restarted on the same store at any time.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	conn, err := chain.Dial(ctx, "http://127.0.0.1:8545")
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	m, err := contracts.LoadManifest(os.ExpandEnv("$HOME/.defaas/manifest.json"))
	if err != nil {
		log.Fatal(err)
	}
	db, err := daemon.OpenStore("witness.db")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	cfg := witness.DefaultConfig()
	cfg.StakeFST = "50"
	w, err := witness.New(cfg, witness.Options{Conn: conn, Manifest: m, Signer: keys.FromKey(keys.DevKey(5), conn.ChainID()), Store: db})
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Run(ctx); err != nil {
		log.Fatal(err)
	}
	for _, s := range w.Seats() {
		log.Printf("lease %d: %s, %d served, %d failed, payoff %v", s.Lease, s.Phase, s.Served, s.Failed, s.Payoff)
	}
}
