package explorer

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// FollowChain indexes a deployment from its deployment block to the chain's head the way the
// explorer follows a live chain, one block at a time (header, then that block's logs by
// hash), and returns how many orders it knows: for the benchmark of what following costs.
func FollowChain(ctx context.Context, conn *chain.Conn, m contracts.Manifest) (int, error) {
	ix := newIndexer(conn, m, time.Millisecond, time.Second, slog.New(slog.DiscardHandler))
	win, err := readWindows(ctx, ix.client)
	if err != nil {
		return 0, err
	}
	ix.model.win = win
	head, err := conn.Backend().BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	w, err := chain.NewWatcher(conn, chain.WatchOptions{Name: "bench", Addresses: []common.Address{m.Market, m.WitnessPool, m.Token},
		From: m.DeploymentBlock, PollInterval: time.Millisecond, Logger: slog.New(slog.DiscardHandler),
		// Every block is "near the head", so each is delivered alone, as on a live chain.
		ReorgDepth: head - m.DeploymentBlock + 1})
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, ix.handle) }()
	for w.Next() <= head {
		select {
		case err := <-done:
			cancel()
			return 0, err
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
	return n, nil
}
