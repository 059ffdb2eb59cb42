// A lease's segments and their committees (SPEC §3.10, §4.2): ids, windows and the state of their draws.

package market

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// CommitteeID is the WitnessPool's id of segment k's committee of an order:
// orderId << 8 | k (SPEC §3.10).
func CommitteeID(orderID uint64, k uint8) uint64 { return orderID<<8 | uint64(k) }

// SplitCommitteeID is the order and segment of a committee id.
func SplitCommitteeID(id uint64) (orderID uint64, k uint8) { return id >> 8, uint8(id) }

// Segment is segment K of an order as the Market's segment view gives it: its committee id,
// its windows (zero before the service starts) and its committee's status and verdict.
// Clients take windows from here, never compute them.
type Segment struct {
	OrderID     uint64    `json:"orderId"`
	K           uint8     `json:"segment"`
	CommitteeID uint64    `json:"committeeId"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	// OpenUntil: openSegment(orderId, K) can be called from Start until before OpenUntil (the
	// first half of the segment; segment 0 is opened by confirmDeployment).
	OpenUntil time.Time       `json:"openUntil"`
	CommitEnd time.Time       `json:"commitEnd"`
	RevealEnd time.Time       `json:"revealEnd"`
	Status    CommitteeStatus `json:"status"`
	Violated  bool            `json:"violated"`
	// Committee is the pool's view of the segment's committee once requested; filled in by
	// Client.View.
	Committee *Committee `json:"committee,omitempty"`
}

// Opened reports whether the segment's committee was requested.
func (s Segment) Opened() bool { return s.Status != CommitteeNone }

// Runs reports whether the segment runs at now: from its start until before its end.
func (s Segment) Runs(now time.Time) bool {
	return !s.Start.IsZero() && !now.Before(s.Start) && now.Before(s.End)
}

// CurrentSegment is the segment of segs that runs at now, if any.
func CurrentSegment(segs []Segment, now time.Time) (Segment, bool) {
	for _, s := range segs {
		if s.Runs(now) {
			return s, true
		}
	}
	return Segment{}, false
}

// CommitteeStatus is the WitnessPool's status of a committee.
type CommitteeStatus uint8

// Committee statuses, in the WitnessPool's numbering.
const (
	CommitteeNone        CommitteeStatus = iota // never requested: a segment nobody opened
	CommitteeRequested                          // a draw is due or under way
	CommitteeDrawn                              // members report
	CommitteeFinalized                          // the verdict is in, the members paid
	CommitteeUnwitnessed                        // no committee: fewer than three found, or not drawn by its end
)

var committeeNames = [...]string{"None", "Requested", "Drawn", "Finalized", "Unwitnessed"}

// MarshalText writes the status's name.
func (s CommitteeStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status's name.
func (s *CommitteeStatus) UnmarshalText(b []byte) error {
	return parseName(committeeNames[:], b, "committee status", s)
}

func (s CommitteeStatus) String() string { return enumName(committeeNames[:], s, "CommitteeStatus") }

// Ended reports whether the committee is over: finalized or unwitnessed.
func (s CommitteeStatus) Ended() bool { return s == CommitteeFinalized || s == CommitteeUnwitnessed }

// Committee is the committee of one segment of a lease (SPEC §4.2), as the WitnessPool's
// committee view gives it; zero (status None) for an id never requested.
type Committee struct {
	ID      uint64          `json:"id"`
	OrderID uint64          `json:"orderId"`
	Segment uint8           `json:"segment"`
	Status  CommitteeStatus `json:"status"`
	N       uint8           `json:"n"`
	// Threshold M = ⌊size/2⌋ + 1 once drawn.
	Threshold uint8 `json:"threshold"`
	// RequestBlock is the block of the request, which eligibility is measured against;
	// SeedBlock the block the seed window follows (a re-request moves it); DrawAfter the
	// block after which the draw can be made.
	RequestBlock uint64    `json:"requestBlock"`
	SeedBlock    uint64    `json:"seedBlock"`
	DrawAfter    uint64    `json:"drawAfter"`
	End          time.Time `json:"end"`
	CommitEnd    time.Time `json:"commitEnd"`
	RevealEnd    time.Time `json:"revealEnd"`
	SeatFee      *big.Int  `json:"seatFee"`
	SeatLock     *big.Int  `json:"seatLock"`
	// ListLength is the pool's list length L at the request; Tried the candidates a draw of
	// several calls has looked at so far.
	ListLength       uint32           `json:"listLength"`
	Tried            uint32           `json:"tried"`
	Violated         bool             `json:"violated"`
	ViolationReports uint8            `json:"violationReports"`
	Revealed         uint8            `json:"revealed"`
	Customer         common.Address   `json:"customer"`
	Provider         common.Address   `json:"provider"`
	Members          []common.Address `json:"members"`
	// Returned is what the pool gave back to the Market of the committee's 10 × N × s once
	// it ended (everything when unwitnessed); nil before.
	Returned *big.Int `json:"returned,omitempty"`
}

// IsMember reports whether a sits on the committee.
func (c Committee) IsMember(a common.Address) bool {
	for _, m := range c.Members {
		if m == a {
			return true
		}
	}
	return false
}

// Unwitnessed reports whether the segment ended up without a committee.
func (c Committee) Unwitnessed() bool { return c.Status == CommitteeUnwitnessed }

// PaidToMembers is what the members earned together from the segment's deposit once the
// committee ended (nil before): its 10 × N × s less what the pool returned.
func (c Committee) PaidToMembers() *big.Int {
	if c.Returned == nil || c.SeatFee == nil {
		return nil
	}
	all := new(big.Int).Mul(c.SeatFee, big.NewInt(10*int64(c.N)))
	return all.Sub(all, c.Returned)
}

// DrawState is where a committee's draw stands.
type DrawState int

// States of a draw.
const (
	DrawNothing DrawState = iota // never requested, or drawn (or ended) already
	DrawWait                     // requested; its seed's blocks are not all there yet
	DrawNow                      // the next block can draw it (or go on drawing it, or re-request it)
	DrawTooLate                  // its segment is over: it ends unwitnessed (settle or finalize does it)
)

// Draw says whether the committee can be drawn at head (SPEC §4.2): once the blocks of its
// seed follow its request, and before the end of its segment. A draw that needs several calls
// stays Requested and is due again at once; one whose seed left the 256 readable blocks is due
// too, and the call re-requests it.
func (c Committee) Draw(head Head) DrawState {
	switch {
	case c.Status != CommitteeRequested:
		return DrawNothing
	case !head.Time.Before(c.End):
		return DrawTooLate
	case head.Number <= c.DrawAfter:
		return DrawWait
	}
	return DrawNow
}
