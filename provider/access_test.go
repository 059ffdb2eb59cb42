package provider_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

// served starts provider A with cfg, has it win an order of the customer and serves hello on
// it; it returns the provider, the lease and the customer's client.
func (w *world) served(cfg provider.Config) (*running, api.LeaseID, *client.Client) {
	w.t.Helper()
	p := w.start(providerA, cfg)
	o := openOrder(0, 10)
	o.DurationUnits = 20 // one segment of 100 s: the clock moves with every request's block
	id := w.order(o)
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	cl := w.win(id)
	w.deploy(cl, id, helloWasm)
	return p, api.LeaseID(id), cl
}

// reply is a response's status, reason and body.
type reply struct {
	status int
	reason api.Reason
	body   string
}

func do(t testing.TB, c *http.Client, r *http.Request) reply {
	t.Helper()
	if c == nil {
		c = http.DefaultClient
	}
	res, err := c.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return reply{res.StatusCode, api.Reason(res.Header.Get(api.ErrorHeader)), string(b)}
}

func (r reply) want(t testing.TB, what string, status int, reason api.Reason) {
	t.Helper()
	if r.status != status || r.reason != reason {
		t.Errorf("%s: %d %q %s, want %d %q", what, r.status, r.reason, r.body, status, reason)
		return
	}
	if reason != "" {
		var e struct{ Error, Detail string }
		if json.Unmarshal([]byte(r.body), &e) != nil || e.Error != string(reason) || e.Detail == "" {
			t.Errorf("%s: body %s, want JSON with the reason and a detail", what, r.body)
		}
	}
}

// keyGet is what an end user sends: a plain GET with the key, no DeFaaS code.
func keyGet(t testing.TB, endpoint string, lease api.LeaseID, key string, path string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(http.MethodGet, api.InvokeURL(endpoint, lease, path), nil)
	if err != nil {
		t.Fatal(err)
	}
	if key != "" {
		r.Header.Set("Authorization", "Bearer "+key)
	}
	return r
}

func newKeys(t testing.TB, n int) []api.Key {
	t.Helper()
	ks := make([]api.Key, n)
	for i := range ks {
		k, err := api.NewKey()
		if err != nil {
			t.Fatal(err)
		}
		ks[i] = k
	}
	return ks
}

func keysPolicy(mode api.AccessMode, rate api.Rate, keys ...api.Key) api.Access {
	a := api.Access{Mode: mode, Keys: []api.AccessKey{}}
	for _, k := range keys {
		a.Keys = append(a.Keys, api.AccessKey{SHA256: k.Hash(), Rate: rate})
	}
	return a
}

var userRate = api.Rate{RatePerSecond: 50, Burst: 50}

