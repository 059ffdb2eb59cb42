package provider_test

import (
	"context"
	"log/slog"
	"os"
	"os/signal"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/provider"
)

// A provider daemon against any node: what `defaas provider run` does, without the flags.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	conn, err := chain.Dial(ctx, "http://127.0.0.1:8545")
	if err != nil {
		return // no node here: run `defaas devnet` first
	}
	defer conn.Close()
	manifest, err := contracts.LoadManifest(os.ExpandEnv("$HOME/.defaas/manifest.json"))
	if err != nil {
		return
	}
	cfg := provider.DefaultConfig()
	cfg.DataDir = os.ExpandEnv("$HOME/.defaas/provider")
	cfg.Pricing.Strategy = "undercut" // one step below the best open bid, never below prices[level]
	p, err := provider.New(ctx, cfg, provider.Options{
		Conn: conn, Manifest: manifest, Signer: keys.FromKey(keys.DevKey(2), conn.ChainID()), Logger: slog.Default(),
	})
	if err != nil {
		panic(err)
	}
	defer p.Close()
	slog.Info("serving", "endpoint", p.Endpoint()) // publish this, or set cfg.Endpoint
	if err := p.Run(ctx); err != nil {             // registers if needed, then bids, serves, settles
		panic(err)
	}
}
