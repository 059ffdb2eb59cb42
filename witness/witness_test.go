package witness_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/witness"
)

// TestAttack6_FunctionFaultsTheRerunReproducesAreTheCustomers is the witness's side of attack 6
// (a customer that breaks its own function to be refunded): honest providers serve functions
// that fail by their own doing — a panic, their own 500, a timeout on hardware slower than
// the witness's — next to a healthy one. The witnesses re-run what the provider says the
// function did on the committed module with the answer's DeFaaS-Time, get the same, and
// count it served (SPEC §5.4): no Violation, the provider paid the whole fee, nothing of its
// collateral burned, nothing of the fee back to the customer.
func TestAttack6_FunctionFaultsTheRerunReproducesAreTheCustomers(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	ctx := context.Background()
	before, err := w.reader.Provider(ctx, w.provider.Account())
	if err != nil {
		t.Fatal(err)
	}
	// A level of eight cores, so that three members probing a function that holds a slot for
	// a second (each probe, at the provider too slow for it) never find it overloaded.
	wide := w.addLevel(8000, 512, 50)
	healthy := w.honestProvider(providerOptions{})
	// Hardware too slow for sleepy: its 3 s of sleep take more than the second this provider
	// gives a request, so it answers 504 function-timeout.
	slow := w.honestProvider(providerOptions{timeout: time.Second})
	specs := []leaseSpec{
		{name: "a healthy function", endpoint: healthy.URL, module: helloModule, units: 4},
		{name: "a function that always panics", endpoint: healthy.URL, module: panicsModule, units: 4},
		{name: "a function that answers its own 500", endpoint: healthy.URL, module: oopsModule, units: 4},
		// Each probe holds the witness for a second at the provider and three more in its
		// re-run: a longer segment, for enough of them to count.
		{name: "a genuine function-timeout whose re-run takes more than half the request timeout", endpoint: slow.URL, module: sleepyModule, units: 8, level: wide},
	}
	ids := w.leases(specs...)
	for i, s := range specs {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			w.seatsDone(t, ids[i], 1, ds)
			w.finished(t, ids[i])
			w.checkSegments(t, ids[i], ds, false)
			l, err := w.reader.Lease(ctx, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if st, err := w.reader.Settlement(ctx, ids[i]); err != nil || st == nil || st.ProviderPayout.Cmp(l.Fee) != 0 {
				t.Errorf("settlement %+v (%v): want the provider paid the whole fee %s, none of it refunded", st, err, l.Fee)
			}
			for _, d := range ds {
				if s, _ := d.seat(market.CommitteeID(ids[i], 0)); s.Failed != 0 {
					t.Errorf("witness %s failed %d probes of an honest provider: %v", d.Address().Hex(), s.Failed, s.Failures)
				}
			}
		})
	}
	t.Run("the provider's collateral is intact and the operations endpoints tell the story", func(t *testing.T) {
		t.Parallel()
		for _, id := range ids {
			w.seatsDone(t, id, 1, ds)
			w.finished(t, id)
		}
		after, err := w.reader.Provider(ctx, w.provider.Account())
		if err != nil {
			t.Fatal(err)
		}
		if after.Stake.Cmp(before.Stake) != 0 || after.Locked.Sign() != 0 {
			t.Errorf("the provider's stake went from %s to %s (locked %s); want it whole and unlocked: nothing burned", before.Stake, after.Stake, after.Locked)
		}
		for path, want := range map[string]string{
			"/healthz": `{"status":"ok"}`,
			"/metrics": `defaas_witness_reports_revealed_total 4`,
		} {
			res, err := http.Get("http://" + ds[0].OpsAddr() + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
				t.Errorf("GET %s: %d, want 200 with %q in:\n%.3000s", path, res.StatusCode, want, body)
			}
		}
		for _, d := range ds {
			if n := counter(t, d.Registry(), "defaas_witness_reruns_total", "same"); n < 1 {
				t.Errorf("witness %s: no re-run found the function's own failure (%v)", d.Address().Hex(), n)
			}
		}
		if n := counter(t, ds[0].Registry(), "defaas_witness_reruns_total", "slow"); n < 1 {
			t.Errorf("no re-run excused by the function-timeout rule (%v): the slow lease proves nothing", n)
		}
	})
}

