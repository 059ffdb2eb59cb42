package sigauth_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

// gateFixture is a Gate in front of a handler that echoes the identity and the body, on a real
// HTTP server: lease 7 (customer, witness) and lease 8 (same parties) are served, no other.
type gateFixture struct {
	*fixture
	gate   *sigauth.Gate
	access *sigauth.Access
}

func newGateFixture(t testing.TB, tune func(*sigauth.GateConfig)) *gateFixture {
	f := &fixture{clock: &clock{t: time.Unix(1_800_000_000, 0)}, customer: newParty(t), witness: newParty(t), stranger: newParty(t)}
	v, err := sigauth.NewVerifier(sigauth.Config{
		Domain: domain,
		Now:    f.clock.Now,
		Authorize: func(_ context.Context, r *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
			switch {
			case signer == f.customer.addr:
				return sigauth.RoleCustomer, nil
			case signer == f.witness.addr && r.Method != http.MethodPut:
				return sigauth.RoleWitness, nil
			}
			return sigauth.RoleNone, nil
		},
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
	})
	if err != nil {
		t.Fatal(err)
	}
	access := sigauth.NewAccess(0)
	cfg := sigauth.GateConfig{
		Verifier:  v,
		Access:    access,
		Known:     func(id api.LeaseID) bool { return id == 7 || id == 8 },
		BodyLimit: func(*http.Request, api.LeaseID) int64 { return 1 << 20 },
	}
	if tune != nil {
		tune(&cfg)
	}
	g, err := sigauth.NewGate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/leases/{id}/", g.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, _ := sigauth.FromContext(r.Context())
		body, _ := io.ReadAll(r.Body)
		io.WriteString(w, id.Role.String()+" "+id.Caller+" "+string(body))
	})))
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return &gateFixture{fixture: f, gate: g, access: access}
}

func (f *gateFixture) keyed(t testing.TB, key string, path string) *http.Request {
	r := f.request(t, http.MethodGet, path, "")
	r.Header.Set("Authorization", "Bearer "+key)
	return r
}

func newKey(t testing.TB) api.Key {
	k, err := api.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func policy(mode api.AccessMode, keys ...api.Key) api.Access {
	p := api.Access{Mode: mode}
	for _, k := range keys {
		p.Keys = append(p.Keys, api.AccessKey{SHA256: k.Hash(), Rate: api.Rate{RatePerSecond: 1, Burst: 2}})
	}
	return p
}

func TestGate_UnknownLeaseIs404BeforeAnythingElse(t *testing.T) {
	f := newGateFixture(t, nil)
	for _, r := range []*http.Request{
		f.request(t, "GET", "/v1/leases/9/invoke/", ""),
		f.signedFor(t, 9, f.customer, "POST", "/v1/leases/9/invoke/", "x"),
		f.keyed(t, "not a key", "/v1/leases/9/invoke/"),
	} {
		res, body := send(t, r)
		wantRefusal(t, res, body, http.StatusNotFound, api.ReasonLeaseUnknown)
	}
}

func TestGate_KeysModeServesRegisteredKeysOnly(t *testing.T) {
	f := newGateFixture(t, nil)
	user, revoked, other := newKey(t), newKey(t), newKey(t)
	f.access.Set(7, policy(api.AccessKeys, user, revoked))
	f.access.Set(8, policy(api.AccessKeys, other))
	res, body := send(t, f.keyed(t, user.String(), "/v1/leases/7/invoke/x"))
	if res.StatusCode != 200 || body != "key key:"+user.Hash().ID()+" " {
		t.Fatalf("a registered key: %s %q", res.Status, body)
	}
	f.access.Set(7, policy(api.AccessKeys, user)) // the customer revokes one
	valid := user.String()
	for _, tc := range []struct {
		name   string
		req    *http.Request
		status int
		reason api.Reason
	}{
		{"NoCredentials", f.request(t, "GET", "/v1/leases/7/invoke/", ""), 401, api.ReasonMissingKey},
		{"NotAKey", f.keyed(t, "abc", "/v1/leases/7/invoke/"), 401, api.ReasonMalformedKey},
		{"ShortKey", f.keyed(t, valid[:len(valid)-1], "/v1/leases/7/invoke/"), 401, api.ReasonMalformedKey},
		{"NotBase64URL", f.keyed(t, valid[:len(valid)-1]+"+", "/v1/leases/7/invoke/"), 401, api.ReasonMalformedKey},
		{"Revoked", f.keyed(t, revoked.String(), "/v1/leases/7/invoke/"), 401, api.ReasonUnknownKey},
		{"NeverRegistered", f.keyed(t, newKey(t).String(), "/v1/leases/7/invoke/"), 401, api.ReasonUnknownKey},
		{"OfAnotherLease", f.keyed(t, other.String(), "/v1/leases/7/invoke/"), 403, api.ReasonWrongLease},
		{"OnTheStatus", f.keyed(t, valid, "/v1/leases/7/"), 403, api.ReasonKeysNotAccepted},
		{"OnTheModule", f.keyed(t, valid, "/v1/leases/7/function"), 403, api.ReasonKeysNotAccepted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := send(t, tc.req)
			wantRefusal(t, res, body, tc.status, tc.reason)
			if strings.Contains(body, valid[4:]) || strings.Contains(body, revoked.String()[4:]) {
				t.Errorf("the refusal repeats a key: %s", body)
			}
		})
	}
	// Its burst is 2, one spent above: one more, then 429.
	if res, body := send(t, f.keyed(t, valid, "/v1/leases/7/invoke/")); res.StatusCode != 200 {
		t.Fatalf("within the burst: %s %s", res.Status, body)
	}
	res, body = send(t, f.keyed(t, valid, "/v1/leases/7/invoke/"))
	wantRefusal(t, res, body, http.StatusTooManyRequests, api.ReasonRateLimited)
	f.clock.Add(time.Second)
	if res, body := send(t, f.keyed(t, valid, "/v1/leases/7/invoke/")); res.StatusCode != 200 {
		t.Fatalf("a second later: %s %s", res.Status, body)
	}
}

