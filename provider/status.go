package provider

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/contracts"
)

// StatusFile is where the daemon tells its operator's command line what the chain does not
// say (`defaas provider show` reads it): a JSON Status in the data directory, rewritten
// whole (a temporary file renamed over it) whenever it changes. The bbolt store, which the
// running daemon holds locked, stays the record; this file is derived from it, and written
// again from it at every start.
const StatusFile = "status.json"

// Status is the daemon's report to its operator.
type Status struct {
	// Provider is the daemon's account.
	Provider  common.Address `json:"provider"`
	UpdatedAt time.Time      `json:"updatedAt"`
	// SkippedForStake sums up the orders the daemon wanted to bid on but could not, its free
	// stake not covering what the bid locks (the collateral of an open bid, the bond of a
	// sealed one): nil when there are none.
	SkippedForStake *SkippedForStake `json:"skippedForStake,omitempty"`
}

// SkippedForStake is the orders not bid on for lack of free stake.
type SkippedForStake struct {
	Orders int `json:"orders"`
	// Free and Needed are the free stake and what the bid needed at the latest refusal, of
	// order LatestOrder (FST wei).
	Free        *big.Int  `json:"free"`
	Needed      *big.Int  `json:"needed"`
	LatestOrder uint64    `json:"latestOrder"`
	At          time.Time `json:"at"`
}

// Missing is the stake to add for such a bid: Needed − Free.
func (s SkippedForStake) Missing() *big.Int { return new(big.Int).Sub(s.Needed, s.Free) }

// stakeShort is, in an order's record, why it was not bid on: the contract refused the bid
// with InsufficientFreeStake(free, needed). It is cleared when a bid on the order lands.
type stakeShort struct {
	Free   *big.Int  `json:"free"`
	Needed *big.Int  `json:"needed"`
	At     time.Time `json:"at"`
}

// stakeShortOf reads the amounts of an InsufficientFreeStake refusal.
func stakeShortOf(err error, at time.Time) (*stakeShort, bool) {
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "InsufficientFreeStake" {
		return nil, false
	}
	s := &stakeShort{At: at}
	for _, a := range re.Args {
		v, ok := a.Value.(*big.Int)
		if !ok {
			continue
		}
		switch a.Name {
		case "free":
			s.Free = v
		case "needed":
			s.Needed = v
		}
	}
	return s, s.Free != nil && s.Needed != nil
}

// ReadStatus reads the status a provider daemon with data directory dir wrote; an error
// wrapping fs.ErrNotExist when no daemon ran there.
func ReadStatus(dir string) (Status, error) {
	b, err := os.ReadFile(filepath.Join(dir, StatusFile))
	if err != nil {
		return Status{}, err
	}
	var s Status
	if err := json.Unmarshal(b, &s); err != nil {
		return Status{}, fmt.Errorf("%s: %w", filepath.Join(dir, StatusFile), err)
	}
	return s, nil
}

// status sums up the book for the operator.
func (b *book) status(me common.Address) Status {
	b.mu.Lock()
	defer b.mu.Unlock()
	st := Status{Provider: me, UpdatedAt: time.Now().UTC()}
	var short []*record
	for _, r := range b.recs {
		if r.StakeShort != nil {
			short = append(short, r)
		}
	}
	if len(short) == 0 {
		return st
	}
	sort.Slice(short, func(i, j int) bool {
		a, c := short[i].StakeShort, short[j].StakeShort
		return a.At.Before(c.At) || a.At.Equal(c.At) && short[i].ID < short[j].ID
	})
	last := short[len(short)-1]
	st.SkippedForStake = &SkippedForStake{Orders: len(short), Free: last.StakeShort.Free, Needed: last.StakeShort.Needed,
		LatestOrder: last.ID, At: last.StakeShort.At}
	return st
}

// writeStatus writes the book's status to dir's StatusFile, durably and whole.
func writeStatus(dir string, st Status) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, StatusFile+".*")
	if err != nil {
		return fmt.Errorf("write the status: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write the status: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write the status: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write the status: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, StatusFile)); err != nil {
		return fmt.Errorf("write the status: %w", err)
	}
	return nil
}
