package chain_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/defaas/defaas/internal/tcpproxy"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

type logKey struct {
	block common.Hash
	index uint
}

func keyOf(l types.Log) logKey { return logKey{l.BlockHash, l.Index} }

// view is a consumer that applies events and undoes removed ones, as the daemons do, and
// remembers everything it saw.
type view struct {
	mu      sync.Mutex
	events  []chain.Event
	live    map[logKey]types.Log
	dups    []chain.Event // a log delivered while already applied
	strays  []chain.Event // a removal of a log not applied
	failing func(chain.Event) error
}

func newView() *view { return &view{live: map[logKey]types.Log{}} }

func (v *view) handle(_ context.Context, ev chain.Event) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.failing != nil {
		if err := v.failing(ev); err != nil {
			return err
		}
	}
	v.events = append(v.events, ev)
	k := keyOf(ev.Log)
	_, applied := v.live[k]
	switch {
	case ev.Removed != ev.Log.Removed:
		return fmt.Errorf("event Removed=%v but its log Removed=%v", ev.Removed, ev.Log.Removed)
	case ev.Removed:
		if !applied {
			v.strays = append(v.strays, ev)
		}
		delete(v.live, k)
	default:
		if applied {
			v.dups = append(v.dups, ev)
		}
		v.live[k] = ev.Log
	}
	return nil
}

func (v *view) snapshot() (events []chain.Event, live []types.Log) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, l := range v.live {
		live = append(live, l)
	}
	slices.SortFunc(live, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	return slices.Clone(v.events), live
}

// check fails the test if the view saw duplicates or removals of unknown logs.
func (v *view) check(t *testing.T) {
	t.Helper()
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.dups) > 0 {
		t.Fatalf("%d logs delivered twice, first %+v", len(v.dups), v.dups[0].Log)
	}
	if len(v.strays) > 0 {
		t.Fatalf("%d removals of logs never delivered, first %+v", len(v.strays), v.strays[0].Log)
	}
}

// canonical is every log of the filter on the canonical chain from from to the head.
func canonical(t *testing.T, c *testChain, addrs []common.Address, from uint64) []types.Log {
	t.Helper()
	logs, err := c.sim.Client().FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: addrs,
	})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func sameLogs(a, b []types.Log) bool {
	return slices.EqualFunc(a, b, func(x, y types.Log) bool { return keyOf(x) == keyOf(y) && x.TxHash == y.TxHash })
}

// waitCaughtUp waits until the view holds exactly the canonical logs.
func waitCaughtUp(t *testing.T, c *testChain, v *view, addrs []common.Address, from uint64) {
	t.Helper()
	var live, want []types.Log
	waitUntil(t, func() bool {
		want = canonical(t, c, addrs, from)
		_, live = v.snapshot()
		return sameLogs(live, want)
	}, func() string {
		return fmt.Sprintf("the view never matched the chain: it holds %d logs, the chain has %d", len(live), len(want))
	})
}

// waitUntil polls cond until it holds. It gives up only shortly before the test binary's own
// deadline (go test -timeout), so that a busy machine makes a test slow, not failed.
func waitUntil(t *testing.T, cond func() bool, why ...func() string) {
	t.Helper()
	deadline, ok := t.Deadline()
	if !ok {
		deadline = time.Now().Add(10 * time.Minute)
	}
	deadline = deadline.Add(-10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			msg := "the condition never held"
			if len(why) > 0 {
				msg = why[0]()
			}
			t.Fatal(msg)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// run starts w in the background; stop cancels it and returns what Run returned.
func run(t *testing.T, w *chain.Watcher, h chain.Handler) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, h) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			err = <-done
		})
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

func addrs(d *contracts.Deployment) []common.Address {
	return []common.Address{d.Token, d.WitnessPool, d.Market}
}

