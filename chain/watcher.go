package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Event is one log delivered to a Handler. An event with Removed set undoes an earlier
// delivery of the same log, identified by (Log.BlockHash, Log.Index), whose block has left
// the canonical chain; Log.Removed is set too.
type Event struct {
	Log     types.Log
	Removed bool
}

// Handler handles one event. Returning an error stops the watcher before the block is
// checkpointed, so the whole block is delivered again by the next Run.
type Handler func(ctx context.Context, ev Event) error

// ErrCheckpointStale is returned by Run when the checkpoint cannot belong to this chain: it
// was written on a chain with another id, or it is malformed. A checkpoint whose blocks left
// the chain, however deep, is not stale: the watcher walks back to the last of them still
// canonical and goes on from there. Delete the checkpoint (or use a new consumer name) to
// start over.
var ErrCheckpointStale = errors.New("checkpoint does not match the chain")

// WatchOptions say what a watcher delivers to whom.
type WatchOptions struct {
	// Name identifies the consumer in the checkpoint store; letters, digits, '.', '_', '-'.
	// Only one watcher may run under a name at a time.
	Name string
	// Addresses and Topics select logs as in ethereum.FilterQuery.
	Addresses []common.Address
	Topics    [][]common.Hash
	// From is the first block delivered when the consumer has no checkpoint yet, usually the
	// block the contracts were deployed in.
	From uint64
	// Confirmations is how many blocks must be built on a block before its logs are
	// delivered. 0 delivers the head at once, and relies on Removed events to undo reorgs.
	Confirmations uint64
	// Store keeps the checkpoint. Nil keeps it in memory, so every Run of a new watcher
	// starts at From.
	Store CheckpointStore
	// PollInterval is how often the head is polled (default 1 s). Over websockets and
	// in-process connections new heads also wake the watcher at once.
	PollInterval time.Duration
	// ReorgDepth is how many block numbers below the next one the checkpoint keeps the
	// delivered blocks and their logs for (default 64): a reorganisation within it is undone
	// from the checkpoint alone, a deeper one with the node's help (see the package
	// documentation). Blocks deeper than that below the head are read in ranges of
	// BatchBlocks (default 1000); blocks nearer the head one at a time.
	ReorgDepth  uint64
	BatchBlocks uint64
	// MaxBackoff caps the wait between retries while the node is unreachable (default 30 s).
	MaxBackoff time.Duration
	// Logger gets a line when the node goes away and comes back (default slog.Default()).
	Logger *slog.Logger
}

// Watcher delivers the logs of one filter to one consumer, in chain order, resuming from the
// consumer's checkpoint. See the package documentation for the delivery guarantee.
type Watcher struct {
	conn *Conn
	o    WatchOptions
	log  *slog.Logger

	cp        Checkpoint // owned by Run, as is unwinding
	unwinding *unwinding
	next      atomic.Uint64
	running   atomic.Bool
}

