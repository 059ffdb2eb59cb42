package provider_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
)

// logBuffer collects a daemon's logs.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startLogged starts provider i like world.start, its logs in logs.
func (w *world) startLogged(i int, cfg provider.Config, logs *logBuffer) (*provider.Provider, func()) {
	w.t.Helper()
	r := w.launch(i, cfg, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo})))
	return r.Provider, r.stop
}

// An order whose collateral exceeds the free stake is not bid on: it is logged at WARN once
// with the amount missing, counted in a metric, and summed up in the status file that
// `defaas provider show` reads, which survives a restart and clears once the stake covers it.
func TestStake_OrdersSkippedForLackOfFreeStakeAreWarnedCountedAndShown(t *testing.T) {
	w := newWorld(t, 4)
	cfg := testConfig(t) // stakes the deployment's minimum: 100 FST
	var logs logBuffer
	p, stop := w.startLogged(providerA, cfg, &logs)
	// maxFee 2 × 1000 FST: the collateral is 50 % of the 20 % floor, 200 FST, over the free 100.
	big1 := w.order(openOrder(0, 1000))
	big2 := w.order(openOrder(0, 1000))
	// maxFee 2 × 10 FST: 2 FST of collateral, which the stake covers.
	small := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid on the small order", func() bool { return w.read(small).BestBidder == w.addr(providerA) })
	w.eventually(10*time.Second, "both big orders skipped", func() bool {
		st, err := provider.ReadStatus(cfg.DataDir)
		return err == nil && st.SkippedForStake != nil && st.SkippedForStake.Orders == 2
	})
	time.Sleep(20 * cfg.PollInterval) // polls go on trying: still one line, one count, per order
	if v := metricValue(t, p.Endpoint(), "defaas_provider_orders_skipped_stake_total"); v != 2 {
		t.Errorf("defaas_provider_orders_skipped_stake_total = %v, want 2", v)
	}
	for _, id := range []uint64{big1, big2} {
		var lines []string
		for _, l := range strings.Split(logs.String(), "\n") {
			if strings.Contains(l, "order skipped") && strings.Contains(l, fmt.Sprintf(" order=%d ", id)) {
				lines = append(lines, l)
			}
		}
		if len(lines) != 1 {
			t.Fatalf("order %d: %d skip lines, want one:\n%s", id, len(lines), logs.String())
		}
		for _, want := range []string{"level=WARN", "free_fst=100", "needed_fst=200", "missing_fst=100", "defaas provider stake 100"} {
			if !strings.Contains(lines[0], want) {
				t.Errorf("order %d's skip line lacks %q: %s", id, want, lines[0])
			}
		}
	}
	if o := w.read(big1); o.HasBid() {
		t.Errorf("order %d has a bid by %s", big1, o.BestBidder)
	}
	st, err := provider.ReadStatus(cfg.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	s := st.SkippedForStake
	if st.Provider != w.addr(providerA) || s.Free.Cmp(contracts.FST(100)) != 0 || s.Needed.Cmp(contracts.FST(200)) != 0 ||
		s.Missing().Cmp(contracts.FST(100)) != 0 || (s.LatestOrder != big1 && s.LatestOrder != big2) {
		t.Errorf("status %+v, skipped %+v", st, s)
	}

	// Stopped, the daemon leaves the status as it was; restarted with the stake topped up,
	// it bids on both while bidding lasts, and nothing is skipped any more.
	stop()
	if st, err := provider.ReadStatus(cfg.DataDir); err != nil || st.SkippedForStake == nil || st.SkippedForStake.Orders != 2 {
		t.Fatalf("after the stop: %+v %v", st, err)
	}
	me := market.New(w.c.Client, w.c.Manifest, w.c.Transactor(providerA))
	if _, err := me.AddProviderStake(context.Background(), contracts.FST(500)); err != nil {
		t.Fatal(err)
	}
	logs2 := &logBuffer{}
	w.startLogged(providerA, cfg, logs2)
	for _, id := range []uint64{big1, big2} {
		w.eventually(10*time.Second, "a bid on the big order", func() bool { return w.read(id).BestBidder == w.addr(providerA) })
	}
	w.eventually(10*time.Second, "the status cleared", func() bool {
		st, err := provider.ReadStatus(cfg.DataDir)
		return err == nil && st.SkippedForStake == nil
	})
	if strings.Contains(logs2.String(), "order skipped") {
		t.Errorf("skipped with enough stake:\n%s", logs2.String())
	}
}
