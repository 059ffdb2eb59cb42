package chain_test

import (
	"context"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// BenchmarkSender_EightGoroutinesOneAccount measures the FST transfers per second one Sender
// sustains with eight goroutines sharing its account, while a block is mined every 2 ms.
// Every receipt must be successful.
func BenchmarkSender_EightGoroutinesOneAccount(b *testing.B) {
	c := newTestChain(b, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts, chain.WithPollInterval(time.Millisecond))
	data := contracts.NewFaaSToken().PackTransfer(c.accs[1].addr, big.NewInt(1))
	stop := c.mine(2 * time.Millisecond)
	defer stop()

	const workers = 8
	txs := make([]*types.Transaction, b.N)
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				tx, err := s.Send(context.Background(), d.Token, data, nil)
				if err != nil {
					b.Error(err)
					return
				}
				txs[i] = tx
			}
		}()
	}
	wg.Wait()
	if b.Failed() {
		return
	}
	for _, tx := range txs {
		if _, err := s.Wait(context.Background(), tx); err != nil {
			b.Fatal(err)
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "tx/s")
}

// BenchmarkWatcher_DeliveryDelay measures the time from a block being mined (Commit
// returning) to the watcher's handler receiving its event, in-process and over a websocket
// (both wake on new heads; over HTTP the delay is the poll interval).
func BenchmarkWatcher_DeliveryDelay(b *testing.B) {
	for _, transport := range []string{"in-process", "ws"} {
		b.Run(transport, func(b *testing.B) {
			c := newTestChain(b, 2, chainOpt{serveRPC: transport == "ws"})
			d := c.deploy()
			conn := c.conn
			if transport == "ws" {
				var err error
				if conn, err = chain.Dial(context.Background(), c.wsURL); err != nil {
					b.Fatal(err)
				}
				defer conn.Close()
			}
			s := chain.NewSender(c.conn, c.accs[0].opts)
			delivered := make(chan uint64, 16)
			w, err := chain.NewWatcher(conn, chain.WatchOptions{
				Name: "bench", Addresses: []common.Address{d.Token}, From: c.head() + 1,
				PollInterval: time.Second, Logger: slog.New(slog.DiscardHandler),
			})
			if err != nil {
				b.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() {
				done <- w.Run(ctx, func(_ context.Context, ev chain.Event) error {
					delivered <- ev.Log.BlockNumber
					return nil
				})
			}()
			defer func() { cancel(); <-done }()

			delays := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for range b.N {
				transfer(b, s, d.Token, c.accs[1].addr, 1)
				c.sim.Commit()
				mined := time.Now()
				want := c.head()
				if got := <-delivered; got != want {
					b.Fatalf("delivered an event of block %d, mined %d", got, want)
				}
				delays = append(delays, time.Since(mined))
			}
			b.StopTimer()
			slices.Sort(delays)
			b.ReportMetric(float64(delays[len(delays)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(delays[len(delays)*99/100].Microseconds()), "p99-µs")
		})
	}
}
