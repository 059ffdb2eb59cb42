package provider

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
)

// phase is where the daemon stands with one order. The chain says where the order stands;
// the phase says what the daemon has done about it, so that after a crash it neither repeats
// a bid nor forgets one.
type phase string

const (
	phaseNew     phase = "new"     // seen, not decided yet
	phaseWaiting phase = "waiting" // worth a bid but no capacity or free stake now; decided again while bidding lasts
	phasePass    phase = "pass"    // not bid on (terminal)
	phaseIntent  phase = "intent"  // bid decided and stored (price, salt) before sending; maybe sent
	phaseBid     phase = "bid"     // open bid or sealed commitment mined
	phaseReveal  phase = "revealed"
	phaseWon     phase = "won"  // matched to us: publish, confirm the module, serve, settle, finish
	phaseDone    phase = "done" // lost, failed or finished (terminal)
)

func (p phase) terminal() bool { return p == phasePass || p == phaseDone }

// record is the daemon's durable knowledge of one order, one JSON value per order in the
// "orders" bucket, keyed by the order id (8 bytes, big-endian).
type record struct {
	ID        uint64         `json:"id"`
	Customer  common.Address `json:"customer"`
	CreatedTx common.Hash    `json:"createdTx"` // the createOrder transaction: its signature gives the customer's key
	Block     uint64         `json:"block"`
	LevelID   uint32         `json:"level"`
	// BiddingEnd tells this order from another that took its id after it left the chain.
	BiddingEnd time.Time `json:"biddingEnd,omitzero"`
	Sealed     bool      `json:"sealed"`
	Phase      phase     `json:"phase"`
	// Price and Salt are stored, and the store committed, before the bid or commitment is
	// sent: a sealed bid whose salt were lost could never be revealed, and its bond would be
	// forfeited.
	Price    *big.Int    `json:"price,omitempty"`
	Salt     common.Hash `json:"salt,omitempty"`
	BidTx    common.Hash `json:"bidTx,omitempty"`
	Reserved bool        `json:"reserved"` // holds capacity (a bid that may win, or a lease)
	Won      bool        `json:"won"`
	// Confirmed is set, and stored, before confirmDeployment is sent: from then on the module
	// the customer committed (ModuleHash) is the lease's, and uploads are refused.
	Confirmed  bool        `json:"confirmed,omitempty"`
	ModuleHash common.Hash `json:"moduleHash,omitzero"`
	// State is the order's state when last read; ServiceEnd its end of service as the chain
	// has it, read again at every step.
	State      market.State `json:"state"`
	ServiceEnd time.Time    `json:"serviceEnd,omitzero"`
	// Left: the order was not on the chain when last read (it went back); the record waits,
	// with its price and salt, for the order to come again or another to take its id.
	Left bool   `json:"left,omitempty"`
	Note string `json:"note,omitempty"`
	// StakeShort is set when the contract refused our bid for lack of free stake (once per
	// order it is logged at WARN and counted), and cleared when a bid on the order lands.
	StakeShort *stakeShort `json:"stakeShort,omitempty"`
}

var (
	ordersBucket = []byte("orders")
	metaBucket   = []byte("meta")
	// accessBucket holds each lease's access policy as its customer last set it (SPEC §5.3),
	// JSON keyed like the orders: key hashes and rates, never a key.
	accessBucket = []byte("access")
)

func orderKey(id uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return k
}

// store is the orders bucket of the daemon's bbolt file (daemon.OpenDataStore). Every write is
// its own committed (fsynced) transaction.
type store struct{ db *bolt.DB }

func newStore(db *bolt.DB) (*store, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(metaBucket); err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(accessBucket); err != nil {
			return err
		}
		_, err := tx.CreateBucketIfNotExists(ordersBucket)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("prepare store: %w", err)
	}
	return &store{db: db}, nil
}

func (s *store) all() ([]*record, error) {
	var out []*record
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(ordersBucket).ForEach(func(k, v []byte) error {
			r := new(record)
			if err := json.Unmarshal(v, r); err != nil {
				return fmt.Errorf("order %x: %w", k, err)
			}
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read orders from the store: %w", err)
	}
	return out, nil
}

// put writes r and returns once the write is on disk.
func (s *store) put(r *record) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(ordersBucket).Put(orderKey(r.ID), v) })
	if err != nil {
		return fmt.Errorf("store order %d: %w", r.ID, err)
	}
	return nil
}

// remove deletes an order's record and returns once that is on disk.
func (s *store) remove(id uint64) error {
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(ordersBucket).Delete(orderKey(id)) }); err != nil {
		return fmt.Errorf("forget order %d: %w", id, err)
	}
	return nil
}

// insert writes r unless the order is known already; it reports whether it wrote.
func (s *store) insert(r *record) (bool, error) {
	v, err := json.Marshal(r)
	if err != nil {
		return false, err
	}
	inserted := false
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(ordersBucket)
		if b.Get(orderKey(r.ID)) != nil {
			return nil
		}
		inserted = true
		return b.Put(orderKey(r.ID), v)
	})
	if err != nil {
		return false, fmt.Errorf("store order %d: %w", r.ID, err)
	}
	return inserted, nil
}

// putAccess stores a lease's access policy and returns once it is on disk.
func (s *store) putAccess(id uint64, a api.Access) error {
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(accessBucket).Put(orderKey(id), v) }); err != nil {
		return fmt.Errorf("store the access policy of lease %d: %w", id, err)
	}
	return nil
}

// access reads the stored policy of one lease, if its customer set one.
func (s *store) access(id uint64) (a api.Access, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(accessBucket).Get(orderKey(id))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &a)
	})
	if err != nil {
		return api.Access{}, false, fmt.Errorf("read the access policy of lease %d from the store: %w", id, err)
	}
	return a, ok, nil
}

// deleteAccess forgets the policy of a lease that is no longer the daemon's.
func (s *store) deleteAccess(id uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(accessBucket).Delete(orderKey(id)) })
}

// allAccess reads every stored policy.
func (s *store) allAccess() (map[uint64]api.Access, error) {
	out := map[uint64]api.Access{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(accessBucket).ForEach(func(k, v []byte) error {
			var a api.Access
			if err := json.Unmarshal(v, &a); err != nil {
				return fmt.Errorf("access policy of lease %x: %w", k, err)
			}
			out[binary.BigEndian.Uint64(k)] = a
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read access policies from the store: %w", err)
	}
	return out, nil
}
