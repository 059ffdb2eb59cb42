package explorer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// server answers the pages and the JSON API from the indexer's model. Every input in a URL
// is checked: a malformed one gets 400 and a line saying what is wrong, an unknown order or
// page 404; only GET and HEAD are served.
type server struct {
	ix    *indexer
	names names
	pages *pages
	mux   *http.ServeMux
	// viewTimeout bounds the reads of stakes and balances a request makes.
	viewTimeout time.Duration
}

func newServer(ix *indexer, nm names) *server {
	s := &server{ix: ix, names: nm, pages: loadPages(nm), mux: http.NewServeMux(), viewTimeout: 3 * time.Second}
	static, err := fs.Sub(assets, "assets/static")
	if err != nil {
		panic(err)
	}
	files := http.FileServerFS(static)
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, files)))

	s.mux.HandleFunc("GET /api/market", s.apiMarket)
	s.mux.HandleFunc("GET /api/orders", s.apiOrders)
	s.mux.HandleFunc("GET /api/orders/{id}", s.apiOrder)
	s.mux.HandleFunc("GET /api/accounts/{addr}", s.apiAccount)
	s.mux.HandleFunc("GET /api/providers", s.apiProviders)
	s.mux.HandleFunc("GET /api/witnesses", s.apiWitnesses)
	s.mux.HandleFunc("GET /api/events", s.apiEvents)
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		apiError(w, http.StatusNotFound, fmt.Sprintf("no API endpoint %s: see /api/market, /api/orders, /api/orders/{id}, /api/accounts/{address}, /api/providers, /api/witnesses, /api/events", r.URL.Path))
	})

	s.mux.HandleFunc("GET /{$}", s.pageMarket)
	s.mux.HandleFunc("GET /orders", s.pageOrders)
	s.mux.HandleFunc("GET /orders/{id}", s.pageOrder)
	s.mux.HandleFunc("GET /accounts/{addr}", s.pageAccount)
	s.mux.HandleFunc("GET /providers", s.pageProviders)
	s.mux.HandleFunc("GET /witnesses", s.pageWitnesses)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("There is no page at %s.", r.URL.Path))
	})
	return s
}

// ServeHTTP sets the headers every answer carries and refuses what is not a read.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			apiError(w, http.StatusMethodNotAllowed, "the explorer is read-only: only GET is served")
		} else {
			s.pageError(w, r, http.StatusMethodNotAllowed, "The explorer is read-only: only GET is served.")
		}
		return
	}
	s.mux.ServeHTTP(w, r)
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// ---------------------------------------------------------------- input

var digits = regexp.MustCompile(`^[0-9]+$`)

// parseOrderID reads an order id from a URL: a whole number from 1.
func parseOrderID(s string) (uint64, error) {
	if s == "" {
		return 0, errors.New("the order id is missing: use a whole number such as 12")
	}
	if len(s) > 20 || !digits.MatchString(s) {
		return 0, fmt.Errorf("order id %q is not a whole number: use digits only, such as 12", clip(s))
	}
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("order id %s is too large: order ids are 64-bit", s)
	}
	if id == 0 {
		return 0, errors.New("order ids start at 1")
	}
	return id, nil
}

var hexAddress = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// parseAddress reads an account address: 0x and 40 hex digits; mixed case must be a valid
// EIP-55 checksum, so that a mistyped address is caught rather than shown as empty.
func parseAddress(s string) (common.Address, error) {
	if !hexAddress.MatchString(s) {
		return common.Address{}, fmt.Errorf("%q is not an account address: write 0x followed by 40 hex digits", clip(s))
	}
	a := common.HexToAddress(s)
	lower, upper := strings.ToLower(s[2:]), strings.ToUpper(s[2:])
	if s[2:] != lower && s[2:] != upper && a.Hex() != s {
		return common.Address{}, fmt.Errorf("address %s has a wrong EIP-55 checksum (the mixed case does not match): check it for a typo, or write it all in lower case", s)
	}
	return a, nil
}

func clip(s string) string {
	if len(s) > 48 {
		return s[:48] + "…"
	}
	return s
}

