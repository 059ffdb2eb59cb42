package explorer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// indexer follows one deployment's events from its deployment block into the model, through
// the chain layer's watcher (which wakes on new heads over WebSocket and in-process
// connections and polls over HTTP), undoes the logs of reorganised blocks, and watches
// whether the node answers.
type indexer struct {
	conn   *chain.Conn
	m      contracts.Manifest
	client *market.Client
	dec    *decoder
	clock  *market.Clock
	log    *slog.Logger
	hub    *hub
	views  *views

	pollInterval   time.Duration
	healthInterval time.Duration

	mu     sync.RWMutex
	model  *model
	status Status

	watcher atomic.Pointer[chain.Watcher]
	// times caches block timestamps for nodes whose logs do not carry them.
	times sync.Map // common.Hash → time.Time
}

func newIndexer(conn *chain.Conn, m contracts.Manifest, poll, health time.Duration, log *slog.Logger) *indexer {
	client := market.New(conn.Backend(), m, nil)
	ix := &indexer{
		conn: conn, m: m, client: client, dec: newDecoder(client), clock: market.NewClock(conn.Backend()), log: log,
		hub: newHub(), views: newViews(client), pollInterval: poll, healthInterval: health,
		model: newModel(rules{}),
	}
	ix.status = Status{ChainID: conn.ChainID().Uint64(), Node: conn.URL(), Indexed: m.DeploymentBlock, RPC: RPCStatus{OK: true, Since: time.Now().UTC()}}
	return ix
}

