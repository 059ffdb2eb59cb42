//go:build linux

package runtime

import (
	"encoding/binary"
	"fmt"
	"os"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// platformMemory is a private mapping reserved at the level's cap. For an
// instance made from a snapshot, the image's memfd is mapped over its start,
// privately: the instance's writes are its own copies of the pages, and
// MADV_DONTNEED drops them, so the next read sees the image again.
type platformMemory struct {
	region []byte
	image  *memoryImage
	scan   []byte // pagemap entries, reused by reset
}

// newLinearMemory reserves a memory of limit bytes, starting as img (nil:
// zeros).
func newLinearMemory(limit uint64, img *memoryImage) (*linearMemory, error) {
	reserve := max(limit, 1<<16)
	region, err := unix.Mmap(-1, 0, int(reserve), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("reserve %d bytes of linear memory: %w", reserve, err)
	}
	if img != nil && img.size > 0 {
		if img.size > reserve {
			unix.Munmap(region)
			return nil, fmt.Errorf("snapshot of %d bytes over the memory limit of %d", img.size, reserve)
		}
		_, err := unix.MmapPtr(int(img.file.Fd()), 0, unsafe.Pointer(&region[0]), uintptr(img.size),
			unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_FIXED)
		if err != nil {
			unix.Munmap(region)
			return nil, fmt.Errorf("map the snapshot: %w", err)
		}
	}
	return &linearMemory{platformMemory: platformMemory{region: region, image: img}, limit: limit}, nil
}

func (p *platformMemory) grow(size uint64) []byte {
	if p.region == nil || size > uint64(len(p.region)) {
		return nil
	}
	return p.region[:size]
}

func (p *platformMemory) release() {
	if p.region != nil {
		unix.Munmap(p.region)
		p.region = nil
	}
}

// reset returns the memory to the image it was made from; its size must not
// have changed since. A page the instance wrote is a private copy (the write
// copied it from the image); /proc/self/pagemap tells those apart from the
// image's own pages, and only they are copied back. The pages stay mapped,
// so the next request does not fault them in again, and no mapping changes,
// so no other core's TLB is flushed. Without pagemap, drop.
func (m *linearMemory) reset() error {
	pages := m.size / pageSize
	if pages == 0 {
		return nil
	}
	pm, err := pagemap()
	if err != nil {
		return m.drop()
	}
	if n := int(pages) * 8; cap(m.scan) < n {
		m.scan = make([]byte, n)
	}
	scan := m.scan[:pages*8]
	off := int64(uint64(uintptr(unsafe.Pointer(&m.region[0]))) / pageSize * 8)
	if _, err := pm.ReadAt(scan, off); err != nil {
		return m.drop()
	}
	img := m.image.view
	for i := uint64(0); i < pages; i++ {
		e := binary.LittleEndian.Uint64(scan[i*8:])
		if e&pagePresent != 0 && e&pageFile == 0 {
			copy(m.region[i*pageSize:(i+1)*pageSize], img[i*pageSize:(i+1)*pageSize])
		}
	}
	return nil
}

// drop returns the memory to the image by dropping every page the instance
// holds: the next touch of each faults it in again from the image.
func (m *linearMemory) drop() error {
	if m.size == 0 {
		return nil
	}
	return unix.Madvise(m.region[:m.size], unix.MADV_DONTNEED)
}

var pageSize = uint64(os.Getpagesize())

// Bits of a /proc/self/pagemap entry (Documentation/admin-guide/mm/pagemap.rst).
const (
	pagePresent = 1 << 63
	pageFile    = 1 << 61 // file page or shared anonymous: not a private copy
)

var pagemap = sync.OnceValues(func() (*os.File, error) { return os.Open("/proc/self/pagemap") })

// platformImage holds a snapshot in a memfd, mapped by every instance made
// from it: the page cache holds one copy for all of them.
type platformImage struct {
	file *os.File
	view []byte // the snapshot, mapped read-only: where reset copies from
}

func newMemoryImage(b []byte) (*memoryImage, error) {
	fd, err := unix.MemfdCreate("defaas-snapshot", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("create the snapshot's memfd: %w", err)
	}
	f := os.NewFile(uintptr(fd), "defaas-snapshot")
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, fmt.Errorf("write the snapshot: %w", err)
	}
	img := &memoryImage{platformImage: platformImage{file: f}, size: uint64(len(b))}
	if len(b) > 0 {
		view, err := unix.Mmap(fd, 0, len(b), unix.PROT_READ, unix.MAP_SHARED)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("map the snapshot: %w", err)
		}
		img.view = view
	}
	return img, nil
}

func (img *memoryImage) close() {
	if img.view != nil {
		unix.Munmap(img.view)
	}
	img.file.Close()
}
