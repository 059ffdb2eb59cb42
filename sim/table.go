package sim

import (
	"fmt"
	"io"
	"math"
	"text/tabwriter"
)

// Case is one row of the standard table: a name and what it changes in the base case.
type Case struct {
	Name  string
	Apply func(*Config)
}

func behave(k Kind, x float64) func(*Config) {
	return func(c *Config) { c.Provider = Behaviour{Kind: k, X: x} }
}

// Cases are the cases of issue 17 / docs/trust.md: honest providers on lossy networks,
// providers dropping traffic or down for a stretch, serving witnesses only, lying about
// function faults, and committees with a dishonest third.
func Cases() []Case {
	cs := []Case{
		{"honest, clean network", func(*Config) {}},
		{"honest, 1 % packet loss", func(c *Config) { c.Network.Loss = 0.01 }},
		{"honest, 5 % packet loss, 2 s stalls in 5 %", func(c *Config) { c.Network.Loss, c.Network.StallProb = 0.05, 0.05 }},
		{"honest, its function fails 30 % itself", func(c *Config) { c.FunctionFaults = 0.3 }},
	}
	for _, x := range []float64{0.01, 0.05, 0.10, 0.20, 0.50} {
		cs = append(cs, Case{fmt.Sprintf("drops %g %% of requests", 100*x), behave(Drop, x)})
	}
	for _, x := range []float64{0.05, 0.20, 0.50} {
		cs = append(cs, Case{fmt.Sprintf("down %g %% of the segment", 100*x), behave(Down, x)})
	}
	cs = append(cs,
		Case{"serves witnesses only, signed probes", behave(WitnessesOnly, 0)},
		Case{"serves witnesses only, probe kits", func(c *Config) { c.Provider, c.Kits = Behaviour{Kind: WitnessesOnly}, true }},
		Case{"refuses kit keys 429, probe kits", func(c *Config) { c.Provider, c.Kits = Behaviour{Kind: RefuseKits}, true }},
		Case{"claims function-crashed on 20 %", behave(Lie, 0.2)},
		Case{"fakes a 200 on 20 %, signed probes", behave(Fake, 0.2)},
		Case{"fakes a 200 on 20 %, probe kits", func(c *Config) { c.Provider, c.Kits = Behaviour{Kind: Fake, X: 0.2}, true }},
		Case{"fakes a 200 on 60 %, probe kits", func(c *Config) { c.Provider, c.Kits = Behaviour{Kind: Fake, X: 0.6}, true }},
		Case{"honest, 1/3 of the pool for the customer", func(c *Config) { c.Dishonest, c.Collude = 1.0/3, ForCustomer }},
		Case{"drops 20 %, 1/3 of the pool for the provider", func(c *Config) { behave(Drop, 0.2)(c); c.Dishonest = 1.0 / 3 }},
		Case{"drops 20 %, 1/3 for the provider, N = 7", func(c *Config) { behave(Drop, 0.2)(c); c.Dishonest, c.Committee = 1.0/3, 7 }},
		Case{"drops 20 %, 1/3 for the provider, N = 15", func(c *Config) { behave(Drop, 0.2)(c); c.Dishonest, c.Committee = 1.0/3, 15 }},
	)
	return cs
}

// Row is one case's measurements.
type Row struct {
	Case    string  `json:"case"`
	Summary Summary `json:"summary"`
	// Lease4 is P(at least one violated segment in a lease of 4), from the per-segment rate
	// (segments are independent: fresh committee, fresh window).
	Lease4 float64 `json:"lease4"`
}

// Table runs every case on base (each with base's trials and seed).
func Table(base Config) ([]Row, error) {
	var rows []Row
	for _, cs := range Cases() {
		c := base
		cs.Apply(&c)
		r, err := Run(c)
		if err != nil {
			return nil, fmt.Errorf("case %q: %w", cs.Name, err)
		}
		s := r.Summarize(nil)
		rows = append(rows, Row{Case: cs.Name, Summary: s, Lease4: 1 - math.Pow(1-s.SegmentViolation.P, 4)})
	}
	return rows, nil
}

// WriteTable prints the rows.
func WriteTable(w io.Writer, base Config, rows []Row) {
	fmt.Fprintf(w, "preset %s: slaFailBps %d, slaMinFailures %d, a probe per %s; segments of %s probed from %s; N = %d of a pool of %d; %d segments per case, seed %d\n\n",
		base.Preset.Name, base.Rules.SlaFailBps, base.Rules.SlaMinFailures, base.Rules.ProbeEvery, base.Segment, base.DrawLag, base.Committee, base.Pool, base.Trials*base.Segments, base.Seed)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "case\tat fault\tP(Violation) per segment [95 % CI]\tper lease of 4\tprobes/member\tpayoff honest / always-false / always-true (s)")
	for _, r := range rows {
		s := r.Summary
		fault := "no"
		if s.AtFault {
			fault = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.1f\t%+.2f / %+.2f / %+.2f\n", r.Case, fault, s.SegmentViolation, percent(r.Lease4), s.ProbesPerMember,
			s.Payoff["honest"], s.Payoff["always-false"], s.Payoff["always-true"])
	}
	tw.Flush()
}
