package sim_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/sim"
)

// dev is the dev preset's case, with n probes per member at random times (so that the
// binomial applies exactly) and trials leases.
func dev(n, trials int) sim.Config {
	c := sim.DefaultConfig(contracts.DevPreset())
	c.Probes, c.Trials = n, trials
	return c
}

func run(t *testing.T, c sim.Config) sim.Summary {
	t.Helper()
	r, err := sim.Run(c)
	if err != nil {
		t.Fatal(err)
	}
	return r.Summarize(nil)
}

// within fails unless the measured rate is within 4.5 standard errors of the expected p.
func within(t *testing.T, what string, got sim.Rate, p float64) {
	t.Helper()
	se := math.Sqrt(p*(1-p)/float64(got.Of)) + 1/float64(got.Of)
	if math.Abs(got.P-p) > 4.5*se {
		t.Errorf("%s: measured %s, the binomial says %.4f (± %.4f)", what, got, p, 4.5*se)
	}
}

// SPEC §5.4 and §4.4: with probes failing independently at q, a member reports with the
// binomial chance that its failures pass witness.Violated, and an honest committee finds a
// Violation when M of N do. A provider failing 5 % of requests (under slaFailBps: not at
// fault) is punished no more often than that, and one failing 20 % is let off no more often.
func TestVerdict_RatesFollowTheBinomial(t *testing.T) {
	for _, tc := range []struct {
		q      float64
		probes int
	}{{0.05, 30}, {0.20, 30}} {
		c := dev(tc.probes, 2000)
		// lie: each answer a made-up function-crashed, which the re-run disproves — a failure
		// per probe with chance q exactly, the module always served
		c.Provider = sim.Behaviour{Kind: sim.Lie, X: tc.q}
		member, verdict := sim.Analytic(c.Rules, tc.probes, tc.q, c.Committee)
		s := run(t, c)
		within(t, "an honest member's report", s.HonestMemberTrue, member)
		within(t, "the committee's verdict", s.SegmentViolation, verdict)
		if s.ProbesPerMember != float64(tc.probes) {
			t.Errorf("%d probes asked, %.2f counted per member", tc.probes, s.ProbesPerMember)
		}
		t.Logf("q %.2f, %d probes: member %.4f, verdict %.5f (binomial %.5f)", tc.q, tc.probes, s.HonestMemberTrue.P, s.SegmentViolation.P, verdict)
	}
}

// An honest provider on a lossy network (TCP resends lost packets; 2 s stalls) is not punished:
// the probe timeout (2 × requestTimeout + probeMargin) absorbs both, on either preset.
func TestVerdict_HonestProviderOnALossyNetworkIsNotPunished(t *testing.T) {
	for _, p := range []contracts.Preset{contracts.DevPreset(), contracts.PublicPreset()} {
		c := sim.DefaultConfig(p)
		c.Trials, c.Segment = 1500, 15*time.Second
		if p.Name == contracts.PresetPublic {
			c.Trials, c.Segment, c.DrawLag = 60, time.Hour, 3*time.Minute
		}
		c.Network.Loss, c.Network.StallProb = 0.05, 0.05
		c.FunctionFaults = 0.3 // the customer's function fails 30 % itself: re-runs agree
		s := run(t, c)
		if s.FalseViolation.Hits != 0 || s.FailedShare > 0.001 {
			t.Errorf("%s: %d false Violations, %.5f of probes failed", p.Name, s.FalseViolation.Hits, s.FailedShare)
		}
	}
}

// SPEC §4.4, invariant 4: a minority cannot flip a verdict. A pool of 5 with 2 dishonest
// witnesses gives every committee of 5 exactly 2 of them: a provider serving nobody is
// still convicted every time, an honest one never.
func TestCollusion_AMinorityCannotFlipTheVerdict(t *testing.T) {
	for _, side := range []sim.Side{sim.ForProvider, sim.ForCustomer} {
		c := dev(20, 400)
		c.Committee, c.Pool, c.Dishonest, c.Collude = 5, 5, 0.4, side
		want := int64(0)
		if side == sim.ForProvider {
			c.Provider = sim.Behaviour{Kind: sim.Drop, X: 1}
			want = int64(c.Trials)
		}
		s := run(t, c)
		if s.SegmentViolation.Hits != want || s.DishonestMajority.Hits != 0 {
			t.Errorf("2 of 5 for the %s: %d Violations of %d, want %d", side, s.SegmentViolation.Hits, c.Trials, want)
		}
	}
	// and a majority can: 3 of 5 for the provider acquit a provider serving nobody
	c := dev(20, 200)
	c.Committee, c.Pool, c.Dishonest, c.Provider = 5, 5, 0.6, sim.Behaviour{Kind: sim.Drop, X: 1}
	if s := run(t, c); s.SegmentViolation.Hits != 0 {
		t.Errorf("a dishonest majority of 3 of 5: %d Violations, want 0", s.SegmentViolation.Hits)
	}
}

