package explorer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// This file is the only one that knows the contracts' events: it turns a log into one of the
// bodies below, which the model folds (SPEC v2: segments, one committee per segment, committee
// ids orderId << 8 | k, OrderSettled counting violated segments).

// The bodies of decoded events the market package has no typed decoder for; the others are
// market's own event types (market.OrderCreatedEvent, market.WitnessPaidEvent, …).
type (
	bidPlaced struct {
		Provider common.Address
		Price    *big.Int
	}
	bidCommitted struct{ Provider common.Address }
	bidRevealed  struct {
		Provider common.Address
		Price    *big.Int
	}
	orderMatched struct {
		Provider common.Address
		Price    *big.Int
	}
	deploymentPublished struct {
		Provider common.Address
		Endpoint string
	}
	leaseCreated struct {
		Customer, Provider common.Address
		Fee                *big.Int
	}
	// probeKit keeps only who got a kit and its size: the sealed bytes are for the member.
	probeKit struct {
		Witness common.Address
		Size    int
	}
	orderFinished   struct{}
	reportCommitted struct{ Witness common.Address }
	reportRevealed  struct {
		Witness  common.Address
		Violated bool
	}
	levelAdded struct {
		ID                          uint32
		CPUMilli, MemoryMB, ImageMB uint32
	}
	levelDeactivated   struct{ ID uint32 }
	providerRegistered struct {
		Provider common.Address
		Stake    *big.Int
		URI      string
	}
	providerStaked struct {
		Provider common.Address
		Amount   *big.Int
	}
	providerExiting   struct{ Provider common.Address }
	providerWithdrawn struct {
		Provider common.Address
		Amount   *big.Int
	}
	witnessRegistered struct {
		Witness common.Address
		Stake   *big.Int
	}
	witnessStaked struct {
		Witness common.Address
		Amount  *big.Int
	}
	witnessAvailability struct {
		Witness   common.Address
		Available bool
	}
	witnessExiting   struct{ Witness common.Address }
	witnessWithdrawn struct {
		Witness common.Address
		Amount  *big.Int
	}
	transfer struct {
		From, To common.Address
		Value    *big.Int
	}
)

// noShow reports whether a failure is the winning provider's not showing up: it never
// published, or never confirmed the module the customer committed (SPEC §8).
func noShow(r market.FailReason) bool {
	return r == market.FailNotPublished || r == market.FailNotConfirmed
}

// decoder decodes the logs of one deployment: with market's typed decoders where it has one,
// with the generated bindings for the rest.
type decoder struct {
	m    contracts.Manifest
	byID map[common.Hash]decodeFunc
}