func TestGate_KeysAreRefusedInSignedMode(t *testing.T) {
	f := newGateFixture(t, nil)
	k := newKey(t)
	f.access.Set(7, policy(api.AccessSigned, k))
	res, body := send(t, f.keyed(t, k.String(), "/v1/leases/7/invoke/"))
	wantRefusal(t, res, body, http.StatusForbidden, api.ReasonKeysNotAccepted)
	res, body = send(t, f.request(t, "GET", "/v1/leases/7/invoke/", ""))
	wantRefusal(t, res, body, http.StatusUnauthorized, api.ReasonMissingSignature)
}

func TestGate_CustomerAndCommitteeAreServedInEveryMode(t *testing.T) {
	f := newGateFixture(t, nil)
	for _, mode := range []api.AccessMode{api.AccessSigned, api.AccessKeys, api.AccessPublic} {
		f.access.Set(7, api.Access{Mode: mode})
		for _, p := range []party{f.customer, f.witness} {
			res, body := send(t, f.signed(t, p, "POST", "/v1/leases/7/invoke/", "hi"))
			if res.StatusCode != 200 || !strings.HasSuffix(body, "sig:"+strings.ToLower(p.addr.Hex())+" hi") {
				t.Errorf("%s mode, %s: %s %q", mode, p.addr, res.Status, body)
			}
		}
		// A stranger's signature: refused, but on a public lease it is one of the public.
		res, body := send(t, f.signed(t, f.stranger, "POST", "/v1/leases/7/invoke/", "hi"))
		if mode == api.AccessPublic {
			if res.StatusCode != 200 || body != "public ip:127.0.0.1 hi" {
				t.Errorf("a stranger's signed request on a public lease: %s %q", res.Status, body)
			}
		} else {
			wantRefusal(t, res, body, http.StatusForbidden, api.ReasonForbidden)
		}
	}
}

func TestGate_PublicModeLimitsEachCallerByAddress(t *testing.T) {
	f := newGateFixture(t, nil)
	f.access.Set(7, api.Access{Mode: api.AccessPublic, PerCaller: &api.Rate{RatePerSecond: 1, Burst: 3}})
	get := func(c *http.Client) (*http.Response, string) {
		res, err := c.Get(f.srv.URL + "/v1/leases/7/invoke/")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	flood, other := clientFrom("127.0.0.1"), clientFrom("127.0.0.2")
	for i := 0; i < 3; i++ {
		if res, body := get(flood); res.StatusCode != 200 || body != "public ip:127.0.0.1 " {
			t.Fatalf("request %d: %s %q", i, res.Status, body)
		}
	}
	res, body := get(flood)
	wantRefusal(t, res, body, http.StatusTooManyRequests, api.ReasonRateLimited)
	if res, body := get(other); res.StatusCode != 200 || body != "public ip:127.0.0.2 " {
		t.Fatalf("another caller: %s %q", res.Status, body)
	}
}

// clientFrom is an HTTP client whose connections come from the loopback address ip (Linux
// routes all of 127.0.0.0/8 to the loopback): a caller of its own to the server.
func clientFrom(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
}

// countingBody is a request body that never ends and counts what is read of it.
type countingBody struct{ n atomic.Int64 }

func (c *countingBody) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	c.n.Add(int64(len(p)))
	return len(p), nil
}

func (c *countingBody) Close() error { return nil }