// lie is a lease against a provider that does not serve the function as it says: what it
// does, the module the customer commits, the lease's length in billing units, and the rule
// of SPEC §5.4 that must fail its probes.
type lie struct {
	name   string
	srv    *provider
	module []byte
	units  uint32
	rule   witness.Rule
	// sampled: caught only in the quarter of answers drawn for a re-run, so each member's
	// report is a matter of chance (the committee's, of a majority, much less so).
	sampled bool
}

// caught plays a lease for each lie and checks that every member reports a violation, each
// with its failures by the lie's rule, that the committee finds a Violation, and that the
// settlement gives the customer its fee back, pays the provider nothing and burns the
// provider's collateral.
func (w *world) caught(t *testing.T, ds []*daemonRun, lies []lie) {
	t.Helper()
	ctx := context.Background()
	before, err := w.reader.Provider(ctx, w.provider.Account())
	if err != nil {
		t.Fatal(err)
	}
	specs := make([]leaseSpec, len(lies))
	for i, l := range lies {
		specs[i] = leaseSpec{name: l.name, endpoint: l.srv.URL, module: l.module, units: l.units}
	}
	ids := w.leases(specs...)
	burned := new(big.Int)
	var mu sync.Mutex
	t.Run("lies", func(t *testing.T) {
		for i, l := range lies {
			t.Run(l.name, func(t *testing.T) {
				t.Parallel()
				w.seatsDone(t, ids[i], 1, ds)
				w.finished(t, ids[i])
				if l.sampled {
					w.checkVerdicts(t, ids[i], true)
				} else {
					w.checkSegments(t, ids[i], ds, true)
				}
				ls, err := w.reader.Lease(ctx, ids[i])
				if err != nil {
					t.Fatal(err)
				}
				mu.Lock()
				burned.Add(burned, ls.Collateral)
				mu.Unlock()
				if st, err := w.reader.Settlement(ctx, ids[i]); err != nil || st == nil || st.ProviderPayout.Sign() != 0 || st.CustomerRefund.Cmp(ls.Fee) < 0 {
					t.Errorf("settlement %+v (%v); want the provider paid nothing, the customer refunded at least the fee %s", st, err, ls.Fee)
				}
				for _, d := range ds {
					s, _ := d.seat(market.CommitteeID(ids[i], 0))
					t.Logf("witness %s: served %d, failed %d %v, report %v, payoff %v seat fees", d.Address().Hex(), s.Served, s.Failed, s.Failures, ptr(s.Report), ptr(s.PayoffUnits))
					if l.sampled {
						// Paid by the table for what it reported, whatever chance made it report.
						if s.Report == nil || s.PayoffUnits == nil || (*s.Report && *s.PayoffUnits != 10) || (!*s.Report && *s.PayoffUnits != 0) {
							t.Errorf("witness %s: report %v, payoff %v seat fees; want +10 for true or 0 for false under a Violation", d.Address().Hex(), ptr(s.Report), ptr(s.PayoffUnits))
						}
						if s.Failures[l.rule] < 1 {
							t.Errorf("witness %s: no failure by %s among %v", d.Address().Hex(), l.rule, s.Failures)
						}
						continue
					}
					if s.Failures[l.rule] < int(w.params.SlaMinFailures) {
						t.Errorf("witness %s: failures by rule %v; want at least %d by %s", d.Address().Hex(), s.Failures, w.params.SlaMinFailures, l.rule)
					}
				}
			})
		}
	})
	// Every lease had one segment, judged a Violation: each burned its whole collateral.
	if burned.Sign() == 0 {
		t.Fatal("no lease's collateral was read: nothing to check the provider's stake against")
	}
	after, err := w.reader.Provider(ctx, w.provider.Account())
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(before.Stake, after.Stake); got.Cmp(burned) != 0 {
		t.Errorf("the provider's stake lost %s; want the leases' collateral, %s, burned", got, burned)
	}
}

