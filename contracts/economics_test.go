package contracts_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/contracts"
	mkt "github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sim"
)

// fst parses a decimal FST amount of the docs.
func fst(t *testing.T, s string) *big.Int {
	t.Helper()
	neg := strings.HasPrefix(s, "-")
	v, err := mkt.ParseFST(strings.TrimPrefix(s, "-"))
	if err != nil {
		t.Fatal(err)
	}
	if neg {
		v.Neg(v)
	}
	return v
}

// example is one worked example of docs/economics.md (and the README's "How the market
// works"): what each party's FST must have changed by, as the docs print it.
type example struct {
	units    uint32
	segments uint8
	// votes[k] are segment k's three reports, in the order of the committee's members; nil:
	// nobody opens segment k.
	votes [][]bool
	// the docs' numbers
	atCreate, atClose, customer, provider, providerStake, opener, burned string
	// each seat's stake change, per segment, in the members' order
	seats [][3]string
}

// The worked examples of docs/economics.md, run on the embedded chain with the dev preset:
// three open bids (9, 8, 7 FST per unit, maxUnitPrice 10), N = 3. Each party's FST must move by
// exactly what the docs print, and by what package sim's money model (sim.Settle) computes.
func TestEconomics_WorkedExamplesOfTheDocs(t *testing.T) {
	clean := []bool{false, false, false}
	for name, ex := range map[string]example{
		"one segment, clean": {
			units: 4, segments: 1, votes: [][]bool{clean},
			atCreate: "-102", atClose: "30.6", customer: "-32.2", provider: "28", providerStake: "0", opener: "0", burned: "0",
			seats: [][3]string{{"1.4", "1.4", "1.4"}},
		},
		"four segments, the third violated": {
			units: 12, segments: 4, votes: [][]bool{clean, clean, {true, true, false}, clean},
			atCreate: "-306", atClose: "91.8", customer: "-96.6", provider: "63", providerStake: "-10.5", opener: "3.15", burned: "10.5",
			seats: [][3]string{{"1.05", "1.05", "1.05"}, {"1.05", "1.05", "1.05"}, {"10.5", "10.5", "0"}, {"1.05", "1.05", "1.05"}},
		},
		"four segments, the third violated, the fourth never opened": {
			units: 12, segments: 4, votes: [][]bool{clean, clean, {true, true, false}, nil},
			atCreate: "-306", atClose: "91.8", customer: "-95.55", provider: "63", providerStake: "-10.5", opener: "2.1", burned: "13.65",
			seats: [][3]string{{"1.05", "1.05", "1.05"}, {"1.05", "1.05", "1.05"}, {"10.5", "10.5", "0"}, {}},
		},
	} {
		t.Run(name, func(t *testing.T) { runExample(t, ex) })
	}
}

