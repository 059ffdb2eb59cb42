package provider

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// leaseManager looks after the orders the provider won: it publishes the endpoint with the
// access information sealed to the customer, takes the customer's module until it confirms the
// one the customer committed (confirmDeployment, only when the module it holds has exactly that
// sha256), serves the function from Deploying to the end of service as the chain has it (the
// runtime, behind signed requests: http.go) across every segment, lets the current segment's
// committee fetch the module, releases the capacity when the service ends, and makes every
// permissionless move due on the order — expiring it, starting it unattended, opening and
// drawing segments, settling, finishing — so that it gets paid whoever else is there.
type leaseManager struct {
	log      *slog.Logger
	conn     *chain.Conn
	client   *market.Client
	me       common.Address
	market   common.Address
	endpoint string
	book     *book
	clock    *market.Clock
	server   *runtime.Server
	modules  runtime.Store
	// access is who may invoke each lease (SPEC §5.3), as its customer set it; the store keeps
	// it across restarts.
	access        *sigauth.Access
	maxInvokeBody int64
	m             *metrics
	poll          time.Duration
	// grace widens each segment's window when deciding who is its committee: a member's last
	// probe may arrive just after the segment's end by the provider's clock.
	grace time.Duration

	mu    sync.Mutex
	segs  map[uint64][]market.Segment // each lease's segments, once its service started (windows never change)
	comms map[uint64]committeeEntry   // committees by id, for authorizing requests
	locks map[uint64]*sync.Mutex      // per lease: an upload against the confirmation
	// checked is the head at which a request last read a lease whose service looked over.
	checked map[uint64]uint64
}

type committeeEntry struct {
	members []common.Address
	final   bool
	at      time.Time
}

