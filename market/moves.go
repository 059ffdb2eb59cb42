package market

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// MoveKind is a permissionless call that moves an order on once its window has come (SPEC
// §3.4): anyone may make it, so that no FST stays stuck because a party vanished.
type MoveKind uint8

// The permissionless moves, each named after the call it makes.
const (
	MoveNone         MoveKind = iota
	MoveCloseBidding          // closeBidding: the auction's window is over; matched, or failed with a refund
	MoveForfeitBond           // forfeitBond: a sealed commitment never revealed; its bond is burned
	MoveExpire                // expire: a party missed its deadline before the service (Move.Reason)
	MoveFulfill               // fulfill(orderId, 0): the customer never committed a module; the service starts unattended
	MoveOpenSegment           // openSegment: segment k ≥ 1 runs its first half and has no committee; the opener earns a seat fee
	MoveDraw                  // drawCommittee: a segment's committee is due (or a draw goes on, or re-requests)
	MoveSettle                // settle: the last segment's reveal window closed (unattended: the service ended)
	MoveFinish                // finish: the amounts are settled; transfer them
)

var moveNames = [...]string{"none", "closeBidding", "forfeitBond", "expire", "fulfill", "openSegment", "drawCommittee", "settle", "finish"}

func (k MoveKind) String() string {
	if int(k) < len(moveNames) {
		return moveNames[k]
	}
	return fmt.Sprintf("MoveKind(%d)", uint8(k))
}

// Move is one permissionless call on an order.
type Move struct {
	Kind MoveKind
	// Segment is the segment an openSegment or drawCommittee is for.
	Segment uint8
	// Provider is whose bond a forfeitBond burns.
	Provider common.Address
	// Reason is what an expire fails the order for.
	Reason FailReason
}

func (m Move) String() string {
	switch m.Kind {
	case MoveForfeitBond:
		return fmt.Sprintf("forfeitBond(%s)", m.Provider)
	case MoveExpire:
		return "expire (" + m.Reason.String() + ")"
	case MoveFulfill:
		return "fulfill(0): start unattended"
	case MoveOpenSegment:
		return fmt.Sprintf("openSegment(%d)", m.Segment)
	case MoveDraw:
		return fmt.Sprintf("drawCommittee(segment %d)", m.Segment)
	}
	return m.Kind.String()
}

// Due is a move and its window, as the chain's views give it: it can be made in a block
// whose time is From or later and before Until (no end when zero), and whose number is above
// AfterBlock.
type Due struct {
	Move       Move      `json:"move"`
	From       time.Time `json:"from"`
	Until      time.Time `json:"until,omitzero"`
	AfterBlock uint64    `json:"afterBlock,omitempty"`
}

// At reports whether the move can be made at head.
func (d Due) At(head Head) bool {
	return !head.Time.Before(d.From) && (d.Until.IsZero() || head.Time.Before(d.Until)) && head.Number > d.AfterBlock
}

// after is the first whole second after t: "strictly after t" in the contracts' seconds.
func after(t time.Time) time.Time { return t.Add(time.Second) }

// Plan lists the permissionless moves of v's current state with their windows, whether due
// now, later or (for a window that closed) no more: every window comes from the contracts'
// views (the order, its segments and their committees), never computed here.
func Plan(v OrderView) []Due {
	o := v.Order
	var plan []Due
	add := func(m Move, from, until time.Time, afterBlock uint64) {
		plan = append(plan, Due{Move: m, From: from, Until: until, AfterBlock: afterBlock})
	}
	if o.Sealed {
		// Bonds never revealed are burned after the reveal window, whatever became of the order.
		for _, p := range v.Unrevealed {
			add(Move{Kind: MoveForfeitBond, Provider: p}, o.RevealEnd, time.Time{}, 0)
		}
	}
	switch o.State {
	case StateBidding:
		add(Move{Kind: MoveCloseBidding}, o.AuctionEnd(), time.Time{}, 0)
	case StateConfirming:
		reason := FailNotPublished
		if o.Published {
			reason = FailNotAccepted
		}
		add(Move{Kind: MoveExpire, Reason: reason}, after(o.Deadline), time.Time{}, 0)
	case StateDeploying:
		if o.ModuleCommitted {
			add(Move{Kind: MoveExpire, Reason: FailNotConfirmed}, after(o.Deadline), time.Time{}, 0)
		} else {
			add(Move{Kind: MoveFulfill}, after(o.Deadline), time.Time{}, 0)
		}
	case StateFulfilling:
		if len(v.Segments) == 0 {
			break // the segments were not read: nothing can be judged
		}
		for _, s := range v.Segments {
			switch {
			case o.Unattended:
			case s.Status == CommitteeNone && s.K > 0:
				add(Move{Kind: MoveOpenSegment, Segment: s.K}, s.Start, s.OpenUntil, 0)
			case s.Status == CommitteeRequested && s.Committee != nil:
				add(Move{Kind: MoveDraw, Segment: s.K}, s.Start, s.Committee.End, s.Committee.DrawAfter)
			}
		}
		last := v.Segments[len(v.Segments)-1]
		if o.Unattended {
			add(Move{Kind: MoveSettle}, last.End, time.Time{}, 0)
		} else {
			add(Move{Kind: MoveSettle}, after(last.RevealEnd), time.Time{}, 0)
		}
	case StateSettled:
		add(Move{Kind: MoveFinish}, time.Time{}, time.Time{}, 0)
	}
	return plan
}

