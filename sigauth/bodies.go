package sigauth

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
	"sync"

	"github.com/defaas/defaas/api"
)

// BodyLimits bound what a provider holds of request bodies whose senders it has not
// authenticated yet: a signed request's body must be read whole to check the signature over
// its hash. Small bodies are held in memory, large ones spooled to a temporary file; both are
// counted while their request is being authenticated, and a body that would go over a bound is
// refused with 503 (reason overloaded) rather than read on. Zero fields take the defaults.
type BodyLimits struct {
	// Memory bounds the bodies held in memory, together. Default 64 MiB.
	Memory int64
	// PerSource bounds those of one source address, so that one sender cannot take all of
	// Memory. Default Memory / 4.
	PerSource int64
	// SpoolAbove is the size above which a body goes to a temporary file. Default 1 MiB.
	SpoolAbove int64
	// Disk bounds the spooled bodies, together. Default 1 GiB.
	Disk int64
	// Dir is where bodies are spooled. Default os.TempDir().
	Dir string
}

func (l BodyLimits) withDefaults() BodyLimits {
	if l.Memory <= 0 {
		l.Memory = 64 << 20
	}
	if l.PerSource <= 0 {
		l.PerSource = l.Memory / 4
	}
	if l.SpoolAbove <= 0 {
		l.SpoolAbove = 1 << 20
	}
	if l.Disk <= 0 {
		l.Disk = 1 << 30
	}
	if l.Dir == "" {
		l.Dir = os.TempDir()
	}
	return l
}

// bodies is the account of unauthenticated bodies against BodyLimits.
type bodies struct {
	lim BodyLimits

	mu       sync.Mutex
	memory   int64
	disk     int64
	bySource map[string]int64
}

func newBodies(l BodyLimits) *bodies {
	return &bodies{lim: l.withDefaults(), bySource: map[string]int64{}}
}

// Pending is what the bodies not yet authenticated hold: in memory and on disk.
func (b *bodies) pending() (memory, disk int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.memory, b.disk
}

func (b *bodies) reserve(source string, mem, disk int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if mem > 0 && (b.memory+mem > b.lim.Memory || b.bySource[source]+mem > b.lim.PerSource) {
		return false
	}
	if disk > 0 && b.disk+disk > b.lim.Disk {
		return false
	}
	b.memory += mem
	b.disk += disk
	if mem != 0 {
		b.bySource[source] += mem
		if b.bySource[source] == 0 {
			delete(b.bySource, source)
		}
	}
	return true
}

// heldBody is a body read before authentication: in memory or in a temporary file, with what
// it reserved of the limits.
type heldBody struct {
	b      *bodies
	source string
	mem    int64
	disk   int64
	buf    bytes.Buffer
	file   *os.File
	size   int64
	sum    [32]byte
}

// release gives back what the body reserved: once its sender is authenticated (or refused),
// it no longer counts against the limits.
func (h *heldBody) release() {
	if h.mem != 0 || h.disk != 0 {
		h.b.reserve(h.source, -h.mem, -h.disk)
		h.mem, h.disk = 0, 0
	}
}

// discard releases the body and deletes its file.
func (h *heldBody) discard() {
	h.release()
	if h.file != nil {
		h.file.Close()
		os.Remove(h.file.Name())
		h.file = nil
	}
	h.buf = bytes.Buffer{}
}

// reader hands the body to the handler; closing it deletes the file.
func (h *heldBody) reader() (io.ReadCloser, error) {
	if h.file == nil {
		return io.NopCloser(bytes.NewReader(h.buf.Bytes())), nil
	}
	if _, err := h.file.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spooled{File: h.file}, nil
}

type spooled struct {
	*os.File
	once sync.Once
}

func (s *spooled) Close() error {
	s.once.Do(func() {
		s.File.Close()
		os.Remove(s.File.Name())
	})
	return nil
}

var errBudget = errors.New("over the budget of unauthenticated bodies")

// read reads r's body, at most limit bytes (the limit + 1 byte tells it is over), hashing it,
// in memory up to SpoolAbove and spooled beyond, reserving as it goes. The caller discards the
// held body on a refusal and releases it once the sender is authenticated.
func (b *bodies) read(r *http.Request, limit int64, source string) (*heldBody, *api.Error) {
	h := &heldBody{b: b, source: source}
	if r.Body == nil || r.Body == http.NoBody || r.ContentLength == 0 {
		h.sum = sha256.Sum256(nil)
		return h, nil
	}
	if r.ContentLength > limit {
		return nil, refuse(http.StatusRequestEntityTooLarge, api.ReasonBodyTooLarge, "body is %d bytes, the limit here is %d", r.ContentLength, limit)
	}
	hash := sha256.New()
	err := h.fill(r.Body, hash, limit)
	r.Body.Close()
	if err != nil {
		h.discard()
		switch {
		case errors.Is(err, errBudget):
			mem, disk := b.pending()
			return nil, refuse(http.StatusServiceUnavailable, api.ReasonOverloaded,
				"the provider holds all the request bodies it reads before their senders are authenticated (%d MiB in memory, %d MiB on disk); retry shortly", mem>>20, disk>>20)
		case errors.Is(err, errTooLarge):
			return nil, refuse(http.StatusRequestEntityTooLarge, api.ReasonBodyTooLarge, "body exceeds %d bytes, the limit here", limit)
		}
		return nil, refuse(http.StatusBadRequest, api.ReasonBadRequest, "read body: %v", err)
	}
	copy(h.sum[:], hash.Sum(nil))
	return h, nil
}

var errTooLarge = errors.New("body too large")

const chunk = 32 << 10

func (h *heldBody) fill(body io.Reader, hash hash.Hash, limit int64) error {
	var p [chunk]byte
	for {
		// Never ask for more than one byte past the limit: that byte says it is over.
		n, err := body.Read(p[:min(chunk, limit+1-h.size)])
		if n > 0 {
			if h.size+int64(n) > limit {
				return errTooLarge
			}
			if err := h.write(p[:n]); err != nil {
				return err
			}
			hash.Write(p[:n])
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func (h *heldBody) write(p []byte) error {
	n := int64(len(p))
	if h.file == nil && h.size+n > h.b.lim.SpoolAbove {
		if err := h.spool(); err != nil {
			return err
		}
	}
	if h.file == nil {
		if !h.b.reserve(h.source, n, 0) {
			return errBudget
		}
		h.mem += n
		h.buf.Write(p)
	} else {
		if !h.b.reserve(h.source, 0, n) {
			return errBudget
		}
		h.disk += n
		if _, err := h.file.Write(p); err != nil {
			return fmt.Errorf("spool the body: %w", err)
		}
	}
	h.size += n
	return nil
}

// spool moves what is in memory to a temporary file.
func (h *heldBody) spool() error {
	if !h.b.reserve(h.source, 0, h.mem) {
		return errBudget
	}
	h.disk += h.mem
	f, err := os.CreateTemp(h.b.lim.Dir, "defaas-body-*")
	if err != nil {
		return fmt.Errorf("spool the body: %w", err)
	}
	h.file = f
	if _, err := f.Write(h.buf.Bytes()); err != nil {
		return fmt.Errorf("spool the body: %w", err)
	}
	h.b.reserve(h.source, -h.mem, 0)
	h.mem = 0
	h.buf = bytes.Buffer{}
	return nil
}
