// Package market is the typed client of the DeFaaS contracts and the protocol's rules as
// every party applies them: orders, leases, levels, committees, stakes and FST in domain
// types, the contracts' events decoded, so that the command line and the daemons never touch
// raw bindings. Reads go through any node that answers eth_call; writes go through a
// Transactor (the chain layer's Sender), which manages nonces and waits for receipts.
//
// The rules every party shares are here once: the chain's clock (Clock), which permissionless
// move is due on an order and when (NextMove, made by Client.Make), and what a contract's
// refusal means (RevertName, Benign).
package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

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

	mu        sync.Mutex
	blockNeed *uint64 // the pool's blockNeed once read: parameters never change
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
		BillingPeriod: seconds(mp.BillingPeriod), MinBidding: seconds(mp.MinBiddingSeconds),
		MaxBidding: seconds(mp.MaxBiddingSeconds), MaxReveal: seconds(mp.MaxRevealSeconds),
		ConfirmTimeout: seconds(mp.ConfirmTimeout), AcceptTimeout: seconds(mp.AcceptTimeout),
		DeployTimeout: seconds(mp.DeployTimeout), CollateralBps: mp.CollateralBps,
		MinProviderStake: mp.MinProviderStake, ProviderCooldown: seconds(mp.ExitCooldown),
		MaxBidsPerOrder: mp.MaxBidsPerOrder, BidBond: mp.BidBond, MaxWitnesses: mp.MaxWitnesses,
		MinWitnessStake: wp.MinWitnessStake, WitnessBond: wp.WitnessBond, BlockNeed: wp.BlockNeed,
		CommitGrace: seconds(wp.CommitGrace), RevealSeconds: seconds(wp.RevealSeconds),
		MaxReportAge: seconds(wp.MaxReportAge), RewardUnit: wp.RewardUnit, WitnessCooldown: seconds(wp.ExitCooldown),
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

// ErrNoOrder is returned for an order id that was never created.
var ErrNoOrder = errors.New("no such order")

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
		MaxUnitPrice: o.MaxUnitPrice, WitnessCount: o.WitnessCount, State: State(o.State),
		Sealed: o.Flags&1 != 0, Published: o.Flags&2 != 0,
		Violated: o.Flags&4 != 0, Deadline: unixBig(o.Deadline), BiddingEnd: unixBig(o.BiddingEnd),
		RevealEnd: unixBig(o.RevealEnd), Commits: o.Commits,
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
		Collateral: l.Collateral, ServiceStart: unix(l.ServiceStart), ServiceEnd: unix(l.ServiceEnd),
	}, nil
}

// Committee reads a lease's committee.
func (c *Client) Committee(ctx context.Context, leaseID uint64) (Committee, error) {
	v, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackCommittee(bigID(leaseID)), c.pool.UnpackCommittee)
	if err != nil {
		return Committee{}, fmt.Errorf("read committee of lease %d: %w", leaseID, err)
	}
	cm := Committee{
		LeaseID: leaseID, Status: CommitteeStatus(v.Status),
		N: v.N, Threshold: v.Threshold, RequestBlock: v.RequestBlock, ServiceEnd: unix(v.ServiceEnd),
		CommitEnd: unix(v.CommitEnd), RevealEnd: unix(v.RevealEnd), Violated: v.Violated,
		ViolationReports: v.ViolationReports, Revealed: v.Revealed, Customer: v.Customer,
		Provider: v.Provider, Members: v.Members,
	}
	if cm.Status != CommitteeNone {
		need, err := c.poolBlockNeed(ctx)
		if err != nil {
			return Committee{}, fmt.Errorf("read committee of lease %d: %w", leaseID, err)
		}
		cm.DrawAfter = cm.RequestBlock + need
	}
	return cm, nil
}