// NewWatcher checks the options and fills in defaults; Run does the work.
func NewWatcher(conn *Conn, o WatchOptions) (*Watcher, error) {
	if err := checkName(o.Name); err != nil {
		return nil, fmt.Errorf("watcher: %w", err)
	}
	if o.Store == nil {
		o.Store = NewMemoryStore()
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.ReorgDepth == 0 {
		o.ReorgDepth = 64
	}
	if o.BatchBlocks == 0 {
		o.BatchBlocks = 1000
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	w := &Watcher{conn: conn, o: o, log: o.Logger.With("watcher", o.Name)}
	w.next.Store(o.From)
	return w, nil
}

// Next is the first block not yet delivered and checkpointed.
func (w *Watcher) Next() uint64 { return w.next.Load() }

// fatal marks errors that retrying cannot fix.
type fatal struct{ error }

func (f fatal) Unwrap() error { return f.error }

// Run delivers events to h until ctx ends or h fails, and returns why it stopped. Errors of
// the node (unreachable, timing out, answering nonsense) are retried with backoff; handler
// and checkpoint-store errors, and ErrCheckpointStale, end it. Reorganisations do not.
func (w *Watcher) Run(ctx context.Context, h Handler) error {
	if !w.running.CompareAndSwap(false, true) {
		return fmt.Errorf("watcher %s is already running", w.o.Name)
	}
	defer w.running.Store(false)

	cp, ok, err := w.o.Store.Load(w.o.Name)
	if err != nil {
		return fmt.Errorf("watcher %s: %w", w.o.Name, err)
	}
	chainID := w.conn.chainID.Uint64()
	switch {
	case !ok:
		cp = Checkpoint{ChainID: chainID, Next: w.o.From, Logged: w.o.From}
	case cp.check() != nil:
		return fmt.Errorf("watcher %s: checkpoint is malformed (%v): delete it to start over: %w", w.o.Name, cp.check(), ErrCheckpointStale)
	case cp.ChainID != chainID:
		return fmt.Errorf("watcher %s: checkpoint was written on chain %d but the node (%s) is chain %d: point at the right node, or delete the checkpoint to start over: %w",
			w.o.Name, cp.ChainID, w.conn.url, chainID, ErrCheckpointStale)
	}
	w.cp, w.unwinding = cp, nil
	w.next.Store(cp.Next)

	var wg sync.WaitGroup
	defer wg.Wait()
	hctx, stopHeads := context.WithCancel(ctx)
	defer stopHeads()
	wake := make(chan struct{}, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		w.followHeads(hctx, wake)
	}()

	poll := time.NewTicker(w.o.PollInterval)
	defer poll.Stop()
	retry := backoff{max: w.o.MaxBackoff}
	failingSince := time.Time{}
	for {
		progressed, err := w.step(ctx, h)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var f fatal
		switch {
		case errors.As(err, &f):
			return f.error
		case err != nil:
			wait := retry.next()
			if failingSince.IsZero() {
				failingSince = time.Now()
				w.log.Warn("chain unavailable, retrying", "url", w.conn.url, "next", w.cp.Next, "err", err)
			} else {
				w.log.Debug("chain still unavailable", "err", err, "retry", wait)
			}
			if err := sleep(ctx, wait); err != nil {
				return err
			}
			continue
		}
		if !failingSince.IsZero() {
			w.log.Info("chain available again", "url", w.conn.url, "after", time.Since(failingSince).Round(time.Millisecond))
			failingSince = time.Time{}
		}
		retry.reset()
		if progressed {
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-wake:
		case <-poll.C:
		}
	}
}

// followHeads wakes the watcher whenever the node announces a new head, resubscribing after
// the connection drops. Over HTTP there are no subscriptions, and polling alone drives it.
func (w *Watcher) followHeads(ctx context.Context, wake chan<- struct{}) {
	retry := backoff{max: w.o.MaxBackoff}
	for ctx.Err() == nil {
		heads := make(chan *types.Header, 16)
		sub, err := w.conn.backend.SubscribeNewHead(ctx, heads)
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			return
		}
		if err == nil {
			retry.reset()
			err = w.forward(ctx, sub, heads, wake)
			sub.Unsubscribe()
		}
		if err == nil || sleep(ctx, retry.next()) != nil {
			return
		}
	}
}

func (w *Watcher) forward(ctx context.Context, sub ethereum.Subscription, heads <-chan *types.Header, wake chan<- struct{}) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription ended")
			}
			return err
		case <-heads:
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}
}

// step does one unit of work: undo one reorganised block, deliver one block near the head,
// or deliver one range of old blocks. It reports whether it did anything.
func (w *Watcher) step(ctx context.Context, h Handler) (bool, error) {
	head, err := w.conn.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("latest header: %w", err)
	}
	headNum := head.Number.Uint64()

	next := w.cp.Next
	deep := headNum > next && headNum-next > w.o.ReorgDepth
	if last, ok := w.cp.Last(); ok {
		// Near the head, the next block's parent hash shows whether the last one delivered is
		// still canonical; otherwise ask.
		switch {
		case headNum == last.Number:
			if head.Hash() != last.Hash {
				return true, w.unwind(ctx, h)
			}
		case headNum < last.Number:
			// The node's chain is shorter than what was delivered: it was reorganised to a
			// shorter chain (or rewound), or this node lags behind the one that answered
			// before. Unless it has diverged already, wait for it to grow past.
			if b, ok := w.cp.atOrBelow(headNum); ok {
				canon := head
				if b.Number != headNum {
					if canon, err = w.header(ctx, b.Number); err != nil {
						return false, err
					}
				}
				if canon == nil || canon.Hash() != b.Hash {
					return true, w.unwind(ctx, h)
				}
			}
			return false, nil
		case deep:
			canon, err := w.header(ctx, last.Number)
			if err != nil || canon == nil {
				return false, err
			}
			if canon.Hash() != last.Hash {
				return true, w.unwind(ctx, h)
			}
		}
	}

	if headNum < w.o.Confirmations {
		return false, nil
	}
	safe := headNum - w.o.Confirmations
	if next > safe {
		return false, nil
	}
	if deep {
		to := min(next+w.o.BatchBlocks-1, safe, headNum-w.o.ReorgDepth)
		return true, w.deliverRange(ctx, h, next, to)
	}
	hdr := head
	if next != headNum {
		if hdr, err = w.header(ctx, next); err != nil || hdr == nil {
			return false, err
		}
	}
	return true, w.deliverBlock(ctx, h, hdr)
}