// A stranger naming itself as the signer is refused before a byte of its body is read.
func TestGate_StrangerIsRefusedBeforeItsBodyIsRead(t *testing.T) {
	f := newGateFixture(t, nil)
	body := &countingBody{}
	r := httptest.NewRequest("POST", "/v1/leases/7/invoke/", body).WithContext(context.Background())
	r.Header.Set("Authorization", f.signed(t, f.stranger, "POST", "/v1/leases/7/invoke/", "x").Header.Get("Authorization"))
	r.ContentLength = -1
	r.SetPathValue("id", "7")
	rec := httptest.NewRecorder()
	f.gate.Middleware(http.NotFoundHandler()).ServeHTTP(rec, r)
	if rec.Code != http.StatusForbidden || rec.Header().Get(api.ErrorHeader) != string(api.ReasonForbidden) {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	if n := body.n.Load(); n != 0 {
		t.Fatalf("read %d bytes of a stranger's body", n)
	}
}

// A body is read up to its route's limit and one byte more, never further, even chunked.
func TestGate_BodyIsReadToTheLimitAndOneByte(t *testing.T) {
	const limit = 100_000
	f := newGateFixture(t, func(c *sigauth.GateConfig) {
		c.BodyLimit = func(*http.Request, api.LeaseID) int64 { return limit }
	})
	body := &countingBody{}
	// The customer is named, so the body must be read to check the signature.
	r := httptest.NewRequest("POST", "/v1/leases/7/invoke/", body)
	r.Header.Set("Authorization", f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", "x").Header.Get("Authorization"))
	r.ContentLength = -1
	r.SetPathValue("id", "7")
	rec := httptest.NewRecorder()
	f.gate.Middleware(http.NotFoundHandler()).ServeHTTP(rec, r)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	if n := body.n.Load(); n != limit+1 {
		t.Fatalf("read %d bytes, want the limit and one byte, %d", n, limit+1)
	}
	if mem, disk := f.gate.Pending(); mem != 0 || disk != 0 {
		t.Fatalf("after the refusal the gate still holds %d bytes in memory, %d on disk", mem, disk)
	}
}

// What the gate holds of bodies whose senders are not authenticated yet is bounded: beyond it,
// 503 with a reason; nothing stays counted afterwards.
func TestGate_UnauthenticatedBodiesAreBoundedTogether(t *testing.T) {
	f := newGateFixture(t, func(c *sigauth.GateConfig) {
		c.Bodies = sigauth.BodyLimits{Memory: 256 << 10, PerSource: 256 << 10, SpoolAbove: 1 << 20}
	})
	// Two senders claiming to be the customer trickle their bodies: 100 KiB each, then wait.
	var writers []*io.PipeWriter
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		pr, pw := io.Pipe()
		writers = append(writers, pw)
		req := f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", "x")
		req.Body, req.ContentLength, req.GetBody = pr, -1, nil
		wg.Add(1)
		go func() {
			defer wg.Done()
			if res, err := http.DefaultClient.Do(req); err == nil {
				res.Body.Close()
			}
		}()
		if _, err := pw.Write(bytes.Repeat([]byte("x"), 100<<10)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for mem, _ := f.gate.Pending(); mem < 200<<10; mem, _ = f.gate.Pending() {
		if time.Now().After(deadline) {
			t.Fatalf("the gate holds %d bytes, want the two bodies", mem)
		}
		time.Sleep(5 * time.Millisecond)
	}
	// A third sender's 100 KiB would go over 256 KiB.
	res, body := send(t, f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", strings.Repeat("y", 100<<10)))
	wantRefusal(t, res, body, http.StatusServiceUnavailable, api.ReasonOverloaded)
	// A request without a body still passes.
	if res, body := send(t, f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", "")); res.StatusCode != 200 {
		t.Fatalf("a request without a body: %s %s", res.Status, body)
	}
	for _, pw := range writers {
		pw.Close() // their signatures do not cover what they sent: refused
	}
	wg.Wait()
	if mem, disk := f.gate.Pending(); mem != 0 || disk != 0 {
		t.Fatalf("the gate still holds %d bytes in memory, %d on disk", mem, disk)
	}
}

// Large bodies are spooled to disk while they are authenticated, handed on intact, and the
// file is deleted after the request.
func TestGate_LargeBodyIsSpooledAndHandedOnIntact(t *testing.T) {
	dir := t.TempDir()
	f := newGateFixture(t, func(c *sigauth.GateConfig) {
		c.Bodies = sigauth.BodyLimits{Memory: 64 << 10, PerSource: 64 << 10, SpoolAbove: 64 << 10, Dir: dir}
		c.BodyLimit = func(*http.Request, api.LeaseID) int64 { return 8 << 20 }
	})
	big := strings.Repeat("0123456789abcdef", 256<<10) // 4 MiB
	res, body := send(t, f.signed(t, f.customer, "PUT", "/v1/leases/7/function", big))
	if res.StatusCode != 200 || body != "customer sig:"+strings.ToLower(f.customer.addr.Hex())+" "+big {
		t.Fatalf("%s, %d bytes back", res.Status, len(body))
	}
	left, _ := os.ReadDir(dir)
	if len(left) != 0 {
		t.Fatalf("spooled files left: %v", left)
	}
}

func TestVerify_BodyNotMatchingItsSignatureSaysSo(t *testing.T) {
	f := newGateFixture(t, nil)
	r := f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", "pay 1")
	r.Body, r.GetBody = io.NopCloser(strings.NewReader("pay 9")), nil
	res, body := send(t, r)
	wantRefusal(t, res, body, http.StatusUnauthorized, api.ReasonSignatureMismatch)
	if !strings.Contains(body, "does not cover this request") || !strings.Contains(body, f.customer.addr.Hex()) {
		t.Errorf("the refusal does not say the request differs from what was signed: %s", body)
	}
}
