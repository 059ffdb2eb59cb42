package provider

import (
	"context"
	"crypto/ecdsa"
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
)

// leaseManager looks after the orders the provider won: it publishes the endpoint with the
// access information sealed to the customer, serves the function from Deploying to the end of
// service (the runtime, behind signed requests: http.go), releases the capacity when the
// service ends, and makes every permissionless move that gets it paid — expiring an order whose
// customer never accepts, starting a service the customer never starts, drawing the committee,
// settling and finishing.
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
	m        *metrics
	poll     time.Duration

	mu    sync.Mutex
	comms map[uint64]committeeEntry // committees, for authorizing requests
}

type committeeEntry struct {
	members []common.Address
	final   bool
	at      time.Time
}

// step moves on an order the provider won, from its match to its settlement.
func (l *leaseManager) step(ctx context.Context, r record, o market.Order, head market.Head) (record, error) {
	if !r.Won {
		r.Won, r.Phase = true, phaseWon
		l.m.wins.Inc()
		l.log.Info("won the order", "order", r.ID, "unit_price_fst", market.FormatFST(o.BestPrice))
	}
	switch o.State {
	case market.StateConfirming:
		if !o.Published {
			return r, l.publish(ctx, r)
		}
	case market.StateFulfilling:
		if err := l.serving(ctx, &r, head.Time); err != nil {
			return r, err
		}
	case market.StateSettled:
		r.Reserved = false
	}
	// Every client draws committees as soon as they are due (SPEC §4.2); the winner also moves
	// its order past every deadline its customer misses, so that the capacity it reserved is
	// paid for or freed.
	v, err := l.client.View(ctx, r.ID, head.Time)
	if err != nil {
		return r, err
	}
	for _, m := range market.NextMoves(v, head) {
		rc, err := l.client.Make(ctx, r.ID, m)
		switch {
		case err != nil && m.Kind == market.MoveDraw:
			l.log.Warn("draw committee", "order", r.ID, "segment", m.Segment, "err", err)
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

// end closes the books of an order that is over.
func (l *leaseManager) end(r record, o market.Order) record {
	r.Phase, r.Reserved = phaseDone, false
	if r.Won {
		l.server.Unload(api.LeaseID(r.ID))
		r.Note = "lease " + o.State.String()
	} else if r.Note == "" {
		r.Note = "order " + o.State.String()
	}
	l.log.Info("order over", "order", r.ID, "state", o.State, "won", r.Won)
	return r
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

// serving learns the end of service of a lease in service, and frees its capacity once the
// service is over, whatever settlement says.
func (l *leaseManager) serving(ctx context.Context, r *record, now time.Time) error {
	if r.ServiceEnd.IsZero() {
		lease, err := l.client.Lease(ctx, r.ID)
		if err != nil {
			return err
		}
		r.ServiceEnd = lease.ServiceEnd
		l.log.Info("service started", "order", r.ID, "service_end", r.ServiceEnd)
	}
	if !now.Before(r.ServiceEnd) && r.Reserved {
		r.Reserved = false
		l.log.Info("service over; capacity released", "order", r.ID)
	}
	return nil
}
