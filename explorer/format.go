package explorer

import (
	"fmt"
	"html/template"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// How values look on the pages, the same everywhere: FST with its unit (rounded for the eye,
// exact in the tooltip), times as <time> elements the page's script turns into local and
// relative times (UTC without script), accounts as links, states as coloured badges.

var fstUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// formatFST writes an amount for reading: whole tokens grouped by thousands and at most four
// decimals ("1,234.5678 FST"); tiny non-zero amounts as "< 0.0001 FST".
func formatFST(v *big.Int) string {
	if v == nil {
		v = new(big.Int)
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	// Round to 4 decimals, half up.
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(14), nil)
	q := new(big.Int).Add(abs, new(big.Int).Rsh(scale, 1))
	q.Quo(q, scale) // units of 10^-4 FST
	if q.Sign() == 0 && abs.Sign() != 0 {
		if neg {
			return "> −0.0001 FST"
		}
		return "< 0.0001 FST"
	}
	whole, frac := new(big.Int).QuoRem(q, big.NewInt(10000), new(big.Int))
	s := group(whole.String())
	if frac.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%04d", frac.Int64()), "0")
	}
	if neg {
		s = "−" + s
	}
	return s + " FST"
}

func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	lead := len(digits) % 3
	if lead > 0 {
		b.WriteString(digits[:lead])
	}
	for i := lead; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// fstHTML is an amount with its exact value in the tooltip; signed adds a + to gains and
// colours gains and losses.
func fstHTML(v any, signed bool) template.HTML {
	b := bigOf(v)
	if b == nil {
		return `<span class="fst none">—</span>`
	}
	class := "fst"
	text := formatFST(b)
	if signed {
		switch b.Sign() {
		case 1:
			class, text = "fst gain", "+"+text
		case -1:
			class = "fst loss"
		}
	}
	return template.HTML(fmt.Sprintf(`<span class="%s" title="%s FST exactly">%s</span>`, class,
		template.HTMLEscapeString(market.FormatFST(b)), template.HTMLEscapeString(text)))
}

func bigOf(v any) *big.Int {
	switch x := v.(type) {
	case Amount:
		return x.Big()
	case *Amount:
		if x == nil {
			return nil
		}
		return x.Big()
	case *big.Int:
		return x
	}
	return nil
}

// timeHTML is a time the page's script shows in local time and relative to now; f is "rel"
// (relative only), "abs" (local date and time), "both", "clock" (local time of day) or
// "count" (a countdown to a deadline, "ended" after it).
func timeHTML(t time.Time, f string) template.HTML {
	if t.IsZero() {
		return `<span class="time none">—</span>`
	}
	utc := t.UTC()
	return template.HTML(fmt.Sprintf(`<time datetime="%s" data-t="%d" data-f="%s" title="%s">%s</time>`,
		utc.Format(time.RFC3339), utc.Unix(), f, utc.Format("2006-01-02 15:04:05 UTC"), utc.Format("2006-01-02 15:04:05 UTC")))
}

// names label known accounts (the demo's roles); addresses without a label are shortened.
type names map[common.Address]string

func (n names) addrHTML(a common.Address) template.HTML {
	if a == (common.Address{}) {
		return `<span class="addr none">—</span>`
	}
	label := a.Hex()[:8] + "…" + a.Hex()[38:]
	if s, ok := n[a]; ok {
		label = s
	}
	return template.HTML(fmt.Sprintf(`<a class="addr" href="/accounts/%s" title="%s">%s</a>`, a.Hex(), a.Hex(), template.HTMLEscapeString(label)))
}

func stateHTML(s string) template.HTML {
	return template.HTML(fmt.Sprintf(`<span class="state st-%s">%s</span>`, strings.ToLower(template.HTMLEscapeString(s)), template.HTMLEscapeString(s)))
}

// verdictHTML shows what a segment's committee decided, with the verdict colours; a segment
// nobody opened, or of an unattended service, says so.
func verdictHTML(sg Segment) template.HTML {
	c := sg.Committee
	switch {
	case sg.Outcome != nil && sg.Outcome.Kind == "unopened":
		return `<span class="verdict unwitnessed" title="nobody opened it: unwitnessed, N seat fees of its deposit burned">unopened</span>`
	case sg.Outcome != nil && sg.Outcome.Kind == "unattended":
		return `<span class="verdict unwitnessed" title="the service started unattended: no committee">unattended</span>`
	case c == nil:
		return `<span class="verdict pending">no committee yet</span>`
	case c.Status == "Unwitnessed":
		return `<span class="verdict unwitnessed">unwitnessed</span>`
	case c.Verdict == nil:
		return `<span class="verdict pending">pending</span>`
	case c.Verdict.Violated:
		return template.HTML(fmt.Sprintf(`<span class="verdict violated">Violation</span> <span class="muted">%d of %d revealed reports</span>`, c.Verdict.ViolationReports, c.Verdict.Revealed))
	}
	return template.HTML(fmt.Sprintf(`<span class="verdict ok">No violation</span> <span class="muted">%d of %d revealed reports say violated</span>`, c.Verdict.ViolationReports, c.Verdict.Revealed))
}

// outcomeHTML says where a decided segment's money went.
func outcomeHTML(o *Outcome) template.HTML {
	if o == nil {
		return ""
	}
	var parts []string
	if o.FeeTo == "customer" {
		parts = append(parts, "its fee "+string(fstHTML(o.FeeShare, false))+" is refunded to the customer")
	} else {
		parts = append(parts, "its fee "+string(fstHTML(o.FeeShare, false))+" goes to the provider")
	}
	if o.WitnessPay.Big().Sign() != 0 {
		parts = append(parts, "witnesses credited "+string(fstHTML(o.WitnessPay, false))+" to their stakes")
	}
	if o.WitnessLoss.Big().Sign() != 0 {
		parts = append(parts, string(fstHTML(o.WitnessLoss, false))+" of witnesses' seat locks burned")
	}
	if o.OpenerFee.Big().Sign() != 0 {
		parts = append(parts, "the opener was paid "+string(fstHTML(o.OpenerFee, false)))
	}
	if o.Burned.Big().Sign() != 0 {
		parts = append(parts, string(fstHTML(o.Burned, false))+" of its deposit burned")
	}
	parts = append(parts, string(fstHTML(o.Returned, false))+" of its deposit back to the customer")
	return template.HTML(strings.ToUpper(o.Kind[:1]) + o.Kind[1:] + ": " + strings.Join(parts, " · ") + ".")
}

func reportHTML(r *bool) template.HTML {
	switch {
	case r == nil:
		return `<span class="muted">—</span>`
	case *r:
		return `<span class="verdict violated">violated</span>`
	}
	return `<span class="verdict ok">served</span>`
}

func shortTx(h common.Hash) string { return h.Hex()[:10] + "…" }

// durationText writes a duration in the largest sensible unit.
func durationText(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min %d s", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%d h %d min", int(d.Hours()), int(d.Minutes())%60)
}