// Once the share rule binds (probes × slaFailBps ≥ slaMinFailures), more probes per segment
// mean fewer wrong verdicts both ways.
func TestProbes_MoreProbesFewerWrongVerdicts(t *testing.T) {
	var falseAlarm, missed []float64
	for _, n := range []int{30, 60, 120} {
		c := dev(n, 400)
		c.Provider = sim.Behaviour{Kind: sim.Lie, X: 0.06}
		falseAlarm = append(falseAlarm, run(t, c).FalseViolation.P)
		c.Provider.X = 0.16
		missed = append(missed, run(t, c).MissedViolation.P)
	}
	t.Logf("false Violation %v, missed %v for 30, 60, 120 probes", falseAlarm, missed)
	for i := 1; i < 3; i++ {
		if falseAlarm[i] > falseAlarm[i-1] || missed[i] > missed[i-1] {
			t.Errorf("more probes, more errors: false %v, missed %v", falseAlarm, missed)
		}
	}
	if falseAlarm[0] == 0 || falseAlarm[2] >= falseAlarm[0]/4 || missed[2] >= missed[0]/4 {
		t.Errorf("errors do not fall with probes: false %v, missed %v", falseAlarm, missed)
	}
}

// The worse a provider serves, the likelier a Violation.
func TestFailureRate_ViolationGrowsWithTheFailureRate(t *testing.T) {
	prev := -1.0
	for _, x := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.5, 1} {
		c := dev(40, 400)
		c.Provider = sim.Behaviour{Kind: sim.Drop, X: x}
		p := run(t, c).SegmentViolation.P
		if p < prev {
			t.Errorf("dropping %.0f %%: Violation %.3f, less than %.3f at a lower rate", 100*x, p, prev)
		}
		prev = p
	}
	if prev != 1 {
		t.Errorf("a provider dropping everything convicted %.3f of the time", prev)
	}
}

// SPEC §5.4 probe kits: a provider serving only what it can tell is a witness is caught as
// surely as one serving nobody once members probe with kits; with signed probes it is not.
func TestKits_AProviderServingWitnessesOnlyIsCaughtLikeOneServingNobody(t *testing.T) {
	c := dev(0, 500)
	c.Provider = sim.Behaviour{Kind: sim.Drop, X: 1}
	nobody := run(t, c).SegmentViolation.P
	c.Provider, c.Kits = sim.Behaviour{Kind: sim.WitnessesOnly}, true
	kits := run(t, c).SegmentViolation.P
	c.Kits = false
	signed := run(t, c).SegmentViolation.P
	if nobody != 1 || kits != nobody || signed != 0 {
		t.Errorf("Violation: serving nobody %.3f, witnesses only with kits %.3f, without %.3f", nobody, kits, signed)
	}
}

// SPEC §5.4: every answer to a kit request the customer marked deterministic is re-run, so a
// provider answering a share of requests with a made-up 200 is caught by kits once that share
// exceeds slaFailBps (public preset: 7 %), not only once a sampled quarter of it does; signed
// probes (GET /, not deterministic) check status only and cannot catch it.
func TestKits_CatchAFaked200ShareAboveSlaFailBps(t *testing.T) {
	c := sim.DefaultConfig(contracts.PublicPreset())
	c.Trials = 300
	for _, x := range []float64{0.1, 0.2} {
		c.Provider, c.Kits = sim.Behaviour{Kind: sim.Fake, X: x}, true
		if !c.Provider.AtFault(c.Rules) {
			t.Fatalf("faking %.0f %% is under slaFailBps %d", 100*x, c.Rules.SlaFailBps)
		}
		if got := run(t, c).SegmentViolation; got.P < 0.99 {
			t.Errorf("kits, faking %.0f %%: Violation %s, want ≥ 99 %%", 100*x, got)
		}
	}
	c.Provider, c.Kits = sim.Behaviour{Kind: sim.Fake, X: 0.2}, false
	if got := run(t, c).SegmentViolation; got.P != 0 {
		t.Errorf("signed probes, faking 20 %%: Violation %s; they compare status only", got)
	}
}

