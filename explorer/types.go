package explorer

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// The types of the JSON API (and of the pages, which render the same values). Amounts are
// FST in base units (1 FST = 10^18) written as decimal strings; times are RFC 3339 in UTC
// and left out when unknown; addresses are 0x and 40 lower-case hex digits, as go-ethereum
// writes them.

// Amount is an amount of FST in base units, a decimal string in JSON.
type Amount struct{ v *big.Int }

func amount(v *big.Int) Amount {
	if v == nil {
		return Amount{new(big.Int)}
	}
	return Amount{new(big.Int).Set(v)}
}

func amountPtr(v *big.Int) *Amount {
	if v == nil {
		return nil
	}
	a := amount(v)
	return &a
}

// Big is the amount as a big integer (never nil).
func (a Amount) Big() *big.Int {
	if a.v == nil {
		return new(big.Int)
	}
	return a.v
}

// MarshalJSON writes the amount as a decimal string.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.Big().String()) }

// UnmarshalJSON reads a decimal string.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("amount %q is not a decimal integer", s)
	}
	a.v = v
	return nil
}

// Stamp says where on the chain something happened.
type Stamp struct {
	Time  time.Time   `json:"time,omitzero"`
	Block uint64      `json:"block"`
	Tx    common.Hash `json:"tx"`
}

func stampOf(e *event) Stamp { return Stamp{Time: e.Time, Block: e.Block, Tx: e.Tx} }

// Order is everything the chain says about one order, folded from its events.
type Order struct {
	ID            uint64         `json:"id"`
	State         string         `json:"state"`
	Customer      common.Address `json:"customer"`
	Level         uint32         `json:"level"`
	DurationUnits uint32         `json:"durationUnits"`
	MaxUnitPrice  Amount         `json:"maxUnitPrice"`
	Sealed        bool           `json:"sealed"`
	WitnessCount  uint8          `json:"witnessCount"`
	SegmentCount  uint8          `json:"segmentCount"`
	// WitnessDeposit is what the customer deposited for the witnesses at creation,
	// S × (10 N + 1) × s with the seat fee s on the maximum fee (SPEC §3.5).
	WitnessDeposit Amount    `json:"witnessDeposit"`
	Created        Stamp     `json:"created"`
	BiddingEnd     time.Time `json:"biddingEnd,omitzero"`
	RevealEnd      time.Time `json:"revealEnd,omitzero"`
	// Bids are the bidding events in chain order: open bids, sealed commitments, reveals and
	// forfeited bonds.
	Bids []Bid `json:"bids"`
	// Best is the best valid bid so far, the winning one once matched.
	Best       *Bid        `json:"bestBid,omitempty"`
	Match      *Match      `json:"match,omitempty"`
	Deployment *Deployment `json:"deployment,omitempty"`
	Service    *Service    `json:"service,omitempty"`
	Segments   []Segment   `json:"segments"`
	Settlement *Settlement `json:"settlement,omitempty"`
	Finished   *Stamp      `json:"finished,omitempty"`
	Failure    *Failure    `json:"failure,omitempty"`
	// Burned is all the FST this order has burned so far: forfeited bonds, burned
	// collateral, the deposits of unopened segments and witnesses' losses.
	Burned   Amount  `json:"burned"`
	Timeline []Entry `json:"timeline"`
	Updated  Stamp   `json:"updated"`

	timeline bool // whether the fold writes Timeline
}

// Bid is one bidding event of an order.
type Bid struct {
	Provider common.Address `json:"provider"`
	// Kind is "bid" (open), "commit" and "reveal" (sealed), or "forfeit" (a bond burned).
	Kind  string  `json:"kind"`
	Price *Amount `json:"unitPrice,omitempty"`
	Bond  *Amount `json:"bond,omitempty"`
	Stamp
}