// parseFilter reads the query of an order list; unknown parameters are refused, so that a
// misspelt filter is not silently ignored.
func parseFilter(q url.Values) (orderFilter, error) {
	f := orderFilter{Limit: defaultPage}
	for k, v := range q {
		if len(v) != 1 {
			return f, fmt.Errorf("parameter %q is given %d times: give it once", k, len(v))
		}
		val := v[0]
		switch k {
		case "state":
			if val == "" {
				continue
			}
			i := slices.IndexFunc(States, func(s string) bool { return strings.EqualFold(s, val) })
			if i < 0 {
				return f, fmt.Errorf("state %q is not an order state: use one of %s", clip(val), strings.Join(States, ", "))
			}
			f.State = States[i]
		case "account":
			if val == "" {
				continue
			}
			a, err := parseAddress(val)
			if err != nil {
				return f, err
			}
			f.Account = a
		case "level":
			if val == "" {
				continue
			}
			n, err := strconv.ParseUint(val, 10, 32)
			if err != nil || !digits.MatchString(val) {
				return f, fmt.Errorf("level %q is not a level id: use a whole number such as 0", clip(val))
			}
			l := uint32(n)
			f.Level = &l
		case "before":
			id, err := parseOrderID(val)
			if err != nil {
				return f, fmt.Errorf("before: %w", err)
			}
			f.Before = id
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || !digits.MatchString(val) || n < 1 || n > maxPage {
				return f, fmt.Errorf("limit %q is not a number from 1 to %d", clip(val), maxPage)
			}
			f.Limit = n
		default:
			return f, fmt.Errorf("unknown parameter %q: the order list takes state, account, level, before and limit", clip(k))
		}
	}
	return f, nil
}

// noQuery refuses parameters on URLs that take none.
func noQuery(r *http.Request) error {
	for k := range r.URL.Query() {
		return fmt.Errorf("unknown parameter %q: %s takes no parameters", clip(k), r.URL.Path)
	}
	return nil
}

// ---------------------------------------------------------------- data

func (s *server) market() Market {
	var mk Market
	s.ix.read(func(m *model) { mk = m.market() })
	mk.Status = s.ix.currentStatus()
	mk.Contracts = Contracts{Token: s.ix.m.Token, Market: s.ix.m.Market, WitnessPool: s.ix.m.WitnessPool, DeploymentBlock: s.ix.m.DeploymentBlock}
	return mk
}

func (s *server) order(id uint64) *Order {
	var o *Order
	s.ix.read(func(m *model) { o = m.orderDetail(id) })
	return o
}

func (s *server) list(f orderFilter) OrderList {
	var l OrderList
	s.ix.read(func(m *model) { l = m.list(f) })
	return l
}

// account reads an account from the model and its stakes and balance from the node.
func (s *server) account(ctx context.Context, a common.Address) (Account, bool) {
	var acc Account
	var ok bool
	var touchedAt uint64
	s.ix.read(func(m *model) {
		acc, ok = m.accountView(a)
		if r := m.accounts[a]; r != nil {
			touchedAt = r.touched
		}
	})
	ctx, cancel := context.WithTimeout(ctx, s.viewTimeout)
	defer cancel()
	v, err := s.ix.views.get(ctx, a, touchedAt, acc.Provider != nil, acc.Witness != nil)
	if err != nil {
		acc.Stale = "the stakes and balance could not be read from the node just now: " + err.Error()
	}
	if v.balance != nil {
		acc.Balance = amountPtr(v.balance)
		ok = ok || v.balance.Sign() != 0
	}
	fillProvider(acc.Provider, v)
	fillWitness(acc.Witness, v)
	return acc, ok
}

func fillProvider(p *ProviderInfo, v viewEntry) {
	if p == nil || v.provider == nil {
		return
	}
	p.Stakes = stakesOf(v.provider.Stake, v.provider.Locked)
	p.Exiting = p.Exiting || !v.provider.ExitAt.IsZero()
}

func fillWitness(w *WitnessInfo, v viewEntry) {
	if w == nil || v.witness == nil {
		return
	}
	w.Stakes = stakesOf(v.witness.Stake, v.witness.Locked)
	w.Available, w.Exiting = v.witness.Available, v.witness.Exiting
}

