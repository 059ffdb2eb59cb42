package chain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// unwinding counts what the watcher undid since it found its last block off the chain.
type unwinding struct {
	from                        BlockRef
	blocks, logs, unknownBlocks int
}

// unwind undoes the last block delivered, which has left the canonical chain, and
// checkpoints: its logs are delivered again, last first, with Removed set, and the checkpoint
// steps back to the block before it. The caller's next step checks that one, and so the
// watcher walks back, block by block by hash, to the last block it delivered that is still
// canonical, then goes on from there.
//
// The logs come from the checkpoint (from Checkpoint.Logged on) or else from the node, by
// block hash, as does the parent of a block whose predecessors were not all kept. When the
// node does not know the block either (a development chain that was reset or rewound), its
// logs cannot be named: the watcher says so and steps back to the block kept before it, from
// where it delivers again. See the package documentation for what a consumer does then.
func (w *Watcher) unwind(ctx context.Context, h Handler) error {
	cp := w.cp
	last := cp.Blocks[len(cp.Blocks)-1]
	rest := cp.Blocks[:len(cp.Blocks)-1]
	// Blocks between the one kept before last (or From) and last were delivered too; their
	// logs, if any, are known only from Logged on.
	below := w.o.From
	if len(rest) > 0 {
		below = rest[len(rest)-1].Number + 1
	}
	gapKnown := below >= last.Number || below >= cp.Logged
	logsKnown := last.Number >= cp.Logged

	var hdr *types.Header
	if !logsKnown || !gapKnown {
		var err error
		hdr, err = w.conn.backend.HeaderByHash(ctx, last.Hash)
		if errors.Is(err, ethereum.NotFound) {
			hdr = nil
		} else if err != nil {
			return fmt.Errorf("header %s: %w", last.Hash.Hex(), err)
		}
	}
	logs := last.Logs
	if !logsKnown && hdr != nil {
		q := w.query()
		q.BlockHash = &last.Hash
		var err error
		logs, err = w.conn.backend.FilterLogs(ctx, q)
		switch {
		case err != nil && forgotten(err):
			// The header is there but not the receipts: as good as forgotten.
			hdr = nil
		case err != nil:
			return fmt.Errorf("logs of reorganised block %d (%s): %w", last.Number, last.Hash.Hex(), err)
		}
		sortLogs(logs)
	}
	logs = slices.Clone(logs)
	slices.Reverse(logs)

	if w.unwinding == nil {
		w.unwinding = &unwinding{from: last.BlockRef}
		w.log.Warn("blocks delivered left the chain: delivering their logs again as removed", "last", last.Number, "hash", last.Hash)
	}
	w.unwinding.blocks++
	w.unwinding.logs += len(logs)
	switch {
	case hdr == nil && (!logsKnown || !gapKnown):
		lo, hi := last.Number, last.Number
		if !gapKnown {
			lo = below
		}
		if logsKnown {
			hi--
		}
		w.unwinding.unknownBlocks += int(hi - lo + 1)
		w.log.Error("blocks delivered left the chain and neither the checkpoint nor the node remembers their logs: events delivered from them cannot be removed; consumers should re-read the chain's state",
			"blocks", fmt.Sprintf("%d-%d", lo, hi), "lastHash", last.Hash)
	case !gapKnown:
		// Step back to the parent, which the next step checks.
		rest = append(slices.Clone(rest), Block{BlockRef: BlockRef{last.Number - 1, hdr.ParentHash}})
	}
	w.log.Debug("block reorganised away", "number", last.Number, "hash", last.Hash, "logs", len(logs))
	if err := w.deliver(ctx, h, logs, true); err != nil {
		return err
	}
	next := w.o.From
	if len(rest) > 0 {
		next = rest[len(rest)-1].Number + 1
	}
	return w.save(Checkpoint{ChainID: cp.ChainID, Next: next, Blocks: rest, Logged: min(cp.Logged, next)})
}

// undone ends an unwinding: the watcher delivers again.
func (w *Watcher) undone() {
	u := w.unwinding
	if u == nil {
		return
	}
	w.unwinding = nil
	w.log.Info("back on the chain", "left", u.from.Number, "next", w.cp.Next, "blocksUndone", u.blocks, "logsRemoved", u.logs, "blocksWithUnknownLogs", u.unknownBlocks)
}

// forgotten recognises a node's answer that it does not have a block's logs, as geth
// ("unknown block") and other nodes word it, from errors worth retrying.
func forgotten(err error) bool {
	msg := strings.ToLower(err.Error())
	return errors.Is(err, ethereum.NotFound) || strings.Contains(msg, "unknown block") || strings.Contains(msg, "not found")
}
