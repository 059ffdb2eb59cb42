package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/witness"
)

func (w *world) startDaemons(ctx context.Context, logs io.Writer) error {
	logger := slog.New(slog.NewTextHandler(logs, nil))
	for i, price := range providerPrices {
		acc := firstProvider + i
		cfg := provider.DefaultConfig()
		cfg.DataDir = filepath.Join(w.o.Dir, accountNames[acc])
		cfg.WasmCacheDir = w.wasmCache()
		cfg.Listen = "127.0.0.1:0"
		cfg.StakeFST = "500"
		cfg.CPUMilli, cfg.MemoryMB = 1000, 1024 // one lease of level 0 or 1
		if i == 2 {
			cfg.CPUMilli, cfg.MemoryMB = 8000, 16384
		}
		cfg.Pricing = provider.PricingConfig{Strategy: "fixed", Prices: map[string]string{"0": price, "1": price, "2": price}}
		cfg.PollInterval = 250 * time.Millisecond
		cfg.LogFormat = "text"
		p, err := provider.New(ctx, cfg, provider.Options{Conn: w.conn, Manifest: w.m, Signer: w.signers[acc], Logger: logger.With("daemon", accountNames[acc])})
		if err != nil {
			return fmt.Errorf("start %s: %w", accountNames[acc], err)
		}
		w.provs[w.signers[acc].Address] = p
		go p.Run(ctx)
		w.say("%s runs at %s: %s FST per unit, room for %s", accountNames[acc], p.Endpoint(), price, map[bool]string{true: "many leases", false: "one lease"}[i == 2])
	}
	for i := 0; i < 5; i++ {
		acc := firstWitness + i
		cfg := witness.DefaultConfig()
		cfg.DataDir = filepath.Join(w.o.Dir, accountNames[acc])
		cfg.WasmCacheDir = w.wasmCache()
		cfg.Listen = ""
		cfg.StakeFST = witnessStake
		cfg.PollInterval = 250 * time.Millisecond
		wt, err := witness.New(ctx, cfg, witness.Options{Conn: w.conn, Manifest: w.m, Signer: w.signers[acc], Logger: logger.With("daemon", accountNames[acc])})
		if err != nil {
			return fmt.Errorf("start %s: %w", accountNames[acc], err)
		}
		w.wits = append(w.wits, wt)
		go wt.Run(ctx)
	}
	w.say("5 witnesses run, each staking %s FST: they open segments, draw committees and probe the leases they are drawn for within the deployment's probe rate", witnessStake)
	return nil
}

func (w *world) stopDaemons() {
	for _, p := range w.provs {
		p.Close()
	}
	for _, wt := range w.wits {
		wt.Close()
	}
}

// wasmCache is the compilation cache every daemon of the demo shares, as daemons on one
// machine may: the providers and the witnesses (which load each module they watch, to re-run
// requests on it) then compile each example function once, not eight times at once on a
// machine of a few cores.
func (w *world) wasmCache() string { return filepath.Join(w.o.Dir, "wasm-cache") }

// precompile compiles the example functions into the shared cache, as the runtime loads them.
func (w *world) precompile(ctx context.Context, modules ...[]byte) error {
	eng, err := runtime.New(runtime.Config{CacheDir: w.wasmCache()})
	if err != nil {
		return err
	}
	defer eng.Close(ctx)
	errs := make(chan error, len(modules))
	for _, m := range modules {
		go func() { errs <- eng.Precompile(ctx, m) }()
	}
	var first error
	for range modules {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}
