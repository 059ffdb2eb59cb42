package witness

import (
	"fmt"
	"net/http"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
)

// This file is the witness's judgement, and nothing else: how one probe counts (Classify)
// and what a segment's probes add up to (Violated), SPEC §5.4. Both are pure functions of
// their arguments — no network, no clock, no chain — so that anything that needs the real
// decision (the daemon, a simulator of committees) calls this code rather than a copy of it.

// Rules are the protocol's probe rules, the same for every witness and provider (SPEC §6): a
// deployment's parameters, read from the Market (RulesOf), never configured locally.
type Rules struct {
	// RequestTimeout is the wall-clock limit of one request at the provider.
	RequestTimeout time.Duration
	// ProbeMargin is added to twice the request timeout to give the probe timeout.
	ProbeMargin time.Duration
	// ProbeEvery and ProbeBurst are the probe rate of a committee member on a lease: one
	// request per ProbeEvery, ProbeBurst at once (a token bucket; providers enforce it).
	ProbeEvery time.Duration
	ProbeBurst int
	// SlaFailBps and SlaMinFailures decide a report: violated when the failed share of the
	// counted probes exceeds SlaFailBps / 10000 with at least SlaMinFailures failures.
	SlaFailBps     uint16
	SlaMinFailures uint32
}

// RulesOf are the probe rules of a deployment's parameters.
func RulesOf(p market.Params) Rules {
	return Rules{
		RequestTimeout: p.RequestTimeout, ProbeMargin: p.ProbeMargin,
		ProbeEvery: p.ProbeEvery(), ProbeBurst: int(p.ProbeBurst),
		SlaFailBps: p.SlaFailBps, SlaMinFailures: p.SlaMinFailures,
	}
}

// ProbeTimeout is how long a probe may take to get a complete answer: 2 × requestTimeout +
// probeMargin (a request may wait up to the timeout for an execution slot, then run up to it).
func (r Rules) ProbeTimeout() time.Duration { return 2*r.RequestTimeout + r.ProbeMargin }

// Validate says what is wrong with rules a witness cannot probe by.
func (r Rules) Validate() error {
	switch {
	case r.RequestTimeout <= 0:
		return fmt.Errorf("the deployment's requestTimeout is %s: a witness cannot time probes", r.RequestTimeout)
	case r.ProbeEvery <= 0 || r.ProbeBurst < 1:
		return fmt.Errorf("the deployment's probe rate (every %s, burst %d) lets a witness send nothing", r.ProbeEvery, r.ProbeBurst)
	case r.SlaMinFailures < 1:
		return fmt.Errorf("the deployment's slaMinFailures is 0: a single failure would make a violation")
	}
	return nil
}

// Auth is how a probe authenticates (SPEC §5.3).
type Auth uint8

const (
	// AuthSigned: a DeFaaS-Sig signature by the member's account, which every access mode
	// serves within the member's probe rate.
	AuthSigned Auth = iota
	// AuthKey: an API key of the customer's probe kit (SPEC §5.4), indistinguishable from its
	// users' keys; the customer set its limits.
	AuthKey
)

func (a Auth) String() string {
	if a == AuthKey {
		return "key"
	}
	return "signed"
}

// MarshalText writes the mode's name.
func (a Auth) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads a mode's name.
func (a *Auth) UnmarshalText(b []byte) error {
	switch string(b) {
	case "signed":
		*a = AuthSigned
	case "key":
		*a = AuthKey
	default:
		return fmt.Errorf("unknown probe auth %q: want signed or key", b)
	}
	return nil
}

// Outcome is how one probe counts.
type Outcome string

const (
	// Served: the provider served the request (whatever the function made of it).
	Served Outcome = "served"
	// Failed: the provider did not serve it, or claimed what a re-run disproves.
	Failed Outcome = "failed"
	// Inconclusive: counted on neither side (a kit key refused under the customer's own
	// limits, a member over its own rate, a re-run that ran out of time on the member's
	// hardware).
	Inconclusive Outcome = "inconclusive"
	// NeedsRerun: the answer must be re-run on the committed module before it counts; Classify
	// returns it only when given no re-run.
	NeedsRerun Outcome = "rerun"
)

// Rule names the line of SPEC §5.4 that decided a probe: for logs, metrics and tests.
type Rule string