// TestAttack7_ClaimedFunctionFaultsTheRerunRefutesCountAgainstTheProvider plays leases whose
// providers never run the function and claim that it failed, or answer for it: the members
// re-run the request on the committed module with the answer's DeFaaS-Time, get another
// answer, and count the probe failed by rule rerun-differs (SPEC §5.4) — a provider cannot
// frame the customer's function to be paid for running nothing.
func TestAttack7_ClaimedFunctionFaultsTheRerunRefutesCountAgainstTheProvider(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	w.caught(t, ds, []lie{
		{"function-crashed to every request", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, _ *http.Request) {
			stamp(rw)
			api.WriteError(rw, &api.Error{Status: http.StatusBadGateway, Reason: api.ReasonFunctionCrashed})
		}), helloModule, 4, witness.RuleRerunDiffers, false},
		{"an unmarked 500 to every request", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, _ *http.Request) {
			stamp(rw)
			http.Error(rw, "down", http.StatusInternalServerError)
		}), helloModule, 4, witness.RuleRerunDiffers, false},
		{"function-timeout claimed for a function that answers at once", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, _ *http.Request) {
			stamp(rw)
			api.WriteError(rw, &api.Error{Status: http.StatusGatewayTimeout, Reason: api.ReasonFunctionTimeout})
		}), helloModule, 4, witness.RuleRerunDiffers, false},
		// Stamped with a fresh time, a constant 200 is caught only by the sampled quarter of
		// answers re-run, where the function answers otherwise: a longer segment, of some 45
		// probes, about 11 of them re-run, where a report needs 5 failures.
		{"a constant 200 with a fresh DeFaaS-Time where the function answers 500", w.doctoredProvider(oopsModule, func(rw http.ResponseWriter, _ *http.Request) {
			stamp(rw)
			io.WriteString(rw, "ok")
		}), oopsModule, 12, witness.RuleRerunDiffers, true},
	})
}

// TestAttack7_ProviderThatRunsNothingIsFoundInViolation plays a lease against each kind of
// provider that answers without running the function otherwise than by claiming the
// function's fault: refusals, silence, answers without an admission time or with a stale one,
// another module. Every member reports a violation, each failure by the rule of SPEC §5.4
// named.
func TestAttack7_ProviderThatRunsNothingIsFoundInViolation(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	w.caught(t, ds, []lie{
		{"429 to every request", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, _ *http.Request) {
			api.WriteError(rw, &api.Error{Status: http.StatusTooManyRequests, Reason: api.ReasonRateLimited})
		}), helloModule, 4, witness.RuleRefused, false},
		// A probe held open fails only once the probe timeout (11 s on the dev preset) is over,
		// and must be over before the commit: a longer segment, for enough of them to count.
		{"no answer: every request held open", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}), helloModule, 12, witness.RuleTimeout, false},
		{"a constant 200 without running anything", w.doctoredProvider(helloModule, func(rw http.ResponseWriter, _ *http.Request) {
			io.WriteString(rw, "ok")
		}), helloModule, 4, witness.RuleTime, false},
		{"DeFaaS-Time outside the probe's send and receive times", w.replayingProvider(helloModule), helloModule, 4, witness.RuleTime, false},
		{"a module that is not the committed one", w.honestProvider(providerOptions{serveModule: oopsModule}), helloModule, 4, witness.RuleModule, false},
	})
}

// replayingProvider is a provider that ran the function once, when the customer uploaded it,
// and answers every invocation with that answer, DeFaaS-Time and all: it runs nothing while
// the lease is in service.
func (w *world) replayingProvider(module []byte) *provider {
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Timeout: w.params.RequestTimeout, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		w.t.Fatal(err)
	}
	store := runtime.NewMemoryStore()
	server := runtime.NewServer(runtime.NewInProcess(eng), runtime.ServerOptions{Resolver: runtime.ResolverFunc(w.resolve), Store: store})
	w.t.Cleanup(func() { server.Close(); eng.Close(context.Background()) })
	var mu sync.Mutex
	answers := map[api.LeaseID]*httptest.ResponseRecorder{}
	record := func(id api.LeaseID) {
		store.Put(context.Background(), id, module)
		rec := httptest.NewRecorder()
		server.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, api.InvokeURL("http://provider.test", id, "/"), nil))
		if rec.Code != http.StatusOK || rec.Header().Get(api.TimeHeader) == "" {
			w.t.Errorf("the replaying provider's own run of lease %d: %d %s", id, rec.Code, rec.Body)
		}
		mu.Lock()
		answers[id] = rec
		mu.Unlock()
	}
	return w.doctoredProvider(module, func(rw http.ResponseWriter, r *http.Request) {
		id, _ := api.LeaseFromRequest(r)
		mu.Lock()
		first := answers[id]
		mu.Unlock()
		if first == nil {
			api.WriteError(rw, &api.Error{Status: http.StatusNotFound, Reason: api.ReasonNotDeployed})
			return
		}
		for k, v := range first.Header() {
			rw.Header()[k] = v
		}
		rw.WriteHeader(first.Code)
		rw.Write(first.Body.Bytes())
	}, record)
}

