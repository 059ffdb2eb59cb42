package provider_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
)

// BenchmarkBidDelay measures, on the embedded chain, the delay from the block carrying an
// OrderCreated log reaching the node's subscribers to the provider handing its bid
// transaction to the node, over 100 orders per iteration; it reports the median and the 99th
// percentile. With one customer the orders come one per block (the devnet stamps blocks with
// whole seconds, so this takes minutes); with five, blocks carry several orders at once, as
// on a busy market.
func BenchmarkBidDelay(b *testing.B) {
	for _, n := range []int{1, 5} {
		b.Run(fmt.Sprintf("customers=%d", n), func(b *testing.B) { benchBidDelay(b, n) })
	}
}

func benchBidDelay(b *testing.B, customerCount int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := b.TempDir()
	dn, err := devnet.Start(ctx, devnet.Config{BlockTime: 100 * time.Millisecond, ManifestPath: filepath.Join(dir, "manifest.json")})
	if err != nil {
		b.Fatal(err)
	}
	defer dn.Close()
	conn, err := chain.NewConn(dn.Client())
	if err != nil {
		b.Fatal(err)
	}
	m := dn.Manifest()

	var mu sync.Mutex
	heads := map[uint64]time.Time{}
	sent := map[uint64]time.Time{}
	headCh := make(chan *types.Header, 1024)
	sub, err := dn.Client().SubscribeNewHead(ctx, headCh)
	if err != nil {
		b.Fatal(err)
	}
	defer sub.Unsubscribe()
	go func() {
		for h := range headCh {
			now := time.Now()
			mu.Lock()
			heads[h.Number.Uint64()] = now
			mu.Unlock()
		}
	}()

	cfg := provider.DefaultConfig()
	cfg.DataDir = filepath.Join(dir, "provider")
	cfg.Listen = "127.0.0.1:0"
	cfg.CPUMilli, cfg.MemoryMB = 1_000_000, 1_000_000
	cfg.PollInterval = 100 * time.Millisecond
	cfg.WasmCacheDir = wasmCache
	p, err := provider.New(ctx, cfg, provider.Options{Conn: conn, Manifest: m, Signer: keys.FromKey(keys.DevKey(providerA), conn.ChainID()),
		Logger: quietLogger(), SenderOptions: []chain.SenderOption{chain.WithPollInterval(20 * time.Millisecond)},
		OnBidSent: func(id uint64, _ common.Hash) {
			now := time.Now()
			mu.Lock()
			sent[id] = now
			mu.Unlock()
		}})
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	defer func() { stop(); <-done }()

	var customers []*market.Client
	for i := 4; i < 4+customerCount; i++ {
		customers = append(customers, market.New(conn.Backend(), m, senderOf(conn, keys.DevKey(i))))
	}
	waitForB(b, 30*time.Second, func() bool {
		pr, err := customers[0].Provider(ctx, p.Address())
		return err == nil && pr.Registered
	})

	var delays []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		blocks := map[uint64]uint64{}
		var wg sync.WaitGroup
		errs := make(chan error, len(customers))
		for _, c := range customers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := 0; j < 100/len(customers); j++ {
					id, r, err := c.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 1, MaxUnitPrice: contracts.FST(10),
						BiddingWindow: 10 * time.Minute, WitnessCount: 3})
					if err != nil {
						errs <- err
						return
					}
					mu.Lock()
					blocks[id] = r.BlockNumber.Uint64()
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
		waitForB(b, 60*time.Second, func() bool {
			mu.Lock()
			defer mu.Unlock()
			for id := range blocks {
				if _, ok := sent[id]; !ok {
					return false
				}
			}
			return true
		})
		mu.Lock()
		for id, n := range blocks {
			at, ok := heads[n]
			if !ok {
				mu.Unlock()
				b.Fatalf("block %d of order %d never announced", n, id)
			}
			delays = append(delays, sent[id].Sub(at))
		}
		mu.Unlock()
	}
	b.StopTimer()
	slices.Sort(delays)
	pct := func(q float64) float64 {
		return float64(delays[int(q*float64(len(delays)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

func waitForB(b *testing.B, d time.Duration, cond func() bool) {
	b.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			b.Fatal("timed out")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