// The rules, in the order Classify applies them.
const (
	RuleNoAnswer      Rule = "no-answer"          // failed: connection error, or the answer was cut short
	RuleTimeout       Rule = "timeout"            // failed: no complete answer within the probe timeout
	RuleRefused       Rule = "refused"            // failed: 401/403/429 (marked) to a signed member probe within the rate
	RuleOwnRate       Rule = "over-own-rate"      // inconclusive: the member itself went over its rate
	RuleKeyRefused    Rule = "kit-key-refused"    // inconclusive: 401/403/429 (marked) to a kit key
	RuleProviderError Rule = "provider-error"     // failed: DeFaaS-Error with a provider's reason (or any reason not the function's)
	RuleTime          Rule = "defaas-time"        // failed: DeFaaS-Time missing, malformed, or outside the probe's send..receive
	RuleAnswered      Rule = "answered"           // served: a function's answer, not drawn for a re-run
	RuleNeedsRerun    Rule = "needs-rerun"        // the answer awaits its re-run
	RuleRerunSame     Rule = "rerun-same"         // served: the re-run answered the same
	RuleRerunDiffers  Rule = "rerun-differs"      // failed: the re-run answered otherwise
	RuleRerunSlow     Rule = "timeout-rerun-slow" // served: a claimed function-timeout whose re-run took half the request timeout or more
	RuleRerunTimedOut Rule = "rerun-timed-out"    // inconclusive: the re-run ran out of the request timeout on the member's hardware
	RuleModule        Rule = "module"             // failed: the module fetch was refused, or the module is not the committed one
)

// Decision is how one probe counts, and by which rule.
type Decision struct {
	Outcome Outcome `json:"outcome"`
	Rule    Rule    `json:"rule"`
	// Detail says what was seen, for the log.
	Detail string `json:"detail,omitempty"`
}

// Answer is what a probe got back, as the member saw it.
type Answer struct {
	// Sent is when the member started sending the request, Received when it had read the
	// whole answer (or gave up), both on the member's clock.
	Sent     time.Time `json:"sent"`
	Received time.Time `json:"received"`
	// Err says why there is no complete answer: a connection error, a body cut short, the
	// probe timeout. Empty when the answer is complete.
	Err    string `json:"err,omitempty"`
	Status int    `json:"status,omitempty"`
	// Reason is the DeFaaS-Error header: empty for an answer the provider did not mark as its
	// own (the function's, or a provider hiding its own).
	Reason api.Reason `json:"reason,omitempty"`
	// Time is the DeFaaS-Time header as sent, empty when there was none.
	Time string `json:"time,omitempty"`
	// BodyHash is the sha256 of the body.
	BodyHash [32]byte `json:"bodyHash"`
}

// Rerun is the member's re-run of a probe's request on the committed module, with the
// answer's DeFaaS-Time, under the level's limits (SPEC §5.1).
type Rerun struct {
	Status   int      `json:"status"`
	BodyHash [32]byte `json:"bodyHash"`
	// Duration is how long the re-run took on the member's hardware.
	Duration time.Duration `json:"duration"`
	// TimedOut: the re-run ran out of the request timeout (function-timeout) on the member's
	// hardware.
	TimedOut bool `json:"timedOut,omitempty"`
}

// Probe is one probe as Classify sees it: the request, how it was sent, what came back and,
// once made, its re-run.
type Probe struct {
	Request Request `json:"request"`
	// WithinRate: the member sent it within its own probe rate (its token bucket, kept as
	// the provider keeps it, had a token).
	WithinRate bool `json:"withinRate"`
	// Sampled: drawn, one in four, to be re-run although nothing else calls for it (a
	// request marked deterministic is re-run whether sampled or not).
	Sampled bool   `json:"sampled,omitempty"`
	Answer  Answer `json:"answer"`
	Rerun   *Rerun `json:"rerun,omitempty"`
}

