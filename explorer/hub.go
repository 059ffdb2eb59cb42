package explorer

import (
	"context"
	"encoding/json"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// hub tells the open pages what changed, by server-sent events: a "change" event naming the
// orders and accounts touched (coalesced over flushInterval, so a busy chain costs a page at
// most a few refreshes a second) and a "status" event whenever the head moves or the node
// stops or starts answering.
type hub struct {
	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	pending *Change

	flushInterval time.Duration
}

// Change is the data of a "change" event: what the explorer's model changed in.
type Change struct {
	Orders   []uint64         `json:"orders"`
	Accounts []common.Address `json:"accounts"`
	// Market is set when anything changed (every page of lists refreshes then); All when the
	// receiver may have missed changes and should refresh whatever it shows.
	Market bool `json:"market"`
	All    bool `json:"all,omitempty"`

	orders   map[uint64]struct{}
	accounts map[common.Address]struct{}
}

type subscriber struct {
	ch     chan []byte
	missed bool
}

const subscriberBuffer = 16

func newHub() *hub {
	return &hub{subs: map[*subscriber]struct{}{}, flushInterval: 250 * time.Millisecond}
}

func (h *hub) subscribe() *subscriber {
	s := &subscriber{ch: make(chan []byte, subscriberBuffer)}
	h.mu.Lock()
	h.subs[s] = struct{}{}
	h.mu.Unlock()
	return s
}

func (h *hub) unsubscribe(s *subscriber) {
	h.mu.Lock()
	delete(h.subs, s)
	h.mu.Unlock()
}

// touch records what changed; it is sent at the next flush.
func (h *hub) touch(t *touched, market bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.pending == nil {
		h.pending = &Change{orders: map[uint64]struct{}{}, accounts: map[common.Address]struct{}{}}
	}
	h.pending.Market = h.pending.Market || market
	if t == nil {
		h.pending.All = true
		return
	}
	for id := range t.orders {
		h.pending.orders[id] = struct{}{}
	}
	for a := range t.accounts {
		h.pending.accounts[a] = struct{}{}
	}
}

// status sends a status event at once.
func (h *hub) status(s Status) { h.broadcast(frame("status", s), false) }

func (h *hub) run(ctx context.Context, status func() Status) {
	tick := time.NewTicker(h.flushInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		h.mu.Lock()
		c := h.pending
		h.pending = nil
		h.mu.Unlock()
		if c == nil {
			continue
		}
		c.Orders = make([]uint64, 0, len(c.orders))
		for id := range c.orders {
			c.Orders = append(c.Orders, id)
		}
		slices.Sort(c.Orders)
		c.Accounts = make([]common.Address, 0, len(c.accounts))
		for a := range c.accounts {
			c.Accounts = append(c.Accounts, a)
		}
		h.broadcast(frame("change", c), true)
		// The indexed block moved with the change.
		h.broadcast(frame("status", status()), false)
	}
}

// broadcast sends a frame to every subscriber. A subscriber too slow to take it misses it
// and gets the next change marked All, so that it refreshes everything it shows.
func (h *hub) broadcast(f []byte, change bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		if change && s.missed {
			select {
			case s.ch <- allChanged:
				s.missed = false
			default:
			}
			continue
		}
		select {
		case s.ch <- f:
		default:
			s.missed = s.missed || change
		}
	}
}

// allChanged tells a subscriber that missed changes to refresh whatever it shows.
var allChanged = frame("change", Change{Market: true, All: true, Orders: []uint64{}, Accounts: []common.Address{}})

func frame(name string, v any) []byte {
	b, _ := json.Marshal(v)
	out := make([]byte, 0, len(b)+len(name)+16)
	out = append(out, "event: "...)
	out = append(out, name...)
	out = append(out, "\ndata: "...)
	out = append(out, b...)
	out = append(out, "\n\n"...)
	return out
}
