package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/defaas/defaas/market"
)

// orderReport is what `order show` prints: the chain's view of the order, where it is
// published, and what comes next.
type orderReport struct {
	market.OrderView
	Deployment *market.Deployment `json:"deployment,omitempty"`
	// DueNow are the permissionless moves that can be made now; Next the one that comes next.
	DueNow   []market.Move    `json:"dueNow,omitempty"`
	Next     *market.Due      `json:"next,omitempty"`
	Awaiting *market.Awaiting `json:"awaiting,omitempty"`
}

func (a *app) orderReport(ctx context.Context, r *market.Client, id uint64, head market.Head) (orderReport, error) {
	v, err := r.View(ctx, id, head.Time)
	if err != nil {
		return orderReport{}, err
	}
	rep := orderReport{OrderView: v, DueNow: market.NextMoves(v, head)}
	if v.Order.Published {
		d, err := r.Deployment(ctx, id)
		if err != nil && !errors.Is(err, market.ErrNotPublished) {
			return rep, err
		}
		if err == nil {
			rep.Deployment = &d
		}
	}
	if d, ok := market.Upcoming(v, head); ok {
		rep.Next = &d
	}
	if aw, ok := market.Awaited(v, head.Time); ok {
		rep.Awaiting = &aw
	}
	return rep, nil
}

func (v orderReport) table(w io.Writer, head market.Head) {
	o, now := v.Order, head.Time
	row(w, "order", o.ID)
	row(w, "state", o.State)
	row(w, "customer", o.Customer.Hex())
	row(w, "level / units / segments", fmt.Sprintf("%d / %d / %d", o.LevelID, o.DurationUnits, o.Segments))
	row(w, "witnesses per segment", o.WitnessCount)
	row(w, "max unit price", fstOrDash(o.MaxUnitPrice))
	bidding := "open"
	if o.Sealed {
		bidding = fmt.Sprintf("sealed, %d commitments, reveals until %s", o.Commits, when(o.RevealEnd, now))
	}
	row(w, "bidding", bidding)
	row(w, "deadline", when(o.Deadline, now))
	if o.HasBid() {
		row(w, "best bid", fmt.Sprintf("%s by %s", fstOrDash(o.BestPrice), o.BestBidder.Hex()))
	} else {
		row(w, "best bid", "none yet")
	}
	for _, p := range v.Unrevealed {
		row(w, "unrevealed", p.Hex()+" (its bond is burned by forfeitBond)")
	}
	switch {
	case v.Deployment != nil:
		row(w, "published", "yes: endpoint "+v.Deployment.Endpoint+" in block "+fmt.Sprint(v.Deployment.Block))
	case o.State == market.StateConfirming && !o.Published:
		row(w, "published", "not yet: the winner publishes its endpoint by "+when(o.Deadline, now))
	case o.State >= market.StateConfirming && o.HasBid():
		row(w, "published", "no")
	}
	if l := v.Lease; l != nil {
		row(w, "provider", l.Provider.Hex())
		row(w, "fee / collateral", fstOrDash(l.Fee)+" / "+fstOrDash(l.Collateral))
		row(w, "seat fee", fstOrDash(l.SeatFee)+fmt.Sprintf(" (a segment: %s of service, %s of the fee)", l.SegmentLength, fstOrDash(l.SegmentFee())))
		switch {
		case l.ModuleCommitted && l.ModuleHash != ([32]byte{}) && o.State == market.StateDeploying:
			row(w, "module", "sha256 "+l.ModuleHash.Hex()+", committed; the provider confirms it by "+when(o.Deadline, now))
		case l.ModuleCommitted && l.ModuleHash != ([32]byte{}) && o.State >= market.StateFulfilling && o.State != market.StateFailed:
			row(w, "module", "sha256 "+l.ModuleHash.Hex()+", committed and confirmed by the provider")
		case l.ModuleCommitted && l.ModuleHash != ([32]byte{}):
			row(w, "module", "sha256 "+l.ModuleHash.Hex()+", committed, never confirmed")
		case l.Unattended:
			row(w, "module", "none committed: the service runs unattended, without committees")
		case o.State == market.StateDeploying:
			row(w, "module", "not committed yet")
		}
		if !l.ServiceStart.IsZero() {
			row(w, "service", fmt.Sprintf("%s to %s", l.ServiceStart.Format(time.RFC3339), when(l.ServiceEnd, now)))
		} else if o.State < market.StateFulfilling {
			row(w, "service", "not started: it starts when the provider confirms the module")
		}
	}
	for _, s := range v.Segments {
		row(w, fmt.Sprintf("segment %d", s.K), segmentLine(s, v.Lease, v.Settlement, now))
		if cm := s.Committee; cm != nil {
			for _, m := range cm.Members {
				row(w, "  member", m.Hex())
			}
		}
	}
	if st := v.Settlement; st != nil {
		row(w, "settlement", fmt.Sprintf("%d violated segments: provider %s, customer %s", st.ViolatedSegments, fstOrDash(st.ProviderPayout), fstOrDash(st.CustomerRefund)))
	}
	for _, m := range v.DueNow {
		row(w, "due now", m.String()+" (anyone)")
	}
	if aw := v.Awaiting; aw != nil {
		who := aw.Who
		if aw.Party != ([20]byte{}) {
			who += " " + aw.Party.Hex()
		}
		row(w, "waiting for", fmt.Sprintf("%s: %s, until %s", who, aw.Step, when(aw.Until, now)))
	}
	if d := v.Next; d != nil {
		row(w, "next move", dueLine(*d, now))
	}
}