func newWatcher(t *testing.T, conn *chain.Conn, o chain.WatchOptions) *chain.Watcher {
	t.Helper()
	if o.PollInterval == 0 {
		o.PollInterval = 5 * time.Millisecond
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = 50 * time.Millisecond
	}
	o.Logger = slog.New(slog.NewTextHandler(t.Output(), nil))
	w, err := chain.NewWatcher(conn, o)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// transfers sends n transfers of 1 FST-wei from s to to and mines them in one block.
func (c *testChain) transfers(t *testing.T, s *chain.Sender, token, to common.Address, n int) {
	t.Helper()
	for range n {
		transfer(t, s, token, to, 1)
	}
	c.sim.Commit()
}

func TestWatcher_BackfillsInRangesThenFollowsTheHead(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	for range 12 {
		c.transfers(t, s, d.Token, c.accs[1].addr, 2)
	}
	v := newView()
	w := newWatcher(t, c.conn, chain.WatchOptions{Name: "market", Addresses: addrs(d), From: d.Block, ReorgDepth: 4, BatchBlocks: 3})
	run(t, w, v.handle)
	waitCaughtUp(t, c, v, addrs(d), d.Block)

	for range 5 {
		c.transfers(t, s, d.Token, c.accs[1].addr, 3)
		c.sim.Commit() // and an empty block
	}
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)
	events, _ := v.snapshot()
	for i := 1; i < len(events); i++ {
		a, b := events[i-1].Log, events[i].Log
		if a.BlockNumber > b.BlockNumber || a.BlockNumber == b.BlockNumber && a.Index >= b.Index {
			t.Fatalf("event %d (block %d, log %d) came before event %d (block %d, log %d)", i-1, a.BlockNumber, a.Index, i, b.BlockNumber, b.Index)
		}
		if events[i].Removed {
			t.Fatalf("removed event without a reorg: %+v", events[i])
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for w.Next() != c.head()+1 {
		if time.Now().After(deadline) {
			t.Fatalf("watcher is at block %d, head is %d", w.Next(), c.head())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestWatcher_ReorgRemovesTheDroppedLogsAndDeliversTheNewChain(t *testing.T) {
	c := newTestChain(t, 3, chainOpt{})
	d := c.deploy()
	s0 := chain.NewSender(c.conn, c.accs[0].opts)
	c.transfers(t, s0, d.Token, c.accs[2].addr, 1) // accs[2] gets FST before the fork point
	parent, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}

	v := newView()
	run(t, newWatcher(t, c.conn, chain.WatchOptions{Name: "market", Addresses: addrs(d), From: d.Block}), v.handle)

	// The old chain: two blocks of transfers on top of parent.
	c.transfers(t, s0, d.Token, c.accs[1].addr, 2)
	c.transfers(t, s0, d.Token, c.accs[1].addr, 1)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	dropped := canonical(t, c, addrs(d), parent.Number.Uint64()+1)
	if len(dropped) != 3 {
		t.Fatalf("the old chain has %d logs above the fork point, want 3", len(dropped))
	}

	// The new chain forks at parent and grows longer. The old chain's transactions go back to
	// the pool and land again, in a block with another hash; accs[2]'s transfer is new.
	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	transfer(t, chain.NewSender(c.conn, c.accs[2].opts), d.Token, c.accs[1].addr, 1)
	for range 3 {
		c.sim.Commit()
	}
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)

	events, _ := v.snapshot()
	var removed []types.Log
	for _, ev := range events {
		if ev.Removed {
			removed = append(removed, ev.Log)
		}
	}
	slices.Reverse(dropped) // removals come newest first
	if !sameLogs(removed, dropped) {
		t.Fatalf("removed %d logs, want the 3 logs of the dropped blocks newest first; got %+v", len(removed), removed)
	}
	now := canonical(t, c, addrs(d), parent.Number.Uint64()+1)
	if len(now) != 4 {
		t.Fatalf("the new chain has %d logs above the fork point, want 4", len(now))
	}
	for _, l := range now {
		for _, old := range dropped {
			if l.BlockHash == old.BlockHash {
				t.Fatalf("log %+v of the new chain sits in a dropped block", l)
			}
		}
	}
}

func TestWatcher_RestartsFromItsCheckpointWithoutGapsOrDuplicates(t *testing.T) {
	stores := map[string]func(t *testing.T) chain.CheckpointStore{
		"file": func(t *testing.T) chain.CheckpointStore {
			store, err := chain.NewFileStore(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			return store
		},
		"bolt": func(t *testing.T) chain.CheckpointStore {
			db, err := bolt.Open(filepath.Join(t.TempDir(), "provider.db"), 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			store, err := chain.NewBoltStore(db, "")
			if err != nil {
				t.Fatal(err)
			}
			return store
		},
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) { testRestart(t, open(t)) })
	}
}

func testRestart(t *testing.T, store chain.CheckpointStore) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	o := chain.WatchOptions{Name: "provider-1", Addresses: addrs(d), From: d.Block, Store: store}
	v := newView()

	stop := run(t, newWatcher(t, c.conn, o), v.handle)
	for range 3 {
		c.transfers(t, s, d.Token, c.accs[1].addr, 2)
	}
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	if err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v after cancel", err)
	}
	before, _ := v.snapshot()

	// Blocks mined while no watcher runs.
	for range 4 {
		c.transfers(t, s, d.Token, c.accs[1].addr, 2)
	}
	cp, ok, err := store.Load("provider-1")
	if err != nil || !ok {
		t.Fatalf("no checkpoint saved (%v)", err)
	}
	if last, _ := cp.Last(); cp.Next != last.Number+1 || cp.Next <= d.Block {
		t.Fatalf("checkpoint %+v is inconsistent", cp)
	}

	run(t, newWatcher(t, c.conn, o), v.handle)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)
	after, _ := v.snapshot()
	if len(after) != len(canonical(t, c, addrs(d), d.Block)) {
		t.Fatalf("%d events delivered in all, the chain has %d logs", len(after), len(canonical(t, c, addrs(d), d.Block)))
	}
	if first := after[len(before)].Log; first.BlockNumber < cp.Next {
		t.Fatalf("the restarted watcher began at block %d, before its checkpoint %d", first.BlockNumber, cp.Next)
	}
}

