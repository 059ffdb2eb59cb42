package witness_test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
	providerd "github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// seen is everything the provider sees of one request to a lease's function, but its source
// address and its time: what a provider could tell probes from its customer's users by.
type seen struct {
	Method, Path, Query, Proto string
	Header                     http.Header // every header but Authorization's credentials
	Scheme                     string      // Bearer, DeFaaS-Sig, or none
	KeyID                      string
	BodySize                   int64
	Status                     int
}

// recorder sits in front of the provider daemon, at the endpoint it publishes, and writes
// down what the provider sees of every invocation.
type recorder struct {
	next atomic.Pointer[http.Handler]
	mu   sync.Mutex
	all  []seen
}

type countingReader struct {
	io.ReadCloser
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += int64(n)
	return n, err
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int)        { s.status = code; s.ResponseWriter.WriteHeader(code) }
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (rc *recorder) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	id, err := api.ParseLeaseID(strings.Split(strings.TrimPrefix(r.URL.Path, "/v1/leases/"), "/")[0])
	if err != nil || !strings.HasPrefix(r.URL.Path, api.InvokePrefix(id)) {
		(*rc.next.Load()).ServeHTTP(rw, r)
		return
	}
	s := seen{Method: r.Method, Path: strings.TrimPrefix(r.URL.Path, api.InvokePrefix(id)), Query: r.URL.RawQuery, Proto: r.Proto,
		Header: r.Header.Clone(), Scheme: "none"}
	if auth := s.Header.Get("Authorization"); auth != "" {
		scheme, cred, _ := strings.Cut(auth, " ")
		s.Scheme = scheme
		if k, err := api.ParseKey(cred); err == nil {
			s.KeyID = k.Hash().ID()
		}
		s.Header.Del("Authorization")
	}
	body := &countingReader{ReadCloser: r.Body}
	r.Body = body
	sw := &statusWriter{ResponseWriter: rw, status: http.StatusOK}
	(*rc.next.Load()).ServeHTTP(sw, r)
	s.BodySize, s.Status = body.n, sw.status
	rc.mu.Lock()
	rc.all = append(rc.all, s)
	rc.mu.Unlock()
}

func (rc *recorder) seen() []seen {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return slices.Clone(rc.all)
}

// features are the values of a request's fields, by field, as a provider could compare them.
func (s seen) features(keys map[string]probekit.KeyRecord) map[string]string {
	f := map[string]string{
		"method": s.Method, "path": s.Path, "query": s.Query, "proto": s.Proto, "scheme": s.Scheme,
		"body size": fmt.Sprint(s.BodySize),
	}
	names := make([]string, 0, len(s.Header))
	for k, v := range s.Header {
		names = append(names, k)
		f["header "+k] = strings.Join(v, ", ")
	}
	sort.Strings(names)
	f["header names"] = strings.Join(names, ",")
	if k, ok := keys[s.KeyID]; ok {
		// What the provider knows of a key: its limit and when it was registered (the
		// policy change that brought it).
		f["key rate"] = fmt.Sprintf("%g/%d", k.Rate.RatePerSecond, k.Rate.Burst)
		f["key batch"] = fmt.Sprint(k.Batch)
	}
	return f
}

// typical are the customer's users' requests, which its kits carry too: a GET, a POST with a
// body, and a path the function answers 404 to.
var typical = []string{
	"GET /greet?name=ada User-Agent:shop-app/3.1 Accept:text/plain",
	"POST /greet @- User-Agent:shop-app/3.1 Accept:text/plain Content-Type:text/plain deterministic",
	"GET /cart User-Agent:shop-app/3.1 Accept:text/plain",
}

