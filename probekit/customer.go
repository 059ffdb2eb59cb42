package probekit

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	mrand "math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
)

// KeysPerMember is how many keys a kit holds: a member alternates between them.
const KeysPerMember = 2

// Customer is the customer's side of one lease's access: it keeps the Store and the
// provider's policy in step, and posts a probe kit to every member of each committee drawn.
type Customer struct {
	Store *Store
	// Provider signs as the customer at the lease's endpoint; Market sends as the customer.
	Provider *client.Client
	Market   *market.Client
	Conn     *chain.Conn
	Log      *slog.Logger

	mu   sync.Mutex
	keys map[common.Address]*ecdsa.PublicKey
}

func (c *Customer) log() *slog.Logger {
	if c.Log == nil {
		return slog.Default()
	}
	return c.Log
}

// Sync sends the Store's policy to the provider (it replaces the one there).
func (c *Customer) Sync(ctx context.Context) (api.AccessStatus, error) {
	return c.Provider.SetAccess(ctx, c.Store.Lease, c.Store.Policy())
}

// commit saves the store, then sends its policy: a key is on disk before the provider honours
// it, so a spare handed out is never lost.
func (c *Customer) commit(ctx context.Context) error {
	if err := c.Store.Save(); err != nil {
		return err
	}
	_, err := c.Sync(ctx)
	return err
}

// KeyRate is the rate spares are registered with: the store's, raised to the deployment's
// probe rate and burst if it is below (a member within its rate must never be refused).
func KeyRate(r api.Rate, p market.Params) api.Rate {
	probe := api.Rate{RatePerSecond: float64(p.ProbeRatePerMinute) / 60, Burst: int(p.ProbeBurst)}
	return api.Rate{RatePerSecond: math.Max(r.RatePerSecond, probe.RatePerSecond), Burst: max(r.Burst, probe.Burst)}
}

// SetMode sets who may invoke the lease.
func (c *Customer) SetMode(ctx context.Context, mode api.AccessMode, perCaller *api.Rate) error {
	c.Store.Mode = mode
	if perCaller != nil {
		c.Store.PerCaller = perCaller
	}
	return c.commit(ctx)
}

// Prepare registers the pool, before the service starts (at upload): enough for the first two
// segments' committees, as many again for the customer's users, and a random number more, in
// one batch.
func (c *Customer) Prepare(ctx context.Context, witnesses, segments int) error {
	params, err := c.Market.Params(ctx)
	if err != nil {
		return err
	}
	c.Store.KeyRate = KeyRate(c.Store.KeyRate, params)
	per := witnesses * KeysPerMember
	want := per*(min(max(segments, 1), 2)+1) + mrand.IntN(per+1)
	if have := len(c.Store.spares()); have < want {
		if _, err := c.Store.add(want-have, true, "", c.Store.KeyRate, time.Now()); err != nil {
			return err
		}
	}
	return c.commit(ctx)
}

// NewUserKey hands one of the spares to one of the customer's users: users' keys and kit
// keys come out of one pool, registered long before in batches, so that neither a key's batch
// nor the time it was registered says whose it is, and issuing a user's key changes nothing
// at the provider (unless the key gets a rate of its own). The pool is topped up first when it
// is empty. The key is returned once: the store keeps only its hash from now on.
func (c *Customer) NewUserKey(ctx context.Context, label string, rate *api.Rate) (api.Key, error) {
	changed := false
	spares := c.Store.spares()
	if len(spares) == 0 {
		if _, err := c.Store.add(KeysPerMember+mrand.IntN(4*KeysPerMember), true, "", c.Store.KeyRate, time.Now()); err != nil {
			return api.Key{}, err
		}
		spares, changed = c.Store.spares(), true
	}
	r := &c.Store.Keys[spares[mrand.IntN(len(spares))]]
	key := *r.Secret
	r.Spare, r.Secret, r.Label = false, nil, label
	if rate != nil && *rate != r.Rate {
		r.Rate, changed = *rate, true
	}
	if err := c.Store.Save(); err != nil {
		return api.Key{}, err
	}
	if changed {
		if _, err := c.Sync(ctx); err != nil {
			return api.Key{}, err
		}
	}
	return key, nil
}

// Revoke revokes the key whose id starts with prefix.
func (c *Customer) Revoke(ctx context.Context, prefix string) (KeyRecord, error) {
	k, err := c.Store.Find(prefix)
	if err != nil {
		return KeyRecord{}, err
	}
	if k.Revoked {
		return *k, fmt.Errorf("key %s is revoked already", k.ID())
	}
	k.Revoked = true
	return *k, c.commit(ctx)
}

