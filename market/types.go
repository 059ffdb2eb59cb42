package market

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is an order's state (SPEC §3.4).
type State uint8

// The states of an order, in the Market contract's numbering.
const (
	StateNone State = iota
	StateBidding
	StateConfirming
	StateDeploying
	StateFulfilling
	StateSettled
	StateFinished
	StateFailed
)

var stateNames = [...]string{"None", "Bidding", "Confirming", "Deploying", "Fulfilling", "Settled", "Finished", "Failed"}

// MarshalText writes the state's name, so JSON says "Bidding", not 1.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	for i, n := range stateNames {
		if n == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("unknown order state %q", b)
}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Terminal reports whether nothing more can happen to an order in this state.
func (s State) Terminal() bool { return s == StateFinished || s == StateFailed }

// FailReason says why an order failed.
type FailReason uint8

// Reasons of OrderFailed, in the contract's numbering.
const (
	FailNoValidBid FailReason = iota
	FailNotPublished
	FailNotAccepted
)

func (r FailReason) String() string {
	switch r {
	case FailNoValidBid:
		return "no valid bid"
	case FailNotPublished:
		return "the provider never published its deployment"
	case FailNotAccepted:
		return "the customer never accepted the deployment"
	}
	return fmt.Sprintf("FailReason(%d)", uint8(r))
}

// Level is a FaaS level: the resources an order buys (SPEC §3.2).
type Level struct {
	ID       uint32 `json:"id"`
	CPUMilli uint32 `json:"cpuMilli"`
	MemoryMB uint32 `json:"memoryMB"`
	ImageMB  uint32 `json:"imageMB"`
	Active   bool   `json:"active"`
}

// OrderParams are what a customer chooses when it creates an order (SPEC §3.5).
type OrderParams struct {
	LevelID       uint32
	DurationUnits uint32
	MaxUnitPrice  *big.Int
	// BiddingWindow and RevealWindow are rounded to whole seconds; RevealWindow 0 means open
	// bidding, anything else sealed bidding.
	BiddingWindow time.Duration
	RevealWindow  time.Duration
	WitnessCount  uint8
}

// Prepayment is what creating the order locks: maxUnitPrice × durationUnits.
func (p OrderParams) Prepayment() *big.Int {
	return new(big.Int).Mul(p.MaxUnitPrice, new(big.Int).SetUint64(uint64(p.DurationUnits)))
}

// Order is an order as the Market stores it, in domain terms.
type Order struct {
	ID            uint64         `json:"id"`
	Customer      common.Address `json:"customer"`
	LevelID       uint32         `json:"levelId"`
	DurationUnits uint32         `json:"durationUnits"`
	MaxUnitPrice  *big.Int       `json:"maxUnitPrice"`
	WitnessCount  uint8          `json:"witnessCount"`
	State         State          `json:"state"`
	Sealed        bool           `json:"sealed"`
	Published     bool           `json:"published"`
	Violated      bool           `json:"violated"`
	// Deadline is the end of the current window: bidding, confirm, accept, deploy, or the end
	// of service while Fulfilling.
	Deadline   time.Time `json:"deadline"`
	BiddingEnd time.Time `json:"biddingEnd"`
	RevealEnd  time.Time `json:"revealEnd"`
	Commits    uint8     `json:"commits"`
	// BestBidder and BestPrice are the best bid so far, and the winner once matched; zero and
	// nil while there is no bid.
	BestBidder common.Address `json:"bestBidder"`
	BestPrice  *big.Int       `json:"bestPrice"`
}

// HasBid reports whether anyone bid validly so far.
func (o Order) HasBid() bool { return o.BestBidder != (common.Address{}) }

// Lease is the contract between customer and provider once matched.
type Lease struct {
	OrderID      uint64         `json:"orderId"`
	Customer     common.Address `json:"customer"`
	Provider     common.Address `json:"provider"`
	UnitPrice    *big.Int       `json:"unitPrice"`
	Fee          *big.Int       `json:"fee"`
	Collateral   *big.Int       `json:"collateral"`
	ServiceStart time.Time      `json:"serviceStart"`
	ServiceEnd   time.Time      `json:"serviceEnd"`
}

// CommitteeStatus is the WitnessPool's status of a lease's committee.
type CommitteeStatus uint8

// Committee statuses, in the WitnessPool's numbering.
const (
	CommitteeNone CommitteeStatus = iota
	CommitteeRequested
	CommitteeDrawn
	CommitteeFinalized
)

