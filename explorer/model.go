package explorer

import (
	"cmp"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// logKey identifies a log across reorganisations: the block it is in and its index there.
type logKey struct {
	Block common.Hash
	Index uint
}

// event is one decoded log.
type event struct {
	key   logKey
	Block uint64
	Index uint
	Tx    common.Hash
	Time  time.Time
	// Order is the order the event concerns, 0 for none; Segment its segment, -1 for none.
	Order   uint64
	Segment int
	Body    any
}

func eventOrder(a, b *event) int {
	if a.Block != b.Block {
		return cmp.Compare(a.Block, b.Block)
	}
	return cmp.Compare(a.Index, b.Index)
}

// insertSorted adds e to a list kept in chain order.
func insertSorted(list []*event, e *event) []*event {
	i, _ := slices.BinarySearchFunc(list, e, eventOrder)
	return slices.Insert(list, i, e)
}

func removeEvent(list []*event, e *event) []*event {
	return slices.DeleteFunc(list, func(x *event) bool { return x == e })
}

// role bits of an account in one order.
type role uint8

const (
	roleCustomer role = 1 << iota
	roleBidder
	roleWinner
	roleMember
	roleOpener
)

// orderRec is an order's events and what they fold to.
type orderRec struct {
	events []*event
	view   *Order // nil while its OrderCreated is unknown (removed, or before the deployment block)
	parts  map[common.Address]role
}

// accountRec is what is indexed per address.
type accountRec struct {
	addr      common.Address
	provider  []*event // registration, stake, exit, withdrawal
	witness   []*event
	transfers []*event
	orders    map[uint64]role
	// touched is the last block with an event that may have changed its stakes or balance.
	touched uint64
}

// model is the explorer's picture of the market, a pure function of the events it holds:
// adding or removing an event re-derives exactly what it touched.
type model struct {
	rules    rules
	events   map[logKey]*event
	byTx     map[common.Hash][]*event
	orders   map[uint64]*orderRec
	maxOrder uint64
	accounts map[common.Address]*accountRec
	levelEvs []*event
	levels   []LevelInfo // folded from levelEvs, without the per-level market
	// byState indexes the orders by state; byLevel lists each level's order ids, ascending.
	byState map[string]map[uint64]struct{}
	byLevel map[uint32][]uint64
}

func newModel(r rules) *model {
	return &model{
		rules: r, events: map[logKey]*event{}, byTx: map[common.Hash][]*event{}, orders: map[uint64]*orderRec{},
		accounts: map[common.Address]*accountRec{}, byState: map[string]map[uint64]struct{}{}, byLevel: map[uint32][]uint64{},
	}
}

// touched is what one change affected, for live updates.
type touched struct {
	orders   map[uint64]struct{}
	accounts map[common.Address]struct{}
}

func newTouched() *touched {
	return &touched{orders: map[uint64]struct{}{}, accounts: map[common.Address]struct{}{}}
}

func (t *touched) account(a common.Address) {
	if a != (common.Address{}) {
		t.accounts[a] = struct{}{}
	}
}

// add folds in one event; adding an event already held does nothing.
func (m *model) add(e *event, t *touched) {
	if _, dup := m.events[e.key]; dup {
		return
	}
	m.events[e.key] = e
	m.byTx[e.Tx] = append(m.byTx[e.Tx], e)
	m.route(e, t, false)
}

// remove undoes an event whose block left the canonical chain.
func (m *model) remove(k logKey, t *touched) {
	e, ok := m.events[k]
	if !ok {
		return
	}
	delete(m.events, k)
	if rest := removeEvent(m.byTx[e.Tx], e); len(rest) == 0 {
		delete(m.byTx, e.Tx)
	} else {
		m.byTx[e.Tx] = rest
	}
	m.route(e, t, true)
}

func (m *model) account(a common.Address) *accountRec {
	r, ok := m.accounts[a]
	if !ok {
		r = &accountRec{addr: a, orders: map[uint64]role{}}
		m.accounts[a] = r
	}
	return r
}

func (m *model) touch(a common.Address, block uint64, t *touched) {
	if a == (common.Address{}) {
		return
	}
	r := m.account(a)
	r.touched = max(r.touched, block)
	t.account(a)
}

func (m *model) route(e *event, t *touched, removed bool) {
	edit := func(list []*event) []*event {
		if removed {
			return removeEvent(list, e)
		}
		return insertSorted(list, e)
	}
	if e.Order != 0 {
		r, ok := m.orders[e.Order]
		if !ok {
			r = &orderRec{}
			m.orders[e.Order] = r
		}
		r.events = edit(r.events)
		m.refold(e.Order, r, e.Block, t)
		return
	}
	switch b := e.Body.(type) {
	case levelAdded, levelDeactivated:
		m.levelEvs = edit(m.levelEvs)
		m.foldLevels()
	case providerEvent:
		r := m.account(b.provider())
		r.provider = edit(r.provider)
		m.touch(r.addr, e.Block, t)
	case witnessEvent:
		r := m.account(b.witness())
		r.witness = edit(r.witness)
		m.touch(r.addr, e.Block, t)
	case transfer:
		for _, a := range []common.Address{b.From, b.To} {
			if a == (common.Address{}) {
				continue
			}
			m.account(a).transfers = edit(m.account(a).transfers)
			m.touch(a, e.Block, t)
		}
	}
}

// providerEvent and witnessEvent are the events of a provider's or a witness's stake record.
type (
	providerEvent interface{ provider() common.Address }
	witnessEvent  interface{ witness() common.Address }
)

func (b providerRegistered) provider() common.Address { return b.Provider }
func (b providerStaked) provider() common.Address     { return b.Provider }
func (b providerExiting) provider() common.Address    { return b.Provider }
func (b providerWithdrawn) provider() common.Address  { return b.Provider }
func (b witnessRegistered) witness() common.Address   { return b.Witness }
func (b witnessStaked) witness() common.Address       { return b.Witness }
func (b witnessAvailability) witness() common.Address { return b.Witness }
func (b witnessExiting) witness() common.Address      { return b.Witness }
func (b witnessWithdrawn) witness() common.Address    { return b.Witness }

// refold re-derives an order from its events and the indexes that depend on it.
func (m *model) refold(id uint64, r *orderRec, block uint64, t *touched) {
	old := r.view
	r.view = foldOrder(id, r.events, m.rules, false)
	parts := participants(r.view)
	// Every account in the order before or after the change may have had stake locked or
	// released by it (an outbid provider's collateral is unlocked by its rival's bid).
	for a := range r.parts {
		if _, still := parts[a]; !still {
			delete(m.account(a).orders, id)
		}
		m.touch(a, block, t)
	}
	for a, ro := range parts {
		m.account(a).orders[id] = ro
		m.touch(a, block, t)
	}
	r.parts = parts
	t.orders[id] = struct{}{}

	if old != nil {
		delete(m.byState[old.State], id)
	}
	if r.view == nil {
		if old != nil {
			m.byLevel[old.Level] = slices.DeleteFunc(m.byLevel[old.Level], func(x uint64) bool { return x == id })
		}
		if len(r.events) == 0 {
			delete(m.orders, id)
		}
		m.maxOrder = 0
		for k, o := range m.orders {
			if o.view != nil {
				m.maxOrder = max(m.maxOrder, k)
			}
		}
		return
	}
	if m.byState[r.view.State] == nil {
		m.byState[r.view.State] = map[uint64]struct{}{}
	}
	m.byState[r.view.State][id] = struct{}{}
	if old == nil {
		ids := m.byLevel[r.view.Level]
		i, _ := slices.BinarySearch(ids, id)
		m.byLevel[r.view.Level] = slices.Insert(ids, i, id)
	}
	m.maxOrder = max(m.maxOrder, id)
}

func participants(o *Order) map[common.Address]role {
	p := map[common.Address]role{}
	if o == nil {
		return p
	}
	p[o.Customer] |= roleCustomer
	for _, b := range o.Bids {
		p[b.Provider] |= roleBidder
	}
	if o.Match != nil {
		p[o.Match.Provider] |= roleWinner
	}
	for _, s := range o.Segments {
		if s.Opener != nil {
			p[s.Opener.Account] |= roleOpener
		}
		if s.Committee != nil {
			for _, m := range s.Committee.Members {
				p[m.Witness] |= roleMember
			}
		}
	}
	delete(p, common.Address{})
	return p
}

func (m *model) foldLevels() {
	var out []LevelInfo
	for _, e := range m.levelEvs {
		switch b := e.Body.(type) {
		case levelAdded:
			// Level ids are dense from 0, in the order they were added.
			out = append(out, LevelInfo{ID: b.ID, CPUMilli: b.CPUMilli, MemoryMB: b.MemoryMB, ImageMB: b.ImageMB, Active: true})
		case levelDeactivated:
			for i := range out {
				if out[i].ID == b.ID {
					out[i].Active = false
				}
			}
		}
	}
	m.levels = out
}
