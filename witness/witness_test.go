package witness_test

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sigauth"
	"github.com/defaas/defaas/witness"
)

// play runs a lease of units billing periods served by srv with every witness daemon up, and
// waits until each one is done with its seat. stopAt, if set, runs once the chain's clock
// reaches the middle of the service.
func play(t *testing.T, w *world, srv *httptest.Server, module []byte, halfway func()) (uint64, []*daemonRun) {
	t.Helper()
	var ds []*daemonRun
	for i := 0; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(t, "the witnesses to register", 10*time.Second, func() bool {
		for _, d := range ds {
			if d.Healthy() != nil {
				return false
			}
		}
		return true
	})
	id := w.lease(srv, module, 2)
	w.runClock(350 * time.Millisecond)
	if halfway != nil {
		l, err := w.reader.Lease(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		mid := l.ServiceStart.Add(l.ServiceEnd.Sub(l.ServiceStart) / 2)
		waitFor(t, "the middle of the service", 30*time.Second, func() bool { return !w.chain.Now().Before(mid) })
		halfway()
	}
	waitFor(t, "every witness to finish its seat", 60*time.Second, func() bool {
		for _, d := range ds {
			if s, ok := d.seat(id); !ok || s.Phase != witness.PhaseDone {
				return false
			}
		}
		return true
	})
	return id, ds
}

// checkOutcome checks the verdict, each witness's report and payoff, and that the order was
// settled and finished.
func checkOutcome(t *testing.T, w *world, id uint64, ds []*daemonRun, violated bool, payoffUnits int64) {
	t.Helper()
	ctx := context.Background()
	cm, err := w.reader.Committee(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if cm.Status != market.CommitteeFinalized || cm.Violated != violated || int(cm.Revealed) != witnesses {
		t.Errorf("committee = %s violated=%v revealed=%d; want Finalized violated=%v with %d revealed",
			cm.Status, cm.Violated, cm.Revealed, violated, witnesses)
	}
	for _, d := range ds {
		s, _ := d.seat(id)
		t.Logf("witness %s: served %d, failed %d, refused %d", d.Address().Hex(), s.Served, s.Failed, s.Refused)
		if s.Report == nil || *s.Report != violated || s.Missed != "" {
			t.Errorf("witness %s: report %v, missed %q; want %v", d.Address().Hex(), s.Report, s.Missed, violated)
		}
		if s.Served+s.Failed < 3 {
			t.Errorf("witness %s probed %d times; want at least 3", d.Address().Hex(), s.Served+s.Failed)
		}
		want := contracts.FST(payoffUnits)
		if s.Payoff == nil || s.Payoff.Cmp(want) != 0 {
			t.Errorf("witness %s: payoff %v, want %s", d.Address().Hex(), s.Payoff, want)
		}
		seat, err := w.reader.Seat(ctx, id, d.Address())
		if err != nil || !seat.Revealed || seat.Violated != violated {
			t.Errorf("witness %s: seat %+v (%v); want revealed, violated=%v", d.Address().Hex(), seat, err, violated)
		}
	}
	o, err := w.reader.Order(ctx, id)
	if err != nil || o.State != market.StateFinished || o.Violated != violated {
		t.Errorf("order = %s violated=%v (%v); want Finished, violated=%v", o.State, o.Violated, err, violated)
	}
}

func TestWitness_HealthyProviderIsReportedServed(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	srv := w.provide(helloModule)
	id, ds := play(t, w, srv, helloModule, nil)
	checkOutcome(t, w, id, ds, false, 1)
	for _, d := range ds {
		if s, _ := d.seat(id); s.Failed != 0 || s.Refused != 0 {
			t.Errorf("witness %s: %d failed and %d refused probes of a healthy provider", d.Address().Hex(), s.Failed, s.Refused)
		}
	}
	// The operations endpoints tell the same story.
	for path, want := range map[string]string{
		"/healthz": `{"status":"ok"}`,
		"/metrics": `defaas_witness_reports_revealed_total 1`,
	} {
		res, err := http.Get("http://" + ds[0].OpsAddr() + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, want 200 with %q in:\n%.2000s", path, res.StatusCode, want, body)
		}
	}
}

func TestWitness_ProviderThatStopsHalfWayIsReportedViolated(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	srv := w.provide(helloModule)
	id, ds := play(t, w, srv, helloModule, srv.Close)
	checkOutcome(t, w, id, ds, true, 10)
}

func TestWitness_FunctionsOwnServerErrorCountsAsServed(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	srv := w.provide(oopsModule)
	id, ds := play(t, w, srv, oopsModule, nil)
	checkOutcome(t, w, id, ds, false, 1)
	// What the witnesses saw: the function's own 500, without the platform's marker.
	req, _ := http.NewRequest(http.MethodGet, api.InvokeURL(srv.URL, api.LeaseID(id), "/"), nil)
	if err := sigauth.Sign(req, keys.DevKey(customerAcc), sigauth.Domain{ChainID: w.chainID, Market: w.manifest.Market}, api.LeaseID(id)); err != nil {
		t.Fatal(err)
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusInternalServerError || res.Header.Get(api.ErrorHeader) != "" {
		t.Errorf("the function answered %d with %s %q; want its own 500 without it", res.StatusCode, api.ErrorHeader, res.Header.Get(api.ErrorHeader))
	}
}

// TestWitness_DrawsOnceWhenDue races every daemon and the customer to draw the committee: it
// is drawn exactly once, as soon as it is due, and nobody counts an error.
func TestWitness_DrawsOnceWhenDue(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	srv := w.provide(helloModule)
	var ds []*daemonRun
	for i := 0; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(t, "the witnesses to register", 10*time.Second, func() bool {
		for _, d := range ds {
			if d.Healthy() != nil {
				return false
			}
		}
		return true
	})
	id := w.lease(srv, helloModule, 2)
	ctx := context.Background()
	due, err := w.reader.DrawDueAfter(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// The customer races the daemons: it may win or be refused, never anything else.
	raced := make(chan struct{})
	defer func() { <-raced }()
	go func() {
		defer close(raced)
		for {
			n, _ := w.chain.Client.BlockNumber(ctx)
			if n > due {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		if _, err := w.customer.DrawCommittee(ctx, id); err != nil && !strings.Contains(err.Error(), "WrongCommitteeState") {
			t.Errorf("the customer's draw: %v", err)
		}
	}()
	w.chain.Mine(int(due) + 1 - int(blockNumber(t, w)))
	waitFor(t, "the committee to be drawn", 10*time.Second, func() bool {
		cm, err := w.reader.Committee(ctx, id)
		return err == nil && cm.Status == market.CommitteeDrawn
	})
	logs, err := w.chain.Client.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{w.chain.Manifest.WitnessPool},
		Topics:    [][]common.Hash{{market.PoolEvent("CommitteeDrawn")}, {market.IDTopic(id)}},
	})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d CommitteeDrawn events (%v); want exactly 1", len(logs), err)
	}
	// Due once the head passes due; the draw's gas is estimated against the head, so the first
	// block it can land in is the one after the first due head.
	if logs[0].BlockNumber > due+2 {
		t.Errorf("drawn in block %d; want it drawn at once when due after block %d", logs[0].BlockNumber, due)
	}
	waitFor(t, "every daemon to see its seat", 10*time.Second, func() bool {
		for _, d := range ds {
			if _, ok := d.seat(id); !ok {
				return false
			}
		}
		return true
	})
	for _, d := range ds {
		if n := counter(t, d.Registry(), "defaas_witness_errors_total", ""); n != 0 {
			t.Errorf("witness %s counted %v errors", d.Address().Hex(), n)
		}
	}
}

func blockNumber(t *testing.T, w *world) uint64 {
	n, err := w.chain.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// counter sums a counter's series (those with label value lv, or all when lv is empty).
func counter(t *testing.T, reg *prometheus.Registry, name, lv string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			match := lv == ""
			for _, l := range m.GetLabel() {
				match = match || l.GetValue() == lv
			}
			if match {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// TestWitness_DownThroughTheRevealWindowMovesOn stops every witness after its commit and
// brings one back only after the reveal window: it does not crash or retry forever, it
// finalizes the committee (nobody revealed: NoViolation, −1 unit each) and settles the order.
func TestWitness_DownThroughTheRevealWindowMovesOn(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	srv := w.provide(helloModule)
	var ds []*daemonRun
	for i := 0; i < witnesses; i++ {
		ds = append(ds, w.startWitness(firstWitness+i, testConfig(), ""))
	}
	waitFor(t, "the witnesses to register", 10*time.Second, func() bool {
		for _, d := range ds {
			if d.Healthy() != nil {
				return false
			}
		}
		return true
	})
	id := w.lease(srv, helloModule, 2)
	ctx := context.Background()
	// Mine by hand, so that the clock cannot pass the reveal window behind the test's back.
	for {
		done := 0
		for _, d := range ds {
			if s, ok := d.seat(id); ok && s.Phase == witness.PhaseCommitted {
				done++
			}
		}
		if done == len(ds) {
			break
		}
		w.chain.Mine(1)
		time.Sleep(100 * time.Millisecond)
	}
	for _, d := range ds {
		d.stop()
	}
	cm, err := w.reader.Committee(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(cm.RevealEnd.Add(time.Second))

	back := w.startWitness(firstWitness, testConfig(), ds[0].dataDir)
	waitFor(t, "the restarted witness to finish its seat", 20*time.Second, func() bool {
		s, ok := back.seat(id)
		return ok && s.Phase == witness.PhaseDone
	})
	s, _ := back.seat(id)
	if s.Missed == "" {
		t.Errorf("the seat does not say the reveal window was missed: %+v", s)
	}
	if s.Payoff == nil || s.Payoff.Cmp(new(big.Int).Neg(contracts.FST(1))) != 0 {
		t.Errorf("payoff %v; want −1 FST (committed, never revealed)", s.Payoff)
	}
	cm, err = w.reader.Committee(ctx, id)
	if err != nil || cm.Status != market.CommitteeFinalized || cm.Violated || cm.Revealed != 0 {
		t.Errorf("committee %+v (%v); want Finalized, NoViolation, none revealed", cm, err)
	}
	if n := counter(t, back.Registry(), "defaas_witness_finalized_total", ""); n != 1 {
		t.Errorf("the restarted witness finalized %v times; want 1", n)
	}
	if n := counter(t, back.Registry(), "defaas_witness_missed_windows_total", "reveal"); n != 1 {
		t.Errorf("missed reveal windows counted %v; want 1", n)
	}
	o, err := w.reader.Order(ctx, id)
	if err != nil || o.State != market.StateFinished {
		t.Errorf("order %s (%v); want Finished", o.State, err)
	}
	// Still running, and idle: nothing left to retry.
	errs := counter(t, back.Registry(), "defaas_witness_errors_total", "")
	time.Sleep(300 * time.Millisecond)
	if n := counter(t, back.Registry(), "defaas_witness_errors_total", ""); n != errs {
		t.Errorf("errors keep growing after the seat is done: %v then %v", errs, n)
	}
	if err := back.Healthy(); err != nil {
		t.Errorf("unhealthy after a missed window: %v", err)
	}
}