// NextMoves are the moves of Plan(v) that can be made at head.
func NextMoves(v OrderView, head Head) []Move {
	var out []Move
	for _, d := range Plan(v) {
		if d.At(head) {
			out = append(out, d.Move)
		}
	}
	return out
}

// NextMove is the first move that can be made on v at head, or a move of kind MoveNone.
func NextMove(v OrderView, head Head) Move {
	if ms := NextMoves(v, head); len(ms) > 0 {
		return ms[0]
	}
	return Move{}
}

// Upcoming is the move of Plan(v) that comes due next after head, if any (a window that
// has closed never comes).
func Upcoming(v OrderView, head Head) (Due, bool) {
	var next Due
	found := false
	for _, d := range Plan(v) {
		if d.At(head) || (!d.Until.IsZero() && !head.Time.Before(d.Until)) {
			continue
		}
		if !found || d.From.Before(next.From) {
			next, found = d, true
		}
	}
	return next, found
}

// Make makes move m on order id. A refusal that means someone made the move first, or that
// the next block is not late enough for it yet (Benign), is not an error: Make then returns no
// receipt and no error.
func (c *Client) Make(ctx context.Context, id uint64, m Move) (*types.Receipt, error) {
	var r *types.Receipt
	var err error
	switch m.Kind {
	case MoveCloseBidding:
		r, err = c.CloseBidding(ctx, id)
	case MoveForfeitBond:
		r, err = c.ForfeitBond(ctx, id, m.Provider)
	case MoveExpire:
		r, err = c.Expire(ctx, id)
	case MoveFulfill:
		r, err = c.StartUnattended(ctx, id)
	case MoveOpenSegment:
		r, err = c.OpenSegment(ctx, id, m.Segment)
	case MoveDraw:
		r, err = c.DrawCommittee(ctx, CommitteeID(id, m.Segment))
	case MoveSettle:
		r, err = c.Settle(ctx, id)
	case MoveFinish:
		r, err = c.Finish(ctx, id)
	default:
		return nil, nil
	}
	if Benign(err) {
		return nil, nil
	}
	return r, err
}

// Drive reads order id and makes every permissionless move due at head; it returns the
// moves it made (none when nothing was due or others made them first). It goes on past a
// failed move and returns the failures joined.
func (c *Client) Drive(ctx context.Context, id uint64, head Head) ([]Move, error) {
	v, err := c.View(ctx, id, head.Time)
	if err != nil {
		return nil, err
	}
	var made []Move
	var errs []error
	for _, m := range NextMoves(v, head) {
		r, err := c.Make(ctx, id, m)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r != nil {
			made = append(made, m)
		}
	}
	return made, errors.Join(errs...)
}

// RevertName is the name of the contract's error that refused a call in err
// ("WrongState", "BidNotLower", ...), or "" when err is not a contract's refusal (the node,
// the network), which is worth retrying as it is.
func RevertName(err error) string {
	var re *contracts.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// Benign reports whether err refused a permissionless move for a reason that needs nothing
// done: someone made it, or another move of the same state, first (WrongState,
// WrongCommitteeState, CommitteeExists for a segment opened, AlreadyRevealed for a bond
// forfeited, ModuleAlreadyCommitted for an unattended start the customer beat); the next
// block is not late enough yet (DeadlineNotReached, DrawNotDue, SegmentNotStarted); or the
// window closed (DeadlinePassed: a segment nobody opened stays unwitnessed).
func Benign(err error) bool {
	switch RevertName(err) {
	case "WrongState", "WrongCommitteeState", "CommitteeExists", "AlreadyRevealed", "ModuleAlreadyCommitted",
		"DeadlineNotReached", "DrawNotDue", "SegmentNotStarted", "DeadlinePassed":
		return true
	}
	return false
}

// PayoffUnits is a committee member's payoff in seat fees s (SPEC §4.4): by the verdict, and
// by what the member revealed. A member that revealed nothing loses s either way.
//
//	verdict \ report | true | false | none revealed
//	Violation        | +10  |   0   |  −1
//	NoViolation      |  −1  |  +1   |  −1
func PayoffUnits(violation bool, s Seat) int64 {
	switch {
	case !s.Revealed:
		return -1
	case violation && s.Violated:
		return 10
	case violation:
		return 0
	case s.Violated:
		return -1
	}
	return 1
}
