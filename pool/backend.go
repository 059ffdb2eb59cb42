// The gateway as the provider's runtime.Backend: loads placed on workers, invocations forwarded over NATS, status, unloads and the pool's capacity.

package pool

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

func unavailable(format string, args ...any) *runtime.Error {
	return &runtime.Error{Status: http.StatusServiceUnavailable, Reason: runtime.ReasonUnavailable, Detail: fmt.Sprintf(format, args...)}
}

// request sends a control request to a worker and decodes its answer.
func (g *Gateway) request(ctx context.Context, worker, op string, body any, timeout time.Duration) (*runtime.FunctionStatus, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	msg, err := g.nc.RequestWithContext(ctx, g.subj.Worker(worker, op), data)
	if err != nil {
		if errors.Is(err, nats.ErrNoResponders) {
			return nil, unavailable("worker %s is not connected", worker)
		}
		return nil, unavailable("worker %s did not answer %s: %v", worker, op, err)
	}
	var r controlReply
	if err := json.Unmarshal(msg.Data, &r); err != nil {
		return nil, fmt.Errorf("worker %s answered %s with %w", worker, op, err)
	}
	if r.Error != nil {
		return nil, r.Error.err()
	}
	return r.Status, nil
}

// loadOn asks a worker to serve the lease as placed, under the deployment's request time
// limit.
func (g *Gateway) loadOn(ctx context.Context, worker string, p *Placement) (*runtime.FunctionStatus, error) {
	st, err := g.request(ctx, worker, "load", loadRequest{Lease: p.Lease, SHA256: p.SHA256, Level: p.Level,
		TimeoutMS: g.fnTimeout.Milliseconds()}, g.cfg.LoadTimeout)
	if err == nil {
		g.mu.Lock()
		if cur := g.placements[p.Lease]; cur == nil || cur.SHA256 == p.SHA256 {
			g.signalReadyLocked(p.Lease)
		}
		g.mu.Unlock()
	}
	return st, err
}

func (g *Gateway) unloadOn(worker string, id api.LeaseID) {
	if _, err := g.request(context.Background(), worker, "unload", leaseRequest{Lease: id}, 5*time.Second); err != nil {
		g.log.Debug("unload", "worker", worker, "lease", id, "err", err)
	}
}

// refusal reports whether err is the runtime refusing the module itself (413, 422): no
// other worker would take it either.
func refusal(err error) bool {
	var e *runtime.Error
	return errors.As(err, &e) && e.Status >= 400 && e.Status < 500
}

// Load implements runtime.Backend: it stores the module by its hash, loads it on the lease's
// workers — those it has, or new ones with free capacity — and records the placement once a
// worker serves it. A module the runtime refuses is refused as it would be in process, and
// the lease keeps its function.
func (g *Gateway) Load(ctx context.Context, lease api.LeaseID, level runtime.Level, wasm []byte) (runtime.FunctionStatus, error) {
	l := g.leaseLock(lease)
	l.Lock()
	defer l.Unlock()
	if !g.nc.IsConnected() {
		return runtime.FunctionStatus{}, unavailable("the pool's NATS is unreachable")
	}
	sum := sha256.Sum256(wasm)
	digest := hex.EncodeToString(sum[:])
	if _, err := g.modules.GetInfo(ctx, digest); errors.Is(err, jetstream.ErrObjectNotFound) {
		if _, err := g.modules.PutBytes(ctx, digest, wasm); err != nil {
			return runtime.FunctionStatus{}, unavailable("store the module in the pool: %v", err)
		}
	} else if err != nil {
		return runtime.FunctionStatus{}, unavailable("the pool's module store: %v", err)
	}

	next := &Placement{Lease: lease, SHA256: digest, Level: level}
	cur := g.placement(lease)
	tried := map[string]bool{}
	if cur != nil {
		next.Moves = cur.Moves
		g.mu.Lock()
		for _, w := range cur.Workers {
			tried[w] = true
			if g.aliveLocked(w, time.Now()) {
				next.Workers = append(next.Workers, w)
			}
		}
		g.mu.Unlock()
	}
	var status *runtime.FunctionStatus
	var lastErr error
	var serving []string
	candidates := next.Workers
	for len(serving) < g.cfg.Replicas {
		if len(candidates) == 0 {
			candidates = g.choose(level, tried, g.cfg.Replicas-len(serving), lease)
			if len(candidates) == 0 {
				break
			}
		}
		w := candidates[0]
		candidates = candidates[1:]
		tried[w] = true
		st, err := g.loadOn(ctx, w, next)
		if err != nil {
			if refusal(err) {
				return runtime.FunctionStatus{}, err
			}
			g.log.Warn("a worker could not load a lease; trying another", "worker", w, "lease", lease, "err", err)
			lastErr = err
			continue
		}
		serving = append(serving, w)
		if status == nil {
			status = st
		}
	}
	if len(serving) == 0 {
		if lastErr != nil {
			return runtime.FunctionStatus{}, lastErr
		}
		return runtime.FunctionStatus{}, &runtime.Error{Status: http.StatusServiceUnavailable, Reason: runtime.ReasonQueueFull,
			Detail: fmt.Sprintf("no worker of the pool has %d cpu-milli and %d MB free for lease %s", level.CPUMilli, level.MemoryMB, lease)}
	}
	next.Workers = serving
	if err := g.savePlacement(ctx, next); err != nil {
		return runtime.FunctionStatus{}, err
	}
	if cur == nil {
		g.m.placements.Inc()
		g.log.Info("lease placed", "lease", lease, "workers", serving, "sha256", digest)
	}
	if cur != nil {
		for _, w := range cur.Workers {
			if !next.has(w) {
				go g.unloadOn(w, lease)
			}
		}
	}
	return *status, nil
}