func TestAccess_KeysModeServesTheCustomersUsers(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(t))
	ks := newKeys(t, 3)
	user, revoked, spare := ks[0], ks[1], ks[2]
	// Signed mode (the default): a key is refused, and says why.
	do(t, nil, keyGet(t, p.Endpoint(), lease, user.String(), "/")).want(t, "a key in signed mode", 403, api.ReasonKeysNotAccepted)
	st, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, user, revoked, spare))
	if err != nil || st.Mode != api.AccessKeys || st.Keys != 3 {
		t.Fatalf("set access: %+v %v", st, err)
	}
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, user.String(), "/greet?name=user")); r.status != 200 || !strings.Contains(r.body, "user") {
		t.Fatalf("an end user with a key: %d %s", r.status, r.body)
	}
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, user, spare)); err != nil {
		t.Fatal(err)
	}
	do(t, nil, keyGet(t, p.Endpoint(), lease, revoked.String(), "/")).want(t, "a revoked key", 401, api.ReasonUnknownKey)
	do(t, nil, keyGet(t, p.Endpoint(), lease, "dfk_"+strings.Repeat("A", 42), "/")).want(t, "a malformed key", 401, api.ReasonMalformedKey)
	do(t, nil, keyGet(t, p.Endpoint(), lease, "", "/")).want(t, "no key", 401, api.ReasonMissingKey)
	do(t, nil, keyGet(t, p.Endpoint(), lease, newKeys(t, 1)[0].String(), "/")).want(t, "an unknown key", 401, api.ReasonUnknownKey)
	do(t, nil, keyGet(t, p.Endpoint(), lease+1000, user.String(), "/")).want(t, "a lease not served here", 404, api.ReasonLeaseUnknown)
	// The customer's signed requests are served in every mode; a stranger's are not.
	res, err := cl.Invoke(ctx, lease, http.MethodGet, "/", nil, nil)
	if err != nil {
		t.Fatalf("the customer in keys mode: %v", err)
	}
	res.Body.Close()
	stranger := client.New(p.Endpoint(), w.domain(), w.key(providerB), nil)
	_, err = stranger.Invoke(ctx, lease, http.MethodGet, "/", nil, nil)
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != 403 {
		t.Fatalf("a stranger's signed request: %v", err)
	}
	got, err := cl.Access(ctx, lease)
	if err != nil || got.Mode != api.AccessKeys || len(got.KeyIDs) != 2 || got.KeyIDs[0] != user.Hash().ID() {
		t.Fatalf("the policy read back: %+v %v", got, err)
	}
}

func TestAccess_KeyOfAnotherLeaseIsRefused(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(t))
	id2 := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id2).BestBidder == p.Address() })
	cl2 := w.win(id2)
	ks := newKeys(t, 2)
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, ks[0])); err != nil {
		t.Fatal(err)
	}
	if _, err := cl2.SetAccess(ctx, api.LeaseID(id2), keysPolicy(api.AccessKeys, userRate, ks[1])); err != nil {
		t.Fatal(err)
	}
	do(t, nil, keyGet(t, p.Endpoint(), lease, ks[1].String(), "/")).want(t, "a key of another lease", 403, api.ReasonWrongLease)
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, ks[0].String(), "/")); r.status != 200 {
		t.Fatalf("the lease's own key: %d %s", r.status, r.body)
	}
}

func TestAccess_ChangedByTheCustomerOnly(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(t))
	k := newKeys(t, 1)[0]
	stranger := client.New(p.Endpoint(), w.domain(), w.key(providerB), nil)
	_, err := stranger.SetAccess(ctx, lease, keysPolicy(api.AccessPublic, userRate, k))
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != 403 || refused.Reason != api.ReasonForbidden {
		t.Fatalf("a stranger changing the access: %v", err)
	}
	unsigned, _ := http.NewRequest(http.MethodPut, api.AccessURL(p.Endpoint(), lease), strings.NewReader(`{"mode":"public","keys":[]}`))
	do(t, nil, unsigned).want(t, "an unsigned change", 401, api.ReasonMissingSignature)
	keyed, _ := http.NewRequest(http.MethodPut, api.AccessURL(p.Endpoint(), lease), strings.NewReader(`{"mode":"public","keys":[]}`))
	keyed.Header.Set("Authorization", "Bearer "+k.String())
	do(t, nil, keyed).want(t, "a change with a key", 403, api.ReasonKeysNotAccepted)
	bad, _ := http.NewRequest(http.MethodPut, api.AccessURL(p.Endpoint(), lease), strings.NewReader(`{"mode":"open"}`))
	if err := sigauth.Sign(bad, w.key(customerAcc), w.domain(), lease); err != nil {
		t.Fatal(err)
	}
	do(t, nil, bad).want(t, "an unknown mode", 400, api.ReasonBadRequest)
	del, _ := http.NewRequest(http.MethodDelete, api.AccessURL(p.Endpoint(), lease), nil)
	do(t, nil, del).want(t, "DELETE", 405, api.ReasonMethodNotAllowed)
	if got, _ := cl.Access(ctx, lease); got.Mode != api.AccessSigned {
		t.Fatalf("the mode after the refusals: %s", got.Mode)
	}
}

