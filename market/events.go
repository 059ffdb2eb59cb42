package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

var (
	abisOnce           sync.Once
	marketABI, poolABI *abi.ABI
)

func loadABIs() {
	var err error
	if marketABI, err = contracts.MarketMetaData.ParseABI(); err != nil {
		panic(err)
	}
	if poolABI, err = contracts.WitnessPoolMetaData.ParseABI(); err != nil {
		panic(err)
	}
}

// MarketEvent is the topic of the Market's event called name (OrderCreated, BidPlaced, ...),
// for watch filters. An unknown name is a programming error and panics.
func MarketEvent(name string) common.Hash {
	abisOnce.Do(loadABIs)
	e, ok := marketABI.Events[name]
	if !ok {
		panic(fmt.Sprintf("market: the Market has no event %q", name))
	}
	return e.ID
}

// PoolEvent is the topic of the WitnessPool's event called name (CommitteeRequested, ...).
func PoolEvent(name string) common.Hash {
	abisOnce.Do(loadABIs)
	e, ok := poolABI.Events[name]
	if !ok {
		panic(fmt.Sprintf("market: the WitnessPool has no event %q", name))
	}
	return e.ID
}

// IDTopic is an order, lease or committee id as an indexed topic.
func IDTopic(id uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(id)) }

// Deployment is what the winning provider published for an order (SPEC §3.9).
type Deployment struct {
	OrderID    uint64         `json:"orderId"`
	Provider   common.Address `json:"provider"`
	Endpoint   string         `json:"endpoint"`
	AccessInfo []byte         `json:"accessInfo"`
	Block      uint64         `json:"block"`
	TxHash     common.Hash    `json:"txHash"`
}

// ErrNotPublished is returned by Deployment before the provider published.
var ErrNotPublished = fmt.Errorf("the provider has not published the deployment yet")

// logs are the canonical logs of contract at with the topics, from block from on.
func (c *Client) logs(ctx context.Context, from uint64, at common.Address, topics ...[]common.Hash) ([]types.Log, error) {
	all, err := c.caller.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{at}, Topics: topics,
	})
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, l := range all {
		if !l.Removed {
			out = append(out, l)
		}
	}
	return out, nil
}

func addressTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// Deployment finds the DeploymentPublished event of an order: the provider's endpoint.
func (c *Client) Deployment(ctx context.Context, orderID uint64) (Deployment, error) {
	logs, err := c.logs(ctx, c.manifest.DeploymentBlock, c.manifest.Market, []common.Hash{MarketEvent("DeploymentPublished")}, []common.Hash{IDTopic(orderID)})
	if err != nil {
		return Deployment{}, fmt.Errorf("find the deployment of order %d: %w", orderID, err)
	}
	if len(logs) == 0 {
		return Deployment{}, fmt.Errorf("order %d: %w", orderID, ErrNotPublished)
	}
	l := logs[len(logs)-1]
	ev, err := c.market.UnpackDeploymentPublishedEvent(&l)
	if err != nil {
		return Deployment{}, fmt.Errorf("decode the deployment of order %d: %w", orderID, err)
	}
	return Deployment{OrderID: orderID, Provider: ev.Provider, Endpoint: ev.Endpoint, AccessInfo: ev.AccessInfo,
		Block: l.BlockNumber, TxHash: l.TxHash}, nil
}

// BidLanded reports whether provider's bid on an order is on the chain: its BidPlaced (open)
// or BidCommitted (sealed) event, looked for from block from on. A daemon that sent a bid and
// crashed learns from it whether the bid landed.
func (c *Client) BidLanded(ctx context.Context, orderID uint64, provider common.Address, sealed bool, from uint64) (bool, error) {
	ev := "BidPlaced"
	if sealed {
		ev = "BidCommitted"
	}
	logs, err := c.logs(ctx, from, c.manifest.Market, []common.Hash{MarketEvent(ev)}, []common.Hash{IDTopic(orderID)}, []common.Hash{addressTopic(provider)})
	if err != nil {
		return false, fmt.Errorf("look for the bid of %s on order %d: %w", provider, orderID, err)
	}
	return len(logs) > 0, nil
}