// Match is the auction's outcome.
type Match struct {
	Provider  common.Address `json:"provider"`
	UnitPrice Amount         `json:"unitPrice"`
	Fee       Amount         `json:"fee"`
	// Collateral is the part of the provider's stake that backs the lease (SPEC §3.3).
	Collateral Amount `json:"collateral"`
	// SeatFee s is what one witness earns for one segment, on the winning fee; WitnessDeposit
	// S × (10 N + 1) × s is what stays deposited for the witnesses and openers (SPEC §3.5).
	SeatFee        Amount `json:"seatFee"`
	WitnessDeposit Amount `json:"witnessDeposit"`
	Stamp
}

// Deployment is what the winner published and what followed: the lease, the customer's
// module commitment (fulfill) and the provider's confirmation of it (SPEC §3.10).
type Deployment struct {
	Endpoint   string      `json:"endpoint,omitempty"`
	Published  *Stamp      `json:"published,omitempty"`
	Lease      *Stamp      `json:"leaseCreated,omitempty"`
	Fee        *Amount     `json:"fee,omitempty"`
	ModuleHash common.Hash `json:"moduleHash,omitzero"`
	Committed  *Stamp      `json:"moduleCommitted,omitempty"`
	// Confirmed is the provider's confirmDeployment, which started the service.
	Confirmed *Stamp `json:"confirmed,omitempty"`
}

// Service is the time the function is served.
type Service struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Unattended: nobody committed a module in time and the service started without a
	// committee (SPEC §3.10).
	Unattended bool `json:"unattended,omitempty"`
	// Starter is who started an unattended service (anyone may).
	Starter common.Address `json:"starter,omitzero"`
	Stamp
}

// Segment is one part of the service with its own committee (SPEC §3.10).
type Segment struct {
	Index int `json:"index"`
	// CommitteeID is the WitnessPool's id of its committee, orderId << 8 | index.
	CommitteeID uint64    `json:"committeeId"`
	Start       time.Time `json:"start,omitzero"`
	End         time.Time `json:"end,omitzero"`
	// OpenUntil is the end of the first half of a segment after the first, until which
	// anyone may open it (request its committee).
	OpenUntil time.Time  `json:"openUntil,omitzero"`
	CommitEnd time.Time  `json:"commitEnd,omitzero"`
	RevealEnd time.Time  `json:"revealEnd,omitzero"`
	Opener    *Opener    `json:"opened,omitempty"`
	Committee *Committee `json:"committee,omitempty"`
	// Outcome is what the segment decided and paid, once known: at its verdict, or at
	// settlement for a segment nobody opened, or at once for an unattended service.
	Outcome *Outcome `json:"outcome,omitempty"`
}

// Outcome is what one segment decided and where its money went (SPEC §3.10, §4.4). Its
// deposit (10 N + 1) × s splits into WitnessPay, OpenerFee, Burned (of an unopened segment)
// and Returned; the members' losses are taken from their seat locks, not from the deposit.
type Outcome struct {
	// Kind is "no violation", "violation", "unwitnessed" (no committee could be drawn),
	// "unopened" (nobody opened it) or "unattended" (the service started without committees).
	Kind string `json:"kind"`
	// FeeShare is fee / S, earned by the provider or, on a violation, refunded to the
	// customer: FeeTo says which ("provider", "customer").
	FeeShare Amount `json:"feeShare"`
	FeeTo    string `json:"feeTo"`
	// WitnessPay is what the members gained, credited to their stakes by the pool.
	WitnessPay Amount `json:"witnessPay"`
	// WitnessLoss is what the members lost, taken from their seat locks and burned.
	WitnessLoss Amount `json:"witnessLoss"`
	// OpenerFee is the seat fee paid to whoever opened the segment (segments after the first).
	OpenerFee Amount `json:"openerFee"`
	// Burned is what of the deposit was burned: N × s of a segment nobody opened.
	Burned Amount `json:"burned"`
	// Returned is what of the deposit goes back to the customer.
	Returned Amount `json:"returned"`
}

// Opener is who opened a segment (requested its committee) and when.
type Opener struct {
	Account common.Address `json:"account"`
	Stamp
}

