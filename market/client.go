// Package market is the typed client of the DeFaaS contracts and the protocol's rules as
// every party applies them: orders, leases and their segments, levels, committees, stakes
// and FST in domain types, the contracts' events decoded, so that the command line and the
// daemons never touch raw bindings. Reads go through any node that answers eth_call; writes
// go through a Transactor (the chain layer's Sender), which manages nonces and waits for
// receipts.
//
// The rules every party shares are here once: the chain's clock (Clock), which
// permissionless moves are due on an order and when (Plan and NextMoves over an OrderView,
// made by Client.Make, all of them by Client.Drive) — every window taken from the contracts'
// views, never computed here — what a contract's refusal means (RevertName, Benign, Hint),
// and the payoff table in seat fees (PayoffUnits). Committees are named by their id,
// CommitteeID(order, segment).
package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// Caller answers eth_call and eth_getLogs: an ethclient, the simulated backend's client, the
// chain layer's backend.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Transactor sends one account's transactions: Send hands one to the node and returns it
// before it is mined (a refusal at gas estimation is returned decoded), Wait waits for it to
// be mined and returns a reverted one as an error (decoded when it is one of ours). The chain
// layer's Sender is one.
type Transactor interface {
	From() common.Address
	Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Transaction, error)
	Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)
}

// HashSigner signs a 32-byte digest with the transactor's key (65 bytes, V = 0/1). A
// Transactor that also is one lets CreateOrder use an ERC-2612 permit: one transaction.
type HashSigner interface {
	SignHash(hash []byte) ([]byte, error)
}

// WithPermits pairs tx with the account's digest signer, so that CreateOrder authorises the
// prepayment with an ERC-2612 permit in the same transaction.
func WithPermits(tx Transactor, signHash func(hash []byte) ([]byte, error)) Transactor {
	return permitTransactor{tx, signHash}
}

type permitTransactor struct {
	Transactor
	signHash func([]byte) ([]byte, error)
}

func (t permitTransactor) SignHash(hash []byte) ([]byte, error) { return t.signHash(hash) }

// ErrReadOnly is returned by writes on a client made without a Transactor.
var ErrReadOnly = errors.New("no account to send from: pass --account or --dev-account")

// Client talks to one deployment of the three contracts.
type Client struct {
	caller   Caller
	tx       Transactor
	manifest contracts.Manifest
	market   *contracts.Market
	pool     *contracts.WitnessPool
	token    *contracts.FaaSToken
}

// New returns a client of the deployment in m. tx may be nil for a read-only client.
func New(caller Caller, m contracts.Manifest, tx Transactor) *Client {
	return &Client{
		caller: caller, tx: tx, manifest: m,
		market: contracts.NewMarket(), pool: contracts.NewWitnessPool(), token: contracts.NewFaaSToken(),
	}
}

// Manifest is the deployment this client talks to.
func (c *Client) Manifest() contracts.Manifest { return c.manifest }

// Account is the address writes are sent from (zero for a read-only client).
func (c *Client) Account() common.Address {
	if c.tx == nil {
		return common.Address{}
	}
	return c.tx.From()
}

func call[T any](ctx context.Context, c *Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, contracts.DecodeRevert(err)
	}
	v, err := unpack(out)
	if err != nil {
		if len(out) == 0 {
			return zero, fmt.Errorf("no contract answers at %s: is the manifest for this chain?", to)
		}
		return zero, err
	}
	return v, nil
}

func (c *Client) send(ctx context.Context, what string, to common.Address, data []byte) (*types.Receipt, error) {
	p, err := c.start(ctx, what, to, data)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// start hands a transaction to the node: the first phase of send.
func (c *Client) start(ctx context.Context, what string, to common.Address, data []byte) (*Pending, error) {
	if c.tx == nil {
		return nil, ErrReadOnly
	}
	tx, err := c.tx.Send(ctx, to, data, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return &Pending{c: c, what: what, tx: tx}, nil
}

// Pending is a transaction handed to the node and not yet known to be mined: for a daemon
// that must learn its hash the moment it leaves (to measure, or to die right then in a test).
type Pending struct {
	c    *Client
	what string
	tx   *types.Transaction
}

// Hash is the transaction's hash.
func (p *Pending) Hash() common.Hash { return p.tx.Hash() }

// Wait waits for the transaction to be mined; a revert is returned decoded.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	r, err := p.c.tx.Wait(ctx, p.tx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.what, err)
	}
	return r, nil
}

