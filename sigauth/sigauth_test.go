package sigauth_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

var domain = sigauth.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// clock is an injectable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type party struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newParty(t testing.TB) party {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return party{k, crypto.PubkeyToAddress(k.PublicKey)}
}

// fixture is a verifier in front of a handler that echoes the identity and
// body, on a real HTTP server, with lease 7 owned by customer and watched by
// witness.
type fixture struct {
	srv                         *httptest.Server
	clock                       *clock
	customer, witness, stranger party
}

func newFixture(t testing.TB, tune func(*sigauth.Config)) *fixture {
	f := &fixture{clock: &clock{t: time.Unix(1_800_000_000, 0)}, customer: newParty(t), witness: newParty(t), stranger: newParty(t)}
	cfg := sigauth.Config{
		Domain: domain,
		Now:    f.clock.Now,
		Authorize: func(_ context.Context, r *http.Request, lease api.LeaseID, signer common.Address) (sigauth.Role, error) {
			if lease != 7 && lease != 8 {
				return sigauth.RoleNone, nil
			}
			switch signer {
			case f.customer.addr:
				return sigauth.RoleCustomer, nil
			case f.witness.addr:
				if r.Method == http.MethodPut { // witnesses may not upload
					return sigauth.RoleNone, nil
				}
				return sigauth.RoleWitness, nil
			}
			return sigauth.RoleNone, nil
		},
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
	}
	if tune != nil {
		tune(&cfg)
	}
	v, err := sigauth.NewVerifier(cfg)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/leases/{id}/", v.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, ok := sigauth.FromContext(r.Context())
		if !ok {
			t.Error("no identity in the context")
		}
		body, _ := io.ReadAll(r.Body)
		io.WriteString(w, id.Role.String()+" "+id.Signer.Hex()+" "+string(body))
	})))
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) request(t testing.TB, method, path, body string) *http.Request {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, f.srv.URL+path, r)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func (f *fixture) signed(t testing.TB, p party, method, path, body string) *http.Request {
	t.Helper()
	return f.signedFor(t, 7, p, method, path, body)
}

func (f *fixture) signedFor(t testing.TB, lease int64, p party, method, path, body string) *http.Request {
	t.Helper()
	req := f.request(t, method, path, body)
	if err := sigauth.SignAt(req, p.key, domain, api.LeaseID(lease), f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	return req
}

func send(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func wantRefusal(t testing.TB, res *http.Response, body string, status int, reason api.Reason) {
	t.Helper()
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, body)
	}
	var e struct{ Error, Detail string }
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error != string(reason) || e.Detail == "" {
		t.Errorf("body %s, want JSON error %q with a detail", body, reason)
	}
	if got := res.Header.Get(api.ErrorHeader); got != string(reason) {
		t.Errorf("%s header %q, want %q", api.ErrorHeader, got, reason)
	}
}

func TestSign_CustomerIsServedWithBodyIntact(t *testing.T) {
	f := newFixture(t, nil)
	res, body := send(t, f.signed(t, f.customer, http.MethodPost, "/v1/leases/7/invoke/x?w=1&b=%20", "hello body"))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s", res.Status, body)
	}
	if want := "customer " + f.customer.addr.Hex() + " hello body"; body != want {
		t.Errorf("got %q, want %q", body, want)
	}
}

