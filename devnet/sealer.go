package devnet

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/miner"
)

// maxClockLead is how far (in seconds) a block's timestamp may run ahead of the wall clock.
// Block timestamps are whole seconds and must strictly increase, so a chain cannot put more
// than one block per second on wall-clock time; a block carrying transactions may take the
// next second early so that a burst is not held back, but only by this much, so that deadlines
// of seconds (the dev preset's windows) mean seconds.
const maxClockLead = 1

// bootstrapPoll is how often the sealer looks for transactions while the contracts deploy.
const bootstrapPoll = 5 * time.Millisecond

// flushInterval is how often a persistent chain's state is written through to disk. go-ethereum
// keeps the state of recent blocks in memory until it stops cleanly; a devnet that is killed
// instead comes back at the last flush, so flushing bounds what a crash loses.
const flushInterval = 30 * time.Second

// sealer produces the devnet's blocks. It plays the consensus client, as
// catalyst.SimulatedBeacon does for `geth --dev`, but picks each block's timestamp itself:
// the simulated beacon mines on whole-second periods and stamps blocks max(now, parent+1),
// which lets the chain clock run ahead without bound once blocks come faster than one a
// second. Here:
//
//   - every period a block is sealed, empty or not, stamped with the wall clock, once the wall
//     clock has passed the parent's second (below a one-second period, empty blocks therefore
//     come once a second);
//   - a block with pending transactions may also take parent+1 while that is at most
//     maxClockLead ahead of the wall clock, so transactions wait at most one period;
//   - while bootstrapping, blocks are sealed as soon as transactions are pending, stamped
//     parent+1 on a genesis dated in the past, so deploying takes milliseconds, not seconds.
//
// It is a node.Lifecycle: the node starts it after the eth service and stops it before.
type sealer struct {
	eth      *eth.Ethereum
	period   time.Duration
	coinbase common.Address
	log      *slog.Logger

	// persist is set for a chain on disk: then its state is flushed every flushInterval and
	// on flushNow.
	persist   bool
	flushReq  chan chan struct{}
	lastFlush time.Time

	bootstrapping atomic.Bool
	started       atomic.Bool
	quit          chan struct{}
	done          chan struct{}
	stopOnce      sync.Once
}

func newSealer(e *eth.Ethereum, period time.Duration, coinbase common.Address, persist bool, log *slog.Logger) *sealer {
	return &sealer{
		eth: e, period: period, coinbase: coinbase, persist: persist, log: log,
		lastFlush: time.Now(), flushReq: make(chan chan struct{}),
		quit: make(chan struct{}), done: make(chan struct{}),
	}
}

// Start implements node.Lifecycle.
func (s *sealer) Start() error {
	s.started.Store(true)
	go s.loop()
	return nil
}

// Stop implements node.Lifecycle; it returns once no block is being sealed.
func (s *sealer) Stop() error {
	s.stopOnce.Do(func() { close(s.quit) })
	if s.started.Load() {
		<-s.done
	}
	return nil
}

func (s *sealer) loop() {
	defer close(s.done)
	timer := time.NewTimer(0)
	defer timer.Stop()
	next := time.Now()
	for {
		select {
		case <-s.quit:
			return
		case done := <-s.flushReq:
			s.flush()
			s.lastFlush = time.Now()
			close(done)
			continue
		case <-timer.C:
		}
		now := time.Now()
		if s.bootstrapping.Load() {
			// Still bound by maxClockLead: a resumed chain that has to deploy again has no
			// seconds in hand.
			if parent := s.eth.BlockChain().CurrentHeader().Time; s.pending() && parent+1 <= uint64(now.Unix())+maxClockLead {
				s.sealLogged(parent + 1)
			}
			next = now.Add(bootstrapPoll)
			timer.Reset(bootstrapPoll)
			continue
		}
		ts, ok, retry := s.decide(now)
		if ok {
			s.sealLogged(ts)
		}
		if s.persist && now.Sub(s.lastFlush) >= flushInterval {
			s.flush()
			s.lastFlush = now
		}
		// Keep to the schedule rather than to the end of the last seal, so a one-second period
		// gives sixty blocks a minute; after a stall, start again from now instead of catching up.
		next = next.Add(s.period)
		if !ok && retry.Before(next) {
			next = retry
		}
		if next.Before(now) {
			next = now.Add(s.period)
		}
		timer.Reset(time.Until(next))
	}
}

