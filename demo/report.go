package demo

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// finish reads how every lease ended, checks each story and every party's FST against it,
// and prints the table and the checks.
func (w *world) finish(ctx context.Context, res *Result, before map[common.Address]*big.Int, fromBlock uint64, all []*story) (*Result, error) {
	change := map[common.Address]*big.Int{}
	wallet := map[common.Address]*big.Int{}
	stake := map[common.Address]*big.Int{}
	for _, s := range w.signers {
		a := s.Address
		var err error
		if wallet[a], err = w.reader.Balance(ctx, a); err != nil {
			return nil, err
		}
		p, err := w.reader.Provider(ctx, a)
		if err != nil {
			return nil, err
		}
		wt, err := w.reader.Witness(ctx, a)
		if err != nil {
			return nil, err
		}
		stake[a] = new(big.Int).Add(p.Stake, wt.Stake)
		change[a] = new(big.Int).Sub(new(big.Int).Add(wallet[a], stake[a]), before[a])
		res.Accounts = append(res.Accounts, AccountRow{Name: w.names[a], Address: a, WalletBefore: before[a], WalletAfter: wallet[a],
			StakeAfter: stake[a], Change: change[a]})
	}

	// What each party should have gained or lost, lease by lease, from the chain's own
	// records: the settlement, each committee's verdict and seats, who opened each segment.
	wantChange := map[common.Address]*big.Int{} // customers and providers
	stakeGain := map[common.Address]*big.Int{}  // witnesses: payoffs credited to their stakes
	openerFees := map[common.Address]*big.Int{} // anyone: seat fees for opening segments
	add := func(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], v)
	}
	burnedWant := new(big.Int)
	keyProbes := map[uint64]int{}
	kitSeats := map[uint64]int{}
	for _, wt := range w.wits {
		for _, seat := range wt.Seats() {
			keyProbes[seat.Committee] += seat.KeyProbes
			if seat.Kit {
				kitSeats[seat.Committee]++
			}
		}
	}
	for _, s := range all {
		o, err := w.reader.Order(ctx, s.id)
		if err != nil {
			return nil, err
		}
		lease, err := w.reader.Lease(ctx, s.id)
		if err != nil {
			return nil, err
		}
		lr := LeaseResult{Name: s.name + " (" + s.title + ")", OrderID: s.id, Provider: w.names[lease.Provider], Fee: lease.Fee,
			Collateral: lease.Collateral, SeatFee: lease.SeatFee}
		w.check(o.State == market.StateFinished, "lease %d (%s) ended %s", s.id, s.name, o.State)
		set, err := w.reader.Settlement(ctx, s.id)
		if err != nil {
			return nil, err
		}
		if set == nil {
			set = &market.Settlement{ProviderPayout: new(big.Int), CustomerRefund: new(big.Int)}
		}
		lr.Settlement = *set
		segs, err := w.reader.Segments(ctx, o)
		if err != nil {
			return nil, err
		}
		openers, err := w.reader.Openers(ctx, s.id)
		if err != nil {
			return nil, err
		}
		kits, err := w.reader.ProbeKits(ctx, s.id)
		if err != nil {
			return nil, err
		}
		violated := 0
		customerLoss := new(big.Int).Set(set.ProviderPayout)
		for _, seg := range segs {
			lr.Violated = append(lr.Violated, seg.Violated)
			if seg.Violated {
				violated++
			}
			want := s.violated[min(int(seg.K), len(s.violated)-1)]
			w.check(seg.Status == market.CommitteeFinalized && seg.Violated == want, "lease %d (%s) segment %d/%d: %s, as the story says %s",
				s.id, s.name, seg.K+1, len(segs), verdictWord(seg), verdictName(want))
			if opener, ok := openers[seg.K]; ok {
				add(openerFees, opener, lease.SeatFee)
				if opener != o.Customer {
					customerLoss.Add(customerLoss, lease.SeatFee)
				}
			}
			cm, err := w.reader.Committee(ctx, seg.CommitteeID)
			if err != nil {
				return nil, err
			}
			if paid := cm.PaidToMembers(); paid != nil {
				customerLoss.Add(customerLoss, paid)
			}
			kitsFor := 0
			for _, k := range kits {
				if k.Segment == seg.K && cm.IsMember(k.Witness) {
					kitsFor++
				}
			}
			if int(seg.K) < s.kits {
				w.check(kitsFor == len(cm.Members), "lease %d (%s) segment %d: the customer posted a probe kit to each of the %d members (%d posted)",
					s.id, s.name, seg.K+1, len(cm.Members), kitsFor)
			}
			for _, m := range cm.Members {
				seat, err := w.reader.Seat(ctx, cm.ID, m)
				if err != nil {
					return nil, err
				}
				p := new(big.Int).Mul(big.NewInt(market.PayoffUnits(cm.Violated, seat)), cm.SeatFee)
				add(stakeGain, m, p)
				if p.Sign() < 0 {
					burnedWant.Sub(burnedWant, p)
				}
			}
			if s.name == "A" {
				w.check(kitSeats[cm.ID] == len(cm.Members) && keyProbes[cm.ID] >= len(cm.Members),
					"lease %d (A) segment %d: the members opened their kits and probed with its keys, like end users (%d of %d members with a kit, %d probes with kit keys)",
					s.id, seg.K+1, kitSeats[cm.ID], len(cm.Members), keyProbes[cm.ID])
			}
		}
		wantViolated := 0
		for _, v := range s.violated {
			if v {
				wantViolated++
			}
		}
		S := int64(len(segs))
		segFee := lease.SegmentFee()
		burn := new(big.Int).Quo(new(big.Int).Mul(lease.Collateral, big.NewInt(int64(violated))), big.NewInt(max(S, 1)))
		burnedWant.Add(burnedWant, burn)
		w.check(int(set.ViolatedSegments) == wantViolated && set.ProviderPayout.Cmp(new(big.Int).Mul(segFee, big.NewInt(S-int64(wantViolated)))) == 0,
			"lease %d (%s): the provider earns %d of %d segment fees of %s (%s), the customer gets %d segment fee(s) back",
			s.id, s.name, S-int64(wantViolated), S, fst(segFee), fst(set.ProviderPayout), wantViolated)
		add(wantChange, lease.Provider, new(big.Int).Sub(set.ProviderPayout, burn))
		add(wantChange, o.Customer, new(big.Int).Neg(customerLoss))
		w.check(change[lease.Provider].Cmp(new(big.Int).Sub(set.ProviderPayout, burn)) == 0,
			"%s (lease %s) changed by %s: +%s earned, −%s of its %s collateral burned (%d of %d segments violated)",
			w.names[lease.Provider], s.name, signedFST(change[lease.Provider]), fst(set.ProviderPayout), fst(burn), fst(lease.Collateral), violated, S)
		w.check(change[o.Customer].Cmp(new(big.Int).Neg(customerLoss)) == 0,
			"%s changed by %s: the provider's earnings %s, its witnesses' pay and the openers' fees (its fee for violated segments and the rest of its deposit came back)",
			w.names[o.Customer], signedFST(change[o.Customer]), fst(set.ProviderPayout))
		w.mu.Lock()
		for h, what := range w.txByID[s.id] {
			r, err := w.conn.Backend().TransactionReceipt(ctx, h)
			if err == nil {
				lr.GasUsed += r.GasUsed
				lr.Transacts++
				lr.Steps = append(lr.Steps, GasStep{What: what, Gas: r.GasUsed, Block: r.BlockNumber.Uint64(), Index: r.TransactionIndex})
			}
		}
		sort.Slice(lr.Steps, func(i, j int) bool {
			a, b := lr.Steps[i], lr.Steps[j]
			return a.Block < b.Block || a.Block == b.Block && a.Index < b.Index
		})
		w.mu.Unlock()
		res.Leases = append(res.Leases, lr)
	}

	stakeFST, _ := market.ParseFST(witnessStake)
	for i := firstWitness; i < len(w.signers); i++ {
		a := w.signers[i].Address
		gain := orZero(stakeGain[a])
		fees := orZero(openerFees[a])
		w.check(new(big.Int).Sub(stake[a], stakeFST).Cmp(gain) == 0 && new(big.Int).Sub(before[a], wallet[a]).Cmp(new(big.Int).Sub(stakeFST, fees)) == 0,
			"%s: payoffs %s credited to its stake (%s → %s), %s of opener fees to its wallet",
			w.names[a], signedFST(gain), market.FormatFST(stakeFST), market.FormatFST(stake[a]), fst(fees))
	}
	for i, s := range w.signers {
		if i == 0 || (i >= firstProvider && i < firstWitness && wantChange[s.Address] == nil) {
			w.check(change[s.Address].Sign() == 0, "%s: untouched (%s)", w.names[s.Address], signedFST(change[s.Address]))
		}
	}

	var err error
	if res.SupplyAfter, err = w.reader.TotalSupply(ctx); err != nil {
		return nil, err
	}
	if res.Minted, res.Burned, err = w.reader.SupplyChanges(ctx, fromBlock); err != nil {
		return nil, err
	}
	shrunk := new(big.Int).Sub(res.SupplyBefore, res.SupplyAfter)
	w.check(res.Minted.Sign() == 0, "no FST minted (%s)", fst(res.Minted))
	w.check(shrunk.Cmp(res.Burned) == 0 && shrunk.Sign() > 0, "the total supply only shrank: %s → %s, by the %s burned", market.FormatFST(res.SupplyBefore), market.FormatFST(res.SupplyAfter), fst(res.Burned))
	w.check(res.Burned.Cmp(burnedWant) == 0, "burned %s = the collateral of violated segments and the witnesses' losses (%s)", fst(res.Burned), fst(burnedWant))

	res.Wall = time.Since(w.start)
	res.Checks = w.checks
	w.printTable(res)
	var failed []string
	for _, c := range res.Checks {
		if !c.OK {
			failed = append(failed, c.What)
		}
	}
	if len(failed) > 0 {
		return res, fmt.Errorf("the demo did not end as told: %d of %d checks failed: %s", len(failed), len(res.Checks), strings.Join(failed, "; "))
	}
	w.say("all three stories ended as told, %d checks passed, in %s", len(res.Checks), res.Wall.Round(100*time.Millisecond))
	return res, nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func verdictName(violated bool) string {
	if violated {
		return "Violation"
	}
	return "NoViolation"
}

