package explorer

import (
	"fmt"
	"html/template"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Charts are drawn on the server as SVG: no script, no library, nothing fetched; colours come
// from the stylesheet's classes, so they match the rest of the page.

type svg struct {
	b      strings.Builder
	w, h   float64
	left   float64
	right  float64
	top    float64
	bottom float64
}

func newSVG(w, h, left, right, top, bottom float64, label string) *svg {
	s := &svg{w: w, h: h, left: left, right: right, top: top, bottom: bottom}
	fmt.Fprintf(&s.b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`, w, h, template.HTMLEscapeString(label))
	return s
}

func (s *svg) plotW() float64 { return s.w - s.left - s.right }
func (s *svg) plotH() float64 { return s.h - s.top - s.bottom }

func (s *svg) add(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

func (s *svg) done() template.HTML {
	s.b.WriteString(`</svg>`)
	return template.HTML(s.b.String())
}

// ratio is v/max as a float in [0, 1].
func ratio(v, max *big.Int) float64 {
	if max == nil || max.Sign() == 0 || v == nil {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(v, max).Float64()
	return min(max1(f), 1)
}

func max1(f float64) float64 {
	if f < 0 {
		return 0
	}
	return f
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// relText writes an offset from the start of a chart: "+12 s", "+3 min".
func relText(d time.Duration) string {
	switch {
	case d < 2*time.Minute:
		return fmt.Sprintf("+%d s", int(d.Round(time.Second).Seconds()))
	case d < 2*time.Hour:
		return fmt.Sprintf("+%d min", int(d.Round(time.Minute).Minutes()))
	}
	return fmt.Sprintf("+%d h", int(d.Round(time.Hour).Hours()))
}

// providerClasses gives each bidder of an order a colour class, by first appearance.
func providerClasses(o *Order) map[common.Address]string {
	out := map[common.Address]string{}
	for _, b := range o.Bids {
		if _, ok := out[b.Provider]; !ok {
			out[b.Provider] = fmt.Sprintf("p%d", len(out)%8)
		}
	}
	return out
}

// bidsChart draws an order's bids over time: each bid or reveal a dot coloured by its
// provider, the best price so far as a step line, commitments as ticks on the time axis, the
// end of bidding (and of reveals) as dashed lines, the maximum price as the top, the winning
// bid ringed.
func bidsChart(o *Order, nm names) template.HTML {
	const w, h = 720.0, 260.0
	s := newSVG(w, h, 78, 16, 14, 38, fmt.Sprintf("bids on order %d over time", o.ID))
	start := o.Created.Time
	auctionEnd := o.BiddingEnd
	if o.Sealed {
		auctionEnd = o.RevealEnd
	}
	var last time.Time
	for _, b := range o.Bids {
		if b.Time.After(last) {
			last = b.Time
		}
	}
	// While the auction runs the chart spans its whole window, so the time left shows; once
	// it is decided, the time the bids took, so that bids placed in a hurry stay apart.
	end := auctionEnd
	if (o.Match != nil || o.Failure != nil) && !last.IsZero() {
		end = last.Add(max(last.Sub(start)/8, 2*time.Second))
	}
	if last.After(end) {
		end = last
	}
	span := end.Sub(start)
	if span <= 0 {
		span = time.Second
	}
	x := func(t time.Time) float64 {
		f := float64(t.Sub(start)) / float64(span)
		return s.left + min(max1(f), 1)*s.plotW()
	}
	maxP := o.MaxUnitPrice.Big()
	y := func(p *big.Int) float64 { return s.top + (1-ratio(p, maxP))*s.plotH() }

	// Axes and grid.
	s.add(`<g class="grid">`)
	for i := 0; i <= 4; i++ {
		v := new(big.Int).Mul(maxP, big.NewInt(int64(i)))
		v.Quo(v, big.NewInt(4))
		yy := y(v)
		s.add(`<line x1="%g" y1="%.1f" x2="%g" y2="%.1f"/>`, s.left, yy, w-s.right, yy)
		s.add(`<text class="ylabel" x="%g" y="%.1f">%s</text>`, s.left-6, yy+4, esc(formatFST(v)))
	}
	for i := 0; i <= 4; i++ {
		t := start.Add(time.Duration(float64(span) * float64(i) / 4))
		s.add(`<text class="xlabel" x="%.1f" y="%g">%s</text>`, x(t), h-s.bottom+16, esc(relText(t.Sub(start))))
	}
	s.add(`</g>`)
	note := "FST per unit · time since the order was created"
	if auctionEnd.After(end) {
		note += " · bidding ended at " + relText(auctionEnd.Sub(start))
	}
	s.add(`<text class="axis-note" x="%g" y="%g">%s</text>`, s.left, h-4, esc(note))
	mark := func(t time.Time, label string) {
		if t.IsZero() || t.After(end) {
			return
		}
		xx := x(t)
		s.add(`<line class="deadline" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/><text class="deadline-label" x="%.1f" y="%g">%s</text>`,
			xx, s.top, xx, h-s.bottom, xx-4, s.top+10, esc(label))
	}
	mark(o.BiddingEnd, "bidding ends")
	if o.Sealed {
		mark(o.RevealEnd, "reveals end")
	}

	// The best price so far, as a step line.
	var pts []string
	var best *big.Int
	bestSoFar := func(upto int) *big.Int {
		if !o.Sealed {
			// Open bids must each be lower than the last: the best is the latest.
			for i := upto; i >= 0; i-- {
				if o.Bids[i].Kind == "bid" {
					return o.Bids[i].Price.Big()
				}
			}
			return nil
		}
		tmp := *o
		tmp.Bids = o.Bids[:upto+1]
		if b := bestSealed(&tmp); b != nil {
			return b.Price.Big()
		}
		return nil
	}
	for i, b := range o.Bids {
		nb := bestSoFar(i)
		if nb == nil || (best != nil && nb.Cmp(best) == 0) {
			continue
		}
		xx := x(b.Time)
		if best != nil {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", xx, y(best)))
		}
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", xx, y(nb)))
		best = nb
	}
	if best != nil {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(end), y(best)))
		s.add(`<polyline class="best" points="%s"/>`, strings.Join(pts, " "))
	}

	cls := providerClasses(o)
	for _, b := range o.Bids {
		switch b.Kind {
		case "commit":
			xx := x(b.Time)
			s.add(`<path class="commit %s" d="M%.1f %g l-4 8 h8 z"><title>%s commits a sealed bid</title></path>`,
				cls[b.Provider], xx, h-s.bottom-8, esc(nameOf(nm, b.Provider)))
		case "bid", "reveal":
			if b.Price == nil {
				continue
			}
			win := o.Best != nil && o.Match != nil && b.Provider == o.Best.Provider && b.Block == o.Best.Block && b.Tx == o.Best.Tx
			r := 4.5
			if win {
				s.add(`<circle class="win-ring" cx="%.1f" cy="%.1f" r="9"/>`, x(b.Time), y(b.Price.Big()))
			}
			verb := "bids"
			if b.Kind == "reveal" {
				verb = "reveals"
			}
			s.add(`<circle class="dot %s" cx="%.1f" cy="%.1f" r="%g"><title>%s %s %s per unit (block %d)</title></circle>`,
				cls[b.Provider], x(b.Time), y(b.Price.Big()), r, esc(nameOf(nm, b.Provider)), verb, esc(formatFST(b.Price.Big())), b.Block)
		}
	}
	return s.done()
}

func nameOf(nm names, a common.Address) string {
	if s, ok := nm[a]; ok {
		return s
	}
	return a.Hex()[:8] + "…" + a.Hex()[38:]
}

// priceChart draws a level's winning unit prices over time, each point a link to its order.
func priceChart(l LevelInfo) template.HTML {
	const w, h = 360.0, 130.0
	s := newSVG(w, h, 70, 10, 10, 24, fmt.Sprintf("winning unit prices of level %d over time", l.ID))
	if len(l.Prices) == 0 {
		s.add(`<text class="empty" x="%g" y="%g">no auction decided yet</text>`, w/2, h/2)
		return s.done()
	}
	maxP := new(big.Int)
	for _, p := range l.Prices {
		if p.UnitPrice.Big().Cmp(maxP) > 0 {
			maxP.Set(p.UnitPrice.Big())
		}
	}
	top := new(big.Int).Add(maxP, new(big.Int).Quo(maxP, big.NewInt(5))) // 20 % headroom
	if top.Sign() == 0 {
		top.SetInt64(1)
	}
	first, last := l.Prices[0].Time, l.Prices[len(l.Prices)-1].Time
	span := last.Sub(first)
	x := func(i int, t time.Time) float64 {
		if span <= 0 {
			if len(l.Prices) == 1 {
				return s.left + s.plotW()/2
			}
			return s.left + s.plotW()*float64(i)/float64(len(l.Prices)-1)
		}
		return s.left + s.plotW()*float64(t.Sub(first))/float64(span)
	}
	y := func(p *big.Int) float64 { return s.top + (1-ratio(p, top))*s.plotH() }
	s.add(`<g class="grid">`)
	for _, v := range []*big.Int{new(big.Int), maxP} {
		yy := y(v)
		s.add(`<line x1="%g" y1="%.1f" x2="%g" y2="%.1f"/><text class="ylabel" x="%g" y="%.1f">%s</text>`,
			s.left, yy, w-s.right, yy, s.left-6, yy+4, esc(formatFST(v)))
	}
	s.add(`</g>`)
	s.add(`<text class="xlabel start" x="%g" y="%g" data-t="%d" data-f="clock">%s</text>`, s.left, h-6, first.Unix(), first.UTC().Format("15:04:05"))
	if span > 0 {
		s.add(`<text class="xlabel end" x="%g" y="%g" data-t="%d" data-f="clock">%s</text>`, w-s.right, h-6, last.Unix(), last.UTC().Format("15:04:05"))
	}
	pts := make([]string, len(l.Prices))
	for i, p := range l.Prices {
		pts[i] = fmt.Sprintf("%.1f,%.1f", x(i, p.Time), y(p.UnitPrice.Big()))
	}
	s.add(`<polyline class="price" points="%s"/>`, strings.Join(pts, " "))
	for i, p := range l.Prices {
		s.add(`<a href="/orders/%d"><circle class="dot price-dot" cx="%.1f" cy="%.1f" r="3.5"><title>order %d: %s per unit</title></circle></a>`,
			p.Order, x(i, p.Time), y(p.UnitPrice.Big()), p.Order, esc(formatFST(p.UnitPrice.Big())))
	}
	return s.done()
}

// serviceChart draws the service time as its segments, each coloured by its verdict, with
// each segment's report windows after it.
func serviceChart(o *Order) template.HTML {
	if o.Service == nil || len(o.Segments) == 0 {
		return ""
	}
	const w, h = 720.0, 74.0
	s := newSVG(w, h, 10, 10, 8, 26, fmt.Sprintf("the %d segments of order %d's service", len(o.Segments), o.ID))
	start := o.Service.Start
	end := o.Segments[len(o.Segments)-1].RevealEnd
	if end.Before(o.Service.End) {
		end = o.Service.End
	}
	span := end.Sub(start)
	if span <= 0 {
		span = time.Second
	}
	x := func(t time.Time) float64 { return s.left + s.plotW()*min(max1(float64(t.Sub(start))/float64(span)), 1) }
	for _, sg := range o.Segments {
		cls := "seg-pending"
		if sg.Outcome != nil && (sg.Outcome.Kind == "unopened" || sg.Outcome.Kind == "unattended") {
			cls = "seg-unwitnessed"
		} else if c := sg.Committee; c != nil {
			switch {
			case c.Status == "Unwitnessed":
				cls = "seg-unwitnessed"
			case c.Verdict != nil && c.Verdict.Violated:
				cls = "seg-violated"
			case c.Verdict != nil:
				cls = "seg-ok"
			default:
				cls = "seg-watched"
			}
		}
		x0, x1 := x(sg.Start), x(sg.End)
		s.add(`<a href="#segment-%d"><rect class="seg %s" x="%.1f" y="%g" width="%.1f" height="26" rx="3"><title>segment %d: %s</title></rect></a>`,
			sg.Index, cls, x0+1, s.top, max1(x1-x0-2), sg.Index, esc(segmentState(sg)))
		s.add(`<text class="seg-label" x="%.1f" y="%g">%d</text>`, (x0+x1)/2, s.top+17, sg.Index)
		if !sg.RevealEnd.IsZero() {
			s.add(`<rect class="window" x="%.1f" y="%g" width="%.1f" height="6"><title>segment %d: commits until the grace ends, then reveals</title></rect>`,
				x1, s.top+30, max1(x(sg.RevealEnd)-x1), sg.Index)
		}
	}
	s.add(`<text class="xlabel start" x="%g" y="%g" data-t="%d" data-f="clock">%s</text>`, s.left, h-4, start.Unix(), start.UTC().Format("15:04:05"))
	s.add(`<text class="xlabel end" x="%g" y="%g" data-t="%d" data-f="clock">%s</text>`, w-s.right, h-4, end.Unix(), end.UTC().Format("15:04:05"))
	return s.done()
}

// segmentState is a segment's state in a word or two, for the chart's tooltips.
func segmentState(sg Segment) string {
	switch c := sg.Committee; {
	case sg.Outcome != nil:
		return sg.Outcome.Kind
	case c == nil:
		return "no committee yet"
	case c.Verdict == nil:
		return "committee " + strings.ToLower(c.Status)
	}
	return "pending"
}