// Committee is a segment's witness committee.
type Committee struct {
	// Status is Requested, Drawing (a draw of several calls under way), Drawn, Finalized or
	// Unwitnessed.
	Status    string `json:"status"`
	N         uint8  `json:"n"`
	Threshold uint8  `json:"threshold,omitempty"`
	// RequestBlock is the block of the request, which eligibility is measured against;
	// SeedBlock the block the seed's window follows, moved by a re-request (Rerequests) when
	// nobody drew before the seed's blocks left the readable 256.
	RequestBlock uint64 `json:"requestBlock"`
	SeedBlock    uint64 `json:"seedBlock"`
	Rerequests   int    `json:"rerequests,omitempty"`
	// Found and Tried are the progress of a draw of several calls.
	Found     uint8    `json:"found,omitempty"`
	Tried     uint32   `json:"tried,omitempty"`
	Requested Stamp    `json:"requested"`
	Drawn     *Stamp   `json:"drawn,omitempty"`
	Members   []Seat   `json:"members"`
	Verdict   *Verdict `json:"verdict,omitempty"`
}

// Seat is a committee member and what it did.
type Seat struct {
	Witness   common.Address `json:"witness"`
	Committed *Stamp         `json:"committed,omitempty"`
	Revealed  *Stamp         `json:"revealed,omitempty"`
	// Report is the revealed report: true = violated.
	Report *bool `json:"report,omitempty"`
	// Payoff is credited to the witness's stake when positive, taken from its seat lock
	// and burned when negative.
	Payoff   *Amount `json:"payoff,omitempty"`
	ProbeKit bool    `json:"probeKit,omitempty"`
}

// Verdict is a committee's finalized decision.
type Verdict struct {
	Violated         bool  `json:"violated"`
	ViolationReports uint8 `json:"violationReports"`
	Revealed         uint8 `json:"revealed"`
	Stamp
}

// Settlement is how the order was settled.
type Settlement struct {
	ViolatedSegments uint8  `json:"violatedSegments"`
	ProviderPayout   Amount `json:"providerPayout"`
	CustomerRefund   Amount `json:"customerRefund"`
	// CollateralBurned is what the violations burned of the provider's collateral,
	// ⌊collateral × violated / S⌋.
	CollateralBurned Amount `json:"collateralBurned"`
	// FeeRefund is the fee of the violated segments, back to the customer; DepositReturned
	// the rest of CustomerRefund: what the witnesses and openers did not get of the deposit
	// and was not burned.
	FeeRefund       Amount `json:"feeRefund"`
	DepositReturned Amount `json:"depositReturned"`
	// DepositBurned is N × s for each segment nobody opened.
	DepositBurned Amount `json:"depositBurned"`
	// WitnessPay is what the committees credited to their members' stakes, OpenerFees what
	// the openers of segments were paid.
	WitnessPay Amount `json:"witnessPay"`
	OpenerFees Amount `json:"openerFees"`
	Stamp
}

// Failure says why an order failed.
type Failure struct {
	Reason string `json:"reason"`
	Code   uint8  `json:"code"`
	// NoShow: the winner never published, or never confirmed the committed module.
	NoShow bool `json:"noShow,omitempty"`
	// CollateralBurned is the winner's collateral, burned when it never published.
	CollateralBurned *Amount `json:"collateralBurned,omitempty"`
	Stamp
}

// Entry is one line of an order's timeline.
type Entry struct {
	Stamp
	// Event is the contract event's name.
	Event   string         `json:"event"`
	Actor   common.Address `json:"actor,omitzero"`
	Text    string         `json:"text"`
	Segment *int           `json:"segment,omitempty"`
	Amount  *Amount        `json:"amount,omitempty"`
}

// OrderSummary is an order in a list.
type OrderSummary struct {
	ID            uint64         `json:"id"`
	State         string         `json:"state"`
	Customer      common.Address `json:"customer"`
	Level         uint32         `json:"level"`
	DurationUnits uint32         `json:"durationUnits"`
	MaxUnitPrice  Amount         `json:"maxUnitPrice"`
	Sealed        bool           `json:"sealed"`
	Bids          int            `json:"bids"`
	BestPrice     *Amount        `json:"bestUnitPrice,omitempty"`
	BestBidder    common.Address `json:"bestBidder,omitzero"`
	// AuctionEnd is when bids (or reveals, when sealed) stop being taken.
	AuctionEnd time.Time `json:"auctionEnd,omitzero"`
	// ViolatedSegments is set once settled.
	ViolatedSegments *uint8 `json:"violatedSegments,omitempty"`
	Created          Stamp  `json:"created"`
	Updated          Stamp  `json:"updated"`
}

