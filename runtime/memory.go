package runtime

import (
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// linearMemory backs one instance's linear memory and refuses to grow past
// the level's cap, remembering that it did (507 rather than a plain crash).
//
// On Linux it is a mapping of its own, reserved at the cap: growing never
// copies, pages cost memory only once touched, closing the instance gives
// them back to the kernel at once, and an instance made from a snapshot is
// reset, after a request, for the price of the pages the request touched
// (memory_linux.go). Elsewhere it is a Go slice (memory_other.go).
//
// Its pages must never be released while the instance runs: an instance is
// only ever closed by the goroutine that runs it, after the call returned, or
// when it is idle.
type linearMemory struct {
	platformMemory
	limit   uint64 // bytes the level allows
	size    uint64 // bytes in use
	refused atomic.Bool
}

var _ experimental.LinearMemory = (*linearMemory)(nil)

// Reallocate implements experimental.LinearMemory.
func (m *linearMemory) Reallocate(size uint64) []byte {
	if size > m.limit {
		m.refused.Store(true)
		return nil
	}
	b := m.grow(size)
	if b == nil {
		m.refused.Store(true)
		return nil
	}
	m.size = size
	return b
}

// Free implements experimental.LinearMemory.
func (m *linearMemory) Free() { m.release() }

// memoryImage is the content of an instance's linear memory right after its
// initialization: what every request of a reactor starts from.
type memoryImage struct {
	platformImage
	size uint64
}
