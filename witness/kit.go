package witness

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
)

// kitProber probes a seat's lease with the customer's probe kit once one came (SPEC §5.4): the
// kit's requests at random, each with one of the kit's keys, so that the probes look like the
// customer's users' requests. Before the kit comes, and without one, it probes with signed
// requests. A kit key refused — 401, 403 or 429 marked by the provider: the customer's own
// limits, or a key it revoked — counts for nothing (Classify: RuleKeyRefused), and the same
// request goes again, signed, as the next probe, which every access mode must serve; a key
// refused twice is not used again, and once every key is, the kit's requests go signed.
type kitProber struct {
	mu      sync.Mutex
	kit     *probekit.Kit
	refused map[api.Key]int
	retry   *Request
}

func newKitProber() *kitProber { return &kitProber{refused: map[api.Key]int{}} }

// set gives the prober its kit.
func (p *kitProber) set(k probekit.Kit) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.kit = &k
}

func (p *kitProber) hasKit() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.kit != nil
}

// Next is the next probe's request.
func (p *kitProber) Next() Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.retry != nil {
		r := *p.retry
		p.retry = nil
		return r
	}
	if p.kit == nil {
		return SignedProbe
	}
	kr := p.kit.Requests[mrand.IntN(len(p.kit.Requests))]
	req := Request{Method: kr.Method, Path: kr.Path, Query: kr.Query, Header: kr.Header.Clone(), Body: kr.Body,
		Deterministic: kr.Deterministic, Auth: AuthSigned}
	var usable []api.Key
	for _, k := range p.kit.Keys {
		if p.refused[k] < 2 {
			usable = append(usable, k)
		}
	}
	if len(usable) > 0 {
		req.Auth, req.Key = AuthKey, usable[mrand.IntN(len(usable))].String()
	}
	return req
}

// Observe learns how a probe counted: a kit key refused is retried signed.
func (p *kitProber) Observe(req Request, d Decision) {
	if req.Auth != AuthKey || d.Rule != RuleKeyRefused {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if k, err := api.ParseKey(req.Key); err == nil {
		p.refused[k]++
	}
	r := req
	r.Auth, r.Key = AuthSigned, ""
	p.retry = &r
}

// watchKit looks for this member's probe kit of segment k of order id on chain, from the
// committee's request, until it has one that opens or ctx ends (the segment is over). A kit
// that does not open — sealed to another key, made out to another member, lease or segment,
// malformed — is ignored with a log line, and the member goes on probing with signed requests.
func (w *Witness) watchKit(ctx context.Context, id uint64, k uint8, from uint64, p *kitProber, log *slog.Logger) {
	m := w.mc.Manifest()
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(max(from, m.DeploymentBlock)), Addresses: []common.Address{m.Market},
		Topics: [][]common.Hash{{market.MarketEvent("ProbeKit")}, {market.IDTopic(id)}, {common.BytesToHash(w.addr.Bytes())}},
	}
	ignored := map[string]bool{}
	for {
		logs, err := w.conn.Backend().FilterLogs(ctx, q)
		if err != nil && ctx.Err() == nil {
			w.m.errors.WithLabelValues("kit").Inc()
			log.Warn("look for a probe kit", "err", err)
		}
		// The latest kit that opens wins: a customer may post again.
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			where := fmt.Sprintf("%s#%d", l.TxHash.Hex(), l.Index)
			ev, err := w.mc.DecodeProbeKit(&l)
			if err != nil || ev.Segment != k || l.Removed || ignored[where] {
				continue
			}
			kit, err := probekit.Open(ev.SealedKit, w.key, leaseID(id), k)
			if err != nil {
				ignored[where] = true
				w.m.kits.WithLabelValues(kitOutcome(err)).Inc()
				w.update(market.CommitteeID(id, k), func(s *SeatStatus) { s.KitsIgnored++ })
				log.Warn("ignored a probe kit: probing with signed requests", "kit", where, "err", err)
				continue
			}
			p.set(kit)
			w.m.kits.WithLabelValues("opened").Inc()
			log.Info("probe kit received: probing with its keys and requests", "keys", len(kit.Keys), "requests", len(kit.Requests))
			w.update(market.CommitteeID(id, k), func(s *SeatStatus) { s.Kit = true })
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(w.cfg.PollInterval):
		}
	}
}

func kitOutcome(err error) string {
	if errors.Is(err, probekit.ErrNotForMe) {
		return "undecryptable"
	}
	return "invalid"
}
