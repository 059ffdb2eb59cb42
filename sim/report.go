package sim

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"text/tabwriter"

	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// Rate is an estimated probability with its 95 % Wilson score interval.
type Rate struct {
	Hits int64   `json:"hits"`
	Of   int64   `json:"of"`
	P    float64 `json:"p"`
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// Valid is false for a rate of nothing (no trials).
	Valid bool `json:"-"`
}

// NewRate is hits out of n with its 95 % Wilson interval.
func NewRate(hits, n int64) Rate {
	if n == 0 {
		return Rate{}
	}
	const z = 1.959963984540054
	p := float64(hits) / float64(n)
	nf := float64(n)
	den := 1 + z*z/nf
	mid := (p + z*z/(2*nf)) / den
	half := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / den
	return Rate{Hits: hits, Of: n, P: p, Low: max(0, mid-half), High: min(1, mid+half), Valid: true}
}

func (r Rate) String() string {
	if !r.Valid {
		return "—"
	}
	return fmt.Sprintf("%s [%s, %s]", percent(r.P), percent(r.Low), percent(r.High))
}

func percent(p float64) string {
	switch {
	case p == 0:
		return "0 %"
	case p < 0.0001:
		return fmt.Sprintf("%.4f %%", 100*p)
	case p < 0.01:
		return fmt.Sprintf("%.3f %%", 100*p)
	}
	return fmt.Sprintf("%.1f %%", 100*p)
}

// Summary is what `defaas sim` prints for one case.
type Summary struct {
	Preset   string `json:"preset"`
	Provider string `json:"provider"`
	AtFault  bool   `json:"atFault"`
	// Segment and lease verdicts.
	SegmentViolation Rate `json:"segmentViolation"`
	LeaseViolation   Rate `json:"leaseViolation"`
	// FalseViolation: an honest (not at fault) provider punished, per segment; MissedViolation:
	// a provider at fault let off, per segment. One of them is "—" for each case.
	FalseViolation  *Rate `json:"falseViolation,omitempty"`
	MissedViolation *Rate `json:"missedViolation,omitempty"`
	// HonestMemberTrue: an honest member's report said "violation".
	HonestMemberTrue Rate `json:"honestMemberTrue"`
	// DishonestMajority: the committee's majority was dishonest.
	DishonestMajority Rate `json:"dishonestMajority"`
	// ProbesPerMember: counted probes (served + failed) per honest member and segment;
	// FailedShare the failed share of them; InconclusivePerMember the probes that counted for
	// nothing.
	ProbesPerMember       float64 `json:"probesPerMember"`
	FailedShare           float64 `json:"failedShare"`
	InconclusivePerMember float64 `json:"inconclusivePerMember"`
	// Payoff is one honest member's expected payoff per segment, in seat fees, for each
	// strategy (Strategies) had it played it alone.
	Payoff map[string]float64 `json:"payoffSeatFees"`
	// Money is the expected change of each party's FST per lease (Lease terms), if given.
	Money *ExpectedMoney `json:"money,omitempty"`
}

// ExpectedMoney is the expected FST per lease, by party.
type ExpectedMoney struct {
	Fee               string  `json:"fee"`
	SeatFee           string  `json:"seatFee"`
	ProviderEarns     string  `json:"providerEarns"`
	CollateralBurned  string  `json:"collateralBurned"`
	CustomerPays      string  `json:"customerPays"`
	WitnessesEarn     string  `json:"witnessesEarn"`
	OpenersEarn       string  `json:"openersEarn"`
	ViolatedSegments  float64 `json:"violatedSegments"`
	HonestMemberEarns string  `json:"honestMemberEarnsPerSeat"`
}

