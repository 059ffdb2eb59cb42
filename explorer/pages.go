package explorer

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// assets are the page templates, the stylesheet and the script, embedded in the binary:
// nothing is fetched from anywhere at run time.
//
//go:embed assets
var assets embed.FS

// pages are the HTML templates, each page the layout around its own "main".
type pages struct {
	byName map[string]*template.Template
}

var pageNames = []string{"market", "orders", "order", "account", "providers", "witnesses", "error"}

func loadPages(nm names) *pages {
	funcs := template.FuncMap{
		"fst":       func(v any) template.HTML { return fstHTML(v, false) },
		"signedFST": func(v any) template.HTML { return fstHTML(v, true) },
		"time":      timeHTML,
		"addr":      nm.addrHTML,
		// actor is an account that did something, nothing for the contracts' own moves.
		"actor": func(a common.Address) template.HTML {
			if a == (common.Address{}) {
				return ""
			}
			return nm.addrHTML(a)
		},
		// party is the other side of a transfer: an account, or the mint or the burn.
		"party": func(a common.Address, in bool) template.HTML {
			switch {
			case a != (common.Address{}):
				return nm.addrHTML(a)
			case in:
				return `<span class="muted">minted</span>`
			}
			return `<span class="muted">burned</span>`
		},
		"state":        stateHTML,
		"verdict":      verdictHTML,
		"outcome":      outcomeHTML,
		"report":       reportHTML,
		"shortTx":      shortTx,
		"bidsChart":    func(o *Order) template.HTML { return bidsChart(o, nm) },
		"priceChart":   priceChart,
		"serviceChart": serviceChart,
		"lower":        strings.ToLower,
		"join":         strings.Join,
		"duration":     durationText,
		"sub":          func(t1, t0 time.Time) time.Duration { return t1.Sub(t0) },
		"add1":         func(i int) int { return i + 1 },
		"pct": func(bps uint16) string {
			return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", float64(bps)/100), "0"), ".") + " %"
		},
		"sum":   func(a, b Amount) Amount { return amount(new(big.Int).Add(a.Big(), b.Big())) },
		"deref": func(p *uint8) uint8 { return *p },
		"provClass": func(o *Order) map[common.Address]string {
			return providerClasses(o)
		},
		"isWinning": func(o *Order, b Bid) bool {
			return o.Match != nil && o.Best != nil && b.Provider == o.Best.Provider && b.Tx == o.Best.Tx && b.Kind == o.Best.Kind
		},
		"committed": func(c *Committee) int {
			n := 0
			for _, s := range c.Members {
				if s.Committed != nil {
					n++
				}
			}
			return n
		},
		"revealed": func(c *Committee) int {
			n := 0
			for _, s := range c.Members {
				if s.Revealed != nil {
					n++
				}
			}
			return n
		},
		"states": func() []string { return States },
	}
	p := &pages{byName: map[string]*template.Template{}}
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(assets, "assets/templates/layout.html", "assets/templates/parts.html"))
	for _, n := range pageNames {
		t := template.Must(template.Must(layout.Clone()).ParseFS(assets, "assets/templates/"+n+".html"))
		p.byName[n] = t
	}
	return p
}

// page is what every page template gets.
type page struct {
	Title  string
	Scope  string // what the page shows, for live updates: market, orders, order:ID, account:ADDR, providers, witnesses
	Status Status
	Data   any
	Notice string
}

// render writes a page; a request with X-Explorer-Partial gets only its <main>, which the
// page's script swaps in on a change.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	p.Status = s.ix.currentStatus()
	t := s.pages.byName[name]
	tmpl := "layout.html"
	if r.Header.Get("X-Explorer-Partial") != "" {
		tmpl = "main"
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, tmpl, p); err != nil {
		s.ix.log.Error("explorer: render page", "page", name, "err", err)
		http.Error(w, "the page could not be rendered: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	// The block the page shows the market at, so that its script knows what it may have missed.
	w.Header().Set("X-Explorer-Indexed", fmt.Sprint(p.Status.Indexed))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (s *server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	title := fmt.Sprintf("%d %s", status, http.StatusText(status))
	s.render(w, r, status, "error", page{Title: title, Scope: "error", Data: struct {
		Code    int
		Title   string
		Message string
	}{status, http.StatusText(status), msg}})
}

func (s *server) pageMarket(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.render(w, r, http.StatusOK, "market", page{Title: "Market", Scope: "market", Data: s.market()})
}

func (s *server) pageOrders(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	title := "Orders"
	if f.State != "" {
		title = f.State + " orders"
	}
	s.render(w, r, http.StatusOK, "orders", page{Title: title, Scope: "orders", Data: struct {
		Filter orderFilter
		List   OrderList
	}{f, s.list(f)}})
}

func (s *server) pageOrder(w http.ResponseWriter, r *http.Request) {
	id, err := parseOrderID(r.PathValue("id"))
	if err == nil {
		err = noQuery(r)
	}
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	o := s.order(id)
	if o == nil {
		s.pageError(w, r, http.StatusNotFound, strings.ToUpper(s.noOrder(id)[:1])+s.noOrder(id)[1:]+".")
		return
	}
	s.render(w, r, http.StatusOK, "order", page{Title: fmt.Sprintf("Order %d", id), Scope: fmt.Sprintf("order:%d", id), Data: o})
}

func (s *server) pageAccount(w http.ResponseWriter, r *http.Request) {
	a, err := parseAddress(r.PathValue("addr"))
	if err == nil {
		err = noQuery(r)
	}
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	acc, _ := s.account(r.Context(), a)
	title := "Account " + a.Hex()
	if n, ok := s.names[a]; ok {
		title = n + " (" + a.Hex()[:10] + "…)"
	}
	s.render(w, r, http.StatusOK, "account", page{Title: title, Scope: "account:" + strings.ToLower(a.Hex()), Data: acc, Notice: acc.Stale})
}

func (s *server) pageProviders(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ps, stale := s.providers(r.Context())
	s.render(w, r, http.StatusOK, "providers", page{Title: "Providers", Scope: "providers", Data: ps, Notice: stale})
}

func (s *server) pageWitnesses(w http.ResponseWriter, r *http.Request) {
	if err := noQuery(r); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ws, stale := s.witnesses(r.Context())
	s.render(w, r, http.StatusOK, "witnesses", page{Title: "Witnesses", Scope: "witnesses", Data: ws, Notice: stale})
}

// search takes an order id or an address and goes there.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	q = strings.TrimPrefix(q, "#")
	switch {
	case q == "":
		http.Redirect(w, r, "/", http.StatusSeeOther)
	case digits.MatchString(q):
		id, err := parseOrderID(q)
		if err != nil {
			s.pageError(w, r, http.StatusBadRequest, err.Error())
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/orders/%d", id), http.StatusSeeOther)
	default:
		a, err := parseAddress(q)
		if err != nil {
			s.pageError(w, r, http.StatusBadRequest, "Search for an order id (such as 12) or an account address (0x and 40 hex digits): "+err.Error())
			return
		}
		http.Redirect(w, r, "/accounts/"+a.Hex(), http.StatusSeeOther)
	}
}
