// The simulated parties: a provider with its network and its ways of cheating, and a member's prober, whose answers go to the witness's own Classify.

package sim

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/witness"
)

// provider is a provider's state in one segment.
type provider struct {
	c          Config
	downFrom   time.Duration
	downUntil  time.Duration
	base       time.Time
	realBody   [32]byte
	fakeBody   [32]byte
	probeLimit time.Duration
}

func newProvider(c Config, rng *rand.Rand) *provider {
	p := &provider{c: c, base: time.Unix(1_800_000_000, 0), realBody: [32]byte{1}, fakeBody: [32]byte{2}, probeLimit: c.Rules.ProbeTimeout()}
	if c.Provider.Kind == Down {
		stretch := time.Duration(c.Provider.X * float64(c.Segment))
		p.downFrom = time.Duration(rng.Float64() * float64(c.Segment-stretch))
		p.downUntil = p.downFrom + stretch
	}
	return p
}

func (p *provider) down(t time.Duration) bool {
	return p.c.Provider.Kind == Down && t >= p.downFrom && t < p.downUntil
}

// latency is a probe's time on the network: the round trip, each lost packet's resends
// (RTO, doubling), a stall now and then.
func (p *provider) latency(rng *rand.Rand) time.Duration {
	n := p.c.Network
	d := n.RTT
	if n.Loss > 0 {
		for range n.Packets {
			for rto := n.RTO; rng.Float64() < n.Loss && d <= p.probeLimit; rto *= 2 {
				d += rto
			}
		}
	}
	if n.StallProb > 0 && rng.Float64() < n.StallProb {
		d += n.Stall
	}
	return d
}

// moduleServed says whether the member's fetch of the module at t succeeds.
func (p *provider) moduleServed(rng *rand.Rand, t time.Duration) bool {
	if p.down(t) || p.latency(rng) > p.probeLimit {
		return false
	}
	return !(p.c.Provider.Kind == Drop && rng.Float64() < p.c.Provider.X)
}

// answer is what a probe sent at t gets, with the member's re-run when it needs one, judged
// by witness.Classify.
func (p *provider) answer(rng *rand.Rand, t time.Duration, req witness.Request) witness.Decision {
	sent := p.base.Add(t)
	lat := p.latency(rng)
	probe := witness.Probe{Request: req, WithinRate: true, Sampled: rng.IntN(4) == 0}
	a := &probe.Answer
	a.Sent = sent
	cut := func(why string, after time.Duration) witness.Decision {
		a.Received, a.Err = sent.Add(after), why
		return witness.Classify(p.c.Rules, probe)
	}
	if lat > p.probeLimit {
		return cut("context deadline exceeded", p.probeLimit+time.Millisecond)
	}
	b := p.c.Provider
	switch {
	case p.down(t):
		return cut("connect: connection refused", p.c.Network.RTT)
	case b.Kind == Drop && rng.Float64() < b.X, b.Kind == WitnessesOnly && req.Auth == witness.AuthKey:
		return cut("read: connection reset by peer", lat)
	}
	a.Received = sent.Add(lat)
	if b.Kind == RefuseKits && req.Auth == witness.AuthKey {
		a.Status, a.Reason = 429, api.ReasonThrottled
		return witness.Classify(p.c.Rules, probe)
	}
	// Admitted half-way: the DeFaaS-Time lies within send and receive.
	a.Time = strconv.FormatInt(sent.Add(lat/2).UnixMilli(), 10)
	// What the function itself answers, which a re-run reproduces.
	fn := witness.Rerun{Status: 200, BodyHash: p.realBody, Duration: 10 * time.Millisecond}
	if p.c.FunctionFaults > 0 && rng.Float64() < p.c.FunctionFaults {
		fn.Status = 502
	}
	switch {
	case b.Kind == Lie && rng.Float64() < b.X:
		a.Status, a.Reason = 502, api.ReasonFunctionCrashed
	case b.Kind == Fake && rng.Float64() < b.X:
		a.Status, a.BodyHash = 200, p.fakeBody
	case fn.Status == 502:
		a.Status, a.Reason = 502, api.ReasonFunctionCrashed
	default:
		a.Status, a.BodyHash = 200, p.realBody
	}
	d := witness.Classify(p.c.Rules, probe)
	if d.Outcome == witness.NeedsRerun {
		probe.Rerun = &fn
		d = witness.Classify(p.c.Rules, probe)
	}
	return d
}

// prober is the member's choice of request, as the witness daemon's kitProber makes it: the
// kit's requests with its keys at random; a key refused counts for nothing and the request
// goes again signed as the next probe; a key refused twice is not used again.
type prober struct {
	kits    bool
	refused []int
	retry   bool
}

func (k *prober) next(rng *rand.Rand) (witness.Request, int) {
	signed := witness.SignedProbe
	if !k.kits {
		return signed, -1
	}
	signed.Deterministic = true // a kit's request, which the customer marked deterministic
	if k.retry {
		k.retry = false
		return signed, -1
	}
	var usable []int
	for i, n := range k.refused {
		if n < 2 {
			usable = append(usable, i)
		}
	}
	if len(usable) == 0 {
		return signed, -1
	}
	req := signed
	req.Auth, req.Key = witness.AuthKey, "dfk_sim"
	return req, usable[rng.IntN(len(usable))]
}

func (k *prober) observe(key int, d witness.Decision) {
	if key >= 0 && d.Rule == witness.RuleKeyRefused {
		k.refused[key]++
		k.retry = true
	}
}

// probe is one honest member's segment: the module fetched first (again at each slot until it
// is served; each refusal a failed probe), then probes, tallied.
func probe(c Config, rng *rand.Rand, p *provider) witness.Tally {
	var t witness.Tally
	k := &prober{kits: c.Kits, refused: make([]int, c.KitKeys)}
	module := false
	send := func(at time.Duration) {
		if !module {
			if module = p.moduleServed(rng, at); !module {
				t.Add(witness.Failed)
			}
			return
		}
		req, key := k.next(rng)
		d := p.answer(rng, at, req)
		k.observe(key, d)
		t.Add(d.Outcome)
	}
	if c.Probes > 0 {
		times := make([]time.Duration, c.Probes+1) // the module's fetch comes first
		for i := range times {
			times[i] = c.DrawLag + time.Duration(rng.Float64()*float64(c.Segment-c.DrawLag))
		}
		sortDurations(times)
		for _, at := range times {
			send(at)
		}
		return t
	}
	every := c.Rules.ProbeEvery
	for at := c.DrawLag + time.Duration(rng.Int64N(int64(every))); at < c.Segment; at += every + time.Duration(rng.Int64N(int64(every)/2+1)) {
		send(at)
	}
	return t
}

func sortDurations(d []time.Duration) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j] < d[j-1]; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}