// Summarize turns the counts into rates, and into money for the lease terms l (nil: none).
func (r Result) Summarize(l *Lease) Summary {
	c := r.Config
	s := Summary{
		Preset: c.Preset.Name, Provider: c.Provider.String(), AtFault: c.Provider.AtFault(c.Rules),
		SegmentViolation:  NewRate(r.Violated, r.Segments),
		LeaseViolation:    NewRate(r.LeasesViolated, r.Leases),
		HonestMemberTrue:  NewRate(r.HonestTrue, r.HonestReports),
		DishonestMajority: NewRate(r.MajorityDishonest, r.Segments),
		Payoff:            map[string]float64{},
	}
	if s.AtFault {
		missed := NewRate(r.Segments-r.Violated, r.Segments)
		s.MissedViolation = &missed
	} else {
		falseAlarm := s.SegmentViolation
		s.FalseViolation = &falseAlarm
	}
	if r.HonestReports > 0 {
		counted := r.Served + r.Failed
		s.ProbesPerMember = float64(counted) / float64(r.HonestReports)
		s.InconclusivePerMember = float64(r.Inconclusive) / float64(r.HonestReports)
		if counted > 0 {
			s.FailedShare = float64(r.Failed) / float64(counted)
		}
	}
	if r.DeviationSeats > 0 {
		for i, name := range Strategies {
			s.Payoff[name] = float64(r.DeviationPayoff[i]) / float64(r.DeviationSeats)
		}
	}
	if l != nil && r.Leases > 0 {
		s.Money = r.money(*l)
	}
	return s
}

// money is the expected FST per lease under terms l, from the histogram of violated segments
// and the witnesses' payoffs (Settle's formulas, in expectation).
func (r Result) money(l Lease) *ExpectedMoney {
	n := big.NewInt(r.Leases)
	segs := int64(l.Segments)
	perSegment := new(big.Int).Div(l.Fee, big.NewInt(segs))
	earn, burn, vs := new(big.Int), new(big.Int), int64(0)
	for v, count := range r.ViolatedHist {
		c := big.NewInt(count)
		earn.Add(earn, new(big.Int).Mul(c, mul(perSegment, segs-int64(v))))
		burn.Add(burn, new(big.Int).Mul(c, new(big.Int).Div(mul(l.Collateral, int64(v)), big.NewInt(segs))))
		vs += count * int64(v)
	}
	// per lease: S segments' witness units, scaled from the simulated segments
	units := new(big.Int).Mul(big.NewInt(r.WitnessUnits), l.SeatFee)
	openers := mul(l.SeatFee, segs-1)
	// the customer pays the fee less refunds, what members gained (losses are burned from
	// their stakes, not paid to it) and the openers
	gains := new(big.Int).Mul(big.NewInt(r.WitnessUnits+r.WitnessLosses), l.SeatFee)
	cust := new(big.Int).Add(earn, gains)
	cust.Add(cust, new(big.Int).Mul(openers, n))
	honest, perSeat := 0.0, new(big.Int)
	if r.DeviationSeats > 0 {
		honest = float64(r.DeviationPayoff[0]) / float64(r.DeviationSeats)
		perSeat = fstDiv(new(big.Int).Mul(big.NewInt(r.DeviationPayoff[0]), l.SeatFee), big.NewInt(r.DeviationSeats))
	}
	return &ExpectedMoney{
		Fee: market.FormatFST(l.Fee), SeatFee: market.FormatFST(l.SeatFee),
		ProviderEarns:     fst(earn, n),
		CollateralBurned:  fst(burn, n),
		CustomerPays:      fst(cust, n),
		WitnessesEarn:     fst(units, n),
		OpenersEarn:       market.FormatFST(openers),
		ViolatedSegments:  float64(vs) / float64(r.Leases),
		HonestMemberEarns: fmt.Sprintf("%s (%.3f s)", market.FormatFST(perSeat), honest),
	}
}

// fst is total / n FST, rounded to a millionth of a token.
func fst(total, n *big.Int) string { return market.FormatFST(fstDiv(total, n)) }

func fstDiv(total, n *big.Int) *big.Int {
	unit := new(big.Int).Mul(n, big.NewInt(1e12))
	q := new(big.Int).Quo(total, unit)
	return q.Mul(q, big.NewInt(1e12))
}

