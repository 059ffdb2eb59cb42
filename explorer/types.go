package explorer

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
	Created       Stamp          `json:"created"`
	BiddingEnd    time.Time      `json:"biddingEnd,omitzero"`
	RevealEnd     time.Time      `json:"revealEnd,omitzero"`
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
	Timeline   []Entry     `json:"timeline"`
	Updated    Stamp       `json:"updated"`

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
	Stamp
}

// Deployment is what the winner published and what followed: the lease and the customer's
// module commitment.
type Deployment struct {
	Endpoint   string      `json:"endpoint,omitempty"`
	Published  *Stamp      `json:"published,omitempty"`
	Lease      *Stamp      `json:"leaseCreated,omitempty"`
	Fee        *Amount     `json:"fee,omitempty"`
	ModuleHash common.Hash `json:"moduleHash,omitzero"`
	Committed  *Stamp      `json:"moduleCommitted,omitempty"`
}

// Service is the time the function is served.
type Service struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Unattended: nobody committed a module in time and the service started without a
	// committee (SPEC §3.10).
	Unattended bool `json:"unattended,omitempty"`
	Stamp
}

// Segment is one part of the service with its own committee (SPEC §3.10).
type Segment struct {
	Index int       `json:"index"`
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	// OpenUntil is the end of the first half of a segment after the first, until which
	// anyone may open it (request its committee).
	OpenUntil time.Time  `json:"openUntil,omitzero"`
	CommitEnd time.Time  `json:"commitEnd,omitzero"`
	RevealEnd time.Time  `json:"revealEnd,omitzero"`
	Opener    *Opener    `json:"opened,omitempty"`
	Committee *Committee `json:"committee,omitempty"`
}

// Opener is who opened a segment (requested its committee) and when.
type Opener struct {
	Account common.Address `json:"account"`
	Stamp
}

// Committee is a segment's witness committee.
type Committee struct {
	// Status is Requested, Drawn, Finalized or Unwitnessed.
	Status       string   `json:"status"`
	N            uint8    `json:"n"`
	Threshold    uint8    `json:"threshold,omitempty"`
	RequestBlock uint64   `json:"requestBlock"`
	Requested    Stamp    `json:"requested"`
	Drawn        *Stamp   `json:"drawn,omitempty"`
	Members      []Seat   `json:"members"`
	Verdict      *Verdict `json:"verdict,omitempty"`
}

// Seat is a committee member and what it did.
type Seat struct {
	Witness   common.Address `json:"witness"`
	Committed *Stamp         `json:"committed,omitempty"`
	Revealed  *Stamp         `json:"revealed,omitempty"`
	// Report is the revealed report: true = violated.
	Report   *bool   `json:"report,omitempty"`
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
	// CollateralBurned is what the violations burned of the provider's collateral.
	CollateralBurned Amount `json:"collateralBurned"`
	Stamp
}

// Failure says why an order failed.
type Failure struct {
	Reason string `json:"reason"`
	Code   uint8  `json:"code"`
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
	// NoShows counts orders it won and then never published or never confirmed.
	NoShows int    `json:"noShows"`
	Earned  Amount `json:"earned"`
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
	// Opened counts segments it opened.
	Opened int    `json:"segmentsOpened"`
	Payoff Amount `json:"netPayoff"`
}