func TestAccess_MoreKeysThanTheLimitAre413AndChangeNothing(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(t))
	user := newKeys(t, 1)[0]
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, user)); err != nil {
		t.Fatal(err)
	}
	many := newKeys(t, 10_000)
	_, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, many...))
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != 413 || refused.Reason != api.ReasonTooManyKeys {
		t.Fatalf("10,000 keys: %v, want 413 too-many-keys", err)
	}
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, user.String(), "/")); r.status != 200 {
		t.Fatalf("the policy before still applies: %d %s", r.status, r.body)
	}
	if st, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, many[:api.MaxKeys]...)); err != nil || st.Keys != api.MaxKeys {
		t.Fatalf("%d keys, the limit: %+v %v", api.MaxKeys, st, err)
	}
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, many[api.MaxKeys-1].String(), "/")); r.status != 200 {
		t.Fatalf("the last of %d keys: %d %s", api.MaxKeys, r.status, r.body)
	}
}

func TestAccess_PolicySurvivesARestart(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	cfg := testConfig(t)
	cfg.Listen = freePort(t)
	p, lease, cl := w.served(cfg)
	k := newKeys(t, 1)[0]
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, k)); err != nil {
		t.Fatal(err)
	}
	p.stop()
	p = w.start(providerA, cfg)
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, k.String(), "/")); r.status != 200 {
		t.Fatalf("the key after a restart: %d %s", r.status, r.body)
	}
}

// clientFrom is an HTTP client whose connections come from the loopback address ip (Linux
// routes all of 127.0.0.0/8 to the loopback): a caller of its own to the provider.
func clientFrom(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 64}}
}