func typicalRequests(t *testing.T) []probekit.Request {
	var out []probekit.Request
	for _, s := range typical {
		r, err := probekit.ParseProbe(s, func(string) ([]byte, error) { return []byte("ada"), nil })
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// kitLease is a lease of the routes function in keys mode, served by the real provider daemon
// behind a recorder, with its customer's side (as order watch --drive runs it), its users'
// keys, the witness daemons running and segment 0's committee drawn.
type kitLease struct {
	*world
	id       uint64
	endpoint string
	rec      *recorder
	cust     *probekit.Customer
	users    []api.Key
	ds       []*daemonRun
	cm       market.Committee
	stop     chan struct{}
	wg       sync.WaitGroup
}

func newKitLease(t *testing.T, users int) *kitLease {
	w := newWorld(t)
	ctx := context.Background()
	l := &kitLease{world: w, rec: &recorder{}, stop: make(chan struct{})}
	endpoint := httptest.NewServer(l.rec)
	t.Cleanup(endpoint.Close)
	l.endpoint = endpoint.URL
	cfg := providerd.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.Endpoint = t.TempDir(), "127.0.0.1:0", endpoint.URL
	cfg.PollInterval, cfg.WasmCacheDir = 100*time.Millisecond, cacheDir
	cfg.Pricing.Prices = map[string]string{"0": "8"}
	p, err := providerd.New(ctx, cfg, providerd.Options{Conn: w.conn, Manifest: w.manifest, Signer: keys.FromKey(keys.DevKey(providerAcc), w.chainID),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), SenderOptions: []chain.SenderOption{chain.WithPollInterval(50 * time.Millisecond)}})
	if err != nil {
		t.Fatal(err)
	}
	h := p.Handler()
	l.rec.next.Store(&h)
	pctx, stopProvider := context.WithCancel(ctx)
	provDone := make(chan error, 1)
	go func() { provDone <- p.Run(pctx) }()
	t.Cleanup(func() { stopProvider(); <-provDone; p.Close() })
	l.ds = w.startWitnesses()

	// The order, won and published by the provider daemon; the customer accepts, uploads,
	// registers its pool of keys, turns keys mode on and gives its users keys.
	l.id, _, err = w.customer.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 8, MaxUnitPrice: contracts.FST(10),
		BiddingWindow: w.params.MinBiddingSeconds, WitnessCount: witnesses, Segments: 1})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the provider's deployment", time.Minute, func() bool {
		o, err := w.reader.Order(ctx, l.id)
		return err == nil && o.Published
	})
	if _, err := w.customer.AcceptDeployment(ctx, l.id); err != nil {
		t.Fatal(err)
	}
	pc := client.New(endpoint.URL, w.domain, keys.DevKey(customerAcc), nil)
	if _, err := pc.Upload(ctx, api.LeaseID(l.id), routesModule); err != nil {
		t.Fatal(err)
	}
	l.cust = &probekit.Customer{Store: probekit.NewStore(filepath.Join(t.TempDir(), "access.json"), api.LeaseID(l.id)),
		Provider: pc, Market: w.customer, Conn: w.conn, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	l.cust.Store.Probes = typicalRequests(t)
	if err := l.cust.Prepare(ctx, witnesses, 1); err != nil {
		t.Fatal(err)
	}
	if err := l.cust.SetMode(ctx, api.AccessKeys, nil); err != nil {
		t.Fatal(err)
	}
	for range users {
		k, err := l.cust.NewUserKey(ctx, "a user", nil)
		if err != nil {
			t.Fatal(err)
		}
		l.users = append(l.users, k)
	}
	if _, err := w.customer.Fulfill(ctx, l.id, sha256.Sum256(routesModule)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the committee", time.Minute, func() bool {
		l.cm, err = w.reader.Committee(ctx, market.CommitteeID(l.id, 0))
		return err == nil && l.cm.Status == market.CommitteeDrawn
	})
	t.Cleanup(l.halt)
	return l
}

// drive runs the customer's side as order watch --drive does: tops the spares up and posts
// the kits of the committees drawn.
func (l *kitLease) drive() {
	ctx := context.Background()
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		for {
			select {
			case <-l.stop:
				return
			case <-time.After(300 * time.Millisecond):
			}
			v, err := l.reader.View(ctx, l.id, l.now())
			if err != nil {
				continue
			}
			l.cust.Maintain(ctx, v, l.now())
			l.cust.PostKits(ctx, v, l.now())
		}
	}()
}

// callAsUsers has each user send the customer's typical requests, one at a time, at random
// times, each on a connection of its own, with plain net/http.
func (l *kitLease) callAsUsers(t *testing.T) {
	for _, k := range l.users {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			reqs := typicalRequests(t)
			for {
				select {
				case <-l.stop:
					return
				case <-time.After(time.Duration(300+mrand.IntN(700)) * time.Millisecond):
				}
				kr := reqs[mrand.IntN(len(reqs))]
				r, err := client.KeyRequest(context.Background(), l.endpoint, api.LeaseID(l.id), k, kr.Method, kr.PathAndQuery(), kr.Body, kr.Header)
				if err != nil {
					t.Error(err)
					return
				}
				tr := &http.Transport{DisableCompression: true}
				if res, err := (&http.Client{Transport: tr}).Do(r); err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				tr.CloseIdleConnections()
			}
		}()
	}
}

