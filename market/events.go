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

// IDTopic is an order or lease id as an indexed topic.
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

// Payoff is what a witness was paid for its seat on a lease (its WitnessPaid event, looked
// for from block from on; negative: taken from its bond), or nil before the verdict.
func (c *Client) Payoff(ctx context.Context, leaseID uint64, witness common.Address, from uint64) (*big.Int, error) {
	logs, err := c.logs(ctx, from, c.manifest.WitnessPool, []common.Hash{PoolEvent("WitnessPaid")}, []common.Hash{IDTopic(leaseID)}, []common.Hash{addressTopic(witness)})
	if err != nil {
		return nil, fmt.Errorf("find the payoff of %s on lease %d: %w", witness, leaseID, err)
	}
	if len(logs) == 0 {
		return nil, nil
	}
	e, err := c.pool.UnpackWitnessPaidEvent(&logs[len(logs)-1])
	if err != nil {
		return nil, fmt.Errorf("decode the payoff on lease %d: %w", leaseID, err)
	}
	return e.Payoff, nil
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
	// Sealed: the order takes sealed bids (a reveal window follows the bidding).
	Sealed bool
	// Block and Tx locate the createOrder transaction, whose signature carries the
	// customer's public key.
	Block uint64
	Tx    common.Hash
}

// ErrOtherEvent is returned by a decoder given the log of another event.
var ErrOtherEvent = errors.New("the log is another event")

// is checks that l is the event with topic id.
func is(l *types.Log, name string, id common.Hash) error {
	if len(l.Topics) == 0 || l.Topics[0] != id {
		return fmt.Errorf("decode %s: %w", name, ErrOtherEvent)
	}
	return nil
}

// DecodeOrderCreated decodes an OrderCreated log.
func (c *Client) DecodeOrderCreated(l *types.Log) (OrderCreatedEvent, error) {
	if err := is(l, "OrderCreated", MarketEvent("OrderCreated")); err != nil {
		return OrderCreatedEvent{}, err
	}
	e, err := c.market.UnpackOrderCreatedEvent(l)
	if err != nil {
		return OrderCreatedEvent{}, fmt.Errorf("decode OrderCreated: %w", err)
	}
	return OrderCreatedEvent{
		OrderID: e.OrderId.Uint64(), Customer: e.Customer, LevelID: e.LevelId, DurationUnits: e.DurationUnits,
		MaxUnitPrice: e.MaxUnitPrice, BiddingEnd: unix(e.BiddingEnd), RevealEnd: unix(e.RevealEnd),
		WitnessCount: e.WitnessCount, Sealed: e.RevealEnd > e.BiddingEnd, Block: l.BlockNumber, Tx: l.TxHash,
	}, nil
}

// CommitteeRequestedEvent announces that a lease's committee is to be drawn (SPEC §4.2).
type CommitteeRequestedEvent struct {
	LeaseID      uint64
	RequestBlock uint64
	N            uint8
}

// DecodeCommitteeRequested decodes a CommitteeRequested log.
func (c *Client) DecodeCommitteeRequested(l *types.Log) (CommitteeRequestedEvent, error) {
	if err := is(l, "CommitteeRequested", PoolEvent("CommitteeRequested")); err != nil {
		return CommitteeRequestedEvent{}, err
	}
	e, err := c.pool.UnpackCommitteeRequestedEvent(l)
	if err != nil {
		return CommitteeRequestedEvent{}, fmt.Errorf("decode CommitteeRequested: %w", err)
	}
	return CommitteeRequestedEvent{LeaseID: e.LeaseId.Uint64(), RequestBlock: e.RequestBlock, N: e.N}, nil
}

// CommitteeDrawnEvent announces a lease's committee.
type CommitteeDrawnEvent struct {
	LeaseID   uint64
	Members   []common.Address
	Threshold uint8
}

// DecodeCommitteeDrawn decodes a CommitteeDrawn log.
func (c *Client) DecodeCommitteeDrawn(l *types.Log) (CommitteeDrawnEvent, error) {
	if err := is(l, "CommitteeDrawn", PoolEvent("CommitteeDrawn")); err != nil {
		return CommitteeDrawnEvent{}, err
	}
	e, err := c.pool.UnpackCommitteeDrawnEvent(l)
	if err != nil {
		return CommitteeDrawnEvent{}, fmt.Errorf("decode CommitteeDrawn: %w", err)
	}
	return CommitteeDrawnEvent{LeaseID: e.LeaseId.Uint64(), Members: e.Members, Threshold: e.Threshold}, nil
}

// Bindings are the generated bindings, for decoding events the typed client does not wrap
// (the demo's narration of every event).
func (c *Client) Bindings() (*contracts.Market, *contracts.WitnessPool, *contracts.FaaSToken) {
	return c.market, c.pool, c.token
}
