// Package sim measures how far a verdict can be trusted: a Monte Carlo simulation of committees
// watching leases, in which every decision is the protocol's own code — each probe is judged
// by witness.Classify (re-runs included), each member's report by witness.Violated, each
// committee is drawn by the WitnessPool's candidate sequence (SPEC §4.2) and decided by its
// threshold rule, and the money follows the contracts' formulas (econ.go). What is modelled
// is only what the protocol does not decide: the network (packet loss with TCP's
// retransmissions, stalls), the provider's behaviour (honest, dropping a share of requests,
// down for a stretch, serving witnesses only, lying about function faults) and the witnesses
// (honest, or a share of the pool colluding with the provider or the customer).
//
// `defaas sim` runs it; docs/trust.md gives the measured rates for the presets.
package sim

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/witness"
)

// Kind is a provider's behaviour.
type Kind string

const (
	// Honest serves every request it gets (the network may still lose some).
	Honest Kind = "honest"
	// Drop answers a share X of requests, at random, with nothing (the connection reset).
	Drop Kind = "drop"
	// Down is unreachable for one contiguous stretch, a share X of each segment, at a random
	// place in it.
	Down Kind = "down"
	// WitnessesOnly serves signed requests (which name a committee member) and drops every
	// other: its users get nothing. Probe kits make members' probes look like users' requests.
	WitnessesOnly Kind = "witnesses-only"
	// RefuseKits serves signed requests and answers every API-key request 429 throttled, which
	// a member counts as inconclusive (the customer set its keys' limits) and retries signed.
	RefuseKits Kind = "refuse-kits"
	// Lie answers a share X of requests "function-crashed" without running the function.
	Lie Kind = "lie"
	// Fake answers a share X of requests with a made-up 200 without running the function.
	Fake Kind = "fake"
)

var kinds = []Kind{Honest, Drop, Down, WitnessesOnly, RefuseKits, Lie, Fake}

// Behaviour is what a provider does: a kind and, for drop, down, lie and fake, the share X.
type Behaviour struct {
	Kind Kind
	X    float64
}

// ParseBehaviour reads "honest", "witnesses-only", "refuse-kits" or "drop:0.1", "down:20%",
// "lie:0.05", "fake:5%".
func ParseBehaviour(s string) (Behaviour, error) {
	name, share, hasShare := strings.Cut(s, ":")
	k := Kind(name)
	known := false
	for _, x := range kinds {
		known = known || x == k
	}
	if !known {
		return Behaviour{}, fmt.Errorf("unknown provider behaviour %q: use honest, drop:X, down:X, witnesses-only, refuse-kits, lie:X or fake:X", s)
	}
	b := Behaviour{Kind: k}
	needsShare := k == Drop || k == Down || k == Lie || k == Fake
	switch {
	case needsShare && !hasShare:
		return Behaviour{}, fmt.Errorf("provider behaviour %q needs a share: %s:0.1 or %s:10%%", s, k, k)
	case !needsShare && hasShare:
		return Behaviour{}, fmt.Errorf("provider behaviour %q takes no share", s)
	case needsShare:
		x, err := ParseShare(share)
		if err != nil {
			return Behaviour{}, fmt.Errorf("provider behaviour %q: %w", s, err)
		}
		b.X = x
	}
	return b, nil
}

// ParseShare reads a share in [0, 1], as "0.05", "5%" or "1/3".
func ParseShare(s string) (float64, error) {
	t, pct := strings.CutSuffix(strings.TrimSpace(s), "%")
	var x float64
	var err error
	if num, den, frac := strings.Cut(t, "/"); frac && !pct {
		var a, b float64
		if a, err = strconv.ParseFloat(num, 64); err == nil {
			if b, err = strconv.ParseFloat(den, 64); err == nil && b == 0 {
				err = errors.New("division by zero")
			}
		}
		x = a / b
	} else {
		x, err = strconv.ParseFloat(t, 64)
	}
	if pct {
		x /= 100
	}
	if err != nil || math.IsNaN(x) || x < 0 || x > 1 {
		return 0, fmt.Errorf("%q is not a share between 0 and 1 (0.05, 5%% or 1/3)", s)
	}
	return x, nil
}

func (b Behaviour) String() string {
	if b.Kind == Drop || b.Kind == Down || b.Kind == Lie || b.Kind == Fake {
		return fmt.Sprintf("%s:%s", b.Kind, pct(b.X))
	}
	return string(b.Kind)
}

