package demo

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// finish checks both stories, computes the table and each lease's gas.
func (w *world) finish(ctx context.Context, res *Result, before map[common.Address]*big.Int, aID, bID uint64, params market.Params) (*Result, error) {
	var problems []string
	for _, l := range []struct {
		name     string
		id       uint64
		violated bool
	}{{"A (thumbnail, served)", aID, false}, {"B (hello, provider stops half-way)", bID, true}} {
		o, err := w.reader.Order(ctx, l.id)
		if err != nil {
			return nil, err
		}
		lease, err := w.reader.Lease(ctx, l.id)
		if err != nil {
			return nil, err
		}
		set, err := w.reader.Settlement(ctx, l.id)
		if err != nil {
			return nil, err
		}
		violated := set != nil && set.ViolatedSegments > 0
		lr := LeaseResult{Name: l.name, OrderID: l.id, Provider: w.names[lease.Provider], Violated: violated, Fee: lease.Fee}
		if o.State != market.StateFinished {
			problems = append(problems, fmt.Sprintf("lease %d ended %s, not Finished", l.id, o.State))
		}
		if violated != l.violated {
			problems = append(problems, fmt.Sprintf("lease %d: violated=%v, the story says %v", l.id, violated, l.violated))
		}
		w.mu.Lock()
		for h, what := range w.txByID[l.id] {
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

	stakeOf := func(a common.Address) (*big.Int, error) {
		total := new(big.Int)
		p, err := w.reader.Provider(ctx, a)
		if err != nil {
			return nil, err
		}
		total.Add(total, p.Stake)
		wt, err := w.reader.Witness(ctx, a)
		if err != nil {
			return nil, err
		}
		return total.Add(total, wt.Stake), nil
	}
	change := map[string]*big.Int{}
	for _, s := range w.signers {
		after, err := w.reader.Balance(ctx, s.Address)
		if err != nil {
			return nil, err
		}
		stake, err := stakeOf(s.Address)
		if err != nil {
			return nil, err
		}
		row := AccountRow{Name: w.names[s.Address], Address: s.Address, WalletBefore: before[s.Address], WalletAfter: after, StakeAfter: stake}
		row.Change = new(big.Int).Sub(new(big.Int).Add(after, stake), before[s.Address])
		change[row.Name] = row.Change
		res.Accounts = append(res.Accounts, row)
	}

	// Money checks: A's provider earned A's fee, A's customer paid it; B's customer got the
	// collateral of B's provider on top of its fee back; every witness's change is its payoffs.
	a, b := res.Leases[0], res.Leases[1]
	leaseB, _ := w.reader.Lease(ctx, bID)
	if got := change[a.Provider]; got.Cmp(a.Fee) != 0 {
		problems = append(problems, fmt.Sprintf("%s (lease A) changed by %s, want the fee %s", a.Provider, fst(got), fst(a.Fee)))
	}
	if got := change["customer-A"]; got.Cmp(new(big.Int).Neg(a.Fee)) != 0 {
		problems = append(problems, fmt.Sprintf("customer-A changed by %s, want -%s", fst(got), fst(a.Fee)))
	}
	if got := change["customer-B"]; got.Cmp(leaseB.Collateral) != 0 {
		problems = append(problems, fmt.Sprintf("customer-B changed by %s, want +%s (the collateral)", fst(got), fst(leaseB.Collateral)))
	}
	if got := change[b.Provider]; got.Cmp(new(big.Int).Neg(leaseB.Collateral)) != 0 {
		problems = append(problems, fmt.Sprintf("%s (lease B) changed by %s, want -%s", b.Provider, fst(got), fst(leaseB.Collateral)))
	}
	if err := w.checkPayoffs(ctx, change, params, aID, bID); err != nil {
		problems = append(problems, err.Error())
	}
	res.Wall = time.Since(w.start)
	w.printTable(res)
	if len(problems) > 0 {
		return res, fmt.Errorf("the demo did not end as told: %v", problems)
	}
	w.say("both stories ended as told in %s", res.Wall.Round(100*time.Millisecond))
	return res, nil
}

// checkPayoffs recomputes every witness's payoff from the revealed reports and the verdicts
// (SPEC §4.4) and compares it with the change of its FST.
func (w *world) checkPayoffs(ctx context.Context, change map[string]*big.Int, params market.Params, ids ...uint64) error {
	want := map[string]*big.Int{}
	for _, id := range ids {
		cm, err := w.reader.Committee(ctx, market.CommitteeID(id, 0))
		if err != nil {
			return err
		}
		for _, m := range cm.Members {
			seat, err := w.reader.Seat(ctx, cm.ID, m)
			if err != nil {
				return err
			}
			u := market.PayoffUnits(cm.Violated, seat)
			name := w.names[m]
			if want[name] == nil {
				want[name] = new(big.Int)
			}
			want[name].Add(want[name], new(big.Int).Mul(big.NewInt(u), cm.SeatFee))
		}
	}
	for i := 6; i < len(accountNames); i++ {
		name := accountNames[i]
		exp := want[name]
		if exp == nil {
			exp = new(big.Int)
		}
		if change[name].Cmp(exp) != 0 {
			return fmt.Errorf("%s changed by %s, the payoff table says %s", name, fst(change[name]), fst(exp))
		}
	}
	return nil
}

func (w *world) printTable(res *Result) {
	w.printMu.Lock()
	defer w.printMu.Unlock()
	out := w.o.Out
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "account\tFST before\tFST after\tstaked after\tchange\t")
	for _, r := range res.Accounts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", r.Name, market.FormatFST(r.WalletBefore), market.FormatFST(r.WalletAfter), market.FormatFST(r.StakeAfter), signed(r.Change))
	}
	tw.Flush()
	fmt.Fprintln(out)
	for _, l := range res.Leases {
		fmt.Fprintf(out, "lease %d, %s: provider %s, violated=%v, fee %s; %d transactions, %d gas on chain\n",
			l.OrderID, l.Name, l.Provider, l.Violated, fst(l.Fee), l.Transacts, l.GasUsed)
	}
	fmt.Fprintf(out, "thumbnail written to %s\n", res.Thumbnail)
}

func signed(v *big.Int) string {
	if v.Sign() > 0 {
		return "+" + market.FormatFST(v)
	}
	return market.FormatFST(v)
}
