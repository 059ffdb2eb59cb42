package runtime

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/internal/atomicfile"
)

// ErrNoModule is returned by a Store for a lease without a module.
var ErrNoModule = errors.New("no module stored")

// Store keeps the module uploaded for each lease, so that a provider that
// restarts can serve its leases again without new uploads.
type Store interface {
	Get(ctx context.Context, lease api.LeaseID) ([]byte, error)
	Put(ctx context.Context, lease api.LeaseID, wasm []byte) error
}

// MemoryStore keeps modules in memory: for tests and development.
type MemoryStore struct {
	mu      sync.Mutex
	modules map[api.LeaseID][]byte
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{modules: map[api.LeaseID][]byte{}} }

// Get implements Store.
func (s *MemoryStore) Get(_ context.Context, lease api.LeaseID) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.modules[lease]
	if !ok {
		return nil, ErrNoModule
	}
	return b, nil
}

// Put implements Store.
func (s *MemoryStore) Put(_ context.Context, lease api.LeaseID, wasm []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.modules[lease] = wasm
	return nil
}

// DirStore keeps each lease's module as a file in a directory.
type DirStore struct{ Dir string }

func (s DirStore) path(lease api.LeaseID) string {
	return filepath.Join(s.Dir, lease.String()+".wasm")
}

// Get implements Store.
func (s DirStore) Get(_ context.Context, lease api.LeaseID) ([]byte, error) {
	b, err := os.ReadFile(s.path(lease))
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoModule
	}
	if err != nil {
		return nil, fmt.Errorf("read module: %w", err)
	}
	return b, nil
}

// Put implements Store, atomically: a crash leaves the old module or the new.
func (s DirStore) Put(_ context.Context, lease api.LeaseID, wasm []byte) error {
	if err := atomicfile.Write(s.path(lease), wasm, 0o644); err != nil {
		return fmt.Errorf("store module: %w", err)
	}
	return nil
}
