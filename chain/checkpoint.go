package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync"

	"github.com/defaas/defaas/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Checkpoint is how far a watcher's consumer has got: every block below Next has been
// delivered and handled. Recent holds the hashes of the last blocks delivered, oldest first
// and consecutive, ending at Next-1; it is how a reorganisation is noticed after a restart
// and how far back it can be undone.
type Checkpoint struct {
	ChainID uint64     `json:"chainId"`
	Next    uint64     `json:"next"`
	Recent  []BlockRef `json:"recent"`
}

// BlockRef names one block.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Last is the last block delivered, if any.
func (c Checkpoint) Last() (BlockRef, bool) {
	if len(c.Recent) == 0 {
		return BlockRef{}, false
	}
	return c.Recent[len(c.Recent)-1], true
}

// check reports a checkpoint that no watcher could have written.
func (c Checkpoint) check() error {
	for i, b := range c.Recent {
		if b.Number != c.Next-uint64(len(c.Recent)-i) {
			return fmt.Errorf("recent blocks %v do not lead up to block %d", c.Recent, c.Next)
		}
	}
	return nil
}

func (c Checkpoint) clone() Checkpoint {
	c.Recent = slices.Clone(c.Recent)
	return c
}

// CheckpointStore keeps consumers' checkpoints by name. Save must be durable when it
// returns: a watcher saves only after its handler has finished a block, and resumes from
// what Load returns.
type CheckpointStore interface {
	// Load returns the consumer's checkpoint; ok is false when it has none yet.
	Load(name string) (cp Checkpoint, ok bool, err error)
	Save(name string, cp Checkpoint) error
}

// MemoryStore keeps checkpoints in memory: for tests, and for consumers that rebuild their
// state from the chain at every start.
type MemoryStore struct {
	mu sync.Mutex
	m  map[string]Checkpoint
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{m: map[string]Checkpoint{}} }

func (s *MemoryStore) Load(name string) (Checkpoint, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cp, ok := s.m[name]
	return cp.clone(), ok, nil
}

func (s *MemoryStore) Save(name string, cp Checkpoint) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = cp.clone()
	return nil
}

var validName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func checkName(name string) error {
	if !validName.MatchString(name) {
		return fmt.Errorf("checkpoint name %q: use letters, digits, '.', '_' and '-'", name)
	}
	return nil
}

// FileStore keeps each checkpoint in its own JSON file, <dir>/<name>.json, replaced
// atomically (write, fsync, rename, fsync the directory) so a crash leaves the old
// checkpoint or the new one, never a torn file.
type FileStore struct {
	dir string
}

// NewFileStore stores checkpoints in dir, creating it if needed.
func NewFileStore(dir string) (*FileStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("checkpoint directory: %w", err)
	}
	return &FileStore{dir: dir}, nil
}

func (s *FileStore) path(name string) string { return filepath.Join(s.dir, name+".json") }

func (s *FileStore) Load(name string) (Checkpoint, bool, error) {
	if err := checkName(name); err != nil {
		return Checkpoint{}, false, err
	}
	b, err := os.ReadFile(s.path(name))
	if errors.Is(err, os.ErrNotExist) {
		return Checkpoint{}, false, nil
	}
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("load checkpoint %q: %w", name, err)
	}
	var cp Checkpoint
	if err := json.Unmarshal(b, &cp); err != nil {
		return Checkpoint{}, false, fmt.Errorf("load checkpoint %q from %s: %w", name, s.path(name), err)
	}
	return cp, true, nil
}

func (s *FileStore) Save(name string, cp Checkpoint) error {
	if err := checkName(name); err != nil {
		return err
	}
	b, err := json.Marshal(cp)
	if err != nil {
		return fmt.Errorf("save checkpoint %q: %w", name, err)
	}
	if err := atomicfile.Write(s.path(name), b, 0o644); err != nil {
		return fmt.Errorf("save checkpoint %q: %w", name, err)
	}
	return nil
}

// BoltStore keeps checkpoints in a bucket of a bbolt database the caller owns, so a daemon
// keeps them in the same file as its own state.
type BoltStore struct {
	db     *bolt.DB
	bucket []byte
}

// DefaultBoltBucket is the bucket NewBoltStore uses when given none.
const DefaultBoltBucket = "chain.checkpoints"

// NewBoltStore keeps checkpoints in bucket (DefaultBoltBucket when empty) of db.
func NewBoltStore(db *bolt.DB, bucket string) (*BoltStore, error) {
	if bucket == "" {
		bucket = DefaultBoltBucket
	}
	s := &BoltStore{db: db, bucket: []byte(bucket)}
	err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(s.bucket)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("checkpoint bucket %q: %w", bucket, err)
	}
	return s, nil
}

func (s *BoltStore) Load(name string) (Checkpoint, bool, error) {
	var (
		cp Checkpoint
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(s.bucket).Get([]byte(name))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &cp)
	})
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("load checkpoint %q: %w", name, err)
	}
	return cp, ok, nil
}

func (s *BoltStore) Save(name string, cp Checkpoint) error {
	b, err := json.Marshal(cp)
	if err != nil {
		return fmt.Errorf("save checkpoint %q: %w", name, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(s.bucket).Put([]byte(name), b)
	})
	if err != nil {
		return fmt.Errorf("save checkpoint %q: %w", name, err)
	}
	return nil
}
