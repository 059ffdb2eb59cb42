package witness

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The daemon's durable state lives in one bbolt file in its data directory (witness.db,
// daemon.OpenDataStore, bound to the account in bucketMeta): the seats it holds and where
// each one got to, every probe, the leases whose committee it still means to draw, and the
// watcher's checkpoint. bbolt fsyncs each transaction before Update returns, which is what makes
// "store (B, T, S), then commit" safe across kill -9.
var (
	bucketSeats       = []byte("witness.seats")
	bucketProbes      = []byte("witness.probes")
	bucketDraws       = []byte("witness.draws")
	bucketMeta        = []byte("witness.meta")
	bucketCheckpoints = "witness.checkpoints"
)

// Phase is how far the daemon got with a seat.
type Phase string

const (
	// PhaseProbing: seated, probing the function until the end of service.
	PhaseProbing Phase = "probing"
	// PhaseCommitted: the report is committed, waiting for the reveal window.
	PhaseCommitted Phase = "committed"
	// PhaseRevealed: the report is revealed, waiting for the verdict.
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

// seatRecord is a seat as stored.
type seatRecord struct {
	Lease  uint64  `json:"lease"`
	Phase  Phase   `json:"phase"`
	Report *Report `json:"report,omitempty"`
	// Earlier are reports stored for commits that may have been mined although a later
	// attempt replaced them in the store (a receipt lost, then a retry that was refused): the
	// reveal tries them when the latest does not match the commitment.
	Earlier []Report `json:"earlier,omitempty"`
	Missed  string   `json:"missed,omitempty"`
	Verdict *bool    `json:"verdict,omitempty"`
	Payoff  string   `json:"payoff,omitempty"`
}

// Outcome is what one probe found.
type Outcome string

const (
	// Served: the function answered, whatever status it chose.
	Served Outcome = "served"
	// Failed: connection error, timeout, or an error of the provider's platform (a response
	// with the DeFaaS-Error header and a 5xx status).
	Failed Outcome = "failed"
	// Refused: the provider refused the probe itself (DeFaaS-Error with a 4xx status: a
	// stale signature, the witness's rate limit). Counted on neither side.
	Refused Outcome = "refused"
)

// Probe is one recorded probe.
type Probe struct {
	At      time.Time     `json:"at"`
	Outcome Outcome       `json:"outcome"`
	Status  int           `json:"status,omitempty"`
	Latency time.Duration `json:"latency"`
	Error   string        `json:"error,omitempty"`
}

type store struct{ db *bolt.DB }

func newStore(db *bolt.DB) (*store, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSeats, bucketProbes, bucketDraws} {
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

func leaseKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

func (s *store) seat(id uint64) (seatRecord, bool, error) {
	var r seatRecord
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSeats).Get(leaseKey(id))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &r)
	})
	if err != nil {
		return r, false, fmt.Errorf("read seat on lease %d: %w", id, err)
	}
	return r, ok, nil
}

func (s *store) putSeat(r seatRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketSeats).Put(leaseKey(r.Lease), v) }); err != nil {
		return fmt.Errorf("store seat on lease %d: %w", r.Lease, err)
	}
	return nil
}

// addSeat records a new seat; a seat already known is left as it is (events repeat).
func (s *store) addSeat(id uint64) (bool, error) {
	added := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeats)
		if b.Get(leaseKey(id)) != nil {
			return nil
		}
		added = true
		v, err := json.Marshal(seatRecord{Lease: id, Phase: PhaseProbing})
		if err != nil {
			return err
		}
		return b.Put(leaseKey(id), v)
	})
	if err != nil {
		return false, fmt.Errorf("store seat on lease %d: %w", id, err)
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

// addProbe appends a probe of a lease; keys are lease then sequence, so one lease's probes are
// a contiguous, ordered range.
func (s *store) addProbe(id uint64, p Probe) error {
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
		return b.Put(binary.BigEndian.AppendUint64(leaseKey(id), seq), v)
	})
	if err != nil {
		return fmt.Errorf("record probe of lease %d: %w", id, err)
	}
	return nil
}

// Probes returns every recorded probe of a lease, oldest first.
func (s *store) probes(id uint64) ([]Probe, error) {
	var out []Probe
	prefix := leaseKey(id)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketProbes).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) == 16 && string(k[:8]) == string(prefix); k, v = c.Next() {
			var p Probe
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read probes of lease %d: %w", id, err)
	}
	return out, nil
}

func (s *store) addDraw(id uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDraws).Put(leaseKey(id), []byte{1}) })
	if err != nil {
		return fmt.Errorf("remember the draw of lease %d: %w", id, err)
	}
	return nil
}

func (s *store) doneDraw(id uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDraws).Delete(leaseKey(id)) })
	if err != nil {
		return fmt.Errorf("forget the draw of lease %d: %w", id, err)
	}
	return nil
}

func (s *store) draws() ([]uint64, error) {
	var out []uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDraws).ForEach(func(k, _ []byte) error {
			out = append(out, binary.BigEndian.Uint64(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read pending draws: %w", err)
	}
	return out, nil
}
