package chain_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// Reorganisations deeper than the watcher's ReorgDepth, with the node remembering the blocks
// that left the chain (a fork) or not (a rewind, as a development chain killed before it
// wrote its blocks, or reset by hand).

// blocksOfTransfers mines blocks with one or two transfers each on top of the head, and
// returns the block they were built on and their logs.
func (c *testChain) blocksOfTransfers(t *testing.T, d *contracts.Deployment, s *chain.Sender, blocks int) (types.Header, []types.Log) {
	t.Helper()
	parent, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range blocks {
		c.transfers(t, s, d.Token, c.accs[1].addr, 1+i%2)
	}
	return *parent, canonical(t, c, addrs(d), parent.Number.Uint64()+1)
}

// rewind makes the node forget every block after n with debug_setHead (the chain must serve
// RPC), and mines on n.
func (c *testChain) rewind(t *testing.T, n uint64) {
	t.Helper()
	old, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := rpc.Dial(c.httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.Call(nil, "debug_setHead", hexutil.Uint64(n)); err != nil {
		t.Fatal(err)
	}
	hdr, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil || hdr.Number.Uint64() != n {
		t.Fatalf("head after debug_setHead(%d): %v (err %v)", n, hdr.Number, err)
	}
	if _, err := c.sim.Client().HeaderByHash(context.Background(), old.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the node still knows block %d after debug_setHead(%d) (err %v)", old.Number, n, err)
	}
	if err := c.sim.Fork(hdr.Hash()); err != nil {
		t.Fatal(err)
	}
}

// grow puts a new transfer from account 2 (so the new chain has a log the old one had not)
// and empty blocks on the head, so that the new chain is longer than the old.
func (c *testChain) grow(t *testing.T, d *contracts.Deployment, blocks int) {
	t.Helper()
	transfer(t, chain.NewSender(c.conn, c.accs[2].opts), d.Token, c.accs[1].addr, 1)
	for range blocks {
		c.sim.Commit()
	}
}

func removedLogs(v *view) []types.Log {
	events, _ := v.snapshot()
	var removed []types.Log
	for _, ev := range events {
		if ev.Removed {
			removed = append(removed, ev.Log)
		}
	}
	return removed
}

func newestFirst(logs []types.Log) []types.Log {
	logs = slices.Clone(logs)
	slices.Reverse(logs)
	return logs
}

// reorgStory runs a watcher with ReorgDepth depth (0 for the default) over blocks blocks of
// transfers, changes the chain below all of them with change, and checks that the watcher,
// running throughout or restarted after the change, removed exactly the dropped logs, newest
// first, and delivered the new chain.
func reorgStory(t *testing.T, depth uint64, blocks int, restart bool, change func(c *testChain, parent types.Header)) {
	c := newTestChain(t, 3, chainOpt{serveRPC: true})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	c.transfers(t, s, d.Token, c.accs[2].addr, 1) // account 2 gets FST before the fork point
	store, err := chain.NewFileStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	o := chain.WatchOptions{Name: "story", Addresses: addrs(d), From: d.Block, Store: store, ReorgDepth: depth}
	v := newView()
	stop := run(t, newWatcher(t, c.conn, o), v.handle)
	parent, dropped := c.blocksOfTransfers(t, d, s, blocks)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	if restart {
		stop()
	}

	change(c, parent)
	c.grow(t, d, blocks+2)

	if restart {
		run(t, newWatcher(t, c.conn, o), v.handle)
	}
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)
	if removed := removedLogs(v); !sameLogs(removed, newestFirst(dropped)) {
		t.Fatalf("removed %d logs, want the %d of the %d dropped blocks, newest first", len(removed), len(dropped), blocks)
	}
}