func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	hdr, err := w.conn.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	return hdr, nil
}

func (w *Watcher) query() ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: w.o.Addresses, Topics: w.o.Topics}
}

// deliverBlock delivers the block of hdr, which is near enough the head to be reorganised: it is
// read by hash, so its logs are exactly that block's, and chained to the last block
// delivered by its parent hash.
func (w *Watcher) deliverBlock(ctx context.Context, h Handler, hdr *types.Header) error {
	n := hdr.Number.Uint64()
	if last, ok := w.cp.Last(); ok && hdr.ParentHash != last.Hash {
		return w.unwind(ctx, h)
	}
	hash := hdr.Hash()
	q := w.query()
	q.BlockHash = &hash
	logs, err := w.conn.backend.FilterLogs(ctx, q)
	if err != nil {
		return fmt.Errorf("logs of block %d (%s): %w", n, hash.Hex(), err)
	}
	sortLogs(logs)
	if err := w.deliver(ctx, h, logs, false); err != nil {
		return err
	}
	return w.remember(Block{BlockRef{n, hash}, logs})
}

// remember checkpoints b as the last block delivered.
func (w *Watcher) remember(b Block) error {
	w.undone()
	cp := w.cp.clone()
	cp.remember(b, w.o.ReorgDepth)
	return w.save(cp)
}

// deliverRange delivers blocks from..to, all at least ReorgDepth below the head, with one
// eth_getLogs, checkpointing after every block that had logs.
func (w *Watcher) deliverRange(ctx context.Context, h Handler, from, to uint64) error {
	var logs []types.Log
	for {
		q := w.query()
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		var err error
		logs, err = w.conn.backend.FilterLogs(ctx, q)
		if err == nil {
			break
		}
		if to > from && tooManyResults(err) {
			to = from + (to-from)/2
			continue
		}
		return fmt.Errorf("logs of blocks %d-%d: %w", from, to, err)
	}
	sortLogs(logs)
	for len(logs) > 0 {
		n, hash := logs[0].BlockNumber, logs[0].BlockHash
		end := 1
		for end < len(logs) && logs[end].BlockNumber == n {
			if logs[end].BlockHash != hash {
				return fmt.Errorf("logs of block %d came from two blocks, %s and %s: the chain moved under the query", n, hash.Hex(), logs[end].BlockHash.Hex())
			}
			end++
		}
		if err := w.deliver(ctx, h, logs[:end], false); err != nil {
			return err
		}
		if err := w.remember(Block{BlockRef{n, hash}, logs[:end]}); err != nil {
			return err
		}
		logs = logs[end:]
	}
	if w.cp.Next > to {
		return nil
	}
	hdr, err := w.header(ctx, to)
	if err != nil {
		return err
	}
	if hdr == nil {
		return fmt.Errorf("header %d: not found although the head is past it", to)
	}
	return w.remember(Block{BlockRef: BlockRef{to, hdr.Hash()}})
}

// tooManyResults recognises the ways nodes and providers refuse a log query for being too
// large, so the range can be halved.
func tooManyResults(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"too many", "more than", "limit exceeded", "range is too large", "range too large", "block range", "response size"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (w *Watcher) deliver(ctx context.Context, h Handler, logs []types.Log, removed bool) error {
	for _, l := range logs {
		l.Removed = removed
		if err := h(ctx, Event{Log: l, Removed: removed}); err != nil {
			what := "log"
			if removed {
				what = "removal of log"
			}
			return fatal{fmt.Errorf("watcher %s: handle %s %d of block %d (%s): %w", w.o.Name, what, l.Index, l.BlockNumber, l.BlockHash.Hex(), err)}
		}
	}
	return nil
}

func (w *Watcher) save(cp Checkpoint) error {
	if err := w.o.Store.Save(w.o.Name, cp); err != nil {
		return fatal{fmt.Errorf("watcher %s: %w", w.o.Name, err)}
	}
	w.cp = cp
	w.next.Store(cp.Next)
	return nil
}

func sortLogs(logs []types.Log) {
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return cmp.Compare(a.BlockNumber, b.BlockNumber)
		}
		return cmp.Compare(a.Index, b.Index)
	})
}
