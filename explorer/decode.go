package explorer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// This file is the only one that knows the contracts' events: it turns a log into one of the
// bodies below, which the model folds (SPEC v2: segments, one committee per segment, committee
// ids orderId << 8 | k, OrderSettled counting violated segments).

// The bodies of decoded events, one per contract event the explorer follows.
type (
	orderCreated struct {
		Customer     common.Address
		Level        uint32
		Units        uint32
		MaxUnitPrice *big.Int
		BiddingEnd   time.Time
		RevealEnd    time.Time
		Witnesses    uint8
		Segments     uint8
	}
	bidPlaced struct {
		Provider common.Address
		Price    *big.Int
	}
	bidCommitted struct{ Provider common.Address }
	bidRevealed  struct {
		Provider common.Address
		Price    *big.Int
	}
	bondForfeited struct {
		Provider common.Address
		Amount   *big.Int
	}
	orderMatched struct {
		Provider common.Address
		Price    *big.Int
	}
	orderFailed         struct{ Reason uint8 }
	deploymentPublished struct {
		Provider common.Address
		Endpoint string
	}
	leaseCreated struct {
		Customer, Provider common.Address
		Fee                *big.Int
	}
	deploymentCommitted struct{ Module common.Hash }
	serviceStarted      struct{ Start, End time.Time }
	segmentOpened       struct{ Opener common.Address }
	probeKit            struct{ Witness common.Address }
	orderSettled        struct {
		ViolatedSegments uint8
		ProviderPayout   *big.Int
		CustomerRefund   *big.Int
	}
	orderFinished      struct{}
	committeeRequested struct {
		RequestBlock uint64
		N            uint8
	}
	committeeDrawn struct {
		Members   []common.Address
		Threshold uint8
	}
	committeePartlyDrawn struct {
		Members uint8
		Tried   uint32
	}
	committeeUnwitnessed struct{}
	reportCommitted      struct{ Witness common.Address }
	reportRevealed       struct {
		Witness  common.Address
		Violated bool
	}
	verdictReached struct {
		Violated         bool
		ViolationReports uint8
		Revealed         uint8
	}
	witnessPaid struct {
		Witness common.Address
		Payoff  *big.Int
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

// failReasons name the Market's FailReason values (SPEC §3.8, §3.9).
var failReasons = []string{
	"no valid bid",
	"the provider never published its deployment",
	"the customer never accepted the deployment",
	"the provider never confirmed the committed module",
}

func failReason(r uint8) string {
	if int(r) < len(failReasons) {
		return failReasons[r]
	}
	return fmt.Sprintf("reason %d", r)
}

// noShow reports whether a failure is the winning provider's not showing up: it never
// published, or never confirmed the module the customer committed.
func noShow(r uint8) bool { return r == 1 || r == 3 }

// decoder decodes the logs of one deployment.
type decoder struct {
	m      contracts.Manifest
	market *contracts.Market
	pool   *contracts.WitnessPool
	token  *contracts.FaaSToken
	byID   map[common.Hash]decodeFunc
}

func newDecoder(m contracts.Manifest) *decoder {
	d := &decoder{m: m, market: contracts.NewMarket(), pool: contracts.NewWitnessPool(), token: contracts.NewFaaSToken()}
	mk, pl, tk := d.market, d.pool, d.token
	ev, pev := market.MarketEvent, market.PoolEvent
	d.byID = map[common.Hash]decodeFunc{
		ev("OrderCreated"): on(mk.UnpackOrderCreatedEvent, func(e *contracts.MarketOrderCreated) (any, uint64, int) {
			return orderCreated{Customer: e.Customer, Level: e.LevelId, Units: e.DurationUnits, MaxUnitPrice: e.MaxUnitPrice,
				BiddingEnd: unix(e.BiddingEnd), RevealEnd: unix(e.RevealEnd), Witnesses: e.WitnessCount, Segments: e.Segments}, id(e.OrderId), none
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
		ev("BondForfeited"): on(mk.UnpackBondForfeitedEvent, func(e *contracts.MarketBondForfeited) (any, uint64, int) {
			return bondForfeited{e.Provider, e.Amount}, id(e.OrderId), none
		}),
		ev("OrderMatched"): on(mk.UnpackOrderMatchedEvent, func(e *contracts.MarketOrderMatched) (any, uint64, int) {
			return orderMatched{e.Provider, e.UnitPrice}, id(e.OrderId), none
		}),
		ev("OrderFailed"): on(mk.UnpackOrderFailedEvent, func(e *contracts.MarketOrderFailed) (any, uint64, int) {
			return orderFailed{e.Reason}, id(e.OrderId), none
		}),
		ev("DeploymentPublished"): on(mk.UnpackDeploymentPublishedEvent, func(e *contracts.MarketDeploymentPublished) (any, uint64, int) {
			return deploymentPublished{e.Provider, e.Endpoint}, id(e.OrderId), none
		}),
		ev("LeaseCreated"): on(mk.UnpackLeaseCreatedEvent, func(e *contracts.MarketLeaseCreated) (any, uint64, int) {
			return leaseCreated{e.Customer, e.Provider, e.Fee}, id(e.OrderId), none
		}),
		ev("DeploymentCommitted"): on(mk.UnpackDeploymentCommittedEvent, func(e *contracts.MarketDeploymentCommitted) (any, uint64, int) {
			return deploymentCommitted{e.ModuleHash}, id(e.OrderId), none
		}),
		ev("SegmentOpened"): on(mk.UnpackSegmentOpenedEvent, func(e *contracts.MarketSegmentOpened) (any, uint64, int) {
			return segmentOpened{e.Opener}, id(e.OrderId), int(e.Segment)
		}),
		ev("ProbeKit"): on(mk.UnpackProbeKitEvent, func(e *contracts.MarketProbeKit) (any, uint64, int) {
			return probeKit{e.Witness}, id(e.OrderId), int(e.Segment)
		}),
		ev("ServiceStarted"): on(mk.UnpackServiceStartedEvent, func(e *contracts.MarketServiceStarted) (any, uint64, int) {
			return serviceStarted{unix(e.Start), unix(e.End)}, id(e.OrderId), none
		}),
		ev("OrderSettled"): on(mk.UnpackOrderSettledEvent, func(e *contracts.MarketOrderSettled) (any, uint64, int) {
			return orderSettled{e.ViolatedSegments, e.ProviderPayout, e.CustomerRefund}, id(e.OrderId), none
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

		pev("CommitteeRequested"): on(pl.UnpackCommitteeRequestedEvent, func(e *contracts.WitnessPoolCommitteeRequested) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return committeeRequested{e.RequestBlock, e.N}, o, k
		}),
		pev("CommitteeDrawn"): on(pl.UnpackCommitteeDrawnEvent, func(e *contracts.WitnessPoolCommitteeDrawn) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return committeeDrawn{e.Members, e.Threshold}, o, k
		}),
		pev("CommitteePartlyDrawn"): on(pl.UnpackCommitteePartlyDrawnEvent, func(e *contracts.WitnessPoolCommitteePartlyDrawn) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return committeePartlyDrawn{e.Members, e.Tried}, o, k
		}),
		pev("CommitteeUnwitnessed"): on(pl.UnpackCommitteeUnwitnessedEvent, func(e *contracts.WitnessPoolCommitteeUnwitnessed) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return committeeUnwitnessed{}, o, k
		}),
		pev("ReportCommitted"): on(pl.UnpackReportCommittedEvent, func(e *contracts.WitnessPoolReportCommitted) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return reportCommitted{e.Witness}, o, k
		}),
		pev("ReportRevealed"): on(pl.UnpackReportRevealedEvent, func(e *contracts.WitnessPoolReportRevealed) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return reportRevealed{e.Witness, e.Violated}, o, k
		}),
		pev("VerdictReached"): on(pl.UnpackVerdictReachedEvent, func(e *contracts.WitnessPoolVerdictReached) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return verdictReached{e.Violated, e.ViolationReports, e.Revealed}, o, k
		}),
		pev("WitnessPaid"): on(pl.UnpackWitnessPaidEvent, func(e *contracts.WitnessPoolWitnessPaid) (any, uint64, int) {
			o, k := committeeOrder(e.CommitteeId)
			return witnessPaid{e.Witness, e.Payoff}, o, k
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

// on makes a decodeFunc from a binding's Unpack function and what to keep of its event.
func on[E any](unpack func(*types.Log) (*E, error), keep func(*E) (any, uint64, int)) decodeFunc {
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

// committeeOrder is the order and segment a committee id belongs to (SPEC §3.10).
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

// rules are what the model needs of the deployment's parameters and of the contracts'
// version to date segments and to tell what a settlement did with the collateral.
type rules struct {
	// CommitGrace follows a segment's end, then RevealWindow (SPEC §4.3).
	CommitGrace  time.Duration
	RevealWindow time.Duration
	// Collateral is ⌈max(fee, maxFee × CollateralFloorBps / 10000) × CollateralBps / 10000⌉
	// (v1 has no floor).
	CollateralBps      uint16
	CollateralFloorBps uint16
	// OpenSegments: segments after the first are opened by anyone in their first half (v2).
	OpenSegments bool
	// BurnCollateral: a violation burns ⌊collateral × v / S⌋ (v2); v1 pays the whole
	// collateral to the customer.
	BurnCollateral bool
}

// readRules reads the deployment's parameters.
func readRules(ctx context.Context, b chain.Backend, m contracts.Manifest) (rules, error) {
	mk, pl := contracts.NewMarket(), contracts.NewWitnessPool()
	mp, err := callView(ctx, b, m.Market, mk.PackParams(), mk.UnpackParams)
	if err != nil {
		return rules{}, fmt.Errorf("read the market's parameters: %w", err)
	}
	pp, err := callView(ctx, b, m.WitnessPool, pl.PackParams(), pl.UnpackParams)
	if err != nil {
		return rules{}, fmt.Errorf("read the witness pool's parameters: %w", err)
	}
	return rules{CommitGrace: seconds(pp.CommitGrace), RevealWindow: seconds(pp.ReportRevealSeconds), CollateralBps: mp.CollateralBps,
		CollateralFloorBps: mp.CollateralFloorBps, OpenSegments: true, BurnCollateral: true}, nil
}

func seconds(v uint32) time.Duration { return time.Duration(v) * time.Second }

// callView calls a view of a contract and decodes its answer.
func callView[T any](ctx context.Context, b chain.Backend, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, contracts.DecodeRevert(err)
	}
	if len(out) == 0 {
		return zero, fmt.Errorf("no contract answers at %s: is the manifest for this chain?", to)
	}
	return unpack(out)
}

func unix(v uint64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(int64(v), 0).UTC()
}