// TestWatcher_UndoesAForkDeeperThanItsDepth: ten blocks leave the chain, the watcher kept the
// logs of three; the node, which keeps side chains, gives the rest by hash.
func TestWatcher_UndoesAForkDeeperThanItsDepth(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(map[bool]string{false: "running", true: "restarted"}[restart], func(t *testing.T) {
			reorgStory(t, 3, 10, restart, func(c *testChain, parent types.Header) {
				if err := c.sim.Fork(parent.Hash()); err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}

// TestWatcher_UndoesARewindTheNodeForgot: the node forgets the blocks (a devnet that came
// back at an older head); within ReorgDepth, the checkpoint alone names the logs to remove.
func TestWatcher_UndoesARewindTheNodeForgot(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(map[bool]string{false: "running", true: "restarted"}[restart], func(t *testing.T) {
			reorgStory(t, 0, 6, restart, func(c *testChain, parent types.Header) { c.rewind(t, parent.Number.Uint64()) })
		})
	}
}

// TestWatcher_GoesOnAfterARewindDeeperThanItRemembers: the node forgot ten blocks and the
// watcher kept the logs of the last three. It removes those, says which blocks it cannot
// undo, and delivers the new chain; logs of blocks it went back over are delivered again.
func TestWatcher_GoesOnAfterARewindDeeperThanItRemembers(t *testing.T) {
	c := newTestChain(t, 3, chainOpt{serveRPC: true})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	c.transfers(t, s, d.Token, c.accs[2].addr, 1)
	var logs syncBuffer
	o := chain.WatchOptions{Name: "deep", Addresses: addrs(d), From: d.Block, ReorgDepth: 3,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	w, err := chain.NewWatcher(c.conn, o)
	if err != nil {
		t.Fatal(err)
	}
	v := newView()
	stop := run(t, w, v.handle)
	parent, dropped := c.blocksOfTransfers(t, d, s, 10)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	last := c.head()

	c.rewind(t, parent.Number.Uint64())
	c.grow(t, d, 12)
	now := canonical(t, c, addrs(d), d.Block)
	waitUntil(t, func() bool {
		_, live := v.snapshot()
		return w.Next() > c.head() && containsAll(live, now)
	})
	if err := stop(); err != context.Canceled {
		t.Fatalf("Run returned %v, want it running until cancelled", err)
	}

	var kept, forgotten []types.Log // dropped logs within the last three blocks, and older
	for _, l := range dropped {
		if l.BlockNumber+3 > last {
			kept = append(kept, l)
		} else {
			forgotten = append(forgotten, l)
		}
	}
	if removed := removedLogs(v); !sameLogs(removed, newestFirst(kept)) {
		t.Fatalf("removed %d logs, want the %d of the last three dropped blocks, newest first", len(removed), len(kept))
	}
	_, live := v.snapshot()
	stale := slices.DeleteFunc(slices.Clone(live), func(l types.Log) bool {
		return slices.ContainsFunc(now, func(c types.Log) bool { return keyOf(c) == keyOf(l) })
	})
	if !sameLogs(stale, forgotten) {
		t.Fatalf("%d logs left that are not on the chain, want the %d of the blocks nobody remembers", len(stale), len(forgotten))
	}
	if !strings.Contains(logs.String(), "level=ERROR") || !strings.Contains(logs.String(), "cannot be removed") {
		t.Fatalf("the watcher did not say what it could not undo:\n%s", logs.String())
	}
	for _, ev := range v.dups {
		if !slices.ContainsFunc(now, func(c types.Log) bool { return keyOf(c) == keyOf(ev.Log) }) {
			t.Fatalf("log %d of block %d, not on the chain, was delivered twice", ev.Log.Index, ev.Log.BlockNumber)
		}
	}
	t.Log(len(v.dups), "logs still on the chain, below the block it went back to, were delivered twice")
}

// TestWatcher_ReadsACheckpointWrittenBeforeItKeptLogs: a checkpoint file of the first
// version (the hashes of the last blocks, no logs) resumes, and a reorganisation of its
// blocks is undone with the logs asked of the node.
func TestWatcher_ReadsACheckpointWrittenBeforeItKeptLogs(t *testing.T) {
	c := newTestChain(t, 3, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	c.transfers(t, s, d.Token, c.accs[2].addr, 1)
	dir := t.TempDir()
	store, err := chain.NewFileStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	o := chain.WatchOptions{Name: "old", Addresses: addrs(d), From: d.Block, Store: store}
	v := newView()
	stop := run(t, newWatcher(t, c.conn, o), v.handle)
	parent, dropped := c.blocksOfTransfers(t, d, s, 3)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	stop()

	// The same position, as the first version wrote it.
	head := c.head()
	var recent []string
	for n := parent.Number.Uint64() - 1; n <= head; n++ {
		h, err := c.sim.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		recent = append(recent, fmt.Sprintf(`{"number":%d,"hash":"%s"}`, n, h.Hash().Hex()))
	}
	v1 := fmt.Sprintf(`{"chainId":1337,"next":%d,"recent":[%s]}`, head+1, strings.Join(recent, ","))
	if err := os.WriteFile(filepath.Join(dir, "old.json"), []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}

	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	c.grow(t, d, 5)
	run(t, newWatcher(t, c.conn, o), v.handle)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)
	if removed := removedLogs(v); !sameLogs(removed, newestFirst(dropped)) {
		t.Fatalf("removed %d logs, want the %d of the three dropped blocks, newest first", len(removed), len(dropped))
	}
}

func containsAll(have, want []types.Log) bool {
	for _, w := range want {
		if !slices.ContainsFunc(have, func(h types.Log) bool { return keyOf(h) == keyOf(w) }) {
			return false
		}
	}
	return true
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