// AtFault says whether the behaviour breaks the SLA as the protocol states it: more than
// slaFailBps of its users' requests go unserved (serving witnesses only, all of them).
func (b Behaviour) AtFault(r witness.Rules) bool {
	switch b.Kind {
	case Honest:
		return false
	case WitnessesOnly, RefuseKits:
		return true
	}
	return b.X*10_000 > float64(r.SlaFailBps)
}

// Side is whom dishonest witnesses work for.
type Side string

const (
	// ForProvider: they always report "no violation" (also the lazy witness's strategy).
	ForProvider Side = "provider"
	// ForCustomer: they always report "violation" (framing the provider).
	ForCustomer Side = "customer"
)

// Network is the path between a member and the provider.
type Network struct {
	// RTT is a probe's round trip without losses.
	RTT time.Duration
	// Loss is the chance that any one packet is lost; Packets is how many a probe exchanges
	// (handshake, request, response, close). TCP resends a lost packet after RTO, doubling
	// for each further loss of the same packet (RTO is Linux's initial, 1 s).
	Loss    float64
	Packets int
	RTO     time.Duration
	// StallProb is the chance that a probe's answer stalls for Stall.
	StallProb float64
	Stall     time.Duration
}

// Config is one simulated case.
type Config struct {
	Preset contracts.Preset
	// Rules are the probe rules: the preset's, with slaFailBps and slaMinFailures
	// overridable to explore other values.
	Rules witness.Rules
	// Committee is N; Pool the number of staked witnesses the committee is drawn from, of
	// which a share Dishonest works for Collude.
	Committee int
	Pool      int
	Dishonest float64
	Collude   Side
	// Segments is S; Segment each segment's length; DrawLag how long after a segment's start
	// its members begin probing (the committee is requested at the start, drawn blockNeed
	// blocks later, then found by the daemons).
	Segments int
	Segment  time.Duration
	DrawLag  time.Duration
	// Probes, when not zero, is the number of probes each member sends in its segment, at
	// uniformly random times; zero: the witness daemon's schedule (one per ProbeEvery,
	// stretched by a random 0–50 %, the first at a random point of the first interval).
	Probes int
	// Kits: members probe with the customer's probe kit (KitKeys API keys, requests the
	// customer marked deterministic) instead of signed requests.
	Kits    bool
	KitKeys int
	// FunctionFaults is the share of requests the customer's own function fails
	// (function-crashed, which a re-run reproduces).
	FunctionFaults float64
	Provider       Behaviour
	Network        Network
	// Trials is the number of leases simulated; Seed makes a run reproducible.
	Trials int
	Seed   uint64
}

// DefaultConfig is a preset's case: an honest provider on a clean network, N = 3, one
// segment of the preset's typical length (dev: the demo's 15 s; public: one hour), members
// probing from (blockNeed + 2) blocks after the start (1 s blocks on dev, 12 s on public).
func DefaultConfig(p contracts.Preset) Config {
	c := Config{
		Preset: p, Rules: RulesOf(p), Committee: 3, Pool: 100, Collude: ForProvider,
		Segments: 1, KitKeys: 3, Provider: Behaviour{Kind: Honest},
		Network: Network{RTT: 50 * time.Millisecond, Packets: 10, RTO: time.Second, Stall: 2 * time.Second},
		Trials:  10_000, Seed: 1,
	}
	block := 12 * time.Second
	c.Segment = time.Hour
	if p.Name == contracts.PresetDev {
		block, c.Segment = time.Second, 15*time.Second
	}
	c.DrawLag = time.Duration(p.Pool.BlockNeed+2) * block
	return c
}

// RulesOf are the probe rules of a preset (witness.RulesOf of its parameters on chain).
func RulesOf(p contracts.Preset) witness.Rules {
	m := p.Market
	return witness.Rules{
		RequestTimeout: time.Duration(m.RequestTimeout) * time.Second,
		ProbeMargin:    time.Duration(m.ProbeMargin) * time.Second,
		ProbeEvery:     time.Minute / time.Duration(max(m.ProbeRatePerMinute, 1)),
		ProbeBurst:     int(m.ProbeBurst), SlaFailBps: m.SlaFailBps, SlaMinFailures: m.SlaMinFailures,
	}
}

