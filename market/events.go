package market

import (
	"context"
	"fmt"
	"math/big"
	"sync"

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

// Deployment finds the DeploymentPublished event of an order: the provider's endpoint.
func (c *Client) Deployment(ctx context.Context, orderID uint64) (Deployment, error) {
	logs, err := c.caller.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.manifest.DeploymentBlock),
		Addresses: []common.Address{c.manifest.Market},
		Topics:    [][]common.Hash{{MarketEvent("DeploymentPublished")}, {IDTopic(orderID)}},
	})
	if err != nil {
		return Deployment{}, fmt.Errorf("find the deployment of order %d: %w", orderID, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		if logs[i].Removed {
			continue
		}
		ev, err := c.market.UnpackDeploymentPublishedEvent(&logs[i])
		if err != nil {
			return Deployment{}, fmt.Errorf("decode the deployment of order %d: %w", orderID, err)
		}
		return Deployment{OrderID: orderID, Provider: ev.Provider, Endpoint: ev.Endpoint, AccessInfo: ev.AccessInfo,
			Block: logs[i].BlockNumber, TxHash: logs[i].TxHash}, nil
	}
	return Deployment{}, fmt.Errorf("order %d: %w", orderID, ErrNotPublished)
}

// OrderCreatedEvent decodes an OrderCreated log.
func (c *Client) OrderCreatedEvent(l *types.Log) (*contracts.MarketOrderCreated, error) {
	return c.market.UnpackOrderCreatedEvent(l)
}

// Bindings are the generated bindings, for decoding events the typed client does not wrap.
func (c *Client) Bindings() (*contracts.Market, *contracts.WitnessPool, *contracts.FaaSToken) {
	return c.market, c.pool, c.token
}