// SPEC §4.4: against an honest committee, reporting what one saw pays at least as well as any
// other strategy, and strictly better than framing, silence, or hiding a violation.
func TestPayoff_HonestReportingPaysBest(t *testing.T) {
	for _, b := range []sim.Behaviour{{Kind: sim.Honest}, {Kind: sim.Drop, X: 0.5}, {Kind: sim.Down, X: 0.5}} {
		c := dev(0, 1000)
		c.Provider = b
		s := run(t, c)
		h := s.Payoff["honest"]
		if h < s.Payoff["always-false"] || h <= s.Payoff["always-true"] && !b.AtFault(c.Rules) || h <= s.Payoff["silent"] {
			t.Errorf("%s: payoffs %v", b, s.Payoff)
		}
		if b.AtFault(c.Rules) && h <= s.Payoff["always-false"] {
			t.Errorf("%s: hiding the violation pays %v, honesty %v", b, s.Payoff["always-false"], h)
		}
	}
}

func TestRun_TheSeedDecides(t *testing.T) {
	c := dev(0, 300)
	c.Provider = sim.Behaviour{Kind: sim.Drop, X: 0.15}
	a, b := run(t, c), run(t, c)
	c.Seed = 2
	other := run(t, c)
	if a.SegmentViolation != b.SegmentViolation || a.ProbesPerMember != b.ProbesPerMember {
		t.Errorf("same seed, different results: %v / %v", a.SegmentViolation, b.SegmentViolation)
	}
	if a.SegmentViolation == other.SegmentViolation && a.ProbesPerMember == other.ProbesPerMember {
		t.Errorf("seeds 1 and 2 gave the same result %v", a.SegmentViolation)
	}
}

func TestConfig_BadInputSaysWhatToDo(t *testing.T) {
	base := sim.DefaultConfig(contracts.DevPreset())
	for _, tc := range []struct {
		change func(*sim.Config)
		want   string
	}{
		{func(c *sim.Config) { c.Committee = 2 }, "draws 3 to 15"},
		{func(c *sim.Config) { c.Pool = 2 }, "smaller than the committee"},
		{func(c *sim.Config) { c.Segments = 9 }, "allows 1 to 8"},
		{func(c *sim.Config) { c.DrawLag = c.Segment }, "leaves no time"},
		{func(c *sim.Config) { c.Rules.SlaMinFailures = 0 }, "slaMinFailures is 0"},
		{func(c *sim.Config) { c.Collude = "nobody" }, "provider or the customer"},
		{func(c *sim.Config) { c.Trials = 0 }, "at least one lease"},
	} {
		c := base
		tc.change(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate() = %v, want it to say %q", err, tc.want)
		}
	}
	for in, want := range map[string]string{"drop": "needs a share", "down:150%": "between 0 and 1", "honest:1": "takes no share", "slow": "unknown provider behaviour"} {
		if _, err := sim.ParseBehaviour(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseBehaviour(%q) = %v, want %q", in, err, want)
		}
	}
	for in, want := range map[string]float64{"5%": 0.05, "0.2": 0.2, "1/3": 1.0 / 3} {
		if got, err := sim.ParseShare(in); err != nil || got != want {
			t.Errorf("ParseShare(%q) = %v, %v", in, got, err)
		}
	}
}

// SPEC §4.4's table and the threshold rule, as the simulator applies them.
func TestPayoff_IsTheSpecsTable(t *testing.T) {
	want := map[bool]map[sim.Report]int{true: {sim.True: 10, sim.False: 0, sim.Silent: -1}, false: {sim.True: -1, sim.False: 1, sim.Silent: -1}}
	for v, row := range want {
		for r, p := range row {
			if got := sim.Payoff(v, r); got != p {
				t.Errorf("Payoff(violated %v, %s) = %d, want %d", v, r, got, p)
			}
		}
	}
	for _, tc := range []struct {
		reports []sim.Report
		want    bool
	}{
		{[]sim.Report{sim.True, sim.True, sim.False}, true},
		{[]sim.Report{sim.True, sim.Silent, sim.Silent}, false},
		{[]sim.Report{sim.True, sim.True, sim.False, sim.False}, false}, // M = 3 of 4
		{[]sim.Report{sim.True, sim.True, sim.True, sim.False, sim.Silent}, true},
	} {
		if got := sim.Verdict(tc.reports); got != tc.want {
			t.Errorf("Verdict(%v) = %v", tc.reports, got)
		}
	}
}

func TestDraw_NDistinctMembersFromTheSeed(t *testing.T) {
	seed := [32]byte{7}
	a := sim.Draw(seed, 10, 5)
	if len(a) != 5 {
		t.Fatalf("drew %v", a)
	}
	seen := map[int]bool{}
	for _, m := range a {
		if seen[m] || m < 0 || m >= 10 {
			t.Fatalf("drew %v: not 5 distinct of 10", a)
		}
		seen[m] = true
	}
	if b := sim.Draw(seed, 10, 5); len(b) != 5 || b[0] != a[0] || b[4] != a[4] {
		t.Errorf("the same seed drew %v then %v", a, b)
	}
}