func TestWatcher_HandlerErrorRedeliversOnlyTheBlockInProgress(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	c.transfers(t, s, d.Token, c.accs[1].addr, 1)
	c.transfers(t, s, d.Token, c.accs[1].addr, 3)
	block := c.head()
	c.transfers(t, s, d.Token, c.accs[1].addr, 1)

	transferTopic := contracts.NewFaaSToken().GetABI().Events["Transfer"].ID
	store := chain.NewMemoryStore()
	o := chain.WatchOptions{Name: "witness", Addresses: []common.Address{d.Token}, Topics: [][]common.Hash{{transferTopic}}, From: d.Block, Store: store}
	boom := errors.New("database unavailable")
	var seen []chain.Event
	n := 0
	handler := func(ctx context.Context, ev chain.Event) error {
		if ev.Log.BlockNumber == block {
			n++
			if n == 2 {
				return boom
			}
		}
		seen = append(seen, ev)
		return nil
	}
	// Run returns when the handler fails; no clock is involved, so a busy machine only makes
	// this test slower.
	w := newWatcher(t, c.conn, o)
	if err := w.Run(context.Background(), handler); !errors.Is(err, boom) {
		t.Fatalf("Run returned %v, want the handler's error", err)
	}
	if w.Next() != block {
		t.Fatalf("checkpoint at %d after failing in block %d", w.Next(), block)
	}

	// The restarted watcher runs until it has handled the last log of the chain.
	want := slices.DeleteFunc(canonical(t, c, []common.Address{d.Token}, d.Block), func(l types.Log) bool { return l.Topics[0] != transferTopic })
	final := keyOf(want[len(want)-1])
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := newWatcher(t, c.conn, o).Run(ctx, func(ctx context.Context, ev chain.Event) error {
		seen = append(seen, ev)
		if keyOf(ev.Log) == final {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("the restarted watcher returned %v", err)
	}
	count := map[logKey]int{}
	for _, ev := range seen {
		count[keyOf(ev.Log)]++
	}
	for _, l := range want {
		wantN := 1
		if l.BlockNumber == block && l.Index == want[slices.IndexFunc(want, func(x types.Log) bool { return x.BlockNumber == block })].Index {
			wantN = 2 // the first log of the failed block, delivered before the failure
		}
		if count[keyOf(l)] != wantN {
			t.Errorf("log %d of block %d delivered %d times, want %d", l.Index, l.BlockNumber, count[keyOf(l)], wantN)
		}
	}
}

func TestWatcher_WaitsForConfirmations(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	v := newView()
	w := newWatcher(t, c.conn, chain.WatchOptions{Name: "confirmed", Addresses: []common.Address{d.Token}, From: c.head() + 1, Confirmations: 2})
	run(t, w, v.handle)

	c.transfers(t, s, d.Token, c.accs[1].addr, 1)
	c.sim.Commit()
	time.Sleep(100 * time.Millisecond) // twenty polls
	if events, _ := v.snapshot(); len(events) != 0 {
		t.Fatalf("delivered %d events with one confirmation, want none before two", len(events))
	}
	c.sim.Commit()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if events, _ := v.snapshot(); len(events) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the event was not delivered after two confirmations")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestWatcher_SurvivesTheNodeGoingAway(t *testing.T) {
	for _, scheme := range []string{"http", "ws"} {
		t.Run(scheme, func(t *testing.T) {
			c := newTestChain(t, 2, chainOpt{serveRPC: true})
			d := c.deploy()
			s := chain.NewSender(c.conn, c.accs[0].opts)
			target := c.httpURL
			if scheme == "ws" {
				target = c.wsURL
			}
			p := tcpproxy.New(t, target[len(scheme)+3:])
			conn, err := chain.Dial(context.Background(), scheme+"://"+p.Addr())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()

			v := newView()
			run(t, newWatcher(t, conn, chain.WatchOptions{Name: "outage", Addresses: addrs(d), From: d.Block}), v.handle)
			c.transfers(t, s, d.Token, c.accs[1].addr, 2)
			waitCaughtUp(t, c, v, addrs(d), d.Block)

			p.Stop()
			for range 3 {
				c.transfers(t, s, d.Token, c.accs[1].addr, 2)
			}
			time.Sleep(200 * time.Millisecond) // several failed polls
			p.Start(t)
			c.transfers(t, s, d.Token, c.accs[1].addr, 1)
			waitCaughtUp(t, c, v, addrs(d), d.Block)
			v.check(t)
		})
	}
}

func TestWatcher_StopsOnACheckpointItCannotReconcile(t *testing.T) {
	c := newTestChain(t, 1, chainOpt{})
	for range 5 {
		c.sim.Commit()
	}
	ref := func(n uint64, h string) chain.BlockRef { return chain.BlockRef{Number: n, Hash: common.HexToHash(h)} }
	tests := []struct {
		name string
		cp   chain.Checkpoint
	}{
		{"other chain id", chain.Checkpoint{ChainID: 1, Next: 3, Logged: 3}},
		{"blocks out of order", chain.Checkpoint{ChainID: 1337, Next: 4, Logged: 4, Blocks: []chain.Block{
			{BlockRef: ref(3, "0x03")}, {BlockRef: ref(1, "0x01")},
		}}},
		{"last block is not the one before next", chain.Checkpoint{ChainID: 1337, Next: 5, Logged: 5, Blocks: []chain.Block{
			{BlockRef: ref(3, "0x03")},
		}}},
		{"a log of another block", chain.Checkpoint{ChainID: 1337, Next: 4, Logged: 3, Blocks: []chain.Block{
			{BlockRef: ref(3, "0x03"), Logs: []types.Log{{BlockNumber: 2, BlockHash: common.HexToHash("0x02")}}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := chain.NewMemoryStore()
			if err := store.Save("x", tt.cp); err != nil {
				t.Fatal(err)
			}
			w := newWatcher(t, c.conn, chain.WatchOptions{Name: "x", Store: store, From: 1})
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := w.Run(ctx, func(context.Context, chain.Event) error { return nil })
			if !errors.Is(err, chain.ErrCheckpointStale) {
				t.Fatalf("Run returned %v, want ErrCheckpointStale", err)
			}
			t.Log(err)
		})
	}
}

func TestWatcher_NoticesAReorgThatHappenedWhileItWasStopped(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	d := c.deploy()
	s := chain.NewSender(c.conn, c.accs[0].opts)
	parent, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	store, err := chain.NewFileStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	o := chain.WatchOptions{Name: "customer", Addresses: addrs(d), From: d.Block, Store: store}
	v := newView() // the consumer's own durable state

	stop := run(t, newWatcher(t, c.conn, o), v.handle)
	c.transfers(t, s, d.Token, c.accs[1].addr, 2)
	c.transfers(t, s, d.Token, c.accs[1].addr, 1)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	stop()
	dropped := canonical(t, c, addrs(d), parent.Number.Uint64()+1)

	if err := c.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		c.sim.Commit()
	}

	run(t, newWatcher(t, c.conn, o), v.handle)
	waitCaughtUp(t, c, v, addrs(d), d.Block)
	v.check(t)
	events, _ := v.snapshot()
	var removed []types.Log
	for _, ev := range events {
		if ev.Removed {
			removed = append(removed, ev.Log)
		}
	}
	slices.Reverse(dropped)
	if !sameLogs(removed, dropped) {
		t.Fatalf("removed %d logs after the restart, want the %d of the dropped blocks", len(removed), len(dropped))
	}
}