// halt stops the customer's side and its users.
func (l *kitLease) halt() {
	select {
	case <-l.stop:
	default:
		close(l.stop)
	}
	l.wg.Wait()
}

// traffic is what the provider saw of the lease's invocations, by whose they were: kit
// probes (kit keys), users' requests (users' keys) and signed requests (the members').
type traffic struct {
	kit, users, signed []seen
	byID               map[string]probekit.KeyRecord
}

func (l *kitLease) traffic() traffic {
	tr := traffic{byID: map[string]probekit.KeyRecord{}}
	for _, r := range l.cust.Store.Keys {
		tr.byID[r.ID()] = r
	}
	for _, s := range l.rec.seen() {
		r, ok := tr.byID[s.KeyID]
		switch {
		case ok && r.Assigned():
			tr.kit = append(tr.kit, s)
		case ok && !r.Spare:
			tr.users = append(tr.users, s)
		case s.Scheme == sigauth.Scheme:
			tr.signed = append(tr.signed, s)
		}
	}
	return tr
}

// TestKits_MembersProbeLikeUsersAndTheProviderCannotTellThem: a lease in keys mode with users
// calling it and witnesses probing it with the kits the customer posted, through the real
// provider daemon. The members probe with their kits' keys and requests (a kit path the
// function answers 404 to counts as served), the lease is judged served, and nothing the
// provider sees of a kit probe — method, path, query, protocol, every header and its value,
// the authorization scheme, body size, the key's rate and the batch that registered it —
// tells it from a user's request: every value a kit probe shows, some user's request shows
// too. What is left to it is the source address and the time (README).
func TestKits_MembersProbeLikeUsersAndTheProviderCannotTellThem(t *testing.T) {
	t.Parallel()
	l := newKitLease(t, 2)
	l.drive()
	l.callAsUsers(t)
	l.seatsDone(t, l.id, 1, l.ds)
	l.halt()
	l.finished(t, l.id)
	l.checkVerdicts(t, l.id, false)
	for _, d := range l.ds {
		s, _ := d.seat(l.cm.ID)
		t.Logf("witness %s: kit %v, %d probes with keys, served %d, failed %d %v, inconclusive %d",
			d.Address().Hex(), s.Kit, s.KeyProbes, s.Served, s.Failed, s.Failures, s.Inconclusive)
		if !s.Kit || s.KitsIgnored != 0 || s.KeyProbes < 5 || s.Failed != 0 {
			t.Errorf("witness %s: kit %v, %d ignored, %d key probes, %d failed; want the kit, 5+ key probes, none failed",
				d.Address().Hex(), s.Kit, s.KitsIgnored, s.KeyProbes, s.Failed)
		}
	}

	tr := l.traffic()
	notFound := 0
	for _, s := range tr.kit {
		if s.Status == http.StatusNotFound {
			notFound++
		}
	}
	t.Logf("the provider saw %d kit probes (%d answered 404 by the function), %d users' requests, %d signed requests",
		len(tr.kit), notFound, len(tr.users), len(tr.signed))
	if len(tr.kit) < 15 || len(tr.users) < 15 || notFound == 0 {
		t.Fatalf("too little traffic to compare: %d kit probes (%d 404), %d users' requests", len(tr.kit), notFound, len(tr.users))
	}
	userValues := map[string]map[string]bool{}
	for _, s := range tr.users {
		for f, v := range s.features(tr.byID) {
			if userValues[f] == nil {
				userValues[f] = map[string]bool{}
			}
			userValues[f][v] = true
		}
	}
	fields := map[string]bool{}
	for _, s := range tr.kit {
		for f, v := range s.features(tr.byID) {
			fields[f] = true
			if !userValues[f][v] {
				t.Errorf("a kit probe has %s %q, which no user's request has: the provider can tell probes by it", f, v)
			}
		}
	}
	// And the other way: no field a user's request has is missing from every kit probe.
	for f := range userValues {
		if !fields[f] {
			t.Errorf("users' requests have %s, no kit probe has: the provider can tell probes by its absence", f)
		}
	}
}

