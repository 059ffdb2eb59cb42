package pool

import (
	"context"
	"sort"
	"strconv"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

// Inventory is the pool as the gateway sees it now.
type Inventory struct {
	Workers []WorkerInfo
	// FreeCPUMilli and FreeMemoryMB sum the free capacity of the live workers.
	FreeCPUMilli uint64
	FreeMemoryMB uint64
	// Placements is how many leases are placed.
	Placements int
}

// WorkerInfo is one worker: what it offers (from its heartbeats), what the placements on it
// hold, and its load.
type WorkerInfo struct {
	Name                       string
	Alive                      bool
	CPUMilli, MemoryMB         uint32
	FreeCPUMilli, FreeMemoryMB int64
	// Leases placed on the worker, and leases it reports serving.
	Placed, Serving int
	Slots, Running  int
	Waiting         int64
	Served          uint64
	LastSeen        time.Time
}

// free is the capacity of each live worker not held by placements, in cpu-milli and MB.
type free struct {
	name     string
	cpu, mem int64
}

func (g *Gateway) freeLocked(now time.Time) []*free {
	used := map[string][2]int64{}
	for _, p := range g.placements {
		for _, w := range p.Workers {
			u := used[w]
			u[0] += int64(p.Level.CPUMilli)
			u[1] += int64(p.Level.MemoryMB)
			used[w] = u
		}
	}
	var out []*free
	for name, w := range g.workers {
		if !g.aliveLocked(name, now) {
			continue
		}
		u := used[name]
		out = append(out, &free{name: name, cpu: int64(w.hb.CPUMilli) - u[0], mem: int64(w.hb.MemoryMB) - u[1]})
	}
	// Most free first, so that leases spread over the pool; by name when equal, so that the
	// choice is the same every time.
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.cpu != b.cpu {
			return a.cpu > b.cpu
		}
		if a.mem != b.mem {
			return a.mem > b.mem
		}
		return a.name < b.name
	})
	return out
}

func fits(f *free, l runtime.Level) bool {
	return f.cpu >= int64(l.CPUMilli) && f.mem >= int64(l.MemoryMB)
}

// choose picks up to n live workers not in exclude with room for level.
func (g *Gateway) choose(level runtime.Level, exclude map[string]bool, n int, _ api.LeaseID) []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []string
	for _, f := range g.freeLocked(time.Now()) {
		if len(out) == n {
			break
		}
		if !exclude[f.name] && fits(f, level) {
			out = append(out, f.name)
		}
	}
	return out
}

// Fits reports whether the pool's live workers have room for a lease of level want once the
// leases of reserved that are not placed yet (bids that may win, leases won and not uploaded)
// have theirs: each needs Replicas distinct workers with its level's cpu and memory free. The
// provider bids only when it does. Reserved leases already placed hold capacity on their
// workers already.
func (g *Gateway) Fits(reserved map[api.LeaseID]runtime.Level, want runtime.Level) bool {
	g.mu.Lock()
	workers := g.freeLocked(time.Now())
	var pending []runtime.Level
	for id, l := range reserved {
		if g.placements[id] == nil {
			pending = append(pending, l)
		}
	}
	g.mu.Unlock()
	// First fit, largest first: the packing the scheduler would make.
	sort.Slice(pending, func(i, j int) bool {
		if pending[i].CPUMilli != pending[j].CPUMilli {
			return pending[i].CPUMilli > pending[j].CPUMilli
		}
		return pending[i].MemoryMB > pending[j].MemoryMB
	})
	for _, l := range append(pending, want) {
		if !g.take(workers, l) {
			return false
		}
	}
	return true
}

// take holds l on Replicas distinct workers of ws, the most free first.
func (g *Gateway) take(ws []*free, l runtime.Level) bool {
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].cpu > ws[j].cpu })
	var picked []*free
	for _, f := range ws {
		if len(picked) == g.cfg.Replicas {
			break
		}
		if fits(f, l) {
			picked = append(picked, f)
		}
	}
	if len(picked) < g.cfg.Replicas {
		return false
	}
	for _, f := range picked {
		f.cpu -= int64(l.CPUMilli)
		f.mem -= int64(l.MemoryMB)
	}
	return true
}

// Inventory reports the workers and their free capacity.
func (g *Gateway) Inventory() Inventory {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := time.Now()
	placed := map[string]int{}
	for _, p := range g.placements {
		for _, w := range p.Workers {
			placed[w]++
		}
	}
	freeOf := map[string]*free{}
	for _, f := range g.freeLocked(now) {
		freeOf[f.name] = f
	}
	inv := Inventory{Placements: len(g.placements)}
	for name, w := range g.workers {
		wi := WorkerInfo{Name: name, Alive: g.aliveLocked(name, now), CPUMilli: w.hb.CPUMilli, MemoryMB: w.hb.MemoryMB,
			Placed: placed[name], Serving: len(w.hb.Leases), Slots: w.hb.Slots, Running: w.hb.Running, Waiting: w.hb.Waiting,
			Served: w.hb.Served, LastSeen: w.seen}
		if f := freeOf[name]; f != nil {
			wi.FreeCPUMilli, wi.FreeMemoryMB = f.cpu, f.mem
			inv.FreeCPUMilli += uint64(max(f.cpu, 0))
			inv.FreeMemoryMB += uint64(max(f.mem, 0))
		}
		inv.Workers = append(inv.Workers, wi)
	}
	sort.Slice(inv.Workers, func(i, j int) bool { return inv.Workers[i].Name < inv.Workers[j].Name })
	return inv
}