// Payoff is what a witness was paid for its seat on a committee (its WitnessPaid event,
// looked for from block from on; negative: taken from its seat lock), or nil before the
// verdict.
func (c *Client) Payoff(ctx context.Context, committeeID uint64, witness common.Address, from uint64) (*big.Int, error) {
	logs, err := c.logs(ctx, from, c.manifest.WitnessPool, []common.Hash{PoolEvent("WitnessPaid")}, []common.Hash{IDTopic(committeeID)}, []common.Hash{addressTopic(witness)})
	if err != nil {
		return nil, fmt.Errorf("find the payoff of %s on committee %d: %w", witness, committeeID, err)
	}
	if len(logs) == 0 {
		return nil, nil
	}
	e, err := c.pool.UnpackWitnessPaidEvent(&logs[len(logs)-1])
	if err != nil {
		return nil, fmt.Errorf("decode the payoff on committee %d: %w", committeeID, err)
	}
	return e.Payoff, nil
}

// Unrevealed lists the providers whose sealed commitment on an order was never revealed nor
// forfeited (SPEC §3.7): their BidCommitted events, each checked against the sealedBid view.
// After the reveal window anyone burns their bonds with forfeitBond.
func (c *Client) Unrevealed(ctx context.Context, orderID uint64) ([]common.Address, error) {
	return c.unrevealed(ctx, orderID, c.manifest.DeploymentBlock)
}

func (c *Client) unrevealed(ctx context.Context, orderID, from uint64) ([]common.Address, error) {
	logs, err := c.logs(ctx, from, c.manifest.Market, []common.Hash{MarketEvent("BidCommitted")}, []common.Hash{IDTopic(orderID)})
	if err != nil {
		return nil, fmt.Errorf("find the commitments on order %d: %w", orderID, err)
	}
	var out []common.Address
	seen := map[common.Address]bool{}
	for _, l := range logs {
		if len(l.Topics) < 3 {
			continue
		}
		p := common.BytesToAddress(l.Topics[2].Bytes())
		if seen[p] {
			continue
		}
		seen[p] = true
		st, err := c.SealedBid(ctx, orderID, p)
		if err != nil {
			return nil, err
		}
		if st == BidCommitted {
			out = append(out, p)
		}
	}
	return out, nil
}

// ErrOtherEvent is returned by a decoder given the log of another event.
var ErrOtherEvent = errors.New("the log is another event")

// decode checks that l is the event name of the contract (Market or WitnessPool), unpacks it
// with unpack and converts it.
func decode[E, T any](l *types.Log, pool bool, name string, unpack func(*types.Log) (*E, error), conv func(*E) T) (T, error) {
	var zero T
	id := MarketEvent
	if pool {
		id = PoolEvent
	}
	if len(l.Topics) == 0 || l.Topics[0] != id(name) {
		return zero, fmt.Errorf("decode %s: %w", name, ErrOtherEvent)
	}
	e, err := unpack(l)
	if err != nil {
		return zero, fmt.Errorf("decode %s: %w", name, err)
	}
	return conv(e), nil
}

// OrderCreatedEvent is a new order as its event announces it (SPEC §3.5).
type OrderCreatedEvent struct {
	OrderID       uint64
	Customer      common.Address
	LevelID       uint32
	DurationUnits uint32
	MaxUnitPrice  *big.Int
	BiddingEnd    time.Time
	RevealEnd     time.Time
	WitnessCount  uint8
	Segments      uint8
	// Sealed: the order takes sealed bids (a reveal window follows the bidding).
	Sealed bool
	// Block and Tx locate the createOrder transaction, whose signature carries the
	// customer's public key.
	Block uint64
	Tx    common.Hash
}

// DecodeOrderCreated decodes an OrderCreated log.
func (c *Client) DecodeOrderCreated(l *types.Log) (OrderCreatedEvent, error) {
	return decode(l, false, "OrderCreated", c.market.UnpackOrderCreatedEvent, func(e *contracts.MarketOrderCreated) OrderCreatedEvent {
		return OrderCreatedEvent{
			OrderID: e.OrderId.Uint64(), Customer: e.Customer, LevelID: e.LevelId, DurationUnits: e.DurationUnits,
			MaxUnitPrice: e.MaxUnitPrice, BiddingEnd: unix(e.BiddingEnd), RevealEnd: unix(e.RevealEnd),
			WitnessCount: e.WitnessCount, Segments: e.Segments, Sealed: e.RevealEnd > e.BiddingEnd,
			Block: l.BlockNumber, Tx: l.TxHash,
		}
	})
}