func bigID(id uint64) *big.Int { return new(big.Int).SetUint64(id) }

// ---------------------------------------------------------------- reads

// Params reads the deployment's parameters of both contracts.
func (c *Client) Params(ctx context.Context) (Params, error) {
	mp, err := call(ctx, c, c.manifest.Market, c.market.PackParams(), c.market.UnpackParams)
	if err != nil {
		return Params{}, fmt.Errorf("read market params: %w", err)
	}
	wp, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackParams(), c.pool.UnpackParams)
	if err != nil {
		return Params{}, fmt.Errorf("read witness pool params: %w", err)
	}
	return Params{
		BillingPeriod: seconds(mp.BillingPeriod), MinBiddingSeconds: seconds(mp.MinBiddingSeconds),
		MaxBiddingSeconds: seconds(mp.MaxBiddingSeconds), MinRevealSeconds: seconds(mp.MinRevealSeconds),
		MaxRevealSeconds: seconds(mp.MaxRevealSeconds), PublishTimeout: seconds(mp.PublishTimeout),
		AcceptTimeout: seconds(mp.AcceptTimeout), DeployTimeout: seconds(mp.DeployTimeout),
		ConfirmDeployTimeout: seconds(mp.ConfirmDeployTimeout), CollateralBps: mp.CollateralBps,
		CollateralFloorBps: mp.CollateralFloorBps, MinProviderStake: mp.MinProviderStake,
		ProviderExitCooldown: seconds(mp.ProviderExitCooldown), BidBond: mp.BidBond, BidBondBps: mp.BidBondBps,
		MaxWitnesses: mp.MaxWitnesses, MaxSegments: mp.MaxSegments, MinSegmentSeconds: seconds(mp.MinSegmentSeconds),
		MaxSegmentSeconds: seconds(mp.MaxSegmentSeconds), SeatFeeBps: mp.SeatFeeBps, MinSeatFeePerUnit: mp.MinSeatFeePerUnit,
		RequestTimeout: seconds(mp.RequestTimeout), ProbeMargin: seconds(mp.ProbeMargin),
		ProbeRatePerMinute: mp.ProbeRatePerMinute, ProbeBurst: mp.ProbeBurst, SlaFailBps: mp.SlaFailBps,
		SlaMinFailures:  mp.SlaMinFailures,
		MinWitnessStake: wp.MinWitnessStake, WitnessBond: wp.WitnessBond, BlockNeed: wp.BlockNeed,
		CommitGrace: seconds(wp.CommitGrace), ReportRevealSeconds: seconds(wp.ReportRevealSeconds),
		MaxReportAge: seconds(wp.MaxReportAge), WitnessExitCooldown: seconds(wp.WitnessExitCooldown),
	}, nil
}

// Levels reads every level, active or not.
func (c *Client) Levels(ctx context.Context) ([]Level, error) {
	n, err := call(ctx, c, c.manifest.Market, c.market.PackLevelCount(), c.market.UnpackLevelCount)
	if err != nil {
		return nil, fmt.Errorf("read levels: %w", err)
	}
	levels := make([]Level, 0, n.Uint64())
	for i := uint32(0); uint64(i) < n.Uint64(); i++ {
		l, err := c.Level(ctx, i)
		if err != nil {
			return nil, err
		}
		levels = append(levels, l)
	}
	return levels, nil
}

// Level reads one level.
func (c *Client) Level(ctx context.Context, id uint32) (Level, error) {
	l, err := call(ctx, c, c.manifest.Market, c.market.PackLevel(id), c.market.UnpackLevel)
	if err != nil {
		return Level{}, fmt.Errorf("read level %d: %w", id, err)
	}
	return Level{ID: id, CPUMilli: l.CpuMilli, MemoryMB: l.MemoryMB, ImageMB: l.ImageMB, Active: l.Active}, nil
}