// Invoke implements runtime.Backend: one NATS request to the lease's subject, answered by one
// of its workers. While the lease has no worker (it is being moved after its worker went
// silent), the request waits for one within its time; when NATS is unreachable it is
// answered unavailable at once.
func (g *Gateway) Invoke(ctx context.Context, lease api.LeaseID, req *runtime.Request) (*runtime.Response, error) {
	if g.placement(lease) == nil {
		return nil, runtime.ErrNotLoaded
	}
	if !g.nc.IsConnected() {
		g.m.forwarded.WithLabelValues("unavailable").Inc()
		return nil, unavailable("the pool's NATS is unreachable")
	}
	limit := g.maxBody
	if mp := g.nc.MaxPayload() - 64<<10; mp < limit {
		limit = mp
	}
	var body []byte
	if req.Body != nil && req.ContentLength != 0 {
		if req.ContentLength > limit {
			return nil, &runtime.Error{Status: http.StatusRequestEntityTooLarge, Reason: runtime.ReasonBodyTooLarge, Detail: fmt.Sprintf("the body exceeds %d bytes", limit)}
		}
		var err error
		body, err = io.ReadAll(io.LimitReader(req.Body, limit+1))
		if err != nil {
			return nil, &runtime.Error{Status: http.StatusBadRequest, Reason: runtime.ReasonBadRequest, Err: fmt.Errorf("read body: %w", err)}
		}
		if int64(len(body)) > limit {
			return nil, &runtime.Error{Status: http.StatusRequestEntityTooLarge, Reason: runtime.ReasonBodyTooLarge, Detail: fmt.Sprintf("the body exceeds %d bytes", limit)}
		}
	}
	data, err := encodeRequest(req, body)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, g.reqTimeout)
	defer cancel()
	msg := &nats.Msg{Subject: g.subj.Lease(lease), Data: data}
	for {
		ready := g.readyChan(lease)
		reply, err := g.nc.RequestMsgWithContext(ctx, msg)
		if err == nil {
			res, err := decodeResponse(reply.Data)
			if err != nil {
				g.m.forwarded.WithLabelValues("runtime-error").Inc()
			} else {
				g.m.forwarded.WithLabelValues("ok").Inc()
			}
			return res, err
		}
		if errors.Is(err, nats.ErrNoResponders) && g.placement(lease) != nil {
			// Its workers are gone or still loading: wait until one says it serves the lease.
			select {
			case <-ready:
				continue
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		g.m.forwarded.WithLabelValues("unavailable").Inc()
		if errors.Is(err, nats.ErrNoResponders) {
			return nil, runtime.ErrNotLoaded
		}
		return nil, unavailable("no worker answered for lease %s: %v", lease, err)
	}
}

// Status implements runtime.Backend: the function as one of the lease's workers has it.
func (g *Gateway) Status(ctx context.Context, lease api.LeaseID) (runtime.FunctionStatus, error) {
	p := g.placement(lease)
	if p == nil {
		return runtime.FunctionStatus{}, runtime.ErrNotLoaded
	}
	var last error = runtime.ErrNotLoaded
	for _, w := range p.Workers {
		st, err := g.request(ctx, w, "status", leaseRequest{Lease: lease}, 5*time.Second)
		if err == nil && st.SHA256 == p.SHA256 {
			return *st, nil
		}
		if err != nil {
			last = err
		}
	}
	return runtime.FunctionStatus{}, last
}

// Unload implements runtime.Backend: the placement is forgotten first, durably, then the
// workers drop the lease; a worker that misses it is told again at its next heartbeat.
func (g *Gateway) Unload(ctx context.Context, lease api.LeaseID) error {
	l := g.leaseLock(lease)
	l.Lock()
	defer l.Unlock()
	p := g.placement(lease)
	if p == nil {
		return nil
	}
	if err := g.kv.Delete(ctx, lease.String()); err != nil {
		return unavailable("forget the placement of lease %s: %v", lease, err)
	}
	g.mu.Lock()
	delete(g.placements, lease)
	shared := false
	for _, q := range g.placements {
		shared = shared || q.SHA256 == p.SHA256
	}
	g.mu.Unlock()
	for _, w := range p.Workers {
		go g.unloadOn(w, lease)
	}
	if !shared {
		if err := g.modules.Delete(ctx, p.SHA256); err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
			g.log.Warn("delete a module no lease uses", "sha256", p.SHA256, "err", err)
		}
	}
	g.log.Info("lease unplaced", "lease", lease, "workers", p.Workers)
	return nil
}

// Capacity implements runtime.Backend: the live workers' cores and their functions' load.
func (g *Gateway) Capacity(context.Context) (runtime.Capacity, error) {
	inv := g.Inventory()
	var c runtime.Capacity
	for _, w := range inv.Workers {
		if !w.Alive {
			continue
		}
		c.Cores += int(w.CPUMilli / 1000)
		c.Slots += w.Slots
		c.Running += w.Running
		c.Waiting += w.Waiting
	}
	g.mu.Lock()
	c.Leases = len(g.placements)
	for _, p := range g.placements {
		c.MemoryMB += uint64(p.Level.MemoryMB) * uint64(p.Level.Cores()) * uint64(len(p.Workers))
	}
	g.mu.Unlock()
	return c, nil
}