// TestKits_AKitThatDoesNotOpenIsIgnoredAndTheMemberProbesSigned: the customer posts kits no
// member can open (bytes of the right length, sealed to nobody). Each member ignores its kit
// — counted in its seat's status and in defaas_witness_probe_kits_total{outcome=
// "undecryptable"}, logged — and probes with signed requests, which keys mode serves: the
// provider sees no key from a member, and the lease is judged served.
func TestKits_AKitThatDoesNotOpenIsIgnoredAndTheMemberProbesSigned(t *testing.T) {
	t.Parallel()
	l := newKitLease(t, 0)
	junk := make([][]byte, len(l.cm.Members))
	for i := range junk {
		junk[i] = make([]byte, probekit.SealedSize(4096))
		rand.Read(junk[i])
	}
	if _, err := l.customer.PostProbeKit(context.Background(), l.id, 0, l.cm.Members, junk); err != nil {
		t.Fatal(err)
	}
	l.seatsDone(t, l.id, 1, l.ds)
	l.finished(t, l.id)
	l.checkVerdicts(t, l.id, false)
	for _, d := range l.ds {
		s, _ := d.seat(l.cm.ID)
		undecryptable := counter(t, d.Registry(), "defaas_witness_probe_kits_total", "undecryptable")
		opened := counter(t, d.Registry(), "defaas_witness_probe_kits_total", "opened")
		t.Logf("witness %s: kit %v, %d kits ignored (metric: %v undecryptable, %v opened), %d probes with keys, served %d, failed %d",
			d.Address().Hex(), s.Kit, s.KitsIgnored, undecryptable, opened, s.KeyProbes, s.Served, s.Failed)
		if s.Kit || s.KitsIgnored != 1 || undecryptable != 1 || opened != 0 {
			t.Errorf("witness %s: kit %v, %d ignored, metric %v undecryptable %v opened; want no kit, the one ignored and counted",
				d.Address().Hex(), s.Kit, s.KitsIgnored, undecryptable, opened)
		}
		if s.KeyProbes != 0 || s.Served < 5 || s.Failed != 0 {
			t.Errorf("witness %s: %d probes with keys, %d served, %d failed; want every probe signed and served",
				d.Address().Hex(), s.KeyProbes, s.Served, s.Failed)
		}
	}
	all := l.rec.seen()
	for _, s := range all {
		if s.Scheme != sigauth.Scheme {
			t.Errorf("the provider saw a %s request (%s %s): a member without a kit probes signed", s.Scheme, s.Method, s.Path)
		}
	}
	if len(all) < 15 {
		t.Errorf("the provider saw %d signed probes, want 15 or more", len(all))
	}
}

// TestKits_ACustomerRevokingAKitKeyFramesNobody: once the members probe with their kits, the
// customer revokes one member's kit keys. The provider refuses them (401/403); those probes
// are inconclusive and go again signed, and the lease is judged served.
func TestKits_ACustomerRevokingAKitKeyFramesNobody(t *testing.T) {
	t.Parallel()
	l := newKitLease(t, 0)
	l.drive()
	waitFor(t, "the members probing with their kits", time.Minute, func() bool {
		for _, d := range l.ds {
			if s, _ := d.seat(l.cm.ID); s.KeyProbes < 2 {
				return false
			}
		}
		return true
	})
	victim := l.ds[0].Address()
	revoked := map[string]bool{}
	for _, r := range l.cust.Store.Keys {
		if r.Member != nil && *r.Member == victim {
			if _, err := l.cust.Revoke(context.Background(), r.ID()); err != nil {
				t.Fatal(err)
			}
			revoked[r.ID()] = true
		}
	}
	if len(revoked) != probekit.KeysPerMember {
		t.Fatalf("revoked %d keys of %s, want its kit's %d", len(revoked), victim.Hex(), probekit.KeysPerMember)
	}
	l.seatsDone(t, l.id, 1, l.ds)
	l.halt()
	l.finished(t, l.id)
	l.checkVerdicts(t, l.id, false)
	for _, d := range l.ds {
		s, _ := d.seat(l.cm.ID)
		t.Logf("witness %s: %d probes with keys, served %d, failed %d %v, inconclusive %d",
			d.Address().Hex(), s.KeyProbes, s.Served, s.Failed, s.Failures, s.Inconclusive)
		if s.Failed != 0 {
			t.Errorf("witness %s failed %d probes: %v", d.Address().Hex(), s.Failed, s.Failures)
		}
		if d.Address() == victim && s.Inconclusive < 1 {
			t.Errorf("witness %s: no inconclusive probe after its kit keys were revoked", victim.Hex())
		}
	}
	refused := 0
	for _, s := range l.rec.seen() {
		if revoked[s.KeyID] && (s.Status == http.StatusUnauthorized || s.Status == http.StatusForbidden) {
			refused++
		}
	}
	if refused == 0 {
		t.Error("the provider refused no probe with a revoked kit key: the test proves nothing")
	}
}
