package chain

import (
	"math/big"
	"math/bits"

	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func block(n uint64, logs int) Block {
	b := Block{BlockRef: BlockRef{n, common.BigToHash(new(big.Int).SetUint64(n))}}
	for i := range logs {
		b.Logs = append(b.Logs, types.Log{BlockNumber: n, BlockHash: b.Hash, Index: uint(i)})
	}
	return b
}

// TestCheckpoint_KeepsABoundedHistory: however long a watcher runs, its checkpoint keeps the
// blocks of the last ReorgDepth numbers with their logs (up to maxRememberedLogs) and older
// blocks but one for each power of two of distance, reaching back to the first blocks.
func TestCheckpoint_KeepsABoundedHistory(t *testing.T) {
	const depth, first = 64, 1000
	for _, tt := range []struct{ logsPerBlock, blocks int }{{0, 100_000}, {3, 100_000}, {100, 5000}, {maxRememberedLogs + 1, 300}} {
		cp := Checkpoint{ChainID: 1, Next: first, Logged: first}
		for n := uint64(first); n < first+uint64(tt.blocks); n++ {
			cp.remember(block(n, tt.logsPerBlock), depth)
		}
		if err := cp.check(); err != nil {
			t.Fatalf("%d logs a block: %v", tt.logsPerBlock, err)
		}
		logs, recent := 0, 0
		for _, b := range cp.Blocks {
			logs += len(b.Logs)
			if b.Number >= cp.Logged {
				recent++
				if len(b.Logs) != tt.logsPerBlock {
					t.Fatalf("%d logs a block: block %d, at or after Logged %d, kept %d logs", tt.logsPerBlock, b.Number, cp.Logged, len(b.Logs))
				}
			} else if len(b.Logs) != 0 {
				t.Fatalf("%d logs a block: block %d, before Logged %d, kept %d logs", tt.logsPerBlock, b.Number, cp.Logged, len(b.Logs))
			}
		}
		old := cp.Blocks[:len(cp.Blocks)-recent]
		switch {
		case logs > maxRememberedLogs:
			t.Fatalf("%d logs a block: %d logs kept", tt.logsPerBlock, logs)
		case recent > depth:
			t.Fatalf("%d logs a block: %d recent blocks kept", tt.logsPerBlock, recent)
		case len(old) == 0 || len(old) > maxOldBlocks:
			t.Fatalf("%d logs a block: %d older blocks kept, want 1 to %d", tt.logsPerBlock, len(old), maxOldBlocks)
		case tt.logsPerBlock <= 3 && cp.Logged != cp.Next-depth:
			t.Fatalf("%d logs a block: logs kept from %d, want the last %d blocks' (from %d)", tt.logsPerBlock, cp.Logged, depth, cp.Next-depth)
		case tt.logsPerBlock > maxRememberedLogs && cp.Logged != cp.Next:
			t.Fatalf("a block with more logs than kept: logs kept from %d, want none (%d)", cp.Logged, cp.Next)
		}
		for i := 1; i < len(old); i++ {
			if bits.Len64(cp.Next-old[i-1].Number) == bits.Len64(cp.Next-old[i].Number) {
				t.Fatalf("%d logs a block: older blocks %d and %d are within the same power of two from %d", tt.logsPerBlock, old[i-1].Number, old[i].Number, cp.Next)
			}
		}
		// The oldest kept is within a factor of two of the first block's distance.
		if span := cp.Next - first; 2*(cp.Next-old[0].Number) < span {
			t.Errorf("%d logs a block: the oldest block kept is %d, of %d to %d", tt.logsPerBlock, old[0].Number, first, cp.Next-1)
		}
	}
}
