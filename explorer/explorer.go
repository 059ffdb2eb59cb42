// Package explorer is a read-only web view of one DeFaaS market: its levels and prices, open
// auctions, every order's timeline from creation to payout, accounts, providers and
// witnesses, live as the chain moves.
//
// It follows the deployment's events from its deployment block through the chain layer's
// watcher (woken by new heads over WebSocket, polling over HTTP), keeps an in-memory model
// that is a pure function of the events it holds (a log of a reorganised block is removed and
// what it touched re-derived), and reads from the node only what the events do not say:
// stakes and balances, cached until an event touches the account again.
//
// The server renders HTML pages (templates, stylesheet, a small script and SVG charts, all
// embedded; nothing is fetched from elsewhere) and answers the same data as JSON under /api/.
// Open pages learn of changes by server-sent events and fetch their content again; the
// browser never polls. When the node stops answering the pages say so, and they catch up by
// themselves when it is back.
package explorer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

// DefaultListen is where the explorer listens unless told otherwise: loopback only.
const DefaultListen = "127.0.0.1:8080"

// Config says what to follow and where to serve it.
type Config struct {
	// Conn is the chain; Manifest the deployment on it.
	Conn     *chain.Conn
	Manifest contracts.Manifest
	// Listen is the TCP address to serve on; DefaultListen when empty. Port 0 picks a free one.
	Listen string
	// Names label accounts on the pages (the demo's roles); optional.
	Names map[common.Address]string
	// PollInterval is how often the head is polled where it is not pushed (default 1 s);
	// HealthInterval how often the node is asked whether it answers (default 2 s).
	PollInterval   time.Duration
	HealthInterval time.Duration
	// Logger gets the explorer's own lines; nil discards them.
	Logger *slog.Logger
}

// Explorer is a running explorer.
type Explorer struct {
	ix     *indexer
	srv    *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

// ErrListen is returned (wrapped) by Start when the address cannot be listened on.
var ErrListen = errors.New("cannot listen")

// Start listens, then follows the chain and serves the pages until Close or until ctx ends.
func Start(ctx context.Context, cfg Config) (*Explorer, error) {
	if cfg.Conn == nil {
		return nil, errors.New("explorer: no chain connection")
	}
	if id := cfg.Conn.ChainID().Uint64(); cfg.Manifest.ChainID != 0 && id != cfg.Manifest.ChainID {
		return nil, fmt.Errorf("explorer: the node is chain %d but the manifest is for chain %d: pass the matching RPC URL or manifest", id, cfg.Manifest.ChainID)
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.HealthInterval <= 0 {
		cfg.HealthInterval = 2 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("explorer: %w on %s (%v): choose another address or port", ErrListen, cfg.Listen, err)
	}
	ix := newIndexer(cfg.Conn, cfg.Manifest, cfg.PollInterval, cfg.HealthInterval, log)
	nm := names{cfg.Manifest.Market: "Market", cfg.Manifest.WitnessPool: "WitnessPool", cfg.Manifest.Token: "FaaSToken"}
	for a, n := range cfg.Names {
		nm[a] = n
	}
	s := newServer(ix, nm)
	ctx, cancel := context.WithCancel(ctx)
	e := &Explorer{ix: ix, ln: ln, cancel: cancel, done: make(chan struct{})}
	e.srv = &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		// Event streams end with the explorer.
		BaseContext: func(net.Listener) context.Context { return ctx },
		ErrorLog:    slog.NewLogLogger(log.Handler(), slog.LevelDebug),
	}
	served := make(chan struct{})
	go func() {
		defer close(served)
		if err := e.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("explorer: serve", "err", err)
		}
	}()
	go func() {
		defer close(e.done)
		err := ix.run(ctx)
		if err != nil && !errors.Is(err, context.Canceled) {
			e.err = err
			log.Error("explorer: stopped following the chain", "err", err)
		}
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer scancel()
		_ = e.srv.Shutdown(sctx)
		<-served
	}()
	return e, nil
}

// URL is the explorer's address, http://host:port/.
func (e *Explorer) URL() string { return "http://" + e.ln.Addr().String() + "/" }

// Close stops following the chain and serving, and waits for both.
func (e *Explorer) Close() error {
	e.cancel()
	<-e.done
	return e.err
}

// Done is closed when the explorer has stopped (Close, or its context ended).
func (e *Explorer) Done() <-chan struct{} { return e.done }