// poolBlockNeed is the WitnessPool's blockNeed, read once.
func (c *Client) poolBlockNeed(ctx context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.blockNeed != nil {
		return *c.blockNeed, nil
	}
	p, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackParams(), c.pool.UnpackParams)
	if err != nil {
		return 0, fmt.Errorf("read witness pool params: %w", err)
	}
	need := uint64(p.BlockNeed)
	c.blockNeed = &need
	return need, nil
}

// OrderDetails is an order with its lease once it has one and its committee once one was
// requested.
type OrderDetails struct {
	Order     Order      `json:"order"`
	Lease     *Lease     `json:"lease,omitempty"`
	Committee *Committee `json:"committee,omitempty"`
}

// Details reads an order, its lease once matched and its committee once in service.
func (c *Client) Details(ctx context.Context, id uint64) (OrderDetails, error) {
	o, err := c.Order(ctx, id)
	if err != nil {
		return OrderDetails{}, err
	}
	d := OrderDetails{Order: o}
	if o.HasBid() && o.State >= StateConfirming {
		l, err := c.Lease(ctx, id)
		if err != nil {
			return d, err
		}
		d.Lease = &l
	}
	if o.State >= StateFulfilling && o.State != StateFailed {
		cm, err := c.Committee(ctx, id)
		if err != nil {
			return d, err
		}
		d.Committee = &cm
	}
	return d, nil
}

// DrawDueAfter is the block after which the lease's committee can be drawn.
func (c *Client) DrawDueAfter(ctx context.Context, leaseID uint64) (uint64, error) {
	n, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackDrawDueAfter(bigID(leaseID)), c.pool.UnpackDrawDueAfter)
	if err != nil {
		return 0, fmt.Errorf("read draw block of lease %d: %w", leaseID, err)
	}
	return n, nil
}

// Seat reads a witness's report slot on a lease's committee.
func (c *Client) Seat(ctx context.Context, leaseID uint64, w common.Address) (Seat, error) {
	s, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackSeat(bigID(leaseID), w), c.pool.UnpackSeat)
	if err != nil {
		return Seat{}, fmt.Errorf("read seat of %s on lease %d: %w", w, leaseID, err)
	}
	return Seat{Member: s.Flags&1 != 0, Committed: s.Flags&2 != 0, Revealed: s.Flags&4 != 0,
		Violated: s.Flags&8 != 0, CommitTime: unix(uint64(s.CommitTime))}, nil
}

// Provider reads a provider's stake record.
func (c *Client) Provider(ctx context.Context, a common.Address) (Provider, error) {
	p, err := call(ctx, c, c.manifest.Market, c.market.PackProvider(a), c.market.UnpackProvider)
	if err != nil {
		return Provider{}, fmt.Errorf("read provider %s: %w", a, err)
	}
	return Provider{Address: a, Registered: p.Registered, Stake: p.Stake, Locked: p.Locked, ExitAt: unix(uint64(p.ExitAt))}, nil
}

// Witness reads a witness's stake record.
func (c *Client) Witness(ctx context.Context, a common.Address) (Witness, error) {
	w, err := call(ctx, c, c.manifest.WitnessPool, c.pool.PackWitness(a), c.pool.UnpackWitness)
	if err != nil {
		return Witness{}, fmt.Errorf("read witness %s: %w", a, err)
	}
	return Witness{Address: a, Registered: w.Flags&1 != 0, Available: w.Flags&2 != 0, Exiting: w.Flags&4 != 0,
		Drawable: w.Slot.Sign() != 0, Stake: w.Stake, Locked: w.Locked}, nil
}

// Balance is a's FST balance in base units.
func (c *Client) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	b, err := call(ctx, c, c.manifest.Token, c.token.PackBalanceOf(a), c.token.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("read FST balance of %s: %w", a, err)
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

// ReportCommitment is the hash a witness report commits to (SPEC §4.3).
func ReportCommitment(leaseID uint64, witness common.Address, violated bool, reportTime uint64, secret [32]byte) [32]byte {
	return keccakABI(bigID(leaseID), witness, violated, new(big.Int).SetUint64(reportTime), secret)
}
