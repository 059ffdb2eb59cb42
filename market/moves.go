package market

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// Move is a permissionless call that moves an order on once its window has passed (SPEC
// §3.4): anyone may make it, so that no FST stays stuck because a party vanished.
type Move int

// The permissionless moves.
const (
	MoveNone         Move = iota
	MoveCloseBidding      // the auction's window is over: matched, or failed with a refund
	MoveExpire            // the winner never published, or the customer never accepted
	MoveFulfill           // the customer never started the service: anyone starts it
	MoveDraw              // the lease's committee can be drawn
	MoveSettle            // the service is over and the committee's windows closed
	MoveFinish            // the amounts are settled: transfer them
)

var moveNames = [...]string{"none", "close", "expire", "fulfill", "draw", "settle", "finish"}

func (m Move) String() string {
	if int(m) < len(moveNames) {
		return moveNames[m]
	}
	return fmt.Sprintf("Move(%d)", int(m))
}

// AuctionEnd is when the auction of o can be closed: the end of bidding, or of the reveals
// when the bidding is sealed.
func (o Order) AuctionEnd() time.Time {
	if o.Sealed {
		return o.RevealEnd
	}
	return o.BiddingEnd
}

// SettleAfter is the time after which the lease can be settled: the end of service once the
// committee has its verdict, else the end of its reveal window (settle finalizes it then).
func (c Committee) SettleAfter() time.Time {
	if c.Status == CommitteeFinalized {
		return c.ServiceEnd
	}
	return c.RevealEnd
}

// DrawState is where a committee's draw stands.
type DrawState int

// States of a draw.
const (
	DrawNothing DrawState = iota // never requested, or drawn (or finalized) already
	DrawWait                     // requested; its seed's blocks are not all there yet
	DrawNow                      // the next block can draw it
	DrawTooLate                  // the service is over: the lease stays unwitnessed
)

// Draw says whether the committee can be drawn at head (SPEC §4.2): once the blocks of its
// seed follow the request, and before the end of service.
func (c Committee) Draw(head Head) DrawState {
	switch {
	case c.Status != CommitteeRequested:
		return DrawNothing
	case !head.Time.Before(c.ServiceEnd):
		return DrawTooLate
	case head.Number <= c.DrawAfter:
		return DrawWait
	}
	return DrawNow
}

// NextMove is the permissionless move due on o at head, or MoveNone. cm is the lease's
// committee, needed while o is Fulfilling (nil otherwise).
func NextMove(o Order, cm *Committee, head Head) Move {
	now := head.Time
	switch o.State {
	case StateBidding:
		if !now.Before(o.AuctionEnd()) {
			return MoveCloseBidding
		}
	case StateConfirming:
		if now.After(o.Deadline) {
			return MoveExpire
		}
	case StateDeploying:
		if now.After(o.Deadline) {
			return MoveFulfill
		}
	case StateFulfilling:
		if cm == nil {
			return MoveNone
		}
		if cm.Draw(head) == DrawNow {
			return MoveDraw
		}
		if now.After(o.Deadline) && now.After(cm.SettleAfter()) {
			return MoveSettle
		}
	case StateSettled:
		return MoveFinish
	}
	return MoveNone
}

// Make makes move m on order id (a draw draws its lease's committee). A refusal that means
// someone made the move first, or that the next block is not late enough for it yet (Benign),
// is not an error: Make then returns no receipt and no error.
func (c *Client) Make(ctx context.Context, id uint64, m Move) (*types.Receipt, error) {
	call, ok := map[Move]func(context.Context, uint64) (*types.Receipt, error){
		MoveCloseBidding: c.CloseBidding, MoveExpire: c.Expire, MoveFulfill: c.Fulfill,
		MoveDraw: c.DrawCommittee, MoveSettle: c.Settle, MoveFinish: c.Finish,
	}[m]
	if !ok {
		return nil, nil
	}
	r, err := call(ctx, id)
	if Benign(err) {
		return nil, nil
	}
	return r, err
}

// Drive reads order id and makes the permissionless move due at head, if any; it returns the
// move it made (MoveNone when none was due or someone else made it first).
func (c *Client) Drive(ctx context.Context, id uint64, head Head) (Move, error) {
	o, err := c.Order(ctx, id)
	if err != nil {
		return MoveNone, err
	}
	var cm *Committee
	if o.State == StateFulfilling {
		x, err := c.Committee(ctx, id)
		if err != nil {
			return MoveNone, err
		}
		cm = &x
	}
	m := NextMove(o, cm, head)
	r, err := c.Make(ctx, id, m)
	if r == nil || err != nil {
		return MoveNone, err
	}
	return m, nil
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
// done: someone made it first (WrongState, WrongCommitteeState), the next block is not late
// enough yet (DeadlineNotReached, DrawNotDue), or a draw came after the end of service
// (DeadlinePassed: the lease stays unwitnessed).
func Benign(err error) bool {
	switch RevertName(err) {
	case "WrongState", "WrongCommitteeState", "DeadlineNotReached", "DrawNotDue", "DeadlinePassed":
		return true
	}
	return false
}

// Revealing reports whether a sealed order's reveal window is open at now: from the end of
// bidding until the end of the reveals.
func (o Order) Revealing(now time.Time) bool {
	return o.Sealed && !now.Before(o.BiddingEnd) && now.Before(o.RevealEnd)
}

// PayoffUnits is a committee member's payoff in reward units (SPEC §4.4): by the verdict, and
// by what the member revealed. A member that revealed nothing loses a unit either way.
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
