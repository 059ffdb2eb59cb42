package devnet

import (
	"context"
	"crypto/rand"
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

	// persist is set for a chain on disk: then every block is synced to disk before it
	// becomes the head (see seal).
	persist bool

	bootstrapping atomic.Bool
	started       atomic.Bool
	quit          chan struct{}
	done          chan struct{}
	stopOnce      sync.Once
}

func newSealer(e *eth.Ethereum, period time.Duration, coinbase common.Address, persist bool, log *slog.Logger) *sealer {
	return &sealer{
		eth: e, period: period, coinbase: coinbase, persist: persist, log: log,
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
//
// On a chain on disk the block and its state are written by the insert (archive mode, see
// Start) and synced before the block becomes the head: nothing a client has seen can be lost
// by a crash. Only the head marker written by SetCanonical may be, which recoverHead repairs.
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
	sealHook(sealInserted, block)
	if s.persist {
		// go-ethereum writes without syncing; this syncs the block, its state and every
		// earlier write, the previous block's head marker included.
		if err := s.eth.ChainDb().SyncKeyValue(); err != nil {
			return fmt.Errorf("sync block %d to disk: %w", block.NumberU64(), err)
		}
	}
	sealHook(sealSynced, block)
	if _, err := bc.SetCanonical(block); err != nil {
		return fmt.Errorf("make block %d canonical: %w", block.NumberU64(), err)
	}
	bc.SetSafe(block.Header())
	bc.SetFinalized(block.Header())
	sealHook(sealCanonical, block)
	return nil
}

// The points of seal that sealHook is called at.
type sealStage int

const (
	sealInserted  sealStage = iota // the block and its state are written, not yet synced
	sealSynced                     // synced to disk, not yet the head
	sealCanonical                  // the head, seen by clients
)

// sealHook lets tests kill the process at a given point of sealing a block; it is set only
// before Start, by tests.
var sealHook = func(sealStage, *types.Block) {}

// recoverHead makes canonical the block that a killed devnet had synced to disk but whose
// head marker did not reach the disk (see seal): a child of the head whose state is there.
// Such a block may have been seen by clients already. It runs before the sealer starts.
func recoverHead(e *eth.Ethereum) error {
	bc := e.BlockChain()
	for {
		head := bc.CurrentBlock()
		n := head.Number.Uint64() + 1
		var child *types.Block
		for _, h := range rawdb.ReadAllHashes(e.ChainDb(), n) {
			if b := bc.GetBlock(h, n); b != nil && b.ParentHash() == head.Hash() && bc.HasBlockAndState(h, n) {
				child = b
				break
			}
		}
		if child == nil {
			return nil
		}
		if _, err := bc.SetCanonical(child); err != nil {
			return fmt.Errorf("make block %d, sealed before the devnet stopped, the head: %w", n, err)
		}
		bc.SetSafe(child.Header())
		bc.SetFinalized(child.Header())
	}
}