// OrderList is a page of orders, newest first.
type OrderList struct {
	Orders []OrderSummary `json:"orders"`
	// Next is the value of `before` that fetches the next page; 0 at the end.
	Next uint64 `json:"next,omitempty"`
}

// Status is how the explorer's view of the chain stands.
type Status struct {
	ChainID uint64 `json:"chainId"`
	// Node is the RPC URL followed ("in-process" for an embedded chain).
	Node string `json:"node"`
	// Head is the latest block the node reported; Indexed the last block whose events are in
	// the explorer's model.
	Head     uint64    `json:"head"`
	HeadTime time.Time `json:"headTime,omitzero"`
	Indexed  uint64    `json:"indexed"`
	RPC      RPCStatus `json:"rpc"`
}

// RPCStatus says whether the node answers: since when it does, or since when it does not and
// what went wrong.
type RPCStatus struct {
	OK    bool      `json:"ok"`
	Error string    `json:"error,omitempty"`
	Since time.Time `json:"since,omitzero"`
}

// Market is the market page's data.
type Market struct {
	Status    Status         `json:"status"`
	Contracts Contracts      `json:"contracts"`
	Levels    []LevelInfo    `json:"levels"`
	Counts    map[string]int `json:"orderCounts"`
	Auctions  []OrderSummary `json:"openAuctions"`
	Recent    []OrderSummary `json:"recentOrders"`
	Providers int            `json:"providers"`
	Witnesses int            `json:"witnesses"`
	// Params are the deployment's parameters (SPEC §6) under their SPEC names, durations in
	// seconds; absent until read.
	Params *market.Params `json:"params,omitempty"`
}

// Contracts are the deployment's addresses.
type Contracts struct {
	Token           common.Address `json:"token"`
	Market          common.Address `json:"market"`
	WitnessPool     common.Address `json:"witnessPool"`
	DeploymentBlock uint64         `json:"deploymentBlock"`
}

// LevelInfo is a FaaS level and its market.
type LevelInfo struct {
	ID       uint32 `json:"id"`
	CPUMilli uint32 `json:"cpuMilli"`
	MemoryMB uint32 `json:"memoryMB"`
	ImageMB  uint32 `json:"imageMB"`
	Active   bool   `json:"active"`
	// Open is the number of orders on the level not yet Finished or Failed.
	Open int `json:"openOrders"`
	// Prices are the winning unit prices of the level's recent auctions, oldest first.
	Prices    []PricePoint `json:"prices"`
	LastPrice *Amount      `json:"lastUnitPrice,omitempty"`
}

// PricePoint is one auction's winning unit price.
type PricePoint struct {
	Order     uint64    `json:"order"`
	Time      time.Time `json:"time"`
	UnitPrice Amount    `json:"unitPrice"`
}

// Account is everything the explorer knows of one address.
type Account struct {
	Address common.Address `json:"address"`
	// Roles: customer, provider, witness (an account may play several, never two in one order).
	Roles    []string      `json:"roles"`
	Balance  *Amount       `json:"balance,omitempty"`
	Provider *ProviderInfo `json:"provider,omitempty"`
	Witness  *WitnessInfo  `json:"witness,omitempty"`
	Orders   []OrderRef    `json:"orders"`
	Seats    []SeatRef     `json:"seats"`
	FST      Flow          `json:"fst"`
	// Stale is set when the stakes and balance could not be read from the node just now; the
	// values shown are the last ones read, if any.
	Stale string `json:"stale,omitempty"`
}