// lock serialises an upload and the confirmation of one lease.
func (l *leaseManager) lock(id uint64) func() {
	l.mu.Lock()
	m := l.locks[id]
	if m == nil {
		m = new(sync.Mutex)
		l.locks[id] = m
	}
	l.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// step moves on an order the provider won, from its match to its settlement.
func (l *leaseManager) step(ctx context.Context, r record, o market.Order, head market.Head) (record, error) {
	if !r.Won {
		r.Won, r.Phase = true, phaseWon
		l.m.wins.Inc()
		l.log.Info("won the order", "order", r.ID, "unit_price_fst", market.FormatFST(o.BestPrice))
	}
	if o.State < market.StateFulfilling {
		r.ServiceEnd = time.Time{} // the service has no end the chain gives, now
	}
	switch o.State {
	case market.StateConfirming:
		if !o.Published {
			return r, l.publish(ctx, r)
		}
	case market.StateDeploying:
		// Read again at every step and after every restart: the customer's commitment, not
		// only its event, decides.
		if r.Confirmed && !o.ModuleCommitted {
			// The commitment the daemon confirmed left the chain (it went back): the customer
			// may upload and commit again, and the daemon checks again what it commits.
			l.log.Warn("the customer's commitment of the module left the chain: taking uploads again", "order", r.ID, "module", r.ModuleHash)
			r.Confirmed, r.ModuleHash = false, common.Hash{}
		}
		if o.ModuleCommitted {
			var err error
			if r, err = l.confirm(ctx, r); err != nil {
				return r, err
			}
		}
	case market.StateFulfilling:
		l.serving(&r, o, head.Time)
	case market.StateSettled:
		r.Reserved = false
	}
	// Every client draws committees as soon as they are due (SPEC §4.2) and opens the
	// segments nobody opened; the winner also moves its order past every deadline its
	// customer misses, so that the capacity it reserved is paid for or freed.
	v, err := l.client.ViewSince(ctx, r.ID, head.Time, r.Block)
	if err != nil {
		return r, err
	}
	for _, m := range market.NextMoves(v, head) {
		rc, err := l.client.Make(ctx, r.ID, m)
		switch {
		case err != nil && (m.Kind == market.MoveDraw || m.Kind == market.MoveOpenSegment || m.Kind == market.MoveForfeitBond):
			l.log.Warn("a move on the order failed", "order", r.ID, "move", m, "err", err)
		case err != nil:
			return r, err
		case rc == nil:
		case m.Kind == market.MoveFinish:
			r.Reserved = false
			l.log.Info("finished the lease", "order", r.ID)
		default:
			l.log.Info("moved the order on", "order", r.ID, "move", m)
		}
	}
	return r, nil
}

// confirm confirms the committed module when the module the provider holds for the lease has
// exactly its sha256; otherwise it says why once and lets the order expire, which is nobody's
// fault (SPEC §3.9). Confirmed is stored before the transaction leaves: from then on no upload
// can replace the module, and after a crash the confirmation is sent again.
func (l *leaseManager) confirm(ctx context.Context, r record) (record, error) {
	lease, err := l.client.Lease(ctx, r.ID)
	if err != nil {
		return r, err
	}
	if r.Confirmed && lease.ModuleHash != r.ModuleHash {
		// Another commitment than the one checked: the chain went back and the customer
		// committed again. Check the module against it before confirming anything.
		l.log.Warn("the customer's commitment changed under the daemon: checking the module again", "order", r.ID,
			"confirmed_before", r.ModuleHash, "committed_now", lease.ModuleHash)
		r.Confirmed, r.ModuleHash = false, common.Hash{}
	}
	if !r.Confirmed {
		unlock := l.lock(r.ID)
		note := ""
		wasm, err := l.modules.Get(ctx, api.LeaseID(r.ID))
		switch {
		case errors.Is(err, runtime.ErrNoModule):
			note, err = "the customer committed module "+lease.ModuleHash.Hex()+" but uploaded none: not confirming; the order expires without fault", nil
		case err != nil:
			unlock()
			return r, fmt.Errorf("read the module of lease %d: %w", r.ID, err)
		case sha256.Sum256(wasm) != lease.ModuleHash:
			held := sha256.Sum256(wasm)
			note = fmt.Sprintf("the customer committed module %s but uploaded %s: not confirming; the order expires without fault",
				lease.ModuleHash.Hex(), common.Hash(held).Hex())
		default:
			r.Confirmed, r.ModuleHash, note = true, lease.ModuleHash, ""
			err = l.book.save(r)
		}
		unlock()
		if err != nil {
			return r, err
		}
		if !r.Confirmed {
			if r.Note != note {
				l.log.Warn("not confirming the deployment", "order", r.ID, "why", note)
				r.Note = note
			}
			return r, nil
		}
	}
	if _, err := l.client.ConfirmDeployment(ctx, r.ID); err != nil {
		switch market.RevertName(err) {
		case "WrongState": // confirmed already (by this daemon before a crash), or expired
			return r, nil
		case "DeadlinePassed":
			r.Note = "confirmed too late: the order expires without fault"
			return r, nil
		}
		return r, err
	}
	l.log.Info("confirmed the deployment: the service starts", "order", r.ID, "module", r.ModuleHash)
	return r, nil
}

// end closes the books of an order that is over.
func (l *leaseManager) end(r record, o market.Order) record {
	r.Phase, r.Reserved = phaseDone, false
	if r.Won {
		l.server.Unload(api.LeaseID(r.ID))
		l.forget(r.ID)
		// Nobody is let in any more; the store keeps the policy, as it keeps the module, for
		// a chain that goes back past the end (restoreAccess).
		l.access.Remove(api.LeaseID(r.ID))
		r.Note = "lease " + o.State.String()
	} else if r.Note == "" {
		r.Note = "order " + o.State.String()
	}
	l.log.Info("order over", "order", r.ID, "state", o.State, "won", r.Won)
	return r
}

// restoreAccess applies again the stored policy of a lease that was over and is served again
// (the chain went back past its end): its users keep their keys and its public stays public.
func (l *leaseManager) restoreAccess(id uint64) error {
	a, ok, err := l.book.store.access(id)
	if err != nil || !ok {
		return err
	}
	l.access.Set(api.LeaseID(id), a)
	l.log.Info("the access policy of a lease served again is restored", "order", id, "mode", a.Mode)
	return nil
}

// publish publishes the endpoint, with the access information sealed to the customer.
func (l *leaseManager) publish(ctx context.Context, r record) error {
	info := api.AccessInfo{Endpoint: l.endpoint, Lease: api.LeaseID(r.ID), Provider: api.Address(l.me),
		ChainID: l.conn.ChainID().Uint64(), Market: api.Address(l.market)}
	var sealed []byte
	pub, err := l.customerKey(ctx, r)
	if err == nil {
		sealed, err = client.Seal(pub, info)
	}
	if err != nil {
		// The endpoint is public anyway; what cannot be sealed is not published.
		l.log.Warn("publishing without access information", "order", r.ID, "err", err)
	}
	if _, err := l.client.PublishDeployment(ctx, r.ID, l.endpoint, sealed); err != nil {
		switch market.RevertName(err) {
		case "AlreadyPublished", "WrongState":
			return nil
		}
		return err
	}
	l.log.Info("published the deployment", "order", r.ID, "endpoint", l.endpoint)
	return nil
}

// customerKey is the customer's public key, recovered from the signature of its createOrder
// transaction: nothing else on chain carries it.
func (l *leaseManager) customerKey(ctx context.Context, r record) (*ecdsa.PublicKey, error) {
	pub, err := l.conn.TransactionSenderKey(ctx, r.CreatedTx)
	if err != nil {
		return nil, fmt.Errorf("the customer's key: %w", err)
	}
	if a := crypto.PubkeyToAddress(*pub); a != r.Customer {
		return nil, fmt.Errorf("the createOrder transaction was sent by %s, not the customer %s (a contract wallet?)", a, r.Customer)
	}
	return pub, nil
}

// serving keeps the end of service as the chain has it now, read at every step (a chain that
// went back may have started the service again, later), and frees the lease's capacity once
// the service is over, whatever settlement says.
func (l *leaseManager) serving(r *record, o market.Order, now time.Time) {
	switch {
	case r.ServiceEnd.IsZero():
		l.log.Info("service started", "order", r.ID, "service_end", o.Deadline, "segments", o.Segments)
	case !r.ServiceEnd.Equal(o.Deadline):
		l.log.Warn("the chain changed the end of service", "order", r.ID, "before", r.ServiceEnd, "now", o.Deadline)
		l.forgetWindows(r.ID) // its segments' windows, and so their committees, moved with it
	}
	r.ServiceEnd = o.Deadline // the end of service while Fulfilling
	switch {
	case !now.Before(r.ServiceEnd) && r.Reserved:
		r.Reserved = false
		l.log.Info("service over; capacity released", "order", r.ID)
	case now.Before(r.ServiceEnd) && !r.Reserved:
		r.Reserved = true // a service the chain gave more time holds its capacity again
	}
}