// decide says whether to seal a block at wall time now and with which timestamp; when not,
// retry is the earliest time it would.
func (s *sealer) decide(now time.Time) (ts uint64, ok bool, retry time.Time) {
	wall := uint64(now.Unix())
	parent := s.eth.BlockChain().CurrentHeader().Time
	switch {
	case wall > parent:
		return wall, true, time.Time{}
	case s.pending() && parent+1 <= wall+maxClockLead:
		return parent + 1, true, time.Time{}
	}
	// An empty block waits for the wall clock to leave the parent's second; one with
	// transactions can go a second earlier.
	at := parent + 1
	if s.pending() {
		at = parent + 1 - maxClockLead
	}
	return 0, false, time.Unix(int64(at), 0)
}

// flushNow writes the head's state through to disk before it returns.
func (s *sealer) flushNow(ctx context.Context) error {
	done := make(chan struct{})
	select {
	case s.flushReq <- done:
	case <-s.done:
		return errors.New("the devnet stopped")
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// flush writes the head's state through to disk and syncs the database. It runs between
// seals, so no block is being inserted meanwhile.
func (s *sealer) flush() {
	if err := s.writeThrough(); err != nil {
		s.log.Warn("devnet: writing the chain to disk failed", "err", err)
	}
}

func (s *sealer) writeThrough() error {
	bc, db := s.eth.BlockChain(), s.eth.ChainDb()
	head := bc.CurrentBlock()
	if rawdb.ReadSnapshotRoot(db) != head.Root {
		if err := bc.TrieDB().Commit(head.Root, false); err != nil {
			return fmt.Errorf("commit the state of block %d: %w", head.Number, err)
		}
		// The path database writes the state out in the background, and marks the state root
		// it reached when done.
		deadline := time.Now().Add(10 * time.Second)
		for rawdb.ReadSnapshotRoot(db) != head.Root {
			if time.Now().After(deadline) {
				return fmt.Errorf("the state of block %d is not on disk after 10 s", head.Number)
			}
			time.Sleep(time.Millisecond)
		}
	}
	// Writes are not synced as they go: blocks and state could still sit in buffers.
	return db.SyncKeyValue()
}

func (s *sealer) pending() bool {
	executable, _ := s.eth.TxPool().Stats()
	return executable > 0
}

func (s *sealer) sealLogged(ts uint64) {
	if err := s.seal(ts); err != nil {
		s.log.Warn("devnet: sealing a block failed", "timestamp", ts, "err", err)
	}
}

// seal builds a block on the head from the transaction pool, stamped ts, and makes it the
// head. There is one node and nobody else proposes, so every block is final as soon as it is
// canonical: it is also marked safe and finalized, which the "safe"/"finalized" block tags read.
func (s *sealer) seal(ts uint64) error {
	// The pool resets to a new head in the background; without waiting, the builder could see
	// transactions the previous block already included.
	if err := s.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("sync transaction pool: %w", err)
	}
	bc := s.eth.BlockChain()
	parent := bc.CurrentHeader()
	var random common.Hash
	rand.Read(random[:])
	args := &miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    ts,
		FeeRecipient: s.coinbase,
		Random:       random, // block.prevrandao, as a beacon chain would give it
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &common.Hash{},
	}
	if bc.Config().IsAmsterdam(new(big.Int).Add(parent.Number, common.Big1), ts) {
		slot := parent.Number.Uint64() + 1
		args.SlotNum = &slot
	}
	block, _, err := s.eth.Miner().BuildTestingPayload(args, nil, false, nil)
	if err != nil {
		return fmt.Errorf("build block %d: %w", parent.Number.Uint64()+1, err)
	}
	if _, err := bc.InsertBlockWithoutSetHead(context.Background(), block, false); err != nil {
		return fmt.Errorf("insert block %d: %w", block.NumberU64(), err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return fmt.Errorf("make block %d canonical: %w", block.NumberU64(), err)
	}
	bc.SetSafe(block.Header())
	bc.SetFinalized(block.Header())
	return nil
}