// TestWitness_FourSegmentLeaseWhoseProviderStopsDuringSegment3 plays a lease of four segments,
// each with a committee of its own, opened and drawn by the witnesses; the provider stops
// serving at the start of the third: segments 1 and 2 are judged NoViolation, 3 and 4
// Violation, and the settlement pays the provider half the fee and burns half its collateral.
func TestWitness_FourSegmentLeaseWhoseProviderStopsDuringSegment3(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	p := w.honestProvider(providerOptions{})
	ctx := context.Background()
	before, err := w.reader.Provider(ctx, w.provider.Account())
	if err != nil {
		t.Fatal(err)
	}
	// Segments of 15 s, as the demo's: some 8 probes each once opened and drawn.
	id := w.leases(leaseSpec{name: "four segments", endpoint: p.URL, module: helloModule, units: 12, segments: 4})[0]
	third, err := w.reader.Segment(ctx, id, 2)
	if err != nil {
		t.Fatal(err)
	}
	w.waitUntil(third.Start.Add(-time.Second))
	p.Close()
	t.Logf("the provider stopped at %s; segment 3 runs from %s", w.now(), third.Start)

	w.seatsDone(t, id, 4, ds)
	w.finished(t, id)
	w.checkSegments(t, id, ds, false, false, true, true)
	l, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	half := new(big.Int).Quo(l.Fee, big.NewInt(2))
	if st, err := w.reader.Settlement(ctx, id); err != nil || st == nil || st.ProviderPayout.Cmp(half) != 0 || st.CustomerRefund.Cmp(half) < 0 {
		t.Errorf("settlement %+v (%v); want the provider paid half the fee %s, the customer refunded at least as much", st, err, half)
	}
	after, err := w.reader.Provider(ctx, w.provider.Account())
	if err != nil {
		t.Fatal(err)
	}
	burned := new(big.Int).Quo(l.Collateral, big.NewInt(2))
	if got := new(big.Int).Sub(before.Stake, after.Stake); got.Cmp(burned) != 0 {
		t.Errorf("the provider's stake lost %s; want half its collateral, %s, burned", got, burned)
	}
	// Segments 2 to 4 were opened by a witness, which each time earned a seat fee.
	logs, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.manifest.Market},
		Topics: [][]common.Hash{{market.MarketEvent("SegmentOpened")}, {market.IDTopic(id)}}})
	if err != nil || len(logs) != 3 {
		t.Fatalf("%d SegmentOpened events (%v); want 3", len(logs), err)
	}
	opened := 0
	for _, d := range ds {
		opened += int(counter(t, d.Registry(), "defaas_witness_segments_opened_total", ""))
	}
	if opened != 3 {
		t.Errorf("the witnesses counted %d segments opened; want 3", opened)
	}
}