func runExample(t *testing.T, ex example) {
	l := newLifecycle(t)
	cust := l.addr(l.customer)
	winner := l.providers[2]
	p := contracts.MarketOrderParams{LevelId: 0, DurationUnits: ex.units, MaxUnitPrice: contracts.FST(10), BiddingSeconds: 10, WitnessCount: 3, Segments: ex.segments}
	l.send(l.customer, l.d.Market, market.PackCreateOrder(p))
	l.checkDelta("customer at createOrder", l.start[cust], l.balance(cust), fst(t, ex.atCreate))
	id, err := market.UnpackOrderCount(l.call(l.d.Market, market.PackOrderCount()))
	if err != nil {
		t.Fatal(err)
	}
	for i, price := range []int64{9, 8, 7} {
		l.send(l.providers[i], l.d.Market, market.PackBid(id, contracts.FST(price)))
	}
	l.advanceTo(l.Now().Add(10 * time.Second))
	before := l.balance(cust)
	l.send(l.customer, l.d.Market, market.PackCloseBidding(id))
	l.checkDelta("customer at closeBidding", before, l.balance(cust), fst(t, ex.atClose))
	l.send(winner, l.d.Market, market.PackPublishDeployment(id, "https://p3.example/", nil))
	l.send(l.customer, l.d.Market, market.PackAcceptDeployment(id))
	l.send(l.customer, l.d.Market, market.PackFulfill(id, crypto.Keccak256Hash([]byte("module"))))
	l.send(winner, l.d.Market, market.PackConfirmDeployment(id))

	type seats struct {
		members []common.Address
		times   []uint64
		secrets [][32]byte
	}
	all := make([]seats, ex.segments)
	// segment k's reports are revealed in its window, after segment k + 1's are committed
	reveal := func(k uint8) {
		sv := l.segment(id, k)
		l.advanceTo(time.Unix(int64(sv.CommitEnd)+1, 0))
		for i, m := range all[k].members {
			l.send(l.witnessIndex(m), l.d.WitnessPool, pool.PackRevealReport(sv.CommitteeId, ex.votes[k][i], all[k].times[i], all[k].secrets[i]))
		}
	}
	for k := uint8(0); k < ex.segments; k++ {
		if ex.votes[k] != nil {
			if k > 0 {
				l.advanceTo(time.Unix(int64(l.segment(id, k).Start), 0))
				l.send(l.opener, l.d.Market, market.PackOpenSegment(id, k))
			}
			all[k].members, all[k].times, all[k].secrets = l.commitVotes(id, k, ex.votes[k])
		}
		if k > 0 {
			reveal(k - 1)
		}
	}
	reveal(ex.segments - 1)
	l.advanceTo(time.Unix(int64(l.segment(id, ex.segments-1).RevealEnd)+1, 0))
	l.send(l.opener, l.d.Market, market.PackSettle(id))
	l.send(l.opener, l.d.Market, market.PackFinish(id))

	// what the docs print
	l.checkDelta("customer, whole lease", l.start[cust], l.balance(cust), fst(t, ex.customer))
	l.checkDelta("winning provider's balance", l.start[l.addr(winner)], l.balance(l.addr(winner)), fst(t, ex.provider))
	pr, err := market.UnpackProvider(l.call(l.d.Market, market.PackProvider(l.addr(winner))))
	if err != nil || pr.Locked.Sign() != 0 {
		t.Fatalf("winner's stake still locked %v (err %v)", pr.Locked, err)
	}
	l.checkDelta("winning provider's stake", contracts.FST(1000), pr.Stake, fst(t, ex.providerStake))
	l.checkDelta("opener", l.start[l.addr(l.opener)], l.balance(l.addr(l.opener)), fst(t, ex.opener))
	l.checkDelta("total supply", l.supply, l.totalSupply(), new(big.Int).Neg(fst(t, ex.burned)))
	earned := map[common.Address]*big.Int{}
	witnessSum := new(big.Int)
	for k, s := range all {
		for i, m := range s.members {
			if earned[m] == nil {
				earned[m] = new(big.Int)
			}
			earned[m].Add(earned[m], fst(t, ex.seats[k][i]))
		}
	}
	for _, w := range l.witnesses {
		a := l.addr(w)
		want := earned[a]
		if want == nil {
			want = new(big.Int)
		}
		l.checkDelta("stake of witness "+a.Hex(), l.stakes[a], l.stake(a), want)
		l.checkDelta("balance of witness "+a.Hex(), l.start[a], l.balance(a), new(big.Int))
		witnessSum.Add(witnessSum, new(big.Int).Sub(l.stake(a), l.stakes[a]))
	}

	// and what package sim computes for the same lease: the simulator's money is the contracts'
	lease, err := sim.NewLease(contracts.DevPreset(), int(ex.units), int(ex.segments), 3, contracts.FST(10), contracts.FST(7))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]sim.SegmentOutcome, ex.segments)
	for k, votes := range ex.votes {
		out[k].Opened = votes != nil
		for _, v := range votes {
			r := sim.False
			if v {
				r = sim.True
			}
			out[k].Reports = append(out[k].Reports, r)
		}
	}
	m, err := sim.Settle(lease, out)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		sim, docs *big.Int
	}{
		{"customer", m.Customer, fst(t, ex.customer)}, {"provider", m.Provider, fst(t, ex.provider)},
		{"provider's stake", m.ProviderStake, fst(t, ex.providerStake)}, {"openers", m.Openers, fst(t, ex.opener)},
		{"burned", m.Burned, fst(t, ex.burned)}, {"witnesses", m.Witnesses, witnessSum},
		{"prepayment and deposit", new(big.Int).Neg(new(big.Int).Add(lease.MaxFee, lease.DepositAtCreate)), fst(t, ex.atCreate)},
	} {
		if c.sim.Cmp(c.docs) != 0 {
			t.Errorf("sim.Settle's %s = %s FST; the docs, which the chain matched above, say %s FST", c.what, mkt.FormatFST(c.sim), mkt.FormatFST(c.docs))
		}
	}
}

// commitVotes draws segment k's committee and has member i commit votes[i].
func (l *lifecycle) commitVotes(id *big.Int, k uint8, votes []bool) (members []common.Address, times []uint64, secrets [][32]byte) {
	sv := l.segment(id, k)
	l.Mine(int(contracts.DevPreset().Pool.BlockNeed) + 1)
	l.send(l.witnesses[0], l.d.WitnessPool, pool.PackDrawCommittee(sv.CommitteeId))
	cm, err := pool.UnpackCommittee(l.call(l.d.WitnessPool, pool.PackCommittee(sv.CommitteeId)))
	if err != nil || len(cm.Members) != 3 {
		l.t.Fatalf("segment %d: committee %+v (err %v)", k, cm, err)
	}
	l.checkSimDraw(sv.CommitteeId, cm)
	for i, m := range cm.Members {
		secret := crypto.Keccak256Hash([]byte{byte(i), k, 7})
		at := uint64(l.Now().Unix())
		c, err := pool.UnpackReportCommitment(l.call(l.d.WitnessPool, pool.PackReportCommitment(sv.CommitteeId, m, votes[i], at, secret)))
		if err != nil {
			l.t.Fatal(err)
		}
		l.send(l.witnessIndex(m), l.d.WitnessPool, pool.PackCommitReport(sv.CommitteeId, c))
		times, secrets = append(times, at), append(secrets, secret)
	}
	return cm.Members, times, secrets
}

// checkSimDraw checks that package sim draws committees as the pool does: from the seed of the
// request's block hashes (keccak256(abi.encode(seed, blockhash(b))) from the committee id), the
// candidate sequence over the list as it stood at the request gives the drawn members (every
// witness here is eligible).
func (l *lifecycle) checkSimDraw(id *big.Int, cm contracts.WitnessPoolCommitteeView) {
	l.t.Helper()
	var seed [32]byte
	id.FillBytes(seed[:])
	for b := cm.SeedBlock + 1; b <= cm.DrawDueAfter; b++ {
		h, err := l.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(b))
		if err != nil {
			l.t.Fatal(err)
		}
		hash := h.Hash()
		seed = crypto.Keccak256Hash(seed[:], hash[:])
	}
	for i, idx := range sim.Draw(seed, int(cm.ListLength), len(cm.Members)) {
		a, err := pool.UnpackWitnessAt(l.call(l.d.WitnessPool, pool.PackWitnessAt(big.NewInt(int64(idx)))))
		if err != nil {
			l.t.Fatal(err)
		}
		if a != cm.Members[i] {
			l.t.Errorf("committee %s: sim.Draw's member %d is %s, the pool drew %s", id, i, a, cm.Members[i])
		}
	}
}
