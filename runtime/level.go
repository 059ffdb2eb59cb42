package runtime

// Level is the resource class a lease was bought at: a mirror of the Market
// contract's level row (SPEC §3.2).
type Level struct {
	// CPUMilli is the CPU share; 1000 is one core.
	CPUMilli uint32
	// MemoryMB caps each instance's linear memory.
	MemoryMB uint32
	// ImageMB caps the size of the uploaded module.
	ImageMB uint32
}

// Cores is how many requests of one lease may execute at once: one per whole
// core, and at least one.
func (l Level) Cores() int {
	if n := int(l.CPUMilli / 1000); n > 1 {
		return n
	}
	return 1
}

// memoryPages is the level's linear-memory cap in 64 KiB WebAssembly pages.
func (l Level) memoryPages() uint32 {
	p := uint64(l.MemoryMB) * 16
	if p > 65536 {
		p = 65536
	}
	return uint32(p)
}

// imageBytes is the largest module the level accepts.
func (l Level) imageBytes() int64 { return int64(l.ImageMB) << 20 }