func TestVerify_Refusals(t *testing.T) {
	f := newFixture(t, nil)
	tamper := func(mod func(h *sigauth.Header)) func(*http.Request) {
		return func(r *http.Request) {
			h, err := sigauth.ParseHeader(r.Header.Get("Authorization"))
			if err != nil {
				t.Fatal(err)
			}
			mod(&h)
			r.Header.Set("Authorization", h.String())
		}
	}
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
		reason api.Reason
	}{
		{"Missing", func() *http.Request { return f.request(t, "GET", "/v1/leases/7/invoke/", "") }, 401, api.ReasonMissingSignature},
		{"Malformed", func() *http.Request {
			r := f.request(t, "GET", "/v1/leases/7/invoke/", "")
			r.Header.Set("Authorization", "DeFaaS-Sig lease=7,ts=soon")
			return r
		}, 401, api.ReasonMalformedSignature},
		{"OtherScheme", func() *http.Request {
			r := f.request(t, "GET", "/v1/leases/7/invoke/", "")
			r.Header.Set("Authorization", "Bearer abc")
			return r
		}, 401, api.ReasonMalformedSignature},
		{"StalePast", func() *http.Request {
			r := f.request(t, "GET", "/v1/leases/7/invoke/", "")
			sigauth.SignAt(r, f.customer.key, domain, 7, f.clock.Now().Add(-61*time.Second))
			return r
		}, 401, api.ReasonStaleTimestamp},
		{"StaleFuture", func() *http.Request {
			r := f.request(t, "GET", "/v1/leases/7/invoke/", "")
			sigauth.SignAt(r, f.customer.key, domain, 7, f.clock.Now().Add(61*time.Second))
			return r
		}, 401, api.ReasonStaleTimestamp},
		{"BadRecoveryID", func() *http.Request {
			r := f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", "")
			tamper(func(h *sigauth.Header) { h.Sig[64] = 31 })(r)
			return r
		}, 401, api.ReasonBadSignature},
		{"ZeroSignature", func() *http.Request {
			r := f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", "")
			tamper(func(h *sigauth.Header) { h.Sig = make([]byte, 65) })(r)
			return r
		}, 401, api.ReasonBadSignature},
		{"TamperedBody", func() *http.Request {
			r := f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", "pay 1")
			r.Body = io.NopCloser(strings.NewReader("pay 9"))
			r.GetBody = nil
			return r
		}, 401, api.ReasonSignatureMismatch},
		{"TamperedBodySignerNotNamed", func() *http.Request {
			// A client that does not name its signer (the header of SPEC §5.3 as it was):
			// the signature recovers some unrelated account, a stranger.
			r := f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", "pay 1")
			tamper(func(h *sigauth.Header) { h.Signer = common.Address{} })(r)
			r.Body = io.NopCloser(strings.NewReader("pay 9"))
			r.GetBody = nil
			return r
		}, 403, api.ReasonForbidden},
		{"TamperedPath", func() *http.Request {
			r := f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/a", "")
			r2 := f.request(t, "GET", "/v1/leases/7/invoke/b", "")
			r2.Header = r.Header
			return r2
		}, 401, api.ReasonSignatureMismatch},
		{"OtherChain", func() *http.Request {
			r := f.request(t, "GET", "/v1/leases/7/invoke/", "")
			sigauth.SignAt(r, f.customer.key, sigauth.Domain{ChainID: big.NewInt(1), Market: domain.Market}, 7, f.clock.Now())
			return r
		}, 401, api.ReasonSignatureMismatch},
		{"Stranger", func() *http.Request { return f.signed(t, f.stranger, "GET", "/v1/leases/7/invoke/", "") }, 403, api.ReasonForbidden},
		{"WitnessUploading", func() *http.Request { return f.signed(t, f.witness, "PUT", "/v1/leases/7/function", "wasm") }, 403, api.ReasonForbidden},
		{"SignedForOtherLease", func() *http.Request { return f.signed(t, f.customer, "GET", "/v1/leases/8/invoke/", "") }, 403, api.ReasonWrongLease},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := send(t, tt.req())
			wantRefusal(t, res, body, tt.status, tt.reason)
		})
	}
}

func TestVerify_ReplayedNonceIsRefused(t *testing.T) {
	f := newFixture(t, nil)
	req := f.signed(t, f.customer, http.MethodGet, "/v1/leases/7/invoke/", "")
	auth := req.Header.Get("Authorization")
	if res, body := send(t, req); res.StatusCode != http.StatusOK {
		t.Fatalf("first use: %s %s", res.Status, body)
	}
	again := f.request(t, http.MethodGet, "/v1/leases/7/invoke/", "")
	again.Header.Set("Authorization", auth)
	f.clock.Add(30 * time.Second) // still within the window
	res, body := send(t, again)
	wantRefusal(t, res, body, http.StatusUnauthorized, api.ReasonReplayedNonce)
}

