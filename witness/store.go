package witness

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The daemon's durable state lives in one bbolt file in its data directory (witness.db,
// daemon.OpenDataStore, bound to the account in bucketMeta): its seats, one per committee
// (a segment of a lease), and where each got to; every probe of each seat; the committees it
// still means to draw; the leases whose segments it opens and settles; and the watcher's
// checkpoint. bbolt fsyncs each transaction before Update returns, which is what makes
// "store (B, T, S), then commit" safe across kill -9.
var (
	bucketSeats       = []byte("witness.seats")
	bucketProbes      = []byte("witness.probes")
	bucketDraws       = []byte("witness.draws")
	bucketOrders      = []byte("witness.orders")
	bucketMeta        = []byte("witness.meta")
	bucketCheckpoints = "witness.checkpoints"
)

// Phase is how far the daemon got with a seat.
type Phase string

const (
	// PhaseProbing: seated, probing the function until the end of the segment.
	PhaseProbing Phase = "probing"
	// PhaseCommitted: the report is committed, waiting for the reveal window.
	PhaseCommitted Phase = "committed"
	// PhaseRevealed: the report is revealed (or could not be), waiting for the verdict.
	PhaseRevealed Phase = "revealed"
	// PhaseDone: the verdict is reached (or the seat is lost); nothing more to do.
	PhaseDone Phase = "done"
)

// Report is what a witness commits to: B, T and S of SPEC §4.3.
type Report struct {
	Violated   bool     `json:"violated"`
	ReportTime uint64   `json:"reportTime"`
	Secret     [32]byte `json:"secret"`
}

// seatRecord is a seat as stored: a member's place on one segment's committee.
type seatRecord struct {
	Committee uint64  `json:"committee"`
	Phase     Phase   `json:"phase"`
	Report    *Report `json:"report,omitempty"`
	// Earlier are reports stored for commits that may have been mined although a later
	// attempt replaced them in the store (a receipt lost, then a retry that was refused): the
	// reveal tries them when the latest does not match the commitment.
	Earlier []Report `json:"earlier,omitempty"`
	Missed  string   `json:"missed,omitempty"`
	Verdict *bool    `json:"verdict,omitempty"`
	// Payoff is in FST base units, PayoffUnits in the order's seat fees.
	Payoff      string `json:"payoff,omitempty"`
	PayoffUnits *int64 `json:"payoffUnits,omitempty"`
}

// probeRecord is one probe as stored: enough to count it again after a restart and to tell
// what happened.
type probeRecord struct {
	At       time.Time     `json:"at"`
	Outcome  Outcome       `json:"outcome"`
	Rule     Rule          `json:"rule"`
	Detail   string        `json:"detail,omitempty"`
	Status   int           `json:"status,omitempty"`
	Latency  time.Duration `json:"latency,omitempty"`
	Sampled  bool          `json:"sampled,omitempty"`
	Reran    bool          `json:"reran,omitempty"`
	RerunFor time.Duration `json:"rerunFor,omitempty"`
	// Auth is how the probe authenticated: signed, or with a kit key.
	Auth Auth `json:"auth"`
}

type store struct{ db *bolt.DB }

func newStore(db *bolt.DB) (*store, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSeats, bucketProbes, bucketDraws, bucketOrders} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("prepare the witness store: %w", err)
	}
	return &store{db}, nil
}

func idKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

func (s *store) seat(id uint64) (seatRecord, bool, error) {
	var r seatRecord
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSeats).Get(idKey(id))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &r)
	})
	if err != nil {
		return r, false, fmt.Errorf("read seat on committee %d: %w", id, err)
	}
	return r, ok, nil
}

func (s *store) putSeat(r seatRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketSeats).Put(idKey(r.Committee), v) }); err != nil {
		return fmt.Errorf("store seat on committee %d: %w", r.Committee, err)
	}
	return nil
}

// addSeat records a new seat; a seat already known is left as it is (events repeat).
func (s *store) addSeat(id uint64) (bool, error) {
	added := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeats)
		if b.Get(idKey(id)) != nil {
			return nil
		}
		added = true
		v, err := json.Marshal(seatRecord{Committee: id, Phase: PhaseProbing})
		if err != nil {
			return err
		}
		return b.Put(idKey(id), v)
	})
	if err != nil {
		return false, fmt.Errorf("store seat on committee %d: %w", id, err)
	}
	return added, nil
}

func (s *store) seats() ([]seatRecord, error) {
	var out []seatRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSeats).ForEach(func(_, v []byte) error {
			var r seatRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read seats: %w", err)
	}
	return out, nil
}

// satOn reports whether the witness holds or held a seat on any committee of an order: the
// seats of one order are the keys from CommitteeID(order, 0) to CommitteeID(order, 255).
func (s *store) satOn(order uint64) (bool, error) {
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketSeats).Cursor().Seek(idKey(order << 8))
		found = k != nil && binary.BigEndian.Uint64(k)>>8 == order
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("read seats of order %d: %w", order, err)
	}
	return found, nil
}

// addProbe appends a probe of a seat; keys are committee then sequence, so one seat's probes
// are a contiguous, ordered range.
func (s *store) addProbe(id uint64, p probeRecord) error {
	v, err := json.Marshal(p)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketProbes)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		return b.Put(binary.BigEndian.AppendUint64(idKey(id), seq), v)
	})
	if err != nil {
		return fmt.Errorf("record probe on committee %d: %w", id, err)
	}
	return nil
}

// probes returns every recorded probe of a seat, oldest first.
func (s *store) probes(id uint64) ([]probeRecord, error) {
	var out []probeRecord
	prefix := idKey(id)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketProbes).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) == 16 && string(k[:8]) == string(prefix); k, v = c.Next() {
			var p probeRecord
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read probes on committee %d: %w", id, err)
	}
	return out, nil
}

// tally counts a seat's recorded probes.
func (s *store) tally(id uint64) (Tally, error) {
	ps, err := s.probes(id)
	if err != nil {
		return Tally{}, err
	}
	var t Tally
	for _, p := range ps {
		t.Add(p.Outcome)
	}
	return t, nil
}

// A set of ids in a bucket: the committees to draw, the orders to follow.
func (s *store) add(bucket []byte, id uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put(idKey(id), []byte{1}) })
	if err != nil {
		return fmt.Errorf("remember %d in %s: %w", id, bucket, err)
	}
	return nil
}

func (s *store) remove(bucket []byte, id uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Delete(idKey(id)) })
	if err != nil {
		return fmt.Errorf("forget %d in %s: %w", id, bucket, err)
	}
	return nil
}

func (s *store) list(bucket []byte) ([]uint64, error) {
	var out []uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
			out = append(out, binary.BigEndian.Uint64(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", bucket, err)
	}
	return out, nil
}