// TestWitness_DrawsOnceWhenDue races every daemon and the customer to draw the committee: it
// is drawn exactly once, as soon as it is due, and nobody counts an error.
func TestWitness_DrawsOnceWhenDue(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	p := w.honestProvider(providerOptions{})
	id := w.leases(leaseSpec{name: "drawn", endpoint: p.URL, module: helloModule, units: 2})[0]
	ctx := context.Background()
	cid := market.CommitteeID(id, 0)
	due, err := w.reader.DrawDueAfter(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	// The customer races the daemons: it may win or be refused, never anything else.
	waitFor(t, "the draw to be due", time.Minute, func() bool {
		n, err := w.conn.Backend().BlockNumber(ctx)
		return err == nil && n > due
	})
	if _, err := w.customer.DrawCommittee(ctx, cid); err != nil && !market.Benign(err) {
		t.Errorf("the customer's draw: %v", err)
	}
	waitFor(t, "the committee to be drawn", time.Minute, func() bool {
		cm, err := w.reader.Committee(ctx, cid)
		return err == nil && cm.Status == market.CommitteeDrawn
	})
	logs, err := w.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{w.manifest.WitnessPool},
		Topics:    [][]common.Hash{{market.PoolEvent("CommitteeDrawn")}, {market.IDTopic(cid)}},
	})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d CommitteeDrawn events (%v); want exactly 1", len(logs), err)
	}
	// Due once the head passes due; the draw lands in one of the next blocks.
	if logs[0].BlockNumber > due+3 {
		t.Errorf("drawn in block %d; want it drawn at once when due after block %d", logs[0].BlockNumber, due)
	}
	waitFor(t, "every daemon to see its seat", time.Minute, func() bool {
		for _, d := range ds {
			if _, ok := d.seat(cid); !ok {
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

// counter sums a counter's or gauge's series (those with a label of value lv, or all when lv
// is empty).
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
				sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
			}
		}
	}
	return sum
}

// TestWitness_DownThroughTheRevealWindowMovesOn stops every witness after its commit and
// brings one back only after the reveal window: it does not crash or retry forever, it
// finalizes the committee (nobody revealed: NoViolation, −1 seat fee each) and settles the
// order.
func TestWitness_DownThroughTheRevealWindowMovesOn(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	ds := w.startWitnesses()
	p := w.honestProvider(providerOptions{})
	id := w.leases(leaseSpec{name: "unrevealed", endpoint: p.URL, module: helloModule, units: 2})[0]
	ctx := context.Background()
	cid := market.CommitteeID(id, 0)
	waitFor(t, "every witness to commit", 2*time.Minute, func() bool {
		for _, d := range ds {
			if s, ok := d.seat(cid); !ok || s.Phase != witness.PhaseCommitted {
				return false
			}
		}
		return true
	})
	for _, d := range ds {
		d.stop()
	}
	cm, err := w.reader.Committee(ctx, cid)
	if err != nil {
		t.Fatal(err)
	}
	if w.now().After(cm.CommitEnd) {
		t.Fatalf("the witnesses stopped after the commit window (%s): the test proves nothing", cm.CommitEnd)
	}
	w.waitUntil(cm.RevealEnd)

	back := w.startWitness(firstWitness, testConfig(), ds[0].dataDir)
	waitFor(t, "the restarted witness to finish its seat", time.Minute, func() bool {
		s, ok := back.seat(cid)
		return ok && s.Phase == witness.PhaseDone
	})
	s, _ := back.seat(cid)
	if s.Missed == "" {
		t.Errorf("the seat does not say the reveal window was missed: %+v", s)
	}
	if s.PayoffUnits == nil || *s.PayoffUnits != -1 {
		t.Errorf("payoff %v seat fees; want −1 (committed, never revealed)", ptr(s.PayoffUnits))
	}
	cm, err = w.reader.Committee(ctx, cid)
	if err != nil || cm.Status != market.CommitteeFinalized || cm.Violated || cm.Revealed != 0 {
		t.Errorf("committee %+v (%v); want Finalized, NoViolation, none revealed", cm, err)
	}
	if n := counter(t, back.Registry(), "defaas_witness_missed_windows_total", "reveal"); n != 1 {
		t.Errorf("missed reveal windows counted %v; want 1", n)
	}
	w.finished(t, id)
	// Still running, and idle: nothing left to retry.
	errs := counter(t, back.Registry(), "defaas_witness_errors_total", "")
	time.Sleep(time.Second)
	if n := counter(t, back.Registry(), "defaas_witness_errors_total", ""); n != errs {
		t.Errorf("errors keep growing after the seat is done: %v then %v", errs, n)
	}
	if err := back.Healthy(); err != nil {
		t.Errorf("unhealthy after a missed window: %v", err)
	}
}