// MarshalText writes the status's name.
func (s CommitteeStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status's name.
func (s *CommitteeStatus) UnmarshalText(b []byte) error {
	for st := CommitteeNone; st <= CommitteeFinalized; st++ {
		if st.String() == string(b) {
			*s = st
			return nil
		}
	}
	return fmt.Errorf("unknown committee status %q", b)
}

func (s CommitteeStatus) String() string {
	switch s {
	case CommitteeNone:
		return "None"
	case CommitteeRequested:
		return "Requested"
	case CommitteeDrawn:
		return "Drawn"
	case CommitteeFinalized:
		return "Finalized"
	}
	return fmt.Sprintf("CommitteeStatus(%d)", uint8(s))
}

// Committee is a lease's witness committee (SPEC §4.2).
type Committee struct {
	LeaseID          uint64           `json:"leaseId"`
	Status           CommitteeStatus  `json:"status"`
	N                uint8            `json:"n"`
	Threshold        uint8            `json:"threshold"`
	RequestBlock     uint64           `json:"requestBlock"`
	DrawAfter        uint64           `json:"drawAfter"` // the block after which it can be drawn
	ServiceEnd       time.Time        `json:"serviceEnd"`
	CommitEnd        time.Time        `json:"commitEnd"`
	RevealEnd        time.Time        `json:"revealEnd"`
	Violated         bool             `json:"violated"`
	ViolationReports uint8            `json:"violationReports"`
	Revealed         uint8            `json:"revealed"`
	Customer         common.Address   `json:"customer"`
	Provider         common.Address   `json:"provider"`
	Members          []common.Address `json:"members"`
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

// Unwitnessed reports whether the lease ended up without a committee (verdict NoViolation).
func (c Committee) Unwitnessed() bool {
	return c.Status == CommitteeFinalized && len(c.Members) == 0
}

// Provider is a provider's stake record.
type Provider struct {
	Address    common.Address `json:"address"`
	Registered bool           `json:"registered"`
	Stake      *big.Int       `json:"stake"`
	Locked     *big.Int       `json:"locked"`
	// ExitAt is when the provider asked to exit; zero when it has not.
	ExitAt time.Time `json:"exitAt"`
}

// Free is the stake that backs no bid, bond or lease.
func (p Provider) Free() *big.Int { return new(big.Int).Sub(p.Stake, p.Locked) }

// Witness is a witness's stake record.
type Witness struct {
	Address    common.Address `json:"address"`
	Registered bool           `json:"registered"`
	Available  bool           `json:"available"`
	Exiting    bool           `json:"exiting"`
	Drawable   bool           `json:"drawable"`
	Stake      *big.Int       `json:"stake"`
	Locked     *big.Int       `json:"locked"`
}

// Seat is a committee member's report slot.
type Seat struct {
	Member     bool      `json:"member"`
	Committed  bool      `json:"committed"`
	Revealed   bool      `json:"revealed"`
	Violated   bool      `json:"violated"`
	CommitTime time.Time `json:"commitTime"`
}

// Params are the deployment's parameters (SPEC §6), in domain units.
type Params struct {
	BillingPeriod    time.Duration `json:"billingPeriod"`
	MinBidding       time.Duration `json:"minBidding"`
	MaxBidding       time.Duration `json:"maxBidding"`
	MaxReveal        time.Duration `json:"maxReveal"`
	ConfirmTimeout   time.Duration `json:"confirmTimeout"`
	AcceptTimeout    time.Duration `json:"acceptTimeout"`
	DeployTimeout    time.Duration `json:"deployTimeout"`
	CollateralBps    uint16        `json:"collateralBps"`
	MinProviderStake *big.Int      `json:"minProviderStake"`
	ProviderCooldown time.Duration `json:"providerExitCooldown"`
	MaxBidsPerOrder  uint8         `json:"maxBidsPerOrder"`
	BidBond          *big.Int      `json:"bidBond"`
	MaxWitnesses     uint8         `json:"maxWitnesses"`
	MinWitnessStake  *big.Int      `json:"minWitnessStake"`
	WitnessBond      *big.Int      `json:"witnessBond"`
	BlockNeed        uint16        `json:"blockNeed"`
	CommitGrace      time.Duration `json:"commitGrace"`
	RevealSeconds    time.Duration `json:"revealWindow"`
	MaxReportAge     time.Duration `json:"maxReportAge"`
	RewardUnit       *big.Int      `json:"rewardUnit"`
	WitnessCooldown  time.Duration `json:"witnessExitCooldown"`
}

func unix(v uint64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0).UTC()
}

func unixBig(v *big.Int) time.Time {
	if v == nil || !v.IsUint64() {
		return time.Time{}
	}
	return unix(v.Uint64())
}

func seconds(v uint32) time.Duration { return time.Duration(v) * time.Second }
