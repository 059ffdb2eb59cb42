//go:build !linux

package runtime

// platformMemory is a Go slice grown like append, never beyond the limit.
type platformMemory struct {
	buf []byte
	img *memoryImage
}

func newLinearMemory(limit uint64, img *memoryImage) (*linearMemory, error) {
	m := &linearMemory{limit: limit, platformMemory: platformMemory{img: img}}
	if img != nil {
		m.buf = append([]byte(nil), img.b...)
	}
	return m, nil
}

func (p *platformMemory) grow(size uint64) []byte {
	if size <= uint64(cap(p.buf)) {
		p.buf = p.buf[:size]
		return p.buf
	}
	nb := make([]byte, size, max(size, 2*uint64(cap(p.buf))))
	copy(nb, p.buf)
	p.buf = nb
	return nb
}

func (p *platformMemory) release() { p.buf = nil }

func (m *linearMemory) drop() error { return m.reset() }

func (m *linearMemory) reset() error {
	n := copy(m.buf, m.img.b)
	clear(m.buf[n:])
	return nil
}

type platformImage struct{ b []byte }

func newMemoryImage(b []byte) (*memoryImage, error) {
	return &memoryImage{platformImage: platformImage{b: append([]byte(nil), b...)}, size: uint64(len(b))}, nil
}

func (img *memoryImage) close() {}