func newDecoder(c *market.Client) *decoder {
	d := &decoder{m: c.Manifest()}
	mk, pl, tk := c.Bindings()
	ev, pev := market.MarketEvent, market.PoolEvent
	d.byID = map[common.Hash]decodeFunc{
		ev("OrderCreated"): on(c.DecodeOrderCreated, func(e market.OrderCreatedEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("BidPlaced"): on(mk.UnpackBidPlacedEvent, func(e *contracts.MarketBidPlaced) (any, uint64, int) {
			return bidPlaced{e.Provider, e.UnitPrice}, id(e.OrderId), none
		}),
		ev("BidCommitted"): on(mk.UnpackBidCommittedEvent, func(e *contracts.MarketBidCommitted) (any, uint64, int) {
			return bidCommitted{e.Provider}, id(e.OrderId), none
		}),
		ev("BidRevealed"): on(mk.UnpackBidRevealedEvent, func(e *contracts.MarketBidRevealed) (any, uint64, int) {
			return bidRevealed{e.Provider, e.UnitPrice}, id(e.OrderId), none
		}),
		ev("BondForfeited"): on(c.DecodeBondForfeited, func(e market.BondForfeitedEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("OrderMatched"): on(mk.UnpackOrderMatchedEvent, func(e *contracts.MarketOrderMatched) (any, uint64, int) {
			return orderMatched{e.Provider, e.UnitPrice}, id(e.OrderId), none
		}),
		ev("OrderFailed"): on(c.DecodeOrderFailed, func(e market.OrderFailedEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("DeploymentPublished"): on(mk.UnpackDeploymentPublishedEvent, func(e *contracts.MarketDeploymentPublished) (any, uint64, int) {
			return deploymentPublished{e.Provider, e.Endpoint}, id(e.OrderId), none
		}),
		ev("LeaseCreated"): on(mk.UnpackLeaseCreatedEvent, func(e *contracts.MarketLeaseCreated) (any, uint64, int) {
			return leaseCreated{e.Customer, e.Provider, e.Fee}, id(e.OrderId), none
		}),
		ev("DeploymentCommitted"): on(c.DecodeDeploymentCommitted, func(e market.DeploymentCommittedEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("ServiceStarted"): on(c.DecodeServiceStarted, func(e market.ServiceStartedEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("SegmentOpened"): on(c.DecodeSegmentOpened, func(e market.SegmentOpenedEvent) (any, uint64, int) {
			return e, e.OrderID, int(e.Segment)
		}),
		ev("ProbeKit"): on(c.DecodeProbeKit, func(e market.ProbeKitEvent) (any, uint64, int) {
			return probeKit{e.Witness, len(e.SealedKit)}, e.OrderID, int(e.Segment)
		}),
		ev("OrderSettled"): on(c.DecodeOrderSettled, func(e market.OrderSettledEvent) (any, uint64, int) {
			return e, e.OrderID, none
		}),
		ev("OrderFinished"): on(mk.UnpackOrderFinishedEvent, func(e *contracts.MarketOrderFinished) (any, uint64, int) {
			return orderFinished{}, id(e.OrderId), none
		}),
		ev("LevelAdded"): on(mk.UnpackLevelAddedEvent, func(e *contracts.MarketLevelAdded) (any, uint64, int) {
			return levelAdded{e.LevelId, e.CpuMilli, e.MemoryMB, e.ImageMB}, 0, none
		}),
		ev("LevelDeactivated"): on(mk.UnpackLevelDeactivatedEvent, func(e *contracts.MarketLevelDeactivated) (any, uint64, int) {
			return levelDeactivated{e.LevelId}, 0, none
		}),
		ev("ProviderRegistered"): on(mk.UnpackProviderRegisteredEvent, func(e *contracts.MarketProviderRegistered) (any, uint64, int) {
			return providerRegistered{e.Provider, e.Stake, e.MetadataURI}, 0, none
		}),
		ev("ProviderStakeAdded"): on(mk.UnpackProviderStakeAddedEvent, func(e *contracts.MarketProviderStakeAdded) (any, uint64, int) {
			return providerStaked{e.Provider, e.Amount}, 0, none
		}),
		ev("ProviderExitRequested"): on(mk.UnpackProviderExitRequestedEvent, func(e *contracts.MarketProviderExitRequested) (any, uint64, int) {
			return providerExiting{e.Provider}, 0, none
		}),
		ev("ProviderWithdrawn"): on(mk.UnpackProviderWithdrawnEvent, func(e *contracts.MarketProviderWithdrawn) (any, uint64, int) {
			return providerWithdrawn{e.Provider, e.Amount}, 0, none
		}),

		pev("CommitteeRequested"): on(c.DecodeCommitteeRequested, func(e market.CommitteeRequestedEvent) (any, uint64, int) {
			return e, e.OrderID, int(e.Segment)
		}),
		pev("CommitteePartlyDrawn"): on(c.DecodeCommitteePartlyDrawn, func(e market.CommitteePartlyDrawnEvent) (any, uint64, int) {
			o, k := market.SplitCommitteeID(e.CommitteeID)
			return e, o, int(k)
		}),
		pev("CommitteeDrawn"): on(c.DecodeCommitteeDrawn, func(e market.CommitteeDrawnEvent) (any, uint64, int) {
			o, k := market.SplitCommitteeID(e.CommitteeID)
			return e, o, int(k)
		}),
		pev("CommitteeUnwitnessed"): on(c.DecodeCommitteeUnwitnessed, func(e market.CommitteeUnwitnessedEvent) (any, uint64, int) {
			o, k := market.SplitCommitteeID(e.CommitteeID)
			return e, o, int(k)
		}),
		pev("ReportCommitted"): on(pl.UnpackReportCommittedEvent, func(e *contracts.WitnessPoolReportCommitted) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return reportCommitted{e.Witness}, o, k
		}),
		pev("ReportRevealed"): on(pl.UnpackReportRevealedEvent, func(e *contracts.WitnessPoolReportRevealed) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return reportRevealed{e.Witness, e.Violated}, o, k
		}),
		pev("VerdictReached"): on(c.DecodeVerdictReached, func(e market.VerdictReachedEvent) (any, uint64, int) {
			o, k := market.SplitCommitteeID(e.CommitteeID)
			return e, o, int(k)
		}),
		pev("WitnessPaid"): on(c.DecodeWitnessPaid, func(e market.WitnessPaidEvent) (any, uint64, int) {
			o, k := market.SplitCommitteeID(e.CommitteeID)
			return e, o, int(k)
		}),
		pev("WitnessRegistered"): on(pl.UnpackWitnessRegisteredEvent, func(e *contracts.WitnessPoolWitnessRegistered) (any, uint64, int) {
			return witnessRegistered{e.Witness, e.Stake}, 0, none
		}),
		pev("WitnessStakeAdded"): on(pl.UnpackWitnessStakeAddedEvent, func(e *contracts.WitnessPoolWitnessStakeAdded) (any, uint64, int) {
			return witnessStaked{e.Witness, e.Amount}, 0, none
		}),
		pev("WitnessAvailability"): on(pl.UnpackWitnessAvailabilityEvent, func(e *contracts.WitnessPoolWitnessAvailability) (any, uint64, int) {
			return witnessAvailability{e.Witness, e.Available}, 0, none
		}),
		pev("WitnessExitRequested"): on(pl.UnpackWitnessExitRequestedEvent, func(e *contracts.WitnessPoolWitnessExitRequested) (any, uint64, int) {
			return witnessExiting{e.Witness}, 0, none
		}),
		pev("WitnessWithdrawn"): on(pl.UnpackWitnessWithdrawnEvent, func(e *contracts.WitnessPoolWitnessWithdrawn) (any, uint64, int) {
			return witnessWithdrawn{e.Witness, e.Amount}, 0, none
		}),

		tokenTransfer: on(tk.UnpackTransferEvent, func(e *contracts.FaaSTokenTransfer) (any, uint64, int) {
			return transfer{e.From, e.To, e.Value}, 0, none
		}),
	}
	return d
}

// decodeFunc decodes one event: its body, the order it concerns (0: none) and its segment
// (none: -1).
type decodeFunc func(l *types.Log) (body any, order uint64, segment int, err error)

const none = -1

func id(v *big.Int) uint64 { return v.Uint64() }

// on makes a decodeFunc from a decoder (market's, or a binding's Unpack function) and what to
// keep of its event.
func on[E any](unpack func(*types.Log) (E, error), keep func(E) (any, uint64, int)) decodeFunc {
	return func(l *types.Log) (any, uint64, int, error) {
		e, err := unpack(l)
		if err != nil {
			return nil, 0, none, err
		}
		body, order, segment := keep(e)
		return body, order, segment, nil
	}
}

func tokenTransferTopic() common.Hash {
	a, err := contracts.FaaSTokenMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a.Events["Transfer"].ID
}

// committeeOrder is the order and segment a committee id belongs to (SPEC §3.10), for the
// events market has no decoder for.
func committeeOrder(id *big.Int) (uint64, int) {
	o, k := market.SplitCommitteeID(id.Uint64())
	return o, int(k)
}

// decode turns a log into an event; ok is false for logs the explorer does not follow
// (approvals, role changes, another contract's logs).
func (d *decoder) decode(l *types.Log) (ev *event, ok bool, err error) {
	if len(l.Topics) == 0 || (l.Address != d.m.Market && l.Address != d.m.WitnessPool && l.Address != d.m.Token) {
		return nil, false, nil
	}
	f, found := d.byID[l.Topics[0]]
	if !found {
		return nil, false, nil
	}
	// A token log with a market topic (or the other way round) is another contract's event
	// of the same name: ignore it rather than misread it.
	isToken := l.Topics[0] == tokenTransfer
	if isToken != (l.Address == d.m.Token) {
		return nil, false, nil
	}
	body, order, seg, err := f(l)
	if err != nil {
		return nil, false, fmt.Errorf("decode log %d of block %d: %w", l.Index, l.BlockNumber, err)
	}
	return &event{
		key: logKey{l.BlockHash, l.Index}, Block: l.BlockNumber, Index: l.Index, Tx: l.TxHash,
		Time: unix(l.BlockTimestamp), Order: order, Segment: seg, Body: body,
	}, true, nil
}

var tokenTransfer = tokenTransferTopic()

// rules are the deployment's parameters (SPEC §6), read once from the contracts' views: the
// model dates segments and computes collateral, seat fees and deposits from them.
type rules struct{ market.Params }

// readRules reads the deployment's parameters.
func readRules(ctx context.Context, c *market.Client) (rules, error) {
	p, err := c.Params(ctx)
	if err != nil {
		return rules{}, err
	}
	return rules{p}, nil
}

func unix(v uint64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0).UTC()
}