// Classify decides how one probe counts (SPEC §5.4). For an answer that must be re-run it
// returns NeedsRerun while p.Rerun is nil; call it again with the re-run. The rules, in order:
//
//  1. no complete answer (connection error, cut short) → failed; none within 2 × requestTimeout
//     + probeMargin → failed;
//  2. a 401, 403 or 429 the provider marked as its own (DeFaaS-Error): to a kit key →
//     inconclusive (the customer set the key's limits); to a signed probe beyond the member's
//     own rate → inconclusive; to a signed probe within it → failed;
//  3. any other answer marked with a reason that is not the function's (the provider's
//     lease-unknown, not-deployed, overloaded, unavailable, internal — and any reason a
//     provider may make up for a well-formed probe) → failed;
//  4. DeFaaS-Time missing, malformed, or not within the probe's send and receive times →
//     failed (a provider that answers without admitting the request has no time to give);
//  5. re-run: a function's reason, every unmarked 5xx, an unmarked 401/403/429 (the
//     function's own refusal: a function must not make its provider look at fault), every
//     answer to a request the customer marked deterministic (a kit's: a made-up 200 is caught
//     on each such probe, not on a sampled quarter of them), and the sampled quarter of the
//     rest;
//  6. with the re-run: a claimed function-timeout is failed
//     only if the re-run finished, with another status, in less than half the request
//     timeout (slower hardware never frames a provider); otherwise the same status (and, for
//     an unmarked answer to a request the customer marked deterministic, the same body) →
//     served; a re-run that itself ran out of the request timeout, where the provider
//     answered otherwise → inconclusive (the member cannot tell its own slower hardware from
//     a lie, and a provider gains nothing by one there: the function's honest answer, its
//     own timeout, counts as served); a different one → failed;
//  7. anything else → served.
func Classify(r Rules, p Probe) Decision {
	a := p.Answer
	took := a.Received.Sub(a.Sent)
	switch {
	case took > r.ProbeTimeout() || (a.Err != "" && took >= r.ProbeTimeout()):
		return Decision{Failed, RuleTimeout, fmt.Sprintf("no complete answer within %s (took %s)", r.ProbeTimeout(), took.Round(time.Millisecond))}
	case a.Err != "":
		return Decision{Failed, RuleNoAnswer, a.Err}
	}
	marked := a.Reason != ""
	if marked && refusal(a.Status) {
		switch {
		case p.Request.Auth == AuthKey:
			return Decision{Inconclusive, RuleKeyRefused, fmt.Sprintf("%d %s to a kit key", a.Status, a.Reason)}
		case !p.WithinRate:
			return Decision{Inconclusive, RuleOwnRate, fmt.Sprintf("%d %s to a probe over the member's own rate", a.Status, a.Reason)}
		}
		return Decision{Failed, RuleRefused, fmt.Sprintf("%d %s to a signed member probe within the probe rate", a.Status, a.Reason)}
	}
	if marked && !a.Reason.Function() {
		return Decision{Failed, RuleProviderError, fmt.Sprintf("%d %s", a.Status, a.Reason)}
	}
	if why := timeWithin(a); why != "" {
		return Decision{Failed, RuleTime, why}
	}
	if !marked && !(a.Status >= 500 || refusal(a.Status)) && !p.Request.Deterministic && !p.Sampled {
		return Decision{Served, RuleAnswered, fmt.Sprintf("%d", a.Status)}
	}
	rr := p.Rerun
	if rr == nil {
		return Decision{NeedsRerun, RuleNeedsRerun, answerText(a)}
	}
	same := rr.Status == a.Status
	if same && !marked && p.Request.Deterministic && rr.BodyHash != a.BodyHash {
		return Decision{Failed, RuleRerunDiffers, fmt.Sprintf("%d with another body than the re-run's (a deterministic request)", a.Status)}
	}
	if same {
		return Decision{Served, RuleRerunSame, fmt.Sprintf("%s, re-run %d in %s", answerText(a), rr.Status, rr.Duration.Round(time.Millisecond))}
	}
	if a.Reason == api.ReasonFunctionTimeout && rr.Duration >= r.RequestTimeout/2 {
		return Decision{Served, RuleRerunSlow, fmt.Sprintf("%s, re-run %d only after %s (≥ half the request timeout)", answerText(a), rr.Status, rr.Duration.Round(time.Millisecond))}
	}
	if rr.TimedOut {
		return Decision{Inconclusive, RuleRerunTimedOut, fmt.Sprintf("%s, but the re-run ran out of the request timeout here after %s: slower hardware cannot check it", answerText(a), rr.Duration.Round(time.Millisecond))}
	}
	return Decision{Failed, RuleRerunDiffers, fmt.Sprintf("%s, but the re-run answered %d in %s", answerText(a), rr.Status, rr.Duration.Round(time.Millisecond))}
}

// refusal reports whether status is one a provider refuses a caller with (SPEC §5.3).
func refusal(status int) bool {
	return status == http.StatusUnauthorized || status == http.StatusForbidden || status == http.StatusTooManyRequests
}

// timeWithin says what is wrong with an answer's DeFaaS-Time, "" when it lies within the
// probe's send and receive times (in whole milliseconds, as it is written).
func timeWithin(a Answer) string {
	if a.Time == "" {
		return "no " + api.TimeHeader + ": the request was never admitted"
	}
	t, err := runtime.ParseTime(a.Time)
	if err != nil {
		return err.Error()
	}
	ms, sent, received := t.UnixMilli(), a.Sent.UnixMilli(), a.Received.UnixMilli()
	if ms < sent || ms > received {
		return fmt.Sprintf("%s %d is not within the probe's send and receive times [%d, %d]", api.TimeHeader, ms, sent, received)
	}
	return ""
}

func answerText(a Answer) string {
	if a.Reason != "" {
		return fmt.Sprintf("%d %s", a.Status, a.Reason)
	}
	return fmt.Sprintf("%d (unmarked)", a.Status)
}

// Tally counts a segment's probes by outcome.
type Tally struct {
	Served       int `json:"served"`
	Failed       int `json:"failed"`
	Inconclusive int `json:"inconclusive"`
}

// Add counts one probe's outcome (NeedsRerun counts for nothing).
func (t *Tally) Add(o Outcome) {
	switch o {
	case Served:
		t.Served++
	case Failed:
		t.Failed++
	case Inconclusive:
		t.Inconclusive++
	}
}

// Counted is how many probes count: served and failed.
func (t Tally) Counted() int { return t.Served + t.Failed }

// Violated is a member's report on its segment (SPEC §5.4): true when, of its counted
// probes, the failed share exceeds slaFailBps with at least slaMinFailures failures.
// Inconclusive probes count for neither side.
func Violated(t Tally, r Rules) bool {
	if t.Failed < 1 || uint64(t.Failed) < uint64(r.SlaMinFailures) {
		return false
	}
	return uint64(t.Failed)*10000 > uint64(r.SlaFailBps)*uint64(t.Counted())
}
