package provider

import (
	"context"
	"sync"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/runtime"
)

// inventory decides whether a level fits in what the provider has left once the orders that
// reserve capacity hold theirs: the configured numbers of one machine, or the live inventory of
// a computing pool.
type inventory interface {
	fits(reserved map[uint64]market.Level, want market.Level) bool
}

// configured is one machine's capacity, from the configuration: cpu_milli and memory_mb.
type configured struct{ cpuMilli, memoryMB uint32 }

func (c configured) fits(reserved map[uint64]market.Level, want market.Level) bool {
	cpu, mem := uint64(want.CPUMilli), uint64(want.MemoryMB)
	for _, l := range reserved {
		cpu += uint64(l.CPUMilli)
		mem += uint64(l.MemoryMB)
	}
	return cpu <= uint64(c.cpuMilli) && mem <= uint64(c.memoryMB)
}

// pooled is a pool's live inventory: the free capacity its workers report, the level fitting
// on one worker once the reserved leases not placed yet have theirs.
type pooled struct{ g *pool.Gateway }

func (p pooled) fits(reserved map[uint64]market.Level, want market.Level) bool {
	r := make(map[api.LeaseID]runtime.Level, len(reserved))
	for id, l := range reserved {
		r[api.LeaseID(id)] = runtimeLevel(l)
	}
	return p.g.Fits(r, runtimeLevel(want))
}

func runtimeLevel(l market.Level) runtime.Level {
	return runtime.Level{CPUMilli: l.CPUMilli, MemoryMB: l.MemoryMB, ImageMB: l.ImageMB}
}

// book is the daemon's knowledge of its orders: every record durably in the store and its
// view in memory, and the capacity the records hold in their levels' units. The bidder and
// the lease manager both read and write it.
type book struct {
	store  *store
	client *market.Client
	m      *metrics

	mu     sync.Mutex
	recs   map[uint64]*record
	levels map[uint32]market.Level
}

func newBook(st *store, client *market.Client, m *metrics) (*book, error) {
	b := &book{store: st, client: client, m: m, recs: map[uint64]*record{}, levels: map[uint32]market.Level{}}
	recs, err := st.all()
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		b.recs[r.ID] = r
	}
	return b, nil
}

func (b *book) get(id uint64) (record, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	r, ok := b.recs[id]
	if !ok {
		return record{}, false
	}
	return *r, true
}

// save stores r durably and then makes it the daemon's view of the order.
func (b *book) save(r record) error {
	if err := b.store.put(&r); err != nil {
		return err
	}
	b.mu.Lock()
	b.recs[r.ID] = &r
	b.mu.Unlock()
	return nil
}

// remove forgets an order, durably.
func (b *book) remove(id uint64) error {
	if err := b.store.remove(id); err != nil {
		return err
	}
	b.mu.Lock()
	delete(b.recs, id)
	b.mu.Unlock()
	return nil
}

// insert records a new order unless it is known; it reports whether it was new.
func (b *book) insert(r record) (bool, error) {
	inserted, err := b.store.insert(&r)
	if err != nil || !inserted {
		return false, err
	}
	b.mu.Lock()
	b.recs[r.ID] = &r
	b.mu.Unlock()
	return true, nil
}

// refresh updates the view of an order in memory only with its state and end of service as
// the chain has them now, read by a request between two steps of the order's task, which
// persists what it sees.
func (b *book) refresh(r record) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if cur := b.recs[r.ID]; cur != nil && (cur.State != r.State || !cur.ServiceEnd.Equal(r.ServiceEnd)) {
		cp := *cur
		cp.State, cp.ServiceEnd = r.State, r.ServiceEnd
		b.recs[r.ID] = &cp
	}
}

// ids lists the orders whose records match keep.
func (b *book) ids(keep func(*record) bool) []uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	var ids []uint64
	for id, r := range b.recs {
		if keep(r) {
			ids = append(ids, id)
		}
	}
	return ids
}

// reserved is the capacity held by bids that may win and by leases in service.
func (b *book) reserved() (cpu, mem uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.reservedLocked()
}

// reservedLevels are the levels of the orders holding capacity, by order.
func (b *book) reservedLevels() map[uint64]market.Level {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := map[uint64]market.Level{}
	for id, r := range b.recs {
		if r.Reserved {
			out[id] = b.levels[r.LevelID]
		}
	}
	return out
}

func (b *book) reservedLocked() (cpu, mem uint64) {
	for _, r := range b.recs {
		if r.Reserved {
			l := b.levels[r.LevelID]
			cpu += uint64(l.CPUMilli)
			mem += uint64(l.MemoryMB)
		}
	}
	return cpu, mem
}

func (b *book) updateGauges() {
	b.mu.Lock()
	defer b.mu.Unlock()
	cpu, mem := b.reservedLocked()
	active := 0
	for _, r := range b.recs {
		if r.Won && !r.Phase.terminal() {
			active++
		}
	}
	b.m.reservedCPU.Set(float64(cpu))
	b.m.reservedMem.Set(float64(mem))
	b.m.activeLeases.Set(float64(active))
}

// level is a level's resources, read from the chain once: a level is never edited in place
// (SPEC §3.2).
func (b *book) level(ctx context.Context, id uint32) (market.Level, error) {
	b.mu.Lock()
	l, ok := b.levels[id]
	b.mu.Unlock()
	if ok {
		return l, nil
	}
	l, err := b.client.Level(ctx, id)
	if err != nil {
		return l, err
	}
	b.mu.Lock()
	b.levels[id] = l
	b.mu.Unlock()
	return l, nil
}

// knowLevels keeps the levels read at start.
func (b *book) knowLevels(levels []market.Level) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, l := range levels {
		b.levels[l.ID] = l
	}
}