// OrderFailedEvent says an order failed and why.
type OrderFailedEvent struct {
	OrderID uint64
	Reason  FailReason
}

// DecodeOrderFailed decodes an OrderFailed log.
func (c *Client) DecodeOrderFailed(l *types.Log) (OrderFailedEvent, error) {
	return decode(l, false, "OrderFailed", c.market.UnpackOrderFailedEvent, func(e *contracts.MarketOrderFailed) OrderFailedEvent {
		return OrderFailedEvent{OrderID: e.OrderId.Uint64(), Reason: FailReason(e.Reason)}
	})
}

// BondForfeitedEvent says a sealed bid's bond was burned: never revealed, or revealed
// without competing.
type BondForfeitedEvent struct {
	OrderID  uint64
	Provider common.Address
	Amount   *big.Int
}

// DecodeBondForfeited decodes a BondForfeited log.
func (c *Client) DecodeBondForfeited(l *types.Log) (BondForfeitedEvent, error) {
	return decode(l, false, "BondForfeited", c.market.UnpackBondForfeitedEvent, func(e *contracts.MarketBondForfeited) BondForfeitedEvent {
		return BondForfeitedEvent{OrderID: e.OrderId.Uint64(), Provider: e.Provider, Amount: e.Amount}
	})
}

// DeploymentCommittedEvent is the customer's commitment to its module (fulfill).
type DeploymentCommittedEvent struct {
	OrderID    uint64
	ModuleHash common.Hash
	Block      uint64
}

// DecodeDeploymentCommitted decodes a DeploymentCommitted log.
func (c *Client) DecodeDeploymentCommitted(l *types.Log) (DeploymentCommittedEvent, error) {
	return decode(l, false, "DeploymentCommitted", c.market.UnpackDeploymentCommittedEvent, func(e *contracts.MarketDeploymentCommitted) DeploymentCommittedEvent {
		return DeploymentCommittedEvent{OrderID: e.OrderId.Uint64(), ModuleHash: e.ModuleHash, Block: l.BlockNumber}
	})
}

// ServiceStartedEvent is the start of a lease's service (confirmDeployment, or an unattended
// fulfill).
type ServiceStartedEvent struct {
	OrderID    uint64
	Start, End time.Time
}

// DecodeServiceStarted decodes a ServiceStarted log.
func (c *Client) DecodeServiceStarted(l *types.Log) (ServiceStartedEvent, error) {
	return decode(l, false, "ServiceStarted", c.market.UnpackServiceStartedEvent, func(e *contracts.MarketServiceStarted) ServiceStartedEvent {
		return ServiceStartedEvent{OrderID: e.OrderId.Uint64(), Start: unix(e.Start), End: unix(e.End)}
	})
}

// SegmentOpenedEvent says who opened segment k of an order (and earned a seat fee).
type SegmentOpenedEvent struct {
	OrderID uint64
	Segment uint8
	Opener  common.Address
}

// DecodeSegmentOpened decodes a SegmentOpened log.
func (c *Client) DecodeSegmentOpened(l *types.Log) (SegmentOpenedEvent, error) {
	return decode(l, false, "SegmentOpened", c.market.UnpackSegmentOpenedEvent, func(e *contracts.MarketSegmentOpened) SegmentOpenedEvent {
		return SegmentOpenedEvent{OrderID: e.OrderId.Uint64(), Segment: e.Segment, Opener: e.Opener}
	})
}

// ProbeKitEvent carries one committee member's probe kit, sealed to its key (SPEC §5.4).
type ProbeKitEvent struct {
	OrderID   uint64
	Segment   uint8
	Witness   common.Address
	SealedKit []byte
}

// DecodeProbeKit decodes a ProbeKit log.
func (c *Client) DecodeProbeKit(l *types.Log) (ProbeKitEvent, error) {
	return decode(l, false, "ProbeKit", c.market.UnpackProbeKitEvent, func(e *contracts.MarketProbeKit) ProbeKitEvent {
		return ProbeKitEvent{OrderID: e.OrderId.Uint64(), Segment: e.Segment, Witness: e.Witness, SealedKit: e.SealedKit}
	})
}

