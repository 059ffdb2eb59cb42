package pricing

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

func order(level uint32, max int64, sealed bool, best int64) market.Order {
	o := market.Order{LevelID: level, MaxUnitPrice: contracts.FST(max), Sealed: sealed}
	if best > 0 {
		o.BestBidder, o.BestPrice = common.Address{1}, contracts.FST(best)
	}
	return o
}

func TestStrategies(t *testing.T) {
	table := Table{0: contracts.FST(2), 1: contracts.FST(5)}
	step := contracts.FST(1)
	for _, tc := range []struct {
		name string
		s    Strategy
		o    market.Order
		want int64 // whole FST; 0 = declines
	}{
		{"fixed bids its price", Fixed{table}, order(0, 10, false, 0), 2},
		{"fixed declines an unknown level", Fixed{table}, order(2, 10, false, 0), 0},
		{"fixed declines above the maximum", Fixed{table}, order(1, 4, false, 0), 0},
		{"fixed declines when the best bid is already as low", Fixed{table}, order(0, 10, false, 2), 0},
		{"fixed bids below a higher best bid", Fixed{table}, order(0, 10, false, 3), 2},
		{"fixed ignores nothing on sealed orders", Fixed{table}, order(0, 10, true, 0), 2},
		{"undercut starts at the maximum", Undercut{table, step}, order(0, 10, false, 0), 10},
		{"undercut goes a step below the best", Undercut{table, step}, order(0, 10, false, 6), 5},
		{"undercut stops at its floor", Undercut{table, step}, order(0, 10, false, 3), 2},
		{"undercut declines when the best is at its floor", Undercut{table, step}, order(0, 10, false, 2), 0},
		{"undercut bids its floor on sealed orders", Undercut{table, step}, order(1, 10, true, 0), 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, ok, reason := tc.s.UnitPrice(Quote{Order: tc.o})
			if tc.want == 0 {
				if ok {
					t.Fatalf("bid %s, want a refusal", market.FormatFST(p))
				}
				if reason == "" {
					t.Fatal("a refusal without a reason")
				}
				return
			}
			if !ok || p.Cmp(contracts.FST(tc.want)) != 0 {
				t.Fatalf("got %v %v (%s), want %d FST", p, ok, reason, tc.want)
			}
		})
	}
}

func TestParseTable(t *testing.T) {
	tab, err := ParseTable(map[string]string{"0": "1.5", "2": "4"})
	if err != nil {
		t.Fatal(err)
	}
	if tab[0].Cmp(new(big.Int).Div(contracts.FST(3), big.NewInt(2))) != 0 || tab.String() != "0=1.5 2=4" {
		t.Fatalf("got %s", tab)
	}
	for _, bad := range []map[string]string{{"x": "1"}, {"0": "abc"}, {"0": "0"}} {
		if _, err := ParseTable(bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}