// run follows the chain until ctx ends.
func (ix *indexer) run(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(2)
	go func() { defer wg.Done(); ix.hub.run(ctx, ix.currentStatus) }()
	go func() { defer wg.Done(); ix.watchHealth(ctx) }()

	// The rules are parameters of the deployment, read once. Each attempt has a time limit: a
	// call on a connection the node dropped may otherwise wait for ever.
	for backoff := 200 * time.Millisecond; ; backoff = min(2*backoff, 2*time.Second) {
		rctx, cancel := context.WithTimeout(ctx, max(ix.healthInterval, 2*time.Second))
		r, err := readRules(rctx, ix.client)
		cancel()
		if err == nil {
			ix.mu.Lock()
			ix.model.rules = r
			ix.mu.Unlock()
			break
		}
		ix.log.Warn("explorer: cannot read the deployment's parameters yet", "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
	}

	var w *chain.Watcher
	for backoff := 200 * time.Millisecond; ; {
		if w == nil {
			var err error
			w, err = chain.NewWatcher(ix.conn, chain.WatchOptions{
				Name: "explorer", Addresses: []common.Address{ix.m.Market, ix.m.WitnessPool, ix.m.Token},
				From: ix.m.DeploymentBlock, PollInterval: ix.pollInterval, Logger: ix.log,
			})
			if err != nil {
				return err
			}
			ix.watcher.Store(w)
		}
		err := w.Run(ctx, ix.handle)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, chain.ErrCheckpointStale) {
			// The chain under the explorer changed beyond what it can undo (a devnet reset, a
			// deep reorganisation): start over from the deployment block.
			ix.log.Warn("explorer: the chain no longer matches what was indexed; indexing again from the deployment block", "err", err)
			ix.mu.Lock()
			ix.model = newModel(ix.model.rules)
			ix.mu.Unlock()
			ix.hub.touch(nil, true)
			w = nil
			continue
		}
		ix.log.Warn("explorer: following the chain stopped, retrying", "err", err, "retry", backoff)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

// handle folds one delivered log into the model.
func (ix *indexer) handle(ctx context.Context, ev chain.Event) error {
	t := newTouched()
	if ev.Removed {
		ix.mu.Lock()
		ix.model.remove(logKey{ev.Log.BlockHash, ev.Log.Index}, t)
		ix.mu.Unlock()
		ix.hub.touch(t, true)
		return nil
	}
	e, ok, err := ix.dec.decode(&ev.Log)
	if err != nil {
		// Our own contracts emitted something the bindings cannot read: say so, and go on
		// with the rest rather than stop following the market.
		ix.log.Error("explorer: skipping an undecodable log", "err", err, "tx", ev.Log.TxHash)
		return nil
	}
	if !ok {
		return nil
	}
	if e.Time.IsZero() {
		if e.Time, err = ix.blockTime(ctx, ev.Log.BlockHash); err != nil {
			return err
		}
	}
	ix.mu.Lock()
	ix.model.add(e, t)
	ix.mu.Unlock()
	ix.hub.touch(t, true)
	return nil
}

// blockTime reads a block's time for nodes whose logs do not carry blockTimestamp.
func (ix *indexer) blockTime(ctx context.Context, h common.Hash) (time.Time, error) {
	if t, ok := ix.times.Load(h); ok {
		return t.(time.Time), nil
	}
	hdr, err := ix.conn.Backend().HeaderByHash(ctx, h)
	if err != nil {
		return time.Time{}, fmt.Errorf("time of block %s: %w", h.Hex(), err)
	}
	t := time.Unix(int64(hdr.Time), 0).UTC()
	ix.times.Store(h, t)
	return t, nil
}

// watchHealth asks the node for its head every healthInterval and publishes a status
// whenever the head moves or the node stops (or starts again) answering.
func (ix *indexer) watchHealth(ctx context.Context) {
	tick := time.NewTicker(ix.healthInterval)
	defer tick.Stop()
	for {
		rctx, cancel := context.WithTimeout(ctx, max(ix.healthInterval, 2*time.Second))
		head, err := ix.clock.Read(rctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		ix.mu.Lock()
		before := ix.status
		s := &ix.status
		switch {
		case err != nil && s.RPC.OK:
			s.RPC = RPCStatus{OK: false, Error: rpcError(err), Since: time.Now().UTC()}
			ix.log.Warn("explorer: the node does not answer", "url", ix.conn.URL(), "err", err)
		case err == nil && !s.RPC.OK:
			s.RPC = RPCStatus{OK: true, Since: time.Now().UTC()}
			ix.log.Info("explorer: the node answers again", "url", ix.conn.URL())
		}
		if err == nil {
			s.Head, s.HeadTime = head.Number, head.Time
		}
		if w := ix.watcher.Load(); w != nil && w.Next() > 0 {
			s.Indexed = max(w.Next()-1, ix.m.DeploymentBlock)
		}
		now := ix.status
		ix.mu.Unlock()
		if now != before {
			ix.hub.status(now)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// rpcError is what went wrong asking the node, for the page.
func rpcError(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "no answer in time"
	}
	return strings.TrimPrefix(err.Error(), "read the chain's latest block: ")
}

func (ix *indexer) currentStatus() Status {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s := ix.status
	if w := ix.watcher.Load(); w != nil && w.Next() > 0 {
		s.Indexed = max(w.Next()-1, ix.m.DeploymentBlock)
	}
	// The head is read every healthInterval, the logs as they come: never show less.
	s.Head = max(s.Head, s.Indexed)
	return s
}

// read runs f on the model under the read lock.
func (ix *indexer) read(f func(m *model)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	f(ix.model)
}

// views reads the stakes and balances the events do not tell, and caches them until an
// event touches the account again.
type views struct {
	c  *market.Client
	mu sync.Mutex
	m  map[common.Address]viewEntry
}

type viewEntry struct {
	at       uint64 // the account's touched block when read
	balance  *big.Int
	provider *market.Provider
	witness  *market.Witness
}

func newViews(c *market.Client) *views { return &views{c: c, m: map[common.Address]viewEntry{}} }

// get returns a's stakes and balance as of its last touch; on a read error, the last values
// read (possibly none) and the error.
func (v *views) get(ctx context.Context, a common.Address, touched uint64, provider, witness bool) (viewEntry, error) {
	v.mu.Lock()
	cached, ok := v.m[a]
	v.mu.Unlock()
	if ok && cached.at >= touched && (!provider || cached.provider != nil) && (!witness || cached.witness != nil) {
		return cached, nil
	}
	e := viewEntry{at: touched}
	var err error
	if e.balance, err = v.c.Balance(ctx, a); err != nil {
		return cached, err
	}
	if provider {
		p, err := v.c.Provider(ctx, a)
		if err != nil {
			return cached, err
		}
		e.provider = &p
	}
	if witness {
		w, err := v.c.Witness(ctx, a)
		if err != nil {
			return cached, err
		}
		e.witness = &w
	}
	v.mu.Lock()
	v.m[a] = e
	v.mu.Unlock()
	return e, nil
}