// OrderSettledEvent is what settle fixed: the number of violated segments, the provider's
// payout and the customer's refund.
type OrderSettledEvent struct {
	OrderID          uint64
	ViolatedSegments uint8
	ProviderPayout   *big.Int
	CustomerRefund   *big.Int
}

// DecodeOrderSettled decodes an OrderSettled log.
func (c *Client) DecodeOrderSettled(l *types.Log) (OrderSettledEvent, error) {
	return decode(l, false, "OrderSettled", c.market.UnpackOrderSettledEvent, func(e *contracts.MarketOrderSettled) OrderSettledEvent {
		return OrderSettledEvent{OrderID: e.OrderId.Uint64(), ViolatedSegments: e.ViolatedSegments,
			ProviderPayout: e.ProviderPayout, CustomerRefund: e.CustomerRefund}
	})
}

// CommitteeRequestedEvent announces that a committee is to be drawn (SPEC §4.2): at the
// request, and again when a draw came too late for its seed and re-requested it.
type CommitteeRequestedEvent struct {
	CommitteeID uint64
	OrderID     uint64
	Segment     uint8
	// RequestBlock is the block the seed window follows: the draw is due after
	// RequestBlock + blockNeed.
	RequestBlock uint64
	N            uint8
}

// DecodeCommitteeRequested decodes a CommitteeRequested log.
func (c *Client) DecodeCommitteeRequested(l *types.Log) (CommitteeRequestedEvent, error) {
	return decode(l, true, "CommitteeRequested", c.pool.UnpackCommitteeRequestedEvent, func(e *contracts.WitnessPoolCommitteeRequested) CommitteeRequestedEvent {
		id := e.CommitteeId.Uint64()
		order, k := SplitCommitteeID(id)
		return CommitteeRequestedEvent{CommitteeID: id, OrderID: order, Segment: k, RequestBlock: e.RequestBlock, N: e.N}
	})
}

// CommitteePartlyDrawnEvent says a draw call found only some members: call again.
type CommitteePartlyDrawnEvent struct {
	CommitteeID uint64
	Members     uint8
	Tried       uint32
}

// DecodeCommitteePartlyDrawn decodes a CommitteePartlyDrawn log.
func (c *Client) DecodeCommitteePartlyDrawn(l *types.Log) (CommitteePartlyDrawnEvent, error) {
	return decode(l, true, "CommitteePartlyDrawn", c.pool.UnpackCommitteePartlyDrawnEvent, func(e *contracts.WitnessPoolCommitteePartlyDrawn) CommitteePartlyDrawnEvent {
		return CommitteePartlyDrawnEvent{CommitteeID: e.CommitteeId.Uint64(), Members: e.Members, Tried: e.Tried}
	})
}

// CommitteeDrawnEvent announces a complete committee.
type CommitteeDrawnEvent struct {
	CommitteeID uint64
	Members     []common.Address
	Threshold   uint8
}

// DecodeCommitteeDrawn decodes a CommitteeDrawn log.
func (c *Client) DecodeCommitteeDrawn(l *types.Log) (CommitteeDrawnEvent, error) {
	return decode(l, true, "CommitteeDrawn", c.pool.UnpackCommitteeDrawnEvent, func(e *contracts.WitnessPoolCommitteeDrawn) CommitteeDrawnEvent {
		return CommitteeDrawnEvent{CommitteeID: e.CommitteeId.Uint64(), Members: e.Members, Threshold: e.Threshold}
	})
}

// CommitteeUnwitnessedEvent says a committee ended without a verdict: fewer than three
// members found, or not drawn by its segment's end.
type CommitteeUnwitnessedEvent struct {
	CommitteeID uint64
}

// DecodeCommitteeUnwitnessed decodes a CommitteeUnwitnessed log.
func (c *Client) DecodeCommitteeUnwitnessed(l *types.Log) (CommitteeUnwitnessedEvent, error) {
	return decode(l, true, "CommitteeUnwitnessed", c.pool.UnpackCommitteeUnwitnessedEvent, func(e *contracts.WitnessPoolCommitteeUnwitnessed) CommitteeUnwitnessedEvent {
		return CommitteeUnwitnessedEvent{CommitteeID: e.CommitteeId.Uint64()}
	})
}

// VerdictReachedEvent is a committee's verdict.
type VerdictReachedEvent struct {
	CommitteeID      uint64
	Violated         bool
	ViolationReports uint8
	Revealed         uint8
}