// Maintain keeps the spares topped up: when fewer are left than the next committee needs, it
// picks a random time within the next segment's length and, once it has come, registers a
// batch of a random size; it also revokes, at that time, the keys of kits whose segment ended.
// The drive loop calls it at every tick.
func (c *Customer) Maintain(ctx context.Context, v market.OrderView, now time.Time) error {
	if v.Lease == nil || v.Order.State != market.StateFulfilling || c.Store.Mode == api.AccessSigned {
		return nil
	}
	per := int(v.Order.WitnessCount) * KeysPerMember
	expired := false
	for _, k := range c.Store.Keys {
		expired = expired || (k.Assigned() && !k.Revoked && segmentEnded(v, *k.Segment, now))
	}
	if len(c.Store.spares()) >= per && !expired && c.Store.NextTopUp.IsZero() {
		return nil
	}
	if c.Store.NextTopUp.IsZero() {
		span := v.Lease.SegmentLength
		c.Store.NextTopUp = now.Add(time.Duration(mrand.Int64N(int64(max(span, time.Second)))))
		return c.Store.Save()
	}
	if now.Before(c.Store.NextTopUp) {
		return nil
	}
	c.Store.NextTopUp = time.Time{}
	for i, k := range c.Store.Keys {
		if k.Assigned() && !k.Revoked && segmentEnded(v, *k.Segment, now) {
			c.Store.Keys[i].Revoked = true
		}
	}
	if n := per + mrand.IntN(per+1) - len(c.Store.spares()); n > 0 {
		if _, err := c.Store.add(n, true, "", c.Store.KeyRate, now); err != nil {
			return err
		}
	}
	return c.commit(ctx)
}

func segmentEnded(v market.OrderView, k uint8, now time.Time) bool {
	for _, s := range v.Segments {
		if s.K == k {
			return !now.Before(s.End)
		}
	}
	return false
}

// PostKits posts the kits of every segment whose committee is drawn, that has not ended, and
// whose kits are not on chain yet: each member gets KeysPerMember spares of its own and the
// store's requests, sealed to its public key. A member whose key cannot be found gets no kit
// (it probes with signed requests). The keys handed out are saved before the transaction is
// sent: after a crash the chain says whether the kits went out, and if not the same keys go
// out again. It returns the segments it posted.
func (c *Customer) PostKits(ctx context.Context, v market.OrderView, now time.Time) ([]uint8, error) {
	if c.Store.Mode == api.AccessSigned {
		return nil, nil // keys are refused: members probe signed
	}
	var done []uint8
	for _, s := range v.Segments {
		if s.Committee == nil || s.Status != market.CommitteeDrawn || !now.Before(s.End) || c.Store.posted(s.K) {
			continue
		}
		// Keys handed out for the segment mean a post was begun (they are saved before the
		// transaction): the kits may be on chain already. Otherwise a kit on chain is not this
		// client's (one posted by hand, one that does not open) and does not stand for its own.
		onChain := false
		if c.Store.begun(s.K) {
			var err error
			if onChain, err = c.posted(ctx, v.Order.ID, s.K); err != nil {
				return done, err
			}
		}
		if !onChain {
			if err := c.post(ctx, v.Order.ID, s.K, s.Committee.Members); err != nil {
				return done, fmt.Errorf("post the kits of segment %d: %w", s.K, err)
			}
		}
		c.Store.Posted = append(c.Store.Posted, s.K)
		if err := c.Store.Save(); err != nil {
			return done, err
		}
		done = append(done, s.K)
	}
	return done, nil
}