// Validate says what is wrong with a case, in one line.
func (c Config) Validate() error {
	if err := c.Rules.Validate(); err != nil {
		return err
	}
	switch {
	case c.Rules.SlaFailBps > 10_000:
		return fmt.Errorf("slaFailBps %d is above 10000 (100 %%)", c.Rules.SlaFailBps)
	case c.Committee < 3 || c.Committee > int(c.Preset.Market.MaxWitnesses):
		return fmt.Errorf("committee %d: the %s preset draws 3 to %d witnesses", c.Committee, c.Preset.Name, c.Preset.Market.MaxWitnesses)
	case c.Pool < c.Committee:
		return fmt.Errorf("pool %d is smaller than the committee %d: a committee needs N distinct witnesses", c.Pool, c.Committee)
	case c.Dishonest < 0 || c.Dishonest > 1:
		return fmt.Errorf("dishonest share %g is not between 0 and 1", c.Dishonest)
	case c.Collude != ForProvider && c.Collude != ForCustomer:
		return fmt.Errorf("collude %q: dishonest witnesses work for the provider or the customer", c.Collude)
	case c.Segments < 1 || c.Segments > int(c.Preset.Market.MaxSegments):
		return fmt.Errorf("segments %d: the %s preset allows 1 to %d", c.Segments, c.Preset.Name, c.Preset.Market.MaxSegments)
	case c.Segment <= 0:
		return errors.New("the segment length must be positive")
	case c.DrawLag < 0 || c.DrawLag >= c.Segment:
		return fmt.Errorf("draw lag %s leaves no time to probe a segment of %s", c.DrawLag, c.Segment)
	case c.Probes < 0:
		return fmt.Errorf("probes %d: give a positive count, or 0 for the daemon's schedule", c.Probes)
	case c.Kits && c.KitKeys < 1:
		return errors.New("a probe kit needs at least one key")
	case c.FunctionFaults < 0 || c.FunctionFaults > 1:
		return fmt.Errorf("function faults %g is not a share between 0 and 1", c.FunctionFaults)
	case c.Network.Loss < 0 || c.Network.Loss >= 1 || c.Network.StallProb < 0 || c.Network.StallProb > 1:
		return errors.New("packet loss must be in [0, 1) and the stall chance in [0, 1]")
	case c.Network.Packets < 1 || c.Network.RTO <= 0 || c.Network.RTT < 0 || c.Network.Stall < 0:
		return errors.New("the network needs at least one packet per probe, a positive RTO and non-negative times")
	case c.Trials < 1:
		return fmt.Errorf("trials %d: simulate at least one lease", c.Trials)
	}
	return nil
}

// The strategies a member's expected payoff is measured for (SPEC §4.4): reporting what it
// saw, always "no violation" (the lazy or bribed), always "violation", revealing nothing.
var Strategies = []string{"honest", "always-false", "always-true", "silent"}

// Result counts what happened over every simulated lease.
type Result struct {
	Config Config
	Leases int64
	// Segments simulated, and those whose verdict was Violation.
	Segments, Violated int64
	// LeasesViolated: leases with at least one violated segment.
	LeasesViolated int64
	// MajorityDishonest: segments whose committee had a dishonest majority.
	MajorityDishonest int64
	// Honest members' reports, and those that said "violation".
	HonestReports, HonestTrue int64
	// Honest members' probes by outcome (the module's fetch counted when refused).
	Served, Failed, Inconclusive int64
	// DeviationPayoff[i] sums, over segments with an honest member, that member's payoff
	// in seat fees had it played Strategies[i] while everyone else kept theirs.
	DeviationPayoff [4]int64
	DeviationSeats  int64
	// ViolatedHist[v] is the number of leases with v violated segments.
	ViolatedHist []int64
	// WitnessUnits sums every member's payoff in seat fees; WitnessLosses counts the seats
	// that lost one.
	WitnessUnits, WitnessLosses int64
}

// Run simulates c.Trials leases. Each lease draws from its own random stream (seed, index),
// so the result depends on the seed alone, however many goroutines share the work.
func Run(c Config) (Result, error) {
	if err := c.Validate(); err != nil {
		return Result{}, err
	}
	workers := min(runtime.GOMAXPROCS(0), c.Trials)
	parts := make([]Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &parts[w]
			r.ViolatedHist = make([]int64, c.Segments+1)
			for i := w; i < c.Trials; i += workers {
				lease(c, rand.New(rand.NewPCG(c.Seed, uint64(i))), r)
			}
		}()
	}
	wg.Wait()
	total := Result{Config: c, ViolatedHist: make([]int64, c.Segments+1)}
	for _, p := range parts {
		total.add(p)
	}
	return total, nil
}