func verdictWord(s market.Segment) string {
	if s.Status != market.CommitteeFinalized {
		return s.Status.String()
	}
	return verdictName(s.Violated)
}

func (w *world) printTable(res *Result) {
	w.printMu.Lock()
	defer w.printMu.Unlock()
	out := w.o.Out
	fmt.Fprintln(out)
	fmt.Fprintln(out, "FST of every party (staked: provider and witness stakes; witness payoffs are credited there):")
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "account\twallet before\twallet after\tstaked after\tchange\t")
	for _, r := range res.Accounts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", r.Name, market.FormatFST(r.WalletBefore), market.FormatFST(r.WalletAfter), market.FormatFST(r.StakeAfter), signed(r.Change))
	}
	fmt.Fprintf(tw, "total supply\t%s\t%s\t\t%s\t\n", market.FormatFST(res.SupplyBefore), market.FormatFST(res.SupplyAfter), signed(new(big.Int).Sub(res.SupplyAfter, res.SupplyBefore)))
	tw.Flush()
	fmt.Fprintf(out, "minted %s, burned %s (nothing mints in v2: the witnesses are paid from the customers' deposits)\n\n", fst(res.Minted), fst(res.Burned))
	for _, l := range res.Leases {
		verdicts := make([]string, len(l.Violated))
		for i, v := range l.Violated {
			verdicts[i] = verdictName(v)
		}
		fmt.Fprintf(out, "lease %d, %s: provider %s, fee %s, collateral %s, seat fee %s; segments %s; provider earns %s, customer refunded %s; %d transactions, %d gas\n",
			l.OrderID, l.Name, l.Provider, fst(l.Fee), fst(l.Collateral), fst(l.SeatFee), strings.Join(verdicts, ", "),
			fst(l.Settlement.ProviderPayout), fst(l.Settlement.CustomerRefund), l.Transacts, l.GasUsed)
	}
	fmt.Fprintf(out, "thumbnail written to %s\n\nchecks:\n", res.Thumbnail)
	for _, c := range res.Checks {
		mark := "✓"
		if !c.OK {
			mark = "✗"
		}
		fmt.Fprintf(out, "  %s %s\n", mark, c.What)
	}
	fmt.Fprintln(out)
}

func signed(v *big.Int) string {
	if v.Sign() > 0 {
		return "+" + market.FormatFST(v)
	}
	return market.FormatFST(v)
}