// stakes fills the stakes of many accounts, eight reads at a time; it returns the first
// read error, the rows keeping what could be read.
func (s *server) stakes(ctx context.Context, addrs []common.Address, provider bool, fill func(i int, v viewEntry)) error {
	touchedAt := make([]uint64, len(addrs))
	s.ix.read(func(m *model) {
		for i, a := range addrs {
			if r := m.accounts[a]; r != nil {
				touchedAt[i] = r.touched
			}
		}
	})
	ctx, cancel := context.WithTimeout(ctx, s.viewTimeout)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	sem := make(chan struct{}, 8)
	for i, a := range addrs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			v, err := s.ix.views.get(ctx, a, touchedAt[i], provider, !provider)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && first == nil {
				first = err
			}
			fill(i, v)
		}()
	}
	wg.Wait()
	return first
}

func (s *server) providers(ctx context.Context) ([]*ProviderInfo, string) {
	var ps []*ProviderInfo
	s.ix.read(func(m *model) { ps = m.providers() })
	return ps, s.withStakes(ctx, len(ps), func(i int) common.Address { return ps[i].Address }, true,
		func(i int, v viewEntry) { fillProvider(ps[i], v) })
}

func (s *server) witnesses(ctx context.Context) ([]*WitnessInfo, string) {
	var ws []*WitnessInfo
	s.ix.read(func(m *model) { ws = m.witnesses() })
	return ws, s.withStakes(ctx, len(ws), func(i int) common.Address { return ws[i].Address }, false,
		func(i int, v viewEntry) { fillWitness(ws[i], v) })
}

// withStakes fills the stakes of n rows and says, when some could not be read, why.
func (s *server) withStakes(ctx context.Context, n int, addr func(int) common.Address, provider bool, fill func(int, viewEntry)) string {
	addrs := make([]common.Address, n)
	for i := range addrs {
		addrs[i] = addr(i)
	}
	if err := s.stakes(ctx, addrs, provider, fill); err != nil {
		return "some stakes could not be read from the node just now: " + err.Error()
	}
	return ""
}

// ---------------------------------------------------------------- JSON API

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// apiError answers {"error": "..."} with the status.
func apiError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (s *server) apiMarket(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, s.market())
}

func (s *server) apiOrders(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, s.list(f))
}

func (s *server) apiOrder(w http.ResponseWriter, r *http.Request) {
	id, err := parseOrderID(r.PathValue("id"))
	if err == nil {
		err = noQuery(r)
	}
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	o := s.order(id)
	if o == nil {
		apiError(w, http.StatusNotFound, s.noOrder(id))
		return
	}
	writeJSON(w, http.StatusOK, o)
}

func (s *server) noOrder(id uint64) string {
	st := s.ix.currentStatus()
	return fmt.Sprintf("no order %d on this market (indexed up to block %d)", id, st.Indexed)
}

func (s *server) apiAccount(w http.ResponseWriter, r *http.Request) {
	a, err := parseAddress(r.PathValue("addr"))
	if err == nil {
		err = noQuery(r)
	}
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	// Any well-formed address is an account, even one the market never saw.
	acc, _ := s.account(r.Context(), a)
	writeJSON(w, http.StatusOK, acc)
}

func (s *server) apiProviders(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	ps, stale := s.providers(r.Context())
	writeJSON(w, http.StatusOK, struct {
		Providers []*ProviderInfo `json:"providers"`
		Stale     string          `json:"stale,omitempty"`
	}{ps, stale})
}

func (s *server) apiWitnesses(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	ws, stale := s.witnesses(r.Context())
	writeJSON(w, http.StatusOK, struct {
		Witnesses []*WitnessInfo `json:"witnesses"`
		Stale     string         `json:"stale,omitempty"`
	}{ws, stale})
}

// apiEvents streams server-sent events: "status" at once and whenever the head moves or the
// node's health changes, "change" whenever the model changed.
func (s *server) apiEvents(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	sub := s.ix.hub.subscribe()
	defer s.ix.hub.unsubscribe(sub)
	write := func(b []byte) bool {
		if _, err := w.Write(b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write([]byte("retry: 2000\n\n")) || !write(frame("status", s.ix.currentStatus())) {
		return
	}
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case f := <-sub.ch:
			if !write(f) {
				return
			}
		case <-keepAlive.C:
			if !write([]byte(": keep-alive\n\n")) {
				return
			}
		}
	}
}