func TestVerify_WitnessIsRateLimited(t *testing.T) {
	f := newFixture(t, nil) // default: one per 10 s, burst 5
	get := func(p party) int {
		res, _ := send(t, f.signed(t, p, http.MethodGet, "/v1/leases/7/invoke/", ""))
		return res.StatusCode
	}
	for i := 0; i < 5; i++ {
		if s := get(f.witness); s != http.StatusOK {
			t.Fatalf("witness request %d of the burst: %d", i+1, s)
		}
	}
	res, body := send(t, f.signed(t, f.witness, http.MethodGet, "/v1/leases/7/invoke/", ""))
	wantRefusal(t, res, body, http.StatusTooManyRequests, api.ReasonRateLimited)
	f.clock.Add(10 * time.Second)
	if s := get(f.witness); s != http.StatusOK {
		t.Errorf("after 10 s the witness got %d, want one more request", s)
	}
	if s := get(f.witness); s != http.StatusTooManyRequests {
		t.Errorf("second request after 10 s got %d, want 429", s)
	}
	// The customer is never limited.
	for i := 0; i < 30; i++ {
		if s := get(f.customer); s != http.StatusOK {
			t.Fatalf("customer request %d: %d", i+1, s)
		}
	}
}

func TestVerify_WitnessRateIsPerLease(t *testing.T) {
	f := newFixture(t, func(c *sigauth.Config) { c.WitnessRate = sigauth.Rate{Every: time.Minute, Burst: 1} })
	if res, body := send(t, f.signedFor(t, 7, f.witness, "GET", "/v1/leases/7/invoke/", "")); res.StatusCode != 200 {
		t.Fatalf("lease 7: %s %s", res.Status, body)
	}
	res, body := send(t, f.signedFor(t, 7, f.witness, "GET", "/v1/leases/7/invoke/", ""))
	wantRefusal(t, res, body, http.StatusTooManyRequests, api.ReasonRateLimited)
	// The same witness on another lease's committee has that lease's rate.
	if res, body := send(t, f.signedFor(t, 8, f.witness, "GET", "/v1/leases/8/invoke/", "")); res.StatusCode != 200 {
		t.Fatalf("lease 8: %s %s", res.Status, body)
	}
}

func TestVerify_BodyOverBoundIsRefused(t *testing.T) {
	f := newFixture(t, func(c *sigauth.Config) { c.MaxBodyBytes = 16 })
	res, body := send(t, f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", strings.Repeat("x", 17)))
	wantRefusal(t, res, body, http.StatusRequestEntityTooLarge, api.ReasonBodyTooLarge)
	if res, body := send(t, f.signed(t, f.customer, "POST", "/v1/leases/7/invoke/", strings.Repeat("x", 16))); res.StatusCode != 200 {
		t.Errorf("body at the bound: %s %s", res.Status, body)
	}
}

func TestVerify_ReplayCacheIsBounded(t *testing.T) {
	f := newFixture(t, func(c *sigauth.Config) { c.MaxNonces = 3 })
	for i := 0; i < 3; i++ {
		if res, body := send(t, f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", "")); res.StatusCode != 200 {
			t.Fatalf("request %d: %s %s", i+1, res.Status, body)
		}
	}
	res, body := send(t, f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", ""))
	wantRefusal(t, res, body, http.StatusServiceUnavailable, api.ReasonOverloaded)
	// Once the window has passed, the old nonces expire and make room.
	f.clock.Add(61 * time.Second)
	if res, body := send(t, f.signed(t, f.customer, "GET", "/v1/leases/7/invoke/", "")); res.StatusCode != 200 {
		t.Fatalf("after expiry: %s %s", res.Status, body)
	}
}

// TestEncode_IsABIEncode rebuilds abi.encode by hand, word by word, as
// another language's client would.
func TestEncode_IsABIEncode(t *testing.T) {
	m := sigauth.Message{
		Lease: 42, Method: "post", PathAndQuery: "/v1/leases/42/invoke/x?y=1",
		BodySHA256: sigauth.BodyHash([]byte("body")), Timestamp: 1_800_000_000, Nonce: []byte{1, 2, 3, 4, 5, 6, 7, 8, 9},
	}
	word := func(n uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), 32) }
	padded := func(b []byte) []byte {
		return append(word(uint64(len(b))), common.RightPadBytes(b, (len(b)+31)/32*32)...)
	}
	method, path, nonce := padded([]byte("POST")), padded([]byte(m.PathAndQuery)), padded(m.Nonce)
	head := 8 * 32
	var want []byte
	want = append(want, word(1337)...)
	want = append(want, common.LeftPadBytes(domain.Market.Bytes(), 32)...)
	want = append(want, word(42)...)
	want = append(want, word(uint64(head))...)
	want = append(want, word(uint64(head+len(method)))...)
	want = append(want, m.BodySHA256[:]...)
	want = append(want, word(m.Timestamp)...)
	want = append(want, word(uint64(head+len(method)+len(path)))...)
	want = append(want, method...)
	want = append(want, path...)
	want = append(want, nonce...)
	got, err := domain.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("encoding differs\n got %x\nwant %x", got, want)
	}
	// The signature is personal_sign over the digest: recoverable with the
	// plain EIP-191 prefix by any wallet library.
	key, _ := crypto.GenerateKey()
	sig, err := domain.SignMessage(m, key)
	if err != nil {
		t.Fatal(err)
	}
	digest := crypto.Keccak256(want)
	prefixed := crypto.Keccak256(append([]byte("\x19Ethereum Signed Message:\n32"), digest...))
	sig[64] -= 27
	pub, err := crypto.SigToPub(prefixed, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("signature does not recover the signer over the EIP-191 hash: %v", err)
	}
}

