package market

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"
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
func (s *State) UnmarshalText(b []byte) error { return parseName(stateNames[:], b, "order state", s) }

func (s State) String() string { return enumName(stateNames[:], s, "State") }

// enumName is the name of v, one of the contracts' enum values, or kind(v) for one unknown.
func enumName[T ~uint8](names []string, v T, kind string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", kind, uint8(v))
}

// parseName reads the name of an enum value into v.
func parseName[T ~uint8](names []string, b []byte, kind string, v *T) error {
	for i, n := range names {
		if n == string(b) {
			*v = T(i)
			return nil
		}
	}
	return fmt.Errorf("unknown %s %q", kind, b)
}

// Terminal reports whether nothing more can happen to an order in this state.
func (s State) Terminal() bool { return s == StateFinished || s == StateFailed }

// FailReason says why an order failed (OrderFailed).
type FailReason uint8

// Reasons of OrderFailed, in the contract's numbering.
const (
	FailNoValidBid   FailReason = iota
	FailNotPublished            // the winner's collateral is burned
	FailNotAccepted
	FailNotConfirmed // the customer committed a module the provider never confirmed: nobody's fault
)

func (r FailReason) String() string {
	switch r {
	case FailNoValidBid:
		return "no valid bid"
	case FailNotPublished:
		return "the provider never published its deployment"
	case FailNotAccepted:
		return "the customer never accepted the deployment"
	case FailNotConfirmed:
		return "the provider never confirmed the committed module"
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
	// Segments S splits the service into S equal segments, each watched by a committee of
	// its own (SPEC §3.10); it must divide DurationUnits. Zero means one.
	Segments uint8
}

// Prepayment is the price part of what creating the order locks: maxUnitPrice ×
// durationUnits. The witness deposit comes on top (Client.OrderCost).
func (p OrderParams) Prepayment() *big.Int {
	return new(big.Int).Mul(p.MaxUnitPrice, new(big.Int).SetUint64(uint64(p.DurationUnits)))
}

// Cost is what an order costs its customer up front (Market.orderCost): approve or permit
// the Total.
type Cost struct {
	// Prepayment is maxFee = maxUnitPrice × durationUnits; the surplus over the winning fee
	// comes back at the close.
	Prepayment *big.Int `json:"prepayment"`
	// WitnessDeposit is S × (10 N + 1) × SeatFee: the witnesses' largest pay and the
	// openers' fees, of which what is not paid comes back.
	WitnessDeposit *big.Int `json:"witnessDeposit"`
	// SeatFee s is what one witness earns for one segment, here computed on maxFee (it is
	// computed again on the winning fee at the close).
	SeatFee *big.Int `json:"seatFee"`
}

// Total is what the order takes from the customer's balance.
func (c Cost) Total() *big.Int { return new(big.Int).Add(c.Prepayment, c.WitnessDeposit) }

// Order is an order as the Market stores it, in domain terms.
type Order struct {
	ID            uint64         `json:"id"`
	Customer      common.Address `json:"customer"`
	LevelID       uint32         `json:"levelId"`
	DurationUnits uint32         `json:"durationUnits"`
	MaxUnitPrice  *big.Int       `json:"maxUnitPrice"`
	WitnessCount  uint8          `json:"witnessCount"`
	Segments      uint8          `json:"segments"`
	State         State          `json:"state"`
	Sealed        bool           `json:"sealed"`
	Published     bool           `json:"published"`
	// ModuleCommitted: the customer committed its module's hash (fulfill); the provider
	// confirms it next.
	ModuleCommitted bool `json:"moduleCommitted"`
	// Unattended: the customer never committed a module and the service started without a
	// committee (fulfill(orderId, 0)).
	Unattended bool `json:"unattended"`
	// Deadline is the end of the current window: bidding, publish, accept, deploy, confirm,
	// or the end of service while Fulfilling.
	Deadline   time.Time `json:"deadline"`
	BiddingEnd time.Time `json:"biddingEnd"`
	RevealEnd  time.Time `json:"revealEnd"`
	Commits    uint32    `json:"commits"`
	// BestBidder and BestPrice are the best bid so far, and the winner once matched; zero and
	// nil while there is no bid.
	BestBidder common.Address `json:"bestBidder"`
	BestPrice  *big.Int       `json:"bestPrice"`
}

// HasBid reports whether anyone bid validly so far.
func (o Order) HasBid() bool { return o.BestBidder != (common.Address{}) }

// AuctionEnd is when the auction of o can be closed: the end of bidding, or of the reveals
// when the bidding is sealed.
func (o Order) AuctionEnd() time.Time {
	if o.Sealed {
		return o.RevealEnd
	}
	return o.BiddingEnd
}

// Revealing reports whether a sealed order's reveal window is open at now: from the end of
// bidding until the end of the reveals.
func (o Order) Revealing(now time.Time) bool {
	return o.Sealed && !now.Before(o.BiddingEnd) && now.Before(o.RevealEnd)
}

// Lease is the contract between customer and provider once matched.
type Lease struct {
	OrderID    uint64         `json:"orderId"`
	Customer   common.Address `json:"customer"`
	Provider   common.Address `json:"provider"`
	UnitPrice  *big.Int       `json:"unitPrice"`
	Fee        *big.Int       `json:"fee"`
	Collateral *big.Int       `json:"collateral"`
	// SeatFee s, on the winning fee: what one witness earns for one segment.
	SeatFee         *big.Int      `json:"seatFee"`
	ServiceStart    time.Time     `json:"serviceStart"`
	ServiceEnd      time.Time     `json:"serviceEnd"`
	SegmentLength   time.Duration `json:"segmentLength"`
	Segments        uint8         `json:"segments"`
	WitnessCount    uint8         `json:"witnessCount"`
	ModuleCommitted bool          `json:"moduleCommitted"`
	Unattended      bool          `json:"unattended"`
	// ModuleHash is the sha256 of the module the customer committed, from fulfill until
	// settle (zero before and after).
	ModuleHash common.Hash `json:"moduleHash"`
}

// Settlement is what settle fixed: finish pays it.
type Settlement struct {
	ProviderPayout   *big.Int `json:"providerPayout"`
	CustomerRefund   *big.Int `json:"customerRefund"`
	ViolatedSegments uint8    `json:"violatedSegments"`
}

// Provider is a provider's stake record.
type Provider struct {
	Address    common.Address `json:"address"`
	Registered bool           `json:"registered"`
	Stake      *big.Int       `json:"stake"`
	Locked     *big.Int       `json:"locked"`
	// ExitAt is when the provider asked to exit; zero when it has not.
	ExitAt time.Time `json:"exitAt"`
	// LastLockOrder is the latest order that locked some of the stake (a lease, a leading
	// bid or a sealed-bid bond): a refused withdrawal names it.
	LastLockOrder uint64 `json:"lastLockOrder"`
}

// Free is the stake that backs no bid, bond or lease.
func (p Provider) Free() *big.Int { return new(big.Int).Sub(p.Stake, p.Locked) }

// BidStatus is the status of a sealed bid (Market.sealedBid).
type BidStatus uint8

// Sealed-bid statuses, in the Market's numbering.
const (
	BidNone BidStatus = iota
	BidCommitted
	BidRevealed
	BidForfeited
	BidRevealedNotCompeting // revealed a price that does not compete: bond burned
)

var bidStatusNames = [...]string{"None", "Committed", "Revealed", "Forfeited", "RevealedNotCompeting"}

func (s BidStatus) String() string { return enumName(bidStatusNames[:], s, "BidStatus") }

// MarshalText writes the status's name.
func (s BidStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status's name.
func (s *BidStatus) UnmarshalText(b []byte) error {
	return parseName(bidStatusNames[:], b, "bid status", s)
}

// Witness is a witness's stake record.
type Witness struct {
	Address    common.Address `json:"address"`
	Registered bool           `json:"registered"`
	Available  bool           `json:"available"`
	Exiting    bool           `json:"exiting"`
	Stake      *big.Int       `json:"stake"`
	Locked     *big.Int       `json:"locked"`
	// EligibleSince is the latest block in which the witness registered, switched on or saw
	// its free stake grow: it is drawn only for committees requested after it.
	EligibleSince uint64 `json:"eligibleSince"`
	ID            uint32 `json:"id"`
	Index         uint32 `json:"index"`
	// WithdrawableAt is when an exiting witness may withdraw everything; zero when not exiting.
	WithdrawableAt time.Time `json:"withdrawableAt"`
}

// Free is the stake no seat locks.
func (w Witness) Free() *big.Int { return new(big.Int).Sub(w.Stake, w.Locked) }

// Withdrawable is what withdrawWitnessStake accepts at now (SPEC §4.1): everything once
// exiting, past the cooldown and with nothing locked; otherwise the stake above both the
// locks and minStake.
func (w Witness) Withdrawable(minStake *big.Int, now time.Time) *big.Int {
	if w.Exiting && !w.WithdrawableAt.IsZero() && !now.Before(w.WithdrawableAt) && w.Locked.Sign() == 0 {
		return new(big.Int).Set(w.Stake)
	}
	floor := minStake
	if w.Locked.Cmp(floor) > 0 {
		floor = w.Locked
	}
	if w.Stake.Cmp(floor) <= 0 {
		return new(big.Int)
	}
	return new(big.Int).Sub(w.Stake, floor)
}

// Seat is a committee member's report slot.
type Seat struct {
	Member     bool      `json:"member"`
	Committed  bool      `json:"committed"`
	Revealed   bool      `json:"revealed"`
	Violated   bool      `json:"violated"`
	CommitTime time.Time `json:"commitTime"`
	// Commitment is the stored commitment until the reveal clears it.
	Commitment common.Hash `json:"commitment"`
}

// Params are the deployment's parameters (SPEC §6) under their SPEC names, times as
// durations (whole seconds on chain), amounts in FST base units. The probe rules
// (RequestTimeout … SlaMinFailures) are the same for every witness and provider. In JSON the
// durations are numbers of seconds.
type Params struct {
	// The Market's.
	BillingPeriod        time.Duration `json:"billingPeriod"`
	MinBiddingSeconds    time.Duration `json:"minBiddingSeconds"`
	MaxBiddingSeconds    time.Duration `json:"maxBiddingSeconds"`
	MinRevealSeconds     time.Duration `json:"minRevealSeconds"`
	MaxRevealSeconds     time.Duration `json:"maxRevealSeconds"`
	PublishTimeout       time.Duration `json:"publishTimeout"`
	AcceptTimeout        time.Duration `json:"acceptTimeout"`
	DeployTimeout        time.Duration `json:"deployTimeout"`
	ConfirmDeployTimeout time.Duration `json:"confirmDeployTimeout"`
	CollateralBps        uint16        `json:"collateralBps"`
	CollateralFloorBps   uint16        `json:"collateralFloorBps"`
	MinProviderStake     *big.Int      `json:"minProviderStake"`
	ProviderExitCooldown time.Duration `json:"providerExitCooldown"`
	BidBond              *big.Int      `json:"bidBond"`
	BidBondBps           uint16        `json:"bidBondBps"`
	MaxWitnesses         uint8         `json:"maxWitnesses"`
	MaxSegments          uint8         `json:"maxSegments"`
	MinSegmentSeconds    time.Duration `json:"minSegmentSeconds"`
	MaxSegmentSeconds    time.Duration `json:"maxSegmentSeconds"`
	SeatFeeBps           uint16        `json:"seatFeeBps"`
	MinSeatFeePerUnit    *big.Int      `json:"minSeatFeePerUnit"`
	RequestTimeout       time.Duration `json:"requestTimeout"`
	ProbeMargin          time.Duration `json:"probeMargin"`
	ProbeRatePerMinute   uint32        `json:"probeRatePerMinute"`
	ProbeBurst           uint32        `json:"probeBurst"`
	SlaFailBps           uint16        `json:"slaFailBps"`
	SlaMinFailures       uint32        `json:"slaMinFailures"`

	// The WitnessPool's.
	MinWitnessStake     *big.Int      `json:"minWitnessStake"`
	WitnessBond         *big.Int      `json:"witnessBond"`
	BlockNeed           uint16        `json:"blockNeed"`
	CommitGrace         time.Duration `json:"commitGrace"`
	ReportRevealSeconds time.Duration `json:"reportRevealSeconds"`
	MaxReportAge        time.Duration `json:"maxReportAge"`
	WitnessExitCooldown time.Duration `json:"witnessExitCooldown"`
}

// ProbeEvery is the interval of the probe rate: one probe per 60 s / probeRatePerMinute
// (zero when the rate is zero).
func (p Params) ProbeEvery() time.Duration {
	if p.ProbeRatePerMinute == 0 {
		return 0
	}
	return time.Minute / time.Duration(p.ProbeRatePerMinute)
}

var durationType = reflect.TypeFor[time.Duration]()

// MarshalJSON writes the parameters under their SPEC names, durations as seconds.
func (p Params) MarshalJSON() ([]byte, error) { return jsonSeconds(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Params) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		m, ok := raw[name]
		if !ok {
			continue
		}
		if f.Type == durationType {
			var s int64
			if err := json.Unmarshal(m, &s); err != nil {
				return fmt.Errorf("params %s: %w", name, err)
			}
			v.Field(i).SetInt(int64(time.Duration(s) * time.Second))
			continue
		}
		if err := json.Unmarshal(m, v.Field(i).Addr().Interface()); err != nil {
			return fmt.Errorf("params %s: %w", name, err)
		}
	}
	return nil
}

// jsonSeconds writes a struct's fields in order under their JSON names, durations as whole
// seconds.
func jsonSeconds(x any) ([]byte, error) {
	v := reflect.ValueOf(x)
	var b bytes.Buffer
	b.WriteByte('{')
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		val := v.Field(i).Interface()
		if f.Type == durationType {
			val = int64(v.Field(i).Interface().(time.Duration) / time.Second)
		}
		enc, err := json.Marshal(val)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", name, enc)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func unix(v uint64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0).UTC()
}

func seconds(v uint32) time.Duration { return time.Duration(v) * time.Second }

// SegmentFee is fee / S: what one segment earns the provider, or refunds the customer when
// its committee finds a violation (exact, since S divides the units).
func (l Lease) SegmentFee() *big.Int {
	if l.Fee == nil || l.Segments == 0 {
		return nil
	}
	return new(big.Int).Quo(l.Fee, big.NewInt(int64(l.Segments)))
}