// WriteText prints a case's summary as a table.
func (s Summary) WriteText(w io.Writer, c Config, trials int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(tw, "%s\t%v\n", k, v) }
	fault := "not at fault"
	if s.AtFault {
		fault = "at fault (fails users beyond slaFailBps)"
	}
	row("preset", fmt.Sprintf("%s: slaFailBps %d, slaMinFailures %d, a probe per %s, timeout %s", c.Preset.Name, c.Rules.SlaFailBps, c.Rules.SlaMinFailures, c.Rules.ProbeEvery, c.Rules.ProbeTimeout()))
	row("lease", fmt.Sprintf("%d segment(s) of %s, members probe from %s; committee %d of a pool of %d, %s dishonest (for the %s)", c.Segments, c.Segment, c.DrawLag, c.Committee, c.Pool, pct(c.Dishonest), c.Collude))
	kits := "signed probes"
	if c.Kits {
		kits = fmt.Sprintf("probe kits (%d keys)", c.KitKeys)
	}
	row("provider", fmt.Sprintf("%s, %s; %s; function faults %s", s.Provider, fault, kits, pct(c.FunctionFaults)))
	row("network", fmt.Sprintf("rtt %s, packet loss %s over %d packets (rto %s), stalls of %s in %s of probes", c.Network.RTT, pct(c.Network.Loss), c.Network.Packets, c.Network.RTO, c.Network.Stall, pct(c.Network.StallProb)))
	row("trials", fmt.Sprintf("%d leases, seed %d", trials, c.Seed))
	row("", "")
	row("Violation per segment", s.SegmentViolation)
	row(fmt.Sprintf("Violation in a lease (≥ 1 of %d)", c.Segments), s.LeaseViolation)
	opt := func(r *Rate) string {
		if r == nil {
			return "—"
		}
		return r.String()
	}
	row("false Violation (honest provider punished)", opt(s.FalseViolation))
	row("missed Violation (provider at fault let off)", opt(s.MissedViolation))
	row("honest member reports true", s.HonestMemberTrue)
	row("committee with a dishonest majority", s.DishonestMajority)
	row("probes counted per member", fmt.Sprintf("%.1f (failed %s, inconclusive %.1f)", s.ProbesPerMember, percent(s.FailedShare), s.InconclusivePerMember))
	pay := ""
	for _, name := range Strategies {
		pay += fmt.Sprintf("%s %+.3f s   ", name, s.Payoff[name])
	}
	row("a member's payoff per segment", pay)
	if m := s.Money; m != nil {
		row("", "")
		row("money per lease (expected)", fmt.Sprintf("fee %s FST, seat fee s = %s FST", m.Fee, m.SeatFee))
		row("  provider earns", m.ProviderEarns+" FST")
		row("  provider's collateral burned", m.CollateralBurned+" FST")
		row("  customer pays (fee kept, witnesses, openers)", m.CustomerPays+" FST")
		row("  witnesses' stakes change by", m.WitnessesEarn+" FST")
		row("  segment openers earn", m.OpenersEarn+" FST")
		row("  violated segments", fmt.Sprintf("%.4f", m.ViolatedSegments))
		row("  an honest member earns per seat", m.HonestMemberEarns+" FST")
	}
	tw.Flush()
}

// Analytic is the verdict probability when every probe fails independently with chance q and
// every member counts exactly n probes: a member reports with P = Σ_f Bin(n, q)(f) ×
// [witness.Violated(f of n)], and the committee of N honest members finds a Violation with
// P(at least M of N report) — the bound the simulated rates are held to.
func Analytic(r witness.Rules, n int, q float64, committee int) (member, verdict float64) {
	for f := 0; f <= n; f++ {
		if witness.Violated(witness.Tally{Failed: f, Served: n - f}, r) {
			member += binomial(n, f, q)
		}
	}
	for w := Threshold(committee); w <= committee; w++ {
		verdict += binomial(committee, w, member)
	}
	return member, verdict
}

func binomial(n, k int, p float64) float64 {
	lg := func(x int) float64 { v, _ := math.Lgamma(float64(x + 1)); return v }
	if p == 0 {
		if k == 0 {
			return 1
		}
		return 0
	}
	if p == 1 {
		if k == n {
			return 1
		}
		return 0
	}
	return math.Exp(lg(n) - lg(k) - lg(n-k) + float64(k)*math.Log(p) + float64(n-k)*math.Log1p(-p))
}

// ExpectedProbes is the number of probe slots a member gets in a segment under the daemon's
// schedule (one per ProbeEvery stretched by 0–50 %, from the draw lag), the module's fetch
// among them.
func ExpectedProbes(c Config) float64 {
	if c.Probes > 0 {
		return float64(c.Probes)
	}
	return float64(c.Segment-c.DrawLag) / (1.25 * float64(c.Rules.ProbeEvery))
}
