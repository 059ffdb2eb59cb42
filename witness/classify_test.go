package witness_test

import (
	"crypto/sha256"
	"strconv"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// devRules are the dev preset's probe rules: requestTimeout 5 s, probeMargin 1 s (probe
// timeout 11 s), one probe a second with a burst of 5, violated above 10 % with at least 3
// failures.
func devRules() witness.Rules {
	p := contracts.DevPreset().Market
	return witness.RulesOf(market.Params{
		RequestTimeout: time.Duration(p.RequestTimeout) * time.Second, ProbeMargin: time.Duration(p.ProbeMargin) * time.Second,
		ProbeRatePerMinute: p.ProbeRatePerMinute, ProbeBurst: p.ProbeBurst, SlaFailBps: p.SlaFailBps, SlaMinFailures: p.SlaMinFailures,
	})
}

// TestClassify_SPEC54 is the table of SPEC §5.4 as Classify decides it: each row one kind of
// answer, with and without its re-run.
func TestClassify_SPEC54(t *testing.T) {
	r := devRules()
	sent := time.UnixMilli(1_700_000_000_000)
	at := func(d time.Duration) string { return strconv.FormatInt(sent.Add(d).UnixMilli(), 10) }
	body := sha256.Sum256([]byte("hello"))
	other := sha256.Sum256([]byte("something else"))
	// answer is a complete answer received 300 ms after it was sent, admitted 100 ms in.
	answer := func(status int, reason api.Reason) witness.Answer {
		return witness.Answer{Sent: sent, Received: sent.Add(300 * time.Millisecond), Status: status, Reason: reason, Time: at(100 * time.Millisecond), BodyHash: body}
	}
	with := func(a witness.Answer, f func(*witness.Answer)) witness.Answer { f(&a); return a }
	rerun := func(status int, took time.Duration) *witness.Rerun {
		return &witness.Rerun{Status: status, BodyHash: body, Duration: took}
	}
	signed := witness.SignedProbe
	kit := witness.Request{Method: "POST", Path: "/resize", Query: "w=64", Body: []byte("img"), Auth: witness.AuthKey, Key: "dfk_x", Deterministic: true}

	for _, c := range []struct {
		name    string
		p       witness.Probe
		outcome witness.Outcome
		rule    witness.Rule
	}{
		// Failed: the provider did not answer.
		{"connection refused", witness.Probe{Request: signed, WithinRate: true, Answer: witness.Answer{Sent: sent, Received: sent, Err: "connection refused"}}, witness.Failed, witness.RuleNoAnswer},
		{"body cut short", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Err = "unexpected EOF" })}, witness.Failed, witness.RuleNoAnswer},
		{"no answer within 2 × requestTimeout + probeMargin", witness.Probe{Request: signed, WithinRate: true, Answer: witness.Answer{Sent: sent, Received: sent.Add(11 * time.Second), Err: "no complete answer within 11s"}}, witness.Failed, witness.RuleTimeout},
		{"a complete answer, but after the probe timeout", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Received = sent.Add(11*time.Second + time.Millisecond) })}, witness.Failed, witness.RuleTimeout},
		{"an answer just within the probe timeout", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Received = sent.Add(11 * time.Second) })}, witness.Served, witness.RuleAnswered},

		// Failed: the provider's own reasons.
		{"lease-unknown", witness.Probe{Request: signed, WithinRate: true, Answer: answer(404, api.ReasonLeaseUnknown)}, witness.Failed, witness.RuleProviderError},
		{"not-deployed", witness.Probe{Request: signed, WithinRate: true, Answer: answer(409, api.ReasonNotDeployed)}, witness.Failed, witness.RuleProviderError},
		{"overloaded", witness.Probe{Request: signed, WithinRate: true, Answer: answer(503, api.ReasonOverloaded)}, witness.Failed, witness.RuleProviderError},
		{"unavailable", witness.Probe{Request: signed, WithinRate: true, Answer: answer(503, api.ReasonUnavailable)}, witness.Failed, witness.RuleProviderError},
		{"internal", witness.Probe{Request: signed, WithinRate: true, Answer: answer(500, api.ReasonInternal)}, witness.Failed, witness.RuleProviderError},
		{"a reason made up for a well-formed probe", witness.Probe{Request: signed, WithinRate: true, Answer: answer(400, api.ReasonBadRequest)}, witness.Failed, witness.RuleProviderError},
		{"a provider's reason even when sampled", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(503, api.ReasonOverloaded)}, witness.Failed, witness.RuleProviderError},

		// Refusals of a member: failed within the rate; inconclusive for kit keys and over the
		// member's own rate.
		{"429 to a signed probe within the rate", witness.Probe{Request: signed, WithinRate: true, Answer: answer(429, api.ReasonRateLimited)}, witness.Failed, witness.RuleRefused},
		{"401 to a signed probe within the rate", witness.Probe{Request: signed, WithinRate: true, Answer: answer(401, api.ReasonStaleTimestamp)}, witness.Failed, witness.RuleRefused},
		{"403 to a signed probe within the rate", witness.Probe{Request: signed, WithinRate: true, Answer: answer(403, api.ReasonForbidden)}, witness.Failed, witness.RuleRefused},
		{"429 to a signed probe over the member's own rate", witness.Probe{Request: signed, Answer: answer(429, api.ReasonRateLimited)}, witness.Inconclusive, witness.RuleOwnRate},
		{"401 to a kit key", witness.Probe{Request: kit, WithinRate: true, Answer: answer(401, api.Reason("unknown-key"))}, witness.Inconclusive, witness.RuleKeyRefused},
		{"429 to a kit key", witness.Probe{Request: kit, WithinRate: true, Answer: answer(429, api.ReasonRateLimited)}, witness.Inconclusive, witness.RuleKeyRefused},

		// DeFaaS-Time: the admission time must lie within the probe's send and receive times.
		{"no DeFaaS-Time", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = "" })}, witness.Failed, witness.RuleTime},
		{"DeFaaS-Time before the probe was sent", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = at(-time.Millisecond) })}, witness.Failed, witness.RuleTime},
		{"DeFaaS-Time after the answer came", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = at(301 * time.Millisecond) })}, witness.Failed, witness.RuleTime},
		{"DeFaaS-Time not a number", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = "yesterday" })}, witness.Failed, witness.RuleTime},
		{"DeFaaS-Time at the send time", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = at(0) })}, witness.Served, witness.RuleAnswered},
		{"DeFaaS-Time at the receive time", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(200, ""), func(a *witness.Answer) { a.Time = at(300 * time.Millisecond) })}, witness.Served, witness.RuleAnswered},
		{"a function's reason with a stale DeFaaS-Time", witness.Probe{Request: signed, WithinRate: true, Answer: with(answer(502, api.ReasonFunctionCrashed), func(a *witness.Answer) { a.Time = at(-time.Hour) })}, witness.Failed, witness.RuleTime},

		// Re-run: every function's reason, every unmarked 5xx, an unmarked refusal, the sample.
		{"function-crashed awaits its re-run", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionCrashed)}, witness.NeedsRerun, witness.RuleNeedsRerun},
		{"function-crashed, and the re-run crashes too", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionCrashed), Rerun: rerun(502, 5*time.Millisecond)}, witness.Served, witness.RuleRerunSame},
		{"function-crashed, but the re-run answers", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionCrashed), Rerun: rerun(200, 5*time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		{"function-memory, and the re-run hits the cap too", witness.Probe{Request: signed, WithinRate: true, Answer: answer(507, api.ReasonFunctionMemory), Rerun: rerun(507, time.Second)}, witness.Served, witness.RuleRerunSame},
		{"function-output, but the re-run answers", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionOutput), Rerun: rerun(200, time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		{"an unmarked 500, the function's own", witness.Probe{Request: signed, WithinRate: true, Answer: answer(500, ""), Rerun: rerun(500, time.Millisecond)}, witness.Served, witness.RuleRerunSame},
		{"an unmarked 500 the function never gives", witness.Probe{Request: signed, WithinRate: true, Answer: answer(500, ""), Rerun: rerun(200, time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		{"an unmarked 500 awaits its re-run even unsampled", witness.Probe{Request: signed, WithinRate: true, Answer: answer(500, "")}, witness.NeedsRerun, witness.RuleNeedsRerun},
		{"an unmarked 429, the function's own", witness.Probe{Request: signed, WithinRate: true, Answer: answer(429, ""), Rerun: rerun(429, time.Millisecond)}, witness.Served, witness.RuleRerunSame},
		{"an unmarked 429 the function never gives", witness.Probe{Request: signed, WithinRate: true, Answer: answer(429, ""), Rerun: rerun(200, time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},

		// function-timeout: failed only if the re-run finished within half the request timeout.
		{"function-timeout, and the re-run times out too", witness.Probe{Request: signed, WithinRate: true, Answer: answer(504, api.ReasonFunctionTimeout), Rerun: rerun(504, 5*time.Second)}, witness.Served, witness.RuleRerunSame},
		{"function-timeout, the re-run answers after half the timeout", witness.Probe{Request: signed, WithinRate: true, Answer: answer(504, api.ReasonFunctionTimeout), Rerun: rerun(200, 2500*time.Millisecond)}, witness.Served, witness.RuleRerunSlow},
		{"function-timeout, the re-run answers within half the timeout", witness.Probe{Request: signed, WithinRate: true, Answer: answer(504, api.ReasonFunctionTimeout), Rerun: rerun(200, 2499*time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		{"function-timeout, the re-run crashes at once", witness.Probe{Request: signed, WithinRate: true, Answer: answer(504, api.ReasonFunctionTimeout), Rerun: rerun(502, time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		// Slower witness hardware never frames a provider: a re-run that runs out of the
		// request timeout here checks nothing.
		{"a 200, sampled, whose re-run times out on the member's hardware", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(200, ""),
			Rerun: &witness.Rerun{Status: 504, Duration: 5 * time.Second, TimedOut: true}}, witness.Inconclusive, witness.RuleRerunTimedOut},
		{"function-crashed, and the re-run times out before it could crash", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionCrashed),
			Rerun: &witness.Rerun{Status: 504, Duration: 5 * time.Second, TimedOut: true}}, witness.Inconclusive, witness.RuleRerunTimedOut},
		{"function-timeout, and the re-run times out too (marked)", witness.Probe{Request: signed, WithinRate: true, Answer: answer(504, api.ReasonFunctionTimeout),
			Rerun: &witness.Rerun{Status: 504, Duration: 5 * time.Second, TimedOut: true}}, witness.Served, witness.RuleRerunSame},
		{"a slow re-run excuses only a claimed timeout", witness.Probe{Request: signed, WithinRate: true, Answer: answer(502, api.ReasonFunctionCrashed), Rerun: rerun(200, 4*time.Second)}, witness.Failed, witness.RuleRerunDiffers},

		// The sampled quarter of the other answers.
		{"a 200, not sampled", witness.Probe{Request: signed, WithinRate: true, Answer: answer(200, "")}, witness.Served, witness.RuleAnswered},
		{"a 404 of the function, not sampled", witness.Probe{Request: signed, WithinRate: true, Answer: answer(404, "")}, witness.Served, witness.RuleAnswered},
		{"a 200, sampled, awaits its re-run", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(200, "")}, witness.NeedsRerun, witness.RuleNeedsRerun},
		{"a 200, sampled, the re-run answers 200", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(200, ""), Rerun: rerun(200, time.Millisecond)}, witness.Served, witness.RuleRerunSame},
		{"a constant 200 where the function answers 404", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(200, ""), Rerun: rerun(404, time.Millisecond)}, witness.Failed, witness.RuleRerunDiffers},
		{"a 200 with another body, signed: status only", witness.Probe{Request: signed, WithinRate: true, Sampled: true, Answer: answer(200, ""),
			Rerun: &witness.Rerun{Status: 200, BodyHash: other, Duration: time.Millisecond}}, witness.Served, witness.RuleRerunSame},
		{"a 200 with another body, kit-marked deterministic", witness.Probe{Request: kit, WithinRate: true, Sampled: true, Answer: answer(200, ""),
			Rerun: &witness.Rerun{Status: 200, BodyHash: other, Duration: time.Millisecond}}, witness.Failed, witness.RuleRerunDiffers},
		{"a 200 with the same body, kit-marked deterministic", witness.Probe{Request: kit, WithinRate: true, Sampled: true, Answer: answer(200, ""), Rerun: rerun(200, time.Millisecond)}, witness.Served, witness.RuleRerunSame},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := witness.Classify(r, c.p)
			if d.Outcome != c.outcome || d.Rule != c.rule {
				t.Errorf("Classify = %s by %s (%s); want %s by %s", d.Outcome, d.Rule, d.Detail, c.outcome, c.rule)
			}
		})
	}
}

// TestClassify_EveryAnswerToADeterministicKitRequestIsRerun: an unmarked answer to a request
// the customer marked deterministic is re-run whether sampled or not, so a made-up 200 fails
// on every such probe (found by defaas sim: with a sampled quarter, a provider faking 20 % of
// its answers stayed under slaFailBps). Signed probes keep the sampled quarter.
func TestClassify_EveryAnswerToADeterministicKitRequestIsRerun(t *testing.T) {
	r := devRules()
	sent := time.UnixMilli(1_700_000_000_000)
	real, fake := sha256.Sum256([]byte("resized")), sha256.Sum256([]byte("made up"))
	answer := witness.Answer{Sent: sent, Received: sent.Add(300 * time.Millisecond), Status: 200,
		Time: strconv.FormatInt(sent.Add(100*time.Millisecond).UnixMilli(), 10), BodyHash: fake}
	kit := witness.Request{Method: "POST", Path: "/resize", Body: []byte("img"), Auth: witness.AuthKey, Key: "dfk_x", Deterministic: true}
	retried := kit // the same kit request sent again signed after its key was refused
	retried.Auth, retried.Key = witness.AuthSigned, ""
	for _, req := range []witness.Request{kit, retried} {
		p := witness.Probe{Request: req, WithinRate: true, Answer: answer} // not sampled
		if d := witness.Classify(r, p); d.Outcome != witness.NeedsRerun {
			t.Fatalf("%s request, unsampled 200: %s by %s; want it re-run", req.Auth, d.Outcome, d.Rule)
		}
		p.Rerun = &witness.Rerun{Status: 200, BodyHash: real, Duration: time.Millisecond}
		if d := witness.Classify(r, p); d.Outcome != witness.Failed || d.Rule != witness.RuleRerunDiffers {
			t.Errorf("%s request, a made-up 200: %s by %s; want failed by %s", req.Auth, d.Outcome, d.Rule, witness.RuleRerunDiffers)
		}
		p.Rerun.BodyHash = fake
		if d := witness.Classify(r, p); d.Outcome != witness.Served {
			t.Errorf("%s request, the function's own 200: %s by %s; want served", req.Auth, d.Outcome, d.Rule)
		}
	}
	notDeterministic := kit
	notDeterministic.Deterministic = false
	for _, req := range []witness.Request{witness.SignedProbe, notDeterministic} {
		if d := witness.Classify(r, witness.Probe{Request: req, WithinRate: true, Answer: answer}); d.Outcome != witness.Served || d.Rule != witness.RuleAnswered {
			t.Errorf("%s %s, unsampled 200: %s by %s; want served unchecked (only the sampled quarter is re-run)", req.Method, req.Path, d.Outcome, d.Rule)
		}
	}
}

// TestViolated_AboveSlaFailBpsWithSlaMinFailures is SPEC §5.4's decision with the dev preset's
// slaFailBps 1000 and slaMinFailures 3: inconclusive probes count for neither side.
func TestViolated_AboveSlaFailBpsWithSlaMinFailures(t *testing.T) {
	r := devRules()
	for _, c := range []struct {
		t    witness.Tally
		want bool
	}{
		{witness.Tally{Served: 100}, false},
		{witness.Tally{}, false},
		{witness.Tally{Served: 90, Failed: 10}, false}, // exactly 10 %: not above
		{witness.Tally{Served: 89, Failed: 11}, true},
		{witness.Tally{Served: 10, Failed: 2}, false}, // 17 % but fewer than 3 failures
		{witness.Tally{Served: 10, Failed: 3}, true},
		{witness.Tally{Failed: 3}, true},
		{witness.Tally{Failed: 2, Inconclusive: 50}, false},
		{witness.Tally{Served: 27, Failed: 3, Inconclusive: 1000}, false}, // 3 of 30: exactly 10 %
		{witness.Tally{Served: 26, Failed: 3, Inconclusive: 1000}, true},
	} {
		if got := witness.Violated(c.t, r); got != c.want {
			t.Errorf("Violated(%+v) = %v, want %v", c.t, got, c.want)
		}
	}
}