func TestParseHeader_RoundTrip(t *testing.T) {
	sig := bytes.Repeat([]byte{0xab}, 65)
	v := "defaas-sig  lease=7, ts=1800000000 ,nonce=0x0102030405060708,sig=" + hex.EncodeToString(sig)
	h, err := sigauth.ParseHeader(v)
	if err != nil {
		t.Fatal(err)
	}
	if h.Lease != 7 || h.Timestamp != 1_800_000_000 || len(h.Nonce) != 8 || !bytes.Equal(h.Sig, sig) {
		t.Errorf("parsed %+v", h)
	}
	for _, bad := range []string{
		"", "DeFaaS-Sig", "DeFaaS-Sig lease=7", "DeFaaS-Sig lease=07,ts=1,nonce=0102030405060708,sig=" + hex.EncodeToString(sig),
		"DeFaaS-Sig lease=7,ts=1,nonce=01,sig=" + hex.EncodeToString(sig),
		"DeFaaS-Sig lease=7,lease=7,ts=1,nonce=0102030405060708,sig=" + hex.EncodeToString(sig),
		"DeFaaS-Sig lease=7,ts=1,nonce=0102030405060708,sig=abcd",
		"DeFaaS-Sig lease=-7,ts=1,nonce=0102030405060708,sig=" + hex.EncodeToString(sig),
		"DeFaaS-Sig lease=7,ts=1,nonce=0102030405060708,sig=" + hex.EncodeToString(sig) + ",extra=1",
	} {
		if _, err := sigauth.ParseHeader(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func FuzzParseHeader(f *testing.F) {
	sig := hex.EncodeToString(bytes.Repeat([]byte{0x11}, 65))
	f.Add("DeFaaS-Sig lease=7,ts=1800000000,nonce=0102030405060708,sig=" + sig)
	f.Add("DeFaaS-Sig lease=115792089237316195423570985008687907853269984665640564039457584007913129639935,ts=0,nonce=0x" + strings.Repeat("ff", 64) + ",sig=0x" + sig)
	f.Add("DeFaaS-Sig lease=,ts=,nonce=,sig=")
	f.Add("DeFaaS-Sig ,,,")
	f.Fuzz(func(t *testing.T, v string) {
		h, err := sigauth.ParseHeader(v)
		if err != nil {
			return
		}
		if len(h.Sig) != 65 || len(h.Nonce) < sigauth.MinNonceBytes || len(h.Nonce) > sigauth.MaxNonceBytes {
			t.Fatalf("accepted an invalid header %q: %+v", v, h)
		}
		again, err := sigauth.ParseHeader(h.String())
		if err != nil {
			t.Fatalf("formatted header %q does not parse: %v", h.String(), err)
		}
		if again.Lease != h.Lease || again.Timestamp != h.Timestamp || !bytes.Equal(again.Nonce, h.Nonce) || !bytes.Equal(again.Sig, h.Sig) {
			t.Fatalf("round trip changed %+v into %+v", h, again)
		}
	})
}
