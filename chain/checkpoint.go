package chain

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync"

	"github.com/defaas/defaas/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	bolt "go.etcd.io/bbolt"
)

// Checkpoint is how far a watcher's consumer has got: every block below Next has been
// delivered and handled. Blocks are what the watcher remembers of the blocks it delivered,
// so that when they leave the canonical chain, now or while no watcher ran, it can find the
// last one still canonical and deliver again, as removed, the logs it delivered after it.
type Checkpoint struct {
	ChainID uint64 `json:"chainId"`
	Next    uint64 `json:"next"`
	// Blocks are delivered blocks, oldest first, each an ancestor of the next; the last is
	// Next-1 once a block was delivered. The watcher keeps those of the last ReorgDepth block
	// numbers that it delivered one by one or that had logs, and a few older ones, farther
	// apart the older they are (see remember).
	Blocks []Block `json:"blocks"`
	// Logged is where the logs begin: every block from Logged to Next-1 that had logs is in
	// Blocks with the logs delivered from it. The logs of older blocks, should they have to be
	// removed, are asked of the node by block hash.
	Logged uint64 `json:"logged"`
}

// BlockRef names one block.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Block is a delivered block and, from Checkpoint.Logged on, the logs delivered from it.
type Block struct {
	BlockRef
	Logs []types.Log `json:"logs,omitempty"`
}

// What a checkpoint keeps at most besides the blocks of the last ReorgDepth numbers: the logs
// of those blocks (the oldest blocks lose theirs first), and the older blocks.
const (
	maxRememberedLogs = 2048
	maxOldBlocks      = 32
)

// Last is the last block delivered, if any.
func (c Checkpoint) Last() (BlockRef, bool) {
	if len(c.Blocks) == 0 {
		return BlockRef{}, false
	}
	return c.Blocks[len(c.Blocks)-1].BlockRef, true
}

// atOrBelow returns the newest remembered block numbered n or less.
func (c Checkpoint) atOrBelow(n uint64) (Block, bool) {
	i, found := slices.BinarySearchFunc(c.Blocks, n, func(b Block, n uint64) int { return cmp.Compare(b.Number, n) })
	switch {
	case found:
		return c.Blocks[i], true
	case i > 0:
		return c.Blocks[i-1], true
	}
	return Block{}, false
}

// check reports a checkpoint that no watcher could have written.
func (c Checkpoint) check() error {
	for i, b := range c.Blocks {
		if i > 0 && b.Number <= c.Blocks[i-1].Number {
			return fmt.Errorf("block %d follows block %d", b.Number, c.Blocks[i-1].Number)
		}
		for _, l := range b.Logs {
			if l.BlockNumber != b.Number || l.BlockHash != b.Hash {
				return fmt.Errorf("block %d (%s) holds a log of block %d (%s)", b.Number, b.Hash.Hex(), l.BlockNumber, l.BlockHash.Hex())
			}
		}
	}
	if last, ok := c.Last(); ok && last.Number+1 != c.Next {
		return fmt.Errorf("the last block delivered is %d but the next is %d", last.Number, c.Next)
	}
	if c.Logged > c.Next {
		return fmt.Errorf("logs kept from block %d, after the next block %d", c.Logged, c.Next)
	}
	return nil
}

func (c Checkpoint) clone() Checkpoint {
	c.Blocks = slices.Clone(c.Blocks)
	for i := range c.Blocks {
		c.Blocks[i].Logs = slices.Clone(c.Blocks[i].Logs)
	}
	return c
}

// remember records b, just delivered, as the last block and forgets what it no longer needs:
// the logs of blocks more than depth numbers below Next (or of the oldest blocks, beyond
// maxRememberedLogs), and older blocks but one for each power of two of distance from Next,
// at most maxOldBlocks. A reorganisation deeper than that is still undone, with the node's
// help (see Watcher.unwind).
func (c *Checkpoint) remember(b Block, depth uint64) {
	c.Blocks = append(c.Blocks, b)
	c.Next = b.Number + 1
	cutoff := uint64(0)
	if c.Next > depth {
		cutoff = c.Next - depth
	}
	logs := 0
	for i := len(c.Blocks) - 1; i >= 0 && c.Blocks[i].Number >= cutoff; i-- {
		if logs += len(c.Blocks[i].Logs); logs > maxRememberedLogs {
			cutoff = c.Blocks[i].Number + 1
			break
		}
	}
	c.Logged = max(c.Logged, cutoff)
	old := 0
	for old < len(c.Blocks) && c.Blocks[old].Number < c.Logged {
		old++
	}
	// Of the older blocks, the oldest at each distance from Next between two powers of two:
	// a block keeps its place as Next moves on until it is the oldest of its new range too,
	// so the kept blocks reach back as far as the chain does, spaced like 1, 2, 4, 8, …
	var kept []Block
	bucket := -1
	for _, b := range c.Blocks[:old] {
		if k := bits.Len64(c.Next - b.Number); k != bucket {
			bucket = k
			kept = append(kept, Block{BlockRef: b.BlockRef})
		}
	}
	kept = kept[max(0, len(kept)-maxOldBlocks):]
	c.Blocks = append(kept, c.Blocks[old:]...)
}

// UnmarshalJSON reads checkpoints of both versions: those written before the watcher kept
// logs held the hashes of the last blocks as "recent", and no logs.
func (c *Checkpoint) UnmarshalJSON(b []byte) error {
	type current Checkpoint
	var v struct {
		current
		Logged *uint64    `json:"logged"`
		Recent []BlockRef `json:"recent"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Checkpoint(v.current)
	if v.Logged != nil {
		c.Logged = *v.Logged
		return nil
	}
	c.Logged = c.Next
	for _, r := range v.Recent {
		c.Blocks = append(c.Blocks, Block{BlockRef: r})
	}
	return nil
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