// OrderCount is the number of orders created so far; ids run from 1 to it.
func (c *Client) OrderCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, c, c.manifest.Market, c.market.PackOrderCount(), c.market.UnpackOrderCount)
	if err != nil {
		return 0, fmt.Errorf("read order count: %w", err)
	}
	return n.Uint64(), nil
}

// OrderCost is what an order with p costs its customer up front (Market.orderCost); the
// contract checks p as createOrder would and refuses with the same errors.
func (c *Client) OrderCost(ctx context.Context, p OrderParams) (Cost, error) {
	op, err := p.contract()
	if err != nil {
		return Cost{}, err
	}
	out, err := call(ctx, c, c.manifest.Market, c.market.PackOrderCost(op), c.market.UnpackOrderCost)
	if err != nil {
		return Cost{}, fmt.Errorf("order cost: %w", err)
	}
	return Cost{Prepayment: out.Prepayment, WitnessDeposit: out.WitnessDeposit, SeatFee: out.SeatFee}, nil
}

// ErrNoOrder is returned for an order id that was never created.
var ErrNoOrder = errors.New("no such order")

// Order flags (Market.Order.flags).
const (
	flagSealed     = 1
	flagPublished  = 2
	flagCommitted  = 4
	flagUnattended = 8
)

// Order reads one order.
func (c *Client) Order(ctx context.Context, id uint64) (Order, error) {
	o, err := call(ctx, c, c.manifest.Market, c.market.PackOrder(bigID(id)), c.market.UnpackOrder)
	if err != nil {
		return Order{}, fmt.Errorf("read order %d: %w", id, err)
	}
	if State(o.State) == StateNone {
		return Order{}, fmt.Errorf("order %d: %w (see defaas order list)", id, ErrNoOrder)
	}
	out := Order{
		ID: id, Customer: o.Customer, LevelID: o.LevelId, DurationUnits: o.DurationUnits,
		MaxUnitPrice: o.MaxUnitPrice, WitnessCount: o.WitnessCount, Segments: o.Segments, State: State(o.State),
		Sealed: o.Flags&flagSealed != 0, Published: o.Flags&flagPublished != 0,
		ModuleCommitted: o.Flags&flagCommitted != 0, Unattended: o.Flags&flagUnattended != 0,
		Deadline: unix(uint64(o.Deadline)), BiddingEnd: unix(uint64(o.BiddingEnd)),
		RevealEnd: unix(uint64(o.RevealEnd)), Commits: o.Commits,
	}
	if o.BestBidder != (common.Address{}) {
		out.BestBidder, out.BestPrice = o.BestBidder, o.BestPrice
	}
	return out, nil
}

// Lease reads the lease of a matched order (zero Provider before the match).
func (c *Client) Lease(ctx context.Context, id uint64) (Lease, error) {
	l, err := call(ctx, c, c.manifest.Market, c.market.PackLease(bigID(id)), c.market.UnpackLease)
	if err != nil {
		return Lease{}, fmt.Errorf("read lease %d: %w", id, err)
	}
	return Lease{
		OrderID: id, Customer: l.Customer, Provider: l.Provider, UnitPrice: l.UnitPrice, Fee: l.Fee,
		Collateral: l.Collateral, SeatFee: l.SeatFee, ServiceStart: unix(l.ServiceStart), ServiceEnd: unix(l.ServiceEnd),
		SegmentLength: time.Duration(l.SegmentSeconds) * time.Second, Segments: l.Segments, WitnessCount: l.WitnessCount,
		ModuleCommitted: l.ModuleCommitted, Unattended: l.Unattended, ModuleHash: l.ModuleHash,
	}, nil
}

// Segment reads segment k of an order (Market.segment): its committee id, windows and
// committee status.
func (c *Client) Segment(ctx context.Context, id uint64, k uint8) (Segment, error) {
	v, err := call(ctx, c, c.manifest.Market, c.market.PackSegment(bigID(id), k), c.market.UnpackSegment)
	if err != nil {
		return Segment{}, fmt.Errorf("read segment %d of order %d: %w", k, id, err)
	}
	return Segment{
		OrderID: id, K: k, CommitteeID: v.CommitteeId.Uint64(), Start: unix(v.Start), End: unix(v.End),
		OpenUntil: unix(v.OpenUntil), CommitEnd: unix(v.CommitEnd), RevealEnd: unix(v.RevealEnd),
		Status: CommitteeStatus(v.Status), Violated: v.Violated,
	}, nil
}