func (r *Result) add(p Result) {
	r.Leases += p.Leases
	r.Segments += p.Segments
	r.Violated += p.Violated
	r.LeasesViolated += p.LeasesViolated
	r.MajorityDishonest += p.MajorityDishonest
	r.HonestReports += p.HonestReports
	r.HonestTrue += p.HonestTrue
	r.Served += p.Served
	r.Failed += p.Failed
	r.Inconclusive += p.Inconclusive
	for i := range r.DeviationPayoff {
		r.DeviationPayoff[i] += p.DeviationPayoff[i]
	}
	r.DeviationSeats += p.DeviationSeats
	for i := range r.ViolatedHist {
		r.ViolatedHist[i] += p.ViolatedHist[i]
	}
	r.WitnessUnits += p.WitnessUnits
	r.WitnessLosses += p.WitnessLosses
}

// lease simulates one lease: S segments, each with a fresh committee.
func lease(c Config, rng *rand.Rand, r *Result) {
	r.Leases++
	v := 0
	for range c.Segments {
		if segment(c, rng, r) {
			v++
		}
	}
	r.ViolatedHist[v]++
	if v > 0 {
		r.LeasesViolated++
	}
}

// segment simulates one segment's committee: draw, probes, reports, verdict, payoffs.
func segment(c Config, rng *rand.Rand, r *Result) bool {
	members := Draw(seed(rng), c.Pool, c.Committee)
	dishonest := int(math.Round(c.Dishonest * float64(c.Pool))) // witnesses 0 … dishonest−1
	p := newProvider(c, rng)
	reports := make([]Report, len(members))
	honestSeat, bad := -1, 0
	for i, m := range members {
		if m < dishonest {
			bad++
			reports[i] = False
			if c.Collude == ForCustomer {
				reports[i] = True
			}
			continue
		}
		t := probe(c, rng, p)
		r.Served += int64(t.Served)
		r.Failed += int64(t.Failed)
		r.Inconclusive += int64(t.Inconclusive)
		r.HonestReports++
		reports[i] = False
		if witness.Violated(t, c.Rules) {
			reports[i] = True
			r.HonestTrue++
		}
		if honestSeat < 0 {
			honestSeat = i
		}
	}
	if bad >= Threshold(len(members)) {
		r.MajorityDishonest++
	}
	violated := Verdict(reports)
	r.Segments++
	if violated {
		r.Violated++
	}
	for _, rep := range reports {
		u := Payoff(violated, rep)
		r.WitnessUnits += int64(u)
		if u < 0 {
			r.WitnessLosses++
		}
	}
	if honestSeat >= 0 {
		r.DeviationSeats++
		own := reports[honestSeat]
		for i, alt := range []Report{own, False, True, Silent} {
			reports[honestSeat] = alt
			r.DeviationPayoff[i] += int64(Payoff(Verdict(reports), alt))
		}
		reports[honestSeat] = own
	}
	return violated
}

func seed(rng *rand.Rand) [32]byte {
	var s [32]byte
	for i := 0; i < 32; i += 8 {
		v := rng.Uint64()
		for j := range 8 {
			s[i+j] = byte(v >> (8 * j))
		}
	}
	return s
}

// Draw is the WitnessPool's committee (SPEC §4.2, WitnessPool.drawCommittee) over a list of
// `pool` witnesses, all eligible: candidates list[keccak256(abi.encode(seed, i)) % L] for
// i = 0, 1, …, the first n distinct ones, within 8L tries. It returns list indices.
func Draw(seed [32]byte, pool, n int) []int {
	members := make([]int, 0, n)
	seen := make(map[int]bool, n)
	var buf [64]byte
	copy(buf[:32], seed[:])
	L := big.NewInt(int64(pool))
	for i := 0; len(members) < n && i < 8*pool; i++ {
		new(big.Int).SetInt64(int64(i)).FillBytes(buf[32:])
		h := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
		m := int(h.Mod(h, L).Int64())
		if !seen[m] {
			seen[m] = true
			members = append(members, m)
		}
	}
	return members
}

func pct(x float64) string {
	return strconv.FormatFloat(x*100, 'g', 4, 64) + "%"
}