// A public lease under a flood from one caller keeps serving another.
func TestAccess_PublicFloodFromOneCallerLeavesAnotherServed(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	p, lease, cl := w.served(testConfig(t))
	if _, err := cl.SetAccess(ctx, lease, api.Access{Mode: api.AccessPublic, PerCaller: &api.Rate{RatePerSecond: 20, Burst: 20}}); err != nil {
		t.Fatal(err)
	}
	flood, other := clientFrom("127.0.0.1"), clientFrom("127.0.0.2")
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	floods := map[int]int{}
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := flood.Get(api.InvokeURL(p.Endpoint(), lease, "/"))
				if err != nil {
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				mu.Lock()
				floods[res.StatusCode]++
				mu.Unlock()
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	for i := range 20 {
		if r := do(t, other, keyGet(t, p.Endpoint(), lease, "", "/")); r.status != 200 {
			t.Fatalf("request %d of the other caller: %d %s", i, r.status, r.body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if floods[http.StatusTooManyRequests] == 0 {
		t.Fatalf("the flood was never refused: %v", floods)
	}
	for code := range floods {
		if code != 200 && code != http.StatusTooManyRequests {
			t.Errorf("the flood got %d (%v): a flooding caller is refused with 429", code, floods)
		}
	}
}

func TestProvider_RefusalsBeforeAuthenticationAreClear(t *testing.T) {
	w := newWorld(t, 7)
	p, lease, _ := w.served(testConfig(t))
	r, _ := http.NewRequest(http.MethodGet, api.InvokeURL(p.Endpoint(), 999, "/"), nil)
	if err := sigauth.Sign(r, w.key(customerAcc), w.domain(), 999); err != nil {
		t.Fatal(err)
	}
	do(t, nil, r).want(t, "an unknown lease", 404, api.ReasonLeaseUnknown)
	big, _ := http.NewRequest(http.MethodGet, api.InvokeURL(p.Endpoint(), lease, "/"), nil)
	big.Header.Set("X-Padding", strings.Repeat("x", 64<<10))
	do(t, nil, big).want(t, "a header over the limit", 431, api.ReasonHeaderTooLarge)
	// A body that does not match its signature says so.
	tampered, _ := http.NewRequest(http.MethodPost, api.InvokeURL(p.Endpoint(), lease, "/"), strings.NewReader("pay 1"))
	if err := sigauth.Sign(tampered, w.key(customerAcc), w.domain(), lease); err != nil {
		t.Fatal(err)
	}
	tampered.Body, tampered.GetBody = io.NopCloser(strings.NewReader("pay 9")), nil
	do(t, nil, tampered).want(t, "a tampered body", 401, api.ReasonSignatureMismatch)
	// The provider still serves.
	if r := do(t, nil, keyGet(t, p.Endpoint(), lease, "", "/")); r.status != 401 {
		t.Fatalf("after the refusals: %d %s", r.status, r.body)
	}
}

// A committee member probing within its rate is never the one refused, however another caller
// floods the lease: with the slot and the whole queue held by a key holder's requests (their
// bodies trickle in, so they hold on), the member's probe takes the place of the flood's latest
// (429 throttled) and is admitted as soon as the slot frees.
func TestAccess_MemberWithinItsRateIsServedDuringAFlood(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	witnesses := []int{4, 5, 6}
	for _, i := range witnesses {
		if _, err := market.New(w.c.Client, w.c.Manifest, w.c.Transactor(i)).RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
	}
	p, lease, cl := w.served(testConfig(t))
	w.eventually(10*time.Second, "the committee drawn", func() bool {
		w.c.Mine(1)
		return w.segmentStatus(uint64(lease), 0) == market.CommitteeDrawn
	})
	c, err := w.reader.Committee(ctx, market.CommitteeID(uint64(lease), 0))
	if err != nil {
		t.Fatal(err)
	}
	var member *client.Client
	for _, i := range witnesses {
		if c.IsMember(w.addr(i)) {
			member = client.New(p.Endpoint(), w.domain(), w.key(i), nil)
			break
		}
	}
	flooder := newKeys(t, 1)[0]
	fast := api.Rate{RatePerSecond: api.MaxRatePerSecond, Burst: api.MaxBurst}
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, fast, flooder)); err != nil {
		t.Fatal(err)
	}
	st, err := cl.Status(ctx, lease)
	if err != nil || st.Function == nil {
		t.Fatalf("status: %+v %v", st, err)
	}
	hold := st.Function.Slots + 64 // the slot and the runtime's queue
	var pipes []*io.PipeWriter
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: hold}}
	for range hold {
		pr, pw := io.Pipe()
		pipes = append(pipes, pw)
		r := keyGet(t, p.Endpoint(), lease, flooder.String(), "/")
		r.Method, r.Body, r.ContentLength = http.MethodPost, pr, -1
		go func() {
			if res, err := hc.Do(r); err == nil {
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
		}()
	}
	defer func() {
		for _, pw := range pipes {
			pw.Close()
		}
	}()
	w.eventually(10*time.Second, "the flood holding the slot and the queue", func() bool {
		st, err := cl.Status(ctx, lease)
		return err == nil && st.Function.Running == st.Function.Slots && st.Function.Waiting == 64
	})
	probed := make(chan error, 1)
	go func() {
		res, err := member.Invoke(ctx, lease, http.MethodGet, "/probe", nil, nil)
		if err == nil {
			res.Body.Close()
		}
		probed <- err
	}()
	// The flood's latest request gives way to the member's (429 throttled, counted by the
	// runtime's metrics): the member's probe is in the queue.
	w.eventually(4*time.Second, "a request of the flood throttled", func() bool {
		select {
		case err := <-probed:
			t.Fatalf("the member's probe was answered while the slot was held: %v", err)
		default:
		}
		res, err := http.Get("http://" + p.Addr() + "/metrics")
		if err != nil {
			return false
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		return strings.Contains(string(b), `outcome="throttled"`)
	})
	for _, pw := range pipes {
		pw.Close() // the flood's bodies end; the slot frees
	}
	if err := <-probed; err != nil {
		t.Fatalf("the member's probe, within its rate, during the flood: %v", err)
	}
}