// Segments reads every segment of an order (S from the order).
func (c *Client) Segments(ctx context.Context, o Order) ([]Segment, error) {
	segs := make([]Segment, 0, o.Segments)
	for k := uint8(0); k < o.Segments; k++ {
		s, err := c.Segment(ctx, o.ID, k)
		if err != nil {
			return nil, err
		}
		segs = append(segs, s)
	}
	return segs, nil
}

// Settlement reads what settle fixed (nil before settle).
func (c *Client) Settlement(ctx context.Context, id uint64) (*Settlement, error) {
	s, err := call(ctx, c, c.manifest.Market, c.market.PackSettlement(bigID(id)), c.market.UnpackSettlement)
	if err != nil {
		return nil, fmt.Errorf("read settlement of order %d: %w", id, err)
	}
	// A settled lease always moves its fee (above zero) to one side or the other.
	if s.ProviderPayout.Sign() == 0 && s.CustomerRefund.Sign() == 0 {
		return nil, nil
	}
	return &Settlement{ProviderPayout: s.ProviderPayout, CustomerRefund: s.CustomerRefund, ViolatedSegments: s.ViolatedSegments}, nil
}

// SealedBid reads a provider's sealed bid on an order.
func (c *Client) SealedBid(ctx context.Context, id uint64, provider common.Address) (BidStatus, error) {
	b, err := call(ctx, c, c.manifest.Market, c.market.PackSealedBid(bigID(id), provider), c.market.UnpackSealedBid)
	if err != nil {
		return BidNone, fmt.Errorf("read sealed bid of %s on order %d: %w", provider, id, err)
	}
	return BidStatus(b.Status), nil
}

// Committee reads a committee by its id (CommitteeID(order, k)); status None for an id never
// requested.
func (c *Client) Committee(ctx context.Context, committeeID uint64) (Committee, error) {
	cid := new(big.Int).SetUint64(committeeID)
	v, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackCommittee(cid), c.pool.UnpackCommittee)
	if err != nil {
		return Committee{}, fmt.Errorf("read committee %d: %w", committeeID, err)
	}
	order, k := SplitCommitteeID(committeeID)
	cm := Committee{
		ID: committeeID, OrderID: order, Segment: k, Status: CommitteeStatus(v.Status), N: v.N, Threshold: v.Threshold,
		RequestBlock: v.RequestBlock, SeedBlock: v.SeedBlock, DrawAfter: v.DrawDueAfter, End: unix(v.End),
		CommitEnd: unix(v.CommitEnd), RevealEnd: unix(v.RevealEnd), SeatFee: v.SeatFee, SeatLock: v.SeatLock,
		ListLength: v.ListLength, Tried: v.Tried, Violated: v.Violated, ViolationReports: v.ViolationReports,
		Revealed: v.Revealed, Customer: v.Customer, Provider: v.Provider, Members: v.Members,
	}
	if cm.Status.Ended() {
		out, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackVerdict(cid), c.pool.UnpackVerdict)
		if err != nil {
			return Committee{}, fmt.Errorf("read verdict of committee %d: %w", committeeID, err)
		}
		cm.Returned = out.Returned
	}
	return cm, nil
}

// IsMember reports whether a holds a seat on a committee.
func (c *Client) IsMember(ctx context.Context, committeeID uint64, a common.Address) (bool, error) {
	ok, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackIsMember(new(big.Int).SetUint64(committeeID), a), c.pool.UnpackIsMember)
	if err != nil {
		return false, fmt.Errorf("read membership of %s in committee %d: %w", a, committeeID, err)
	}
	return ok, nil
}