// OrderRef is an order an account took part in.
type OrderRef struct {
	ID    uint64 `json:"id"`
	Role  string `json:"role"` // customer, provider (won), bidder
	State string `json:"state"`
	Level uint32 `json:"level"`
	// UnitPrice is the winning price once matched.
	UnitPrice *Amount `json:"unitPrice,omitempty"`
	Updated   Stamp   `json:"updated"`
}

// SeatRef is a committee seat an account held.
type SeatRef struct {
	Order   uint64  `json:"order"`
	Segment int     `json:"segment"`
	Status  string  `json:"status"`
	Report  *bool   `json:"report,omitempty"`
	Verdict *bool   `json:"verdict,omitempty"`
	Payoff  *Amount `json:"payoff,omitempty"`
	Drawn   Stamp   `json:"drawn"`
}

// Flow is an account's FST in and out: every Transfer of the token to or from it.
type Flow struct {
	In        Amount     `json:"in"`
	Out       Amount     `json:"out"`
	Transfers []Transfer `json:"transfers"` // newest first, at most 100
	Count     int        `json:"count"`
}

// Transfer is one FST transfer seen from an account.
type Transfer struct {
	Stamp
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Amount Amount         `json:"amount"`
	// In: received by the account.
	In bool `json:"in"`
	// What says what the transaction did, from the market's events in it.
	What string `json:"what,omitempty"`
}

// Stakes are what an account staked as a provider or a witness, read from the contract; nil
// when they could not be read.
type Stakes struct {
	Stake  *Amount `json:"stake,omitempty"`
	Locked *Amount `json:"locked,omitempty"`
	Free   *Amount `json:"free,omitempty"`
}

func stakesOf(stake, locked *big.Int) Stakes {
	return Stakes{Stake: amountPtr(stake), Locked: amountPtr(locked), Free: amountPtr(new(big.Int).Sub(stake, locked))}
}

// ProviderInfo is a provider's stake and record.
type ProviderInfo struct {
	Address     common.Address `json:"address"`
	MetadataURI string         `json:"metadataURI"`
	Registered  Stamp          `json:"registered"`
	Exiting     bool           `json:"exiting"`
	Stakes
	Bids      int `json:"bids"`
	LeasesWon int `json:"leasesWon"`
	Active    int `json:"activeLeases"`
	// ViolatedSegments counts the segments of its leases found violated.
	ViolatedSegments int `json:"violatedSegments"`
	// NoShows counts orders it won and then never published (NeverPublished) or whose
	// committed module it never confirmed (NeverConfirmed) (SPEC §8).
	NoShows        int `json:"noShows"`
	NeverPublished int `json:"neverPublished"`
	NeverConfirmed int `json:"neverConfirmed"`
	// Unattended counts its leases whose customer never committed a module, served without
	// committees.
	Unattended int    `json:"unattendedLeases"`
	Earned     Amount `json:"earned"`
	// CollateralBurned is what violations and no-shows burned of its stake; BondsBurned its
	// sealed-bid bonds forfeited and burned.
	CollateralBurned Amount `json:"collateralBurned"`
	BondsBurned      Amount `json:"bondsBurned"`
}

// WitnessInfo is a witness's stake and record.
type WitnessInfo struct {
	Address    common.Address `json:"address"`
	Registered Stamp          `json:"registered"`
	Available  bool           `json:"available"`
	Exiting    bool           `json:"exiting"`
	Stakes
	Seats    int `json:"seats"`
	Revealed int `json:"revealed"`
	// Missed counts finalized seats it never revealed a report on.
	Missed int `json:"missed"`
	// Opened counts segments it opened, OpenerFees what they paid it (transferred).
	Opened     int    `json:"segmentsOpened"`
	OpenerFees Amount `json:"openerFees"`
	// Credited is what its seats paid it, credited to its stake by the pool (v2: never
	// transferred; it leaves the pool only by a withdrawal). Lost is what its seats took from
	// its seat locks and burned. Payoff is Credited − Lost.
	Credited Amount `json:"credited"`
	Lost     Amount `json:"lost"`
	Payoff   Amount `json:"netPayoff"`
}
