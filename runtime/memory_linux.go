//go:build linux

package runtime

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// platformMemory is a private mapping reserved at the level's cap. For an
// instance made from a snapshot, the image's memfd is mapped over its start,
// privately: the instance's writes are its own copies of the pages, and
// MADV_DONTNEED drops them, so the next read sees the image again.
type platformMemory struct {
	region  []byte
	image   *memoryImage
	scan    []byte         // pagemap entries, reused by resetRead
	regions [64]pageRegion // PAGEMAP_SCAN results, reused by resetScan
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
// image's own pages (with the PAGEMAP_SCAN ioctl where the kernel has it,
// else by reading an entry per page), and only they are copied back. The pages stay mapped,
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
	copied, err := m.resetScan(pm)
	if err == nil {
		return nil
	}
	if copied {
		return m.drop()
	}
	return m.resetRead(pm, pages)
}

// resetScan finds the private pages with the PAGEMAP_SCAN ioctl (Linux 6.7),
// which returns just their ranges; it reports whether it copied any page
// before failing.
func (m *linearMemory) resetScan(pm *os.File) (copied bool, err error) {
	if !scanWorks.Load() {
		return false, errScanUnsupported
	}
	base := uint64(uintptr(unsafe.Pointer(&m.region[0])))
	arg := pmScanArg{
		size:               uint64(unsafe.Sizeof(pmScanArg{})),
		start:              base,
		end:                base + m.size,
		vec:                uint64(uintptr(unsafe.Pointer(&m.regions[0]))),
		vecLen:             uint64(len(m.regions)),
		categoryInverted:   pageIsFile,
		categoryMask:       pageIsFile | pageIsPresent,
		categoryReturnMask: pageIsPresent,
	}
	img := m.image.view
	for arg.start < arg.end {
		n, _, errno := unix.Syscall(unix.SYS_IOCTL, pm.Fd(), pagemapScan, uintptr(unsafe.Pointer(&arg)))
		if errno != 0 {
			if errno == unix.ENOTTY || errno == unix.EINVAL {
				scanWorks.Store(false)
			}
			return copied, errno
		}
		for _, r := range m.regions[:n] {
			lo, hi := r.start-base, r.end-base
			copy(m.region[lo:hi], img[lo:hi])
			copied = true
		}
		arg.start = arg.walkEnd
	}
	return copied, nil
}

// resetRead reads the pagemap entry of every page of the memory.
func (m *linearMemory) resetRead(pm *os.File, pages uint64) error {
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

// PAGEMAP_SCAN (Documentation/admin-guide/mm/pagemap.rst, include/uapi/linux/fs.h).
type pmScanArg struct {
	size, flags, start, end, walkEnd, vec, vecLen, maxPages uint64
	categoryInverted, categoryMask, categoryAnyofMask       uint64
	categoryReturnMask                                      uint64
}

type pageRegion struct{ start, end, categories uint64 }

const (
	pagemapScan   = 0xC0606610 // _IOWR('f', 16, struct pm_scan_arg)
	pageIsFile    = 1 << 2
	pageIsPresent = 1 << 3
)

var (
	scanWorks          atomic.Bool
	errScanUnsupported = errors.New("PAGEMAP_SCAN unsupported")
)

func init() { scanWorks.Store(true) }

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