// DrawDueAfter is the block after which a requested committee can be drawn.
func (c *Client) DrawDueAfter(ctx context.Context, committeeID uint64) (uint64, error) {
	n, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackDrawDueAfter(new(big.Int).SetUint64(committeeID)), c.pool.UnpackDrawDueAfter)
	if err != nil {
		return 0, fmt.Errorf("read draw block of committee %d: %w", committeeID, err)
	}
	return n, nil
}

// Seat reads a witness's report slot on a committee.
func (c *Client) Seat(ctx context.Context, committeeID uint64, w common.Address) (Seat, error) {
	s, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackSeat(new(big.Int).SetUint64(committeeID), w), c.pool.UnpackSeat)
	if err != nil {
		return Seat{}, fmt.Errorf("read seat of %s on committee %d: %w", w, committeeID, err)
	}
	return Seat{Member: s.Member, Committed: s.Committed, Revealed: s.Revealed, Violated: s.Violated,
		CommitTime: unix(s.CommitTime), Commitment: s.Commitment}, nil
}

// Provider reads a provider's stake record.
func (c *Client) Provider(ctx context.Context, a common.Address) (Provider, error) {
	p, err := call(ctx, c, c.manifest.Market, c.market.PackProvider(a), c.market.UnpackProvider)
	if err != nil {
		return Provider{}, fmt.Errorf("read provider %s: %w", a, err)
	}
	return Provider{Address: a, Registered: p.Stake.Sign() > 0, Stake: p.Stake, Locked: p.Locked,
		ExitAt: unix(uint64(p.ExitAt)), LastLockOrder: uint64(p.LastLockOrder)}, nil
}

// Witness reads a witness's stake record.
func (c *Client) Witness(ctx context.Context, a common.Address) (Witness, error) {
	w, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackWitness(a), c.pool.UnpackWitness)
	if err != nil {
		return Witness{}, fmt.Errorf("read witness %s: %w", a, err)
	}
	return Witness{Address: a, Registered: w.Registered, Available: w.Available, Exiting: w.Exiting,
		Stake: w.Stake, Locked: w.Locked, EligibleSince: w.EligibleSince, ID: w.Id, Index: w.Index,
		WithdrawableAt: unix(w.WithdrawableAt)}, nil
}

// Balance is a's FST balance in base units.
func (c *Client) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	b, err := call(ctx, c, c.manifest.Token, c.token.PackBalanceOf(a), c.token.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("read FST balance of %s: %w", a, err)
	}
	return b, nil
}

// TotalSupply is the FST in existence, in base units: no contract of the market mints, so
// it only shrinks, by what is burned (SPEC §2, §7).
func (c *Client) TotalSupply(ctx context.Context) (*big.Int, error) {
	b, err := call(ctx, c, c.manifest.Token, c.token.PackTotalSupply(), c.token.UnpackTotalSupply)
	if err != nil {
		return nil, fmt.Errorf("read the FST total supply: %w", err)
	}
	return b, nil
}

// Allowance is how much FST spender may take from owner.
func (c *Client) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	b, err := call(ctx, c, c.manifest.Token, c.token.PackAllowance(owner, spender), c.token.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("read FST allowance: %w", err)
	}
	return b, nil
}

// IsMinter reports whether a may mint FST (the faucet of a dev chain).
func (c *Client) IsMinter(ctx context.Context, a common.Address) (bool, error) {
	ok, err := call(ctx, c, c.manifest.Token, c.token.PackHasRole(contracts.MinterRole(), a), c.token.UnpackHasRole)
	if err != nil {
		return false, fmt.Errorf("read minter role: %w", err)
	}
	return ok, nil
}

// BidCommitment is the hash a sealed bid commits to (SPEC §3.7).
func BidCommitment(orderID uint64, provider common.Address, unitPrice *big.Int, salt [32]byte) [32]byte {
	return keccakABI(bigID(orderID), provider, unitPrice, salt)
}

// ReportCommitment is the hash a witness report on a committee commits to (SPEC §4.3).
func ReportCommitment(committeeID uint64, witness common.Address, violated bool, reportTime uint64, secret [32]byte) [32]byte {
	return keccakABI(new(big.Int).SetUint64(committeeID), witness, violated, new(big.Int).SetUint64(reportTime), secret)
}