// dueLine is a move and its window, in words.
func dueLine(d market.Due, now time.Time) string {
	s := d.Move.String()
	if d.AfterBlock > 0 {
		s += fmt.Sprintf(" after block %d", d.AfterBlock)
	}
	if !d.From.IsZero() && d.From.After(now) {
		s += ", from " + when(d.From, now)
	}
	if !d.Until.IsZero() {
		s += ", until " + when(d.Until.Add(-time.Second), now)
	}
	return s + " (anyone)"
}

// segmentLine is one segment in words: its committee, its status, its verdict and what it
// paid.
func segmentLine(s market.Segment, l *market.Lease, set *market.Settlement, now time.Time) string {
	parts := []string{fmt.Sprintf("committee %d", s.CommitteeID)}
	if !s.Start.IsZero() {
		parts = append(parts, fmt.Sprintf("%s to %s", s.Start.Format("15:04:05"), s.End.Format("15:04:05")))
	}
	cm := s.Committee
	switch s.Status {
	case market.CommitteeNone:
		switch {
		case l != nil && l.Unattended:
			parts = append(parts, "unattended")
		case s.K == 0:
			parts = append(parts, "requested when the provider confirms")
		case now.Before(s.Start):
			parts = append(parts, "not begun")
		case now.Before(s.OpenUntil):
			parts = append(parts, "openSegment due until "+s.OpenUntil.Format("15:04:05"))
		default:
			parts = append(parts, "never opened: its committee's seat fees are burned, the provider is paid")
		}
	case market.CommitteeRequested:
		if cm != nil && cm.Tried > 0 {
			parts = append(parts, fmt.Sprintf("being drawn (%d found, %d candidates tried)", len(cm.Members), cm.Tried))
		} else if cm != nil {
			parts = append(parts, fmt.Sprintf("requested, draw after block %d", cm.DrawAfter))
		} else {
			parts = append(parts, "requested")
		}
	case market.CommitteeDrawn:
		if cm != nil {
			parts = append(parts, fmt.Sprintf("drawn: %d members, threshold %d; reports until %s", len(cm.Members), cm.Threshold, cm.CommitEnd.Format("15:04:05")))
		}
	case market.CommitteeFinalized:
		verdict := "no violation"
		if s.Violated {
			verdict = "VIOLATION"
		}
		if cm != nil {
			verdict += fmt.Sprintf(" (%d of %d members revealed, %d said violated)", cm.Revealed, len(cm.Members), cm.ViolationReports)
		}
		parts = append(parts, verdict)
	case market.CommitteeUnwitnessed:
		n := 0
		if cm != nil {
			n = int(cm.N)
		}
		parts = append(parts, fmt.Sprintf("unwitnessed: 0 of %d witnesses drawn, no committee could be; the provider is paid, unchecked", n))
	}
	if cm != nil {
		if paid := cm.PaidToMembers(); paid != nil {
			parts = append(parts, "members earned "+fstOrDash(paid))
		}
	}
	if set != nil && l != nil {
		if s.Violated {
			parts = append(parts, fstOrDash(l.SegmentFee())+" back to the customer")
		} else {
			parts = append(parts, fstOrDash(l.SegmentFee())+" to the provider")
		}
	}
	return strings.Join(parts, "; ")
}