// DecodeVerdictReached decodes a VerdictReached log.
func (c *Client) DecodeVerdictReached(l *types.Log) (VerdictReachedEvent, error) {
	return decode(l, true, "VerdictReached", c.pool.UnpackVerdictReachedEvent, func(e *contracts.WitnessPoolVerdictReached) VerdictReachedEvent {
		return VerdictReachedEvent{CommitteeID: e.CommitteeId.Uint64(), Violated: e.Violated,
			ViolationReports: e.ViolationReports, Revealed: e.Revealed}
	})
}

// WitnessPaidEvent is a member's payoff for its seat: gains credited to its stake, losses
// burned from its seat lock.
type WitnessPaidEvent struct {
	CommitteeID uint64
	Witness     common.Address
	Payoff      *big.Int
}

// DecodeWitnessPaid decodes a WitnessPaid log.
func (c *Client) DecodeWitnessPaid(l *types.Log) (WitnessPaidEvent, error) {
	return decode(l, true, "WitnessPaid", c.pool.UnpackWitnessPaidEvent, func(e *contracts.WitnessPoolWitnessPaid) WitnessPaidEvent {
		return WitnessPaidEvent{CommitteeID: e.CommitteeId.Uint64(), Witness: e.Witness, Payoff: e.Payoff}
	})
}

// Bindings are the generated bindings, for decoding events the typed client does not wrap
// (the demo's narration of every event).
func (c *Client) Bindings() (*contracts.Market, *contracts.WitnessPool, *contracts.FaaSToken) {
	return c.market, c.pool, c.token
}

// SupplyChanges sums the FST minted and burned from block from on, from the token's Transfer
// events from and to the zero address: what moved the total supply.
func (c *Client) SupplyChanges(ctx context.Context, from uint64) (minted, burned *big.Int, err error) {
	transfer, err := contracts.FaaSTokenMetaData.ParseABI()
	if err != nil {
		return nil, nil, err
	}
	id := transfer.Events["Transfer"].ID
	var zero common.Hash
	minted, burned = new(big.Int), new(big.Int)
	for _, q := range []struct {
		sum    *big.Int
		topics [][]common.Hash
	}{{minted, [][]common.Hash{{id}, {zero}}}, {burned, [][]common.Hash{{id}, nil, {zero}}}} {
		logs, err := c.logs(ctx, from, c.manifest.Token, q.topics...)
		if err != nil {
			return nil, nil, fmt.Errorf("read the FST transfers: %w", err)
		}
		for i := range logs {
			e, err := c.token.UnpackTransferEvent(&logs[i])
			if err != nil {
				return nil, nil, fmt.Errorf("decode an FST transfer: %w", err)
			}
			q.sum.Add(q.sum, e.Value)
		}
	}
	return minted, burned, nil
}

// Openers are who opened each segment of an order (its SegmentOpened events; segment 0 is
// opened by confirmDeployment and has none): each earned one seat fee.
func (c *Client) Openers(ctx context.Context, orderID uint64) (map[uint8]common.Address, error) {
	logs, err := c.logs(ctx, c.manifest.DeploymentBlock, c.manifest.Market, []common.Hash{MarketEvent("SegmentOpened")}, []common.Hash{IDTopic(orderID)})
	if err != nil {
		return nil, fmt.Errorf("find the openers of order %d: %w", orderID, err)
	}
	out := map[uint8]common.Address{}
	for i := range logs {
		e, err := c.DecodeSegmentOpened(&logs[i])
		if err != nil {
			return nil, err
		}
		out[e.Segment] = e.Opener
	}
	return out, nil
}

// ProbeKits are the probe kits posted for an order (its ProbeKit events), in order.
func (c *Client) ProbeKits(ctx context.Context, orderID uint64) ([]ProbeKitEvent, error) {
	logs, err := c.logs(ctx, c.manifest.DeploymentBlock, c.manifest.Market, []common.Hash{MarketEvent("ProbeKit")}, []common.Hash{IDTopic(orderID)})
	if err != nil {
		return nil, fmt.Errorf("find the probe kits of order %d: %w", orderID, err)
	}
	out := make([]ProbeKitEvent, 0, len(logs))
	for i := range logs {
		e, err := c.DecodeProbeKit(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}