func (c *Customer) post(ctx context.Context, id uint64, k uint8, members []common.Address) error {
	type sealTo struct {
		member common.Address
		pub    *ecdsa.PublicKey
	}
	var to []sealTo
	for _, m := range members {
		pub, err := c.memberKey(ctx, m)
		if err != nil {
			c.log().Warn("no probe kit for a member: its public key is unknown; it probes with signed requests", "order", id, "segment", k, "member", m, "err", err)
			continue
		}
		to = append(to, sealTo{m, pub})
	}
	if len(to) == 0 {
		return nil
	}
	// Hand out the spares first, and register more now if there are too few (fresh keys are
	// less well hidden: Maintain tops up ahead of time so that this does not happen).
	fresh := false
	for _, t := range to {
		have := len(c.Store.assigned(k, t.member))
		for have < KeysPerMember {
			spares := c.Store.spares()
			if len(spares) == 0 {
				if _, err := c.Store.add(KeysPerMember*len(to), true, "", c.Store.KeyRate, time.Now()); err != nil {
					return err
				}
				fresh = true
				continue
			}
			i := spares[mrand.IntN(len(spares))]
			seg, member := k, t.member
			c.Store.Keys[i].Segment, c.Store.Keys[i].Member = &seg, &member
			have++
		}
	}
	// Handing spares out changes nothing at the provider: only fresh keys are sent to it (a
	// provider that stopped serving must not stop the kits either).
	if fresh {
		c.log().Warn("registered fresh spares for a kit: top the pool up ahead of time", "order", id, "segment", k)
		if err := c.commit(ctx); err != nil {
			return err
		}
	} else if err := c.Store.Save(); err != nil {
		return err
	}
	probes := c.Store.Probes
	if len(probes) == 0 {
		probes = DefaultProbes()
	}
	addrs := make([]common.Address, len(to))
	sealed := make([][]byte, len(to))
	for i, t := range to {
		kit := Kit{Version: Version, Lease: c.Store.Lease, Segment: k, Member: api.Address(t.member), Keys: c.Store.assigned(k, t.member), Requests: probes}
		if c.Store.KitSize == 0 {
			size, err := SizeFor(kit)
			if err != nil {
				return err
			}
			c.Store.KitSize = size
			if err := c.Store.Save(); err != nil {
				return err
			}
		}
		b, err := Seal(kit, c.Store.KitSize, t.pub)
		if err != nil {
			return err
		}
		addrs[i], sealed[i] = t.member, b
	}
	if _, err := c.Market.PostProbeKit(ctx, id, k, addrs, sealed); err != nil {
		return err
	}
	c.log().Info("posted probe kits", "order", id, "segment", k, "members", len(addrs), "kit_bytes", SealedSize(c.Store.KitSize))
	return nil
}

// posted reports whether the customer's kits for segment k are on chain already (sent before
// a crash that lost the store's note).
func (c *Customer) posted(ctx context.Context, id uint64, k uint8) (bool, error) {
	m := c.Market.Manifest()
	logs, err := c.Conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: bigU(m.DeploymentBlock), Addresses: []common.Address{m.Market},
		Topics: [][]common.Hash{{market.MarketEvent("ProbeKit")}, {market.IDTopic(id)}},
	})
	if err != nil {
		return false, fmt.Errorf("read the probe kits of order %d: %w", id, err)
	}
	for _, l := range logs {
		if ev, err := c.Market.DecodeProbeKit(&l); err == nil && ev.Segment == k && !l.Removed {
			return true, nil
		}
	}
	return false, nil
}

func (c *Customer) memberKey(ctx context.Context, m common.Address) (*ecdsa.PublicKey, error) {
	c.mu.Lock()
	pub := c.keys[m]
	c.mu.Unlock()
	if pub != nil {
		return pub, nil
	}
	pub, err := MemberKey(ctx, c.Conn, c.Market.Manifest().WitnessPool, c.Market.Manifest().DeploymentBlock, m)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.keys == nil {
		c.keys = map[common.Address]*ecdsa.PublicKey{}
	}
	c.keys[m] = pub
	c.mu.Unlock()
	return pub, nil
}

// MemberKey finds the public key of a witness: recovered from a transaction it sent to the
// pool (its registration, a change of availability, a top-up), whose signer must be the
// witness itself. Nothing else on chain carries an account's public key.
func MemberKey(ctx context.Context, conn *chain.Conn, pool common.Address, from uint64, member common.Address) (*ecdsa.PublicKey, error) {
	logs, err := conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: bigU(from), Addresses: []common.Address{pool},
		Topics: [][]common.Hash{
			{market.PoolEvent("WitnessRegistered"), market.PoolEvent("WitnessAvailability"), market.PoolEvent("WitnessStakeAdded")},
			{common.BytesToHash(member.Bytes())},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("find the transactions of witness %s: %w", member, err)
	}
	for _, l := range logs {
		pub, err := conn.TransactionSenderKey(ctx, l.TxHash)
		if err == nil && crypto.PubkeyToAddress(*pub) == member {
			return pub, nil
		}
	}
	return nil, errors.New("no transaction signed by the witness itself (a contract wallet?)")
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