// loop reconciles the placements with the workers until the gateway closes.
func (g *Gateway) loop() {
	defer close(g.done)
	every := g.cfg.HeartbeatTimeout / 6
	if every > 250*time.Millisecond {
		every = 250 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-g.stop:
			return
		case <-t.C:
			if g.nc.IsConnected() {
				g.reconcile()
			}
		}
	}
}

// reconcile makes the workers serve what the placements say:
//   - a lease whose worker went silent is placed on another live worker with room, and
//     loaded there (a re-placement);
//   - a live worker that does not serve a lease placed on it (it restarted, or missed the
//     load) is asked to load it;
//   - a live worker that serves a lease not placed on it (it came back after its leases were
//     moved, or missed an unload) is asked to drop it.
//
// A lease being loaded, moved or unloaded (its lock held) is left alone until next time.
func (g *Gateway) reconcile() {
	now := time.Now()
	g.mu.Lock()
	var ids []api.LeaseID
	for id := range g.placements {
		ids = append(ids, id)
	}
	type stale struct {
		worker string
		lease  api.LeaseID
	}
	var drop []stale
	for name, w := range g.workers {
		if !g.aliveLocked(name, now) {
			continue
		}
		for id := range w.hb.Leases {
			n, err := strconv.ParseUint(id, 10, 64)
			if err != nil {
				continue
			}
			if p := g.placements[api.LeaseID(n)]; p == nil || !p.has(name) {
				drop = append(drop, stale{name, api.LeaseID(n)})
			}
		}
	}
	g.mu.Unlock()
	for _, id := range ids {
		l := g.leaseLock(id)
		if !l.TryLock() {
			continue
		}
		if !g.reconcileLease(id, now, l) {
			l.Unlock()
		}
	}
	for _, s := range drop {
		l := g.leaseLock(s.lease)
		if !l.TryLock() {
			continue
		}
		if p := g.placement(s.lease); p == nil || !p.has(s.worker) {
			g.log.Info("a worker serves a lease not placed on it; dropping it there", "worker", s.worker, "lease", s.lease)
			g.unloadOn(s.worker, s.lease)
		}
		l.Unlock()
	}
}

// reconcileLease moves or reloads one lease, its lock held. It reports whether it handed the
// lock to a goroutine of its own (which unlocks it when done).
func (g *Gateway) reconcileLease(id api.LeaseID, now time.Time, l interface{ Unlock() }) bool {
	p := g.placement(id)
	if p == nil {
		return false
	}
	var live, dead []string
	var reload []string
	g.mu.Lock()
	for _, w := range p.Workers {
		if !g.aliveLocked(w, now) {
			dead = append(dead, w)
			continue
		}
		live = append(live, w)
		if v := g.workers[w]; v != nil && v.hb.Leases[id.String()] != p.SHA256 {
			reload = append(reload, w)
		}
	}
	g.mu.Unlock()
	var picks []string
	if len(dead) > 0 {
		exclude := map[string]bool{}
		for _, w := range p.Workers {
			exclude[w] = true
		}
		picks = g.choose(p.Level, exclude, len(dead), id)
		if len(picks) == 0 {
			g.mu.Lock()
			first := !g.warned[id]
			g.warned[id] = true
			g.mu.Unlock()
			if first {
				g.log.Warn("a lease's worker is silent and no other worker has room for it; waiting", "lease", id, "silent", dead)
			}
		} else {
			// The silent workers that found a replacement leave the placement; any others stay
			// in it, holding their capacity, until a worker has room.
			next := *p
			next.Workers = append(append([]string(nil), live...), picks...)
			next.Workers = append(next.Workers, dead[len(picks):]...)
			next.Moves++
			if err := g.savePlacement(context.Background(), &next); err != nil {
				g.log.Warn("re-place a lease", "lease", id, "err", err)
				return false
			}
			g.mu.Lock()
			delete(g.warned, id)
			g.mu.Unlock()
			g.m.replacements.Add(float64(len(picks)))
			g.log.Warn("worker silent: lease re-placed", "lease", id, "silent", dead[:len(picks)], "to", picks)
			p = &next
		}
	}
	targets := append(picks, reload...)
	if len(targets) == 0 {
		return false
	}
	go func() {
		defer l.Unlock()
		for _, w := range targets {
			if _, err := g.loadOn(context.Background(), w, p); err != nil {
				g.log.Warn("load a lease on its worker", "worker", w, "lease", id, "err", err)
			}
		}
	}()
	return true
}
