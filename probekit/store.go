package probekit

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/internal/atomicfile"
)

// Store is the customer's record of one lease's access, in one JSON file written atomically:
// the mode it chose, its keys — the spares of the pool (with their secrets, to hand out), the
// keys handed to its users (their hashes only: a user's key is printed once) and those handed
// to committee members in kits, for which segment — the requests its kits carry and the kits
// it posted.
type Store struct {
	path string

	Lease     api.LeaseID    `json:"lease,string"`
	Mode      api.AccessMode `json:"mode"`
	PerCaller *api.Rate      `json:"perCaller,omitempty"`
	// KeyRate is the rate every spare is registered with, and every user's key unless the
	// customer says otherwise: spares look like users' keys, and at least the probe rate
	// (Customer sees to it), so a member within its rate is never refused.
	KeyRate api.Rate    `json:"keyRate"`
	Keys    []KeyRecord `json:"keys"`
	// Batches counts the policy changes that added keys; NextTopUp is when the spares are
	// topped up next (a random time).
	Batches   int       `json:"batches"`
	NextTopUp time.Time `json:"nextTopUp,omitzero"`
	// Probes are the requests of the kits (default: GET /); KitSize the size every kit of the
	// lease is padded to, fixed at the first kit.
	Probes  []Request `json:"probes,omitempty"`
	KitSize int       `json:"kitSize,omitempty"`
	// Posted are the segments whose kits are on chain.
	Posted []uint8 `json:"posted,omitempty"`
}

// KeyRecord is one key of the lease.
type KeyRecord struct {
	SHA256 api.KeyHash `json:"sha256"`
	Rate   api.Rate    `json:"rate"`
	// Spare marks a key kept for probe kits; Secret is its key (never kept for a user's).
	Spare  bool     `json:"spare,omitempty"`
	Secret *api.Key `json:"secret,omitempty"`
	Label  string   `json:"label,omitempty"`
	// Created is when it was generated; Batch the policy change that registered it.
	Created time.Time `json:"created"`
	Batch   int       `json:"batch"`
	// Segment and Member say whose kit a spare went into.
	Segment *uint8          `json:"segment,omitempty"`
	Member  *common.Address `json:"member,omitempty"`
	Revoked bool            `json:"revoked,omitempty"`
}

// ID names the key: api.KeyHash.ID.
func (k KeyRecord) ID() string { return k.SHA256.ID() }

// Assigned reports whether the key went into a kit.
func (k KeyRecord) Assigned() bool { return k.Segment != nil }

// ErrNoStore is returned by OpenStore for a lease without a store.
var ErrNoStore = errors.New("no access store for this lease")

// NewStore returns an empty store for lease at path (not written until Save).
func NewStore(path string, lease api.LeaseID) *Store {
	return &Store{path: path, Lease: lease, Mode: api.AccessSigned,
		KeyRate: api.Rate{RatePerSecond: api.DefaultKeyRate, Burst: api.DefaultKeyBurst}}
}

// OpenStore reads the store at path; ErrNoStore when there is none.
func OpenStore(path string) (*Store, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoStore, path)
	}
	if err != nil {
		return nil, fmt.Errorf("read the access store: %w", err)
	}
	s := &Store{path: path}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("the access store %s is corrupt: %w", path, err)
	}
	return s, nil
}

// OpenOrNewStore reads the store at path, or returns a new one for lease.
func OpenOrNewStore(path string, lease api.LeaseID) (*Store, error) {
	s, err := OpenStore(path)
	if errors.Is(err, ErrNoStore) {
		return NewStore(path, lease), nil
	}
	if err == nil && s.Lease != lease {
		return nil, fmt.Errorf("the access store %s is lease %s's, not lease %s's", path, s.Lease, lease)
	}
	return s, err
}

// Path is where the store is kept.
func (s *Store) Path() string { return s.path }

// Save writes the store durably (it holds the spares' secrets: mode 0600).
func (s *Store) Save() error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(s.path, b, 0o600); err != nil {
		return fmt.Errorf("save the access store: %w", err)
	}
	return nil
}

// Policy is the access policy the store says the provider should apply: the mode and every
// key not revoked.
func (s *Store) Policy() api.Access {
	a := api.Access{Mode: s.Mode, PerCaller: s.PerCaller, Keys: []api.AccessKey{}}
	for _, k := range s.Keys {
		if !k.Revoked {
			a.Keys = append(a.Keys, api.AccessKey{SHA256: k.SHA256, Rate: k.Rate})
		}
	}
	return a
}

// Find is the key whose id starts with prefix (at least 4 characters, one key only).
func (s *Store) Find(prefix string) (*KeyRecord, error) {
	prefix = strings.ToLower(strings.TrimPrefix(prefix, api.KeyPrefix))
	if len(prefix) < 4 {
		return nil, fmt.Errorf("key id %q: give at least 4 characters of the id `defaas function key list` shows", prefix)
	}
	var found *KeyRecord
	for i := range s.Keys {
		if strings.HasPrefix(s.Keys[i].ID(), prefix) {
			if found != nil {
				return nil, fmt.Errorf("key id %q matches several keys: give more of it", prefix)
			}
			found = &s.Keys[i]
		}
	}
	if found == nil {
		return nil, fmt.Errorf("no key of lease %s has an id starting with %q", s.Lease, prefix)
	}
	return found, nil
}

// spares are the spares not revoked and not handed out.
func (s *Store) spares() []int {
	var out []int
	for i, k := range s.Keys {
		if k.Spare && !k.Revoked && !k.Assigned() {
			out = append(out, i)
		}
	}
	return out
}

// assigned are the keys handed to member for segment k.
func (s *Store) assigned(k uint8, member common.Address) []api.Key {
	var out []api.Key
	for _, r := range s.Keys {
		if r.Assigned() && *r.Segment == k && *r.Member == member && !r.Revoked && r.Secret != nil {
			out = append(out, *r.Secret)
		}
	}
	return out
}

func (s *Store) posted(k uint8) bool { return slices.Contains(s.Posted, k) }

// begun reports whether keys were handed out for segment k's kits.
func (s *Store) begun(k uint8) bool {
	return slices.ContainsFunc(s.Keys, func(r KeyRecord) bool { return r.Assigned() && *r.Segment == k })
}

// add generates n keys (users' or spares) in one new batch.
func (s *Store) add(n int, spare bool, label string, rate api.Rate, now time.Time) ([]api.Key, error) {
	if n <= 0 {
		return nil, nil
	}
	if live := len(s.Policy().Keys); live+n > api.MaxKeys {
		return nil, fmt.Errorf("lease %s would hold %d keys, the provider takes at most %d: revoke some first", s.Lease, live+n, api.MaxKeys)
	}
	s.Batches++
	keys := make([]api.Key, n)
	for i := range keys {
		k, err := api.NewKey()
		if err != nil {
			return nil, err
		}
		keys[i] = k
		r := KeyRecord{SHA256: k.Hash(), Rate: rate, Spare: spare, Label: label, Created: now.UTC(), Batch: s.Batches}
		if spare {
			secret := k
			r.Secret = &secret
		}
		s.Keys = append(s.Keys, r)
	}
	return keys, nil
}
