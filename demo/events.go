package demo

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// narrator turns the contracts' events into lines a newcomer can follow, naming accounts by
// their role in the demo.
type narrator struct {
	names  map[common.Address]string
	market *contracts.Market
	pool   *contracts.WitnessPool
	m      contracts.Manifest
}

func (n *narrator) name(a common.Address) string {
	if s, ok := n.names[a]; ok {
		return s
	}
	return a.Hex()[:10]
}

func fst(v *big.Int) string { return market.FormatFST(v) + " FST" }

func when(unix uint64) string { return time.Unix(int64(unix), 0).Format("15:04:05") }

// describe returns the order (lease) id an event is about, and a line saying what happened;
// ok is false for events the demo does not narrate.
func (n *narrator) describe(l *types.Log) (id uint64, line string, ok bool) {
	if len(l.Topics) == 0 {
		return 0, "", false
	}
	if len(l.Topics) > 1 {
		id = new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()
	}
	mk, pl := n.market, n.pool
	switch {
	case l.Address == n.m.Market:
		switch l.Topics[0] {
		case market.MarketEvent("OrderCreated"):
			e, err := mk.UnpackOrderCreatedEvent(l)
			if err != nil {
				return 0, "", false
			}
			kind := "open"
			if e.RevealEnd > e.BiddingEnd {
				kind = "sealed"
			}
			return id, fmt.Sprintf("%s orders level %d for %d units at most %s/unit (%s bidding until %s, %d witnesses)",
				n.name(e.Customer), e.LevelId, e.DurationUnits, fst(e.MaxUnitPrice), kind, when(e.BiddingEnd), e.WitnessCount), true
		case market.MarketEvent("BidPlaced"):
			e, err := mk.UnpackBidPlacedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("%s bids %s/unit", n.name(e.Provider), fst(e.UnitPrice)), true
		case market.MarketEvent("OrderMatched"):
			e, err := mk.UnpackOrderMatchedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("auction closed: %s wins at %s/unit", n.name(e.Provider), fst(e.UnitPrice)), true
		case market.MarketEvent("OrderFailed"):
			e, err := mk.UnpackOrderFailedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, "failed: " + market.FailReason(e.Reason).String(), true
		case market.MarketEvent("DeploymentPublished"):
			e, err := mk.UnpackDeploymentPublishedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("%s publishes its endpoint %s (%d bytes of access info, encrypted to the customer)", n.name(e.Provider), e.Endpoint, len(e.AccessInfo)), true
		case market.MarketEvent("LeaseCreated"):
			e, err := mk.UnpackLeaseCreatedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("%s accepts: lease with %s for a fee of %s", n.name(e.Customer), n.name(e.Provider), fst(e.Fee)), true
		case market.MarketEvent("DeploymentCommitted"):
			e, err := mk.UnpackDeploymentCommittedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("the customer commits its module's sha256 %x… (fulfill); the provider confirms it next", e.ModuleHash[:6]), true
		case market.MarketEvent("ServiceStarted"):
			e, err := mk.UnpackServiceStartedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("the provider confirms the module: service runs from %s to %s; segment 1's committee is requested", when(e.Start), when(e.End)), true
		case market.MarketEvent("SegmentOpened"):
			e, err := mk.UnpackSegmentOpenedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("segment %d: %s opens it (earns a seat fee); its committee is requested", e.Segment+1, n.name(e.Opener)), true
		case market.MarketEvent("ProbeKit"):
			e, err := mk.UnpackProbeKitEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, fmt.Sprintf("segment %d: probe kit for %s (%d bytes, sealed to its key)", e.Segment+1, n.name(e.Witness), len(e.SealedKit)), true
		case market.MarketEvent("OrderSettled"):
			e, err := mk.UnpackOrderSettledEvent(l)
			if err != nil {
				return 0, "", false
			}
			if e.ViolatedSegments > 0 {
				return id, fmt.Sprintf("settled: %d segment(s) VIOLATED — the provider earns %s, the customer gets %s back (its fee for those segments and the unused witness deposit); the collateral's share is burned",
					e.ViolatedSegments, fst(e.ProviderPayout), fst(e.CustomerRefund)), true
			}
			return id, fmt.Sprintf("settled: no violation — the provider earns %s, the customer gets %s of its witness deposit back", fst(e.ProviderPayout), fst(e.CustomerRefund)), true
		case market.MarketEvent("OrderFinished"):
			return id, "finished: the settled amounts are transferred", true
		}
	case l.Address == n.m.WitnessPool:
		order, k := market.SplitCommitteeID(id)
		id, seg := order, fmt.Sprintf("segment %d: ", k+1)
		switch l.Topics[0] {
		case market.PoolEvent("CommitteeDrawn"):
			e, err := pl.UnpackCommitteeDrawnEvent(l)
			if err != nil {
				return 0, "", false
			}
			names := make([]string, len(e.Members))
			for i, a := range e.Members {
				names[i] = n.name(a)
			}
			return id, seg + fmt.Sprintf("committee drawn: %s (threshold %d)", strings.Join(names, ", "), e.Threshold), true
		case market.PoolEvent("CommitteeUnwitnessed"):
			return id, seg + "too few eligible witnesses: the lease is unwitnessed", true
		case market.PoolEvent("ReportCommitted"):
			e, err := pl.UnpackReportCommittedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, seg + fmt.Sprintf("%s commits a sealed report", n.name(e.Witness)), true
		case market.PoolEvent("ReportRevealed"):
			e, err := pl.UnpackReportRevealedEvent(l)
			if err != nil {
				return 0, "", false
			}
			verdict := "served"
			if e.Violated {
				verdict = "VIOLATED"
			}
			return id, seg + fmt.Sprintf("%s reveals its report: %s", n.name(e.Witness), verdict), true
		case market.PoolEvent("VerdictReached"):
			e, err := pl.UnpackVerdictReachedEvent(l)
			if err != nil {
				return 0, "", false
			}
			return id, seg + fmt.Sprintf("verdict: violated=%v (%d of %d revealed reports say violated)", e.Violated, e.ViolationReports, e.Revealed), true
		case market.PoolEvent("WitnessPaid"):
			e, err := pl.UnpackWitnessPaidEvent(l)
			if err != nil {
				return 0, "", false
			}
			if e.Payoff.Sign() < 0 {
				return id, seg + fmt.Sprintf("%s loses %s from its stake (burned)", n.name(e.Witness), fst(new(big.Int).Neg(e.Payoff))), true
			}
			return id, seg + fmt.Sprintf("%s is paid %s into its stake", n.name(e.Witness), signedFST(e.Payoff)), true
		}
	}
	return 0, "", false
}

func signedFST(v *big.Int) string {
	if v.Sign() > 0 {
		return "+" + fst(v)
	}
	return fst(v)
}
