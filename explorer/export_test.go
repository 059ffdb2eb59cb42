package explorer

import (
	"context"
	"log/slog"
	"math/big"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// FollowChain indexes a deployment from its deployment block to the chain's head the way the
// explorer follows a live chain, and returns how many orders it knows: for the benchmark of
// what following costs. The node is shown to the watcher as if its blocks were arriving one
// by one: its head is the block after the last one asked for, so the watcher takes the path
// it takes on a live chain (the head's header, that block's logs by hash), block by block.
func FollowChain(ctx context.Context, b chain.Backend, m contracts.Manifest) (int, error) {
	n, _, err := followChain(ctx, b, m)
	return n, err
}

// HeldPerOrder is the memory the explorer's model holds per order once it has followed the
// chain: the live heap with the model, less the heap without it, over the orders.
func HeldPerOrder(ctx context.Context, b chain.Backend, m contracts.Manifest) (uint64, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n, ix, err := followChain(ctx, b, m)
	if err != nil || n == 0 {
		return 0, err
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	return (after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)) / uint64(n), nil
}

func followChain(ctx context.Context, b chain.Backend, m contracts.Manifest) (int, *indexer, error) {
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return 0, nil, err
	}
	live := &arriving{Backend: b, last: head}
	live.head.Store(m.DeploymentBlock)
	conn, err := chain.NewConn(live)
	if err != nil {
		return 0, nil, err
	}
	ix := newIndexer(conn, m, time.Millisecond, time.Second, slog.New(slog.DiscardHandler))
	rules, err := readRules(ctx, ix.client)
	if err != nil {
		return 0, nil, err
	}
	ix.model.rules = rules
	w, err := chain.NewWatcher(conn, chain.WatchOptions{Name: "bench", Addresses: []common.Address{m.Market, m.WitnessPool, m.Token},
		From: m.DeploymentBlock, PollInterval: time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return 0, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, ix.handle) }()
	for w.Next() <= head {
		select {
		case err := <-done:
			cancel()
			return 0, nil, err
		case <-time.After(time.Millisecond):
		}
	}
	cancel()
	<-done
	n := 0
	ix.read(func(m *model) {
		for _, o := range m.orders {
			if o.view != nil {
				n++
			}
		}
	})
	return n, ix, nil
}

// arriving shows a finished chain as if its blocks were arriving: each request for the head
// reveals one block more, up to the real head. It announces no heads, so the watcher polls.
type arriving struct {
	chain.Backend
	head atomic.Uint64
	last uint64
}

func (a *arriving) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		h := a.head.Load()
		if h < a.last {
			a.head.Add(1)
		}
		n = new(big.Int).SetUint64(h)
	}
	return a.Backend.HeaderByNumber(ctx, n)
}

func (a *arriving) BlockNumber(context.Context) (uint64, error) { return a.head.Load(), nil }

func (a *arriving) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, rpc.ErrNotificationsUnsupported
}
