package runtime_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

func TestServer_RuntimeErrors(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, tt := range []struct {
		name, method, path string
		status             int
		reason             string
	}{
		{"UnknownLease", "GET", "/v1/leases/404/invoke/", 404, runtime.ReasonUnknownLease},
		{"NoFunctionYet", "GET", "/v1/leases/2/invoke/", 404, runtime.ReasonNoFunction},
		{"InactiveLease", "GET", "/v1/leases/9/invoke/", 409, runtime.ReasonLeaseInactive},
		{"LeaseIDNotDecimal", "GET", "/v1/leases/0x1/invoke/", 400, runtime.ReasonBadRequest},
		{"LeaseIDLeadingZero", "GET", "/v1/leases/01", 400, runtime.ReasonBadRequest},
		{"LeaseIDOver256Bits", "GET", "/v1/leases/" + strings.Repeat("9", 80), 400, runtime.ReasonBadRequest},
		{"UploadWithPost", "POST", "/v1/leases/1/function", 405, runtime.ReasonMethodNotAllowed},
		{"StatusWithDelete", "DELETE", "/v1/leases/1", 405, runtime.ReasonMethodNotAllowed},
		{"NoRoute", "GET", "/v2/anything", 404, runtime.ReasonNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, body := p.do(tt.method, tt.path, nil)
			wantRuntimeError(t, res, body, tt.status, tt.reason)
		})
	}
	if res, body := p.do("GET", "/healthz", nil); res.StatusCode != 200 || string(body) != "ok\n" {
		t.Errorf("healthz: %s %q", res.Status, body)
	}
}

func TestServer_StatusReportsFunction(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	var st api.LeaseStatus
	_, body := p.do("GET", "/v1/leases/1", nil)
	if err := json.Unmarshal(body, &st); err != nil || st.Lease != 1 || !st.Active || st.Function != nil || st.Level != api.Level(testLevel) {
		t.Fatalf("before upload: %s (%v)", body, err)
	}
	p.upload("1", helloReactor)
	p.do("GET", "/v1/leases/1/invoke/", nil)
	_, body = p.do("GET", "/v1/leases/1", nil)
	if err := json.Unmarshal(body, &st); err != nil || st.Function == nil {
		t.Fatalf("after upload: %s (%v)", body, err)
	}
	if f := st.Function; f.ABI != "defaas_v1" || f.Size != len(helloReactor) || f.Served != 1 || f.Slots != 2 || len(f.SHA256) != 64 {
		t.Errorf("function status %+v", f)
	}
}

func TestServer_ReplacingFunctionKeepsServing(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", misbehaveReactor)
	// A slow request in flight on the old module finishes normally.
	done := make(chan string)
	go func() {
		res, err := p.Client().Get(p.URL + "/v1/leases/1/invoke/?do=sleep&d=300ms")
		if err != nil {
			done <- err.Error()
			return
		}
		res.Body.Close()
		done <- res.Status
	}()
	time.Sleep(100 * time.Millisecond)
	p.upload("1", helloCGI)
	if _, body := p.do("GET", "/v1/leases/1/invoke/x", nil); !strings.HasPrefix(string(body), "method: GET\npath: /x\n") {
		t.Errorf("after replacing: %q", body)
	}
	if got := <-done; got != "200 OK" {
		t.Errorf("request on the replaced module: %s", got)
	}
}

func TestServer_ReloadsStoredModulesAfterRestart(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	store := runtime.DirStore{Dir: t.TempDir()}
	first := newProvider(t, eng, runtime.ServerOptions{Store: store})
	first.upload("1", helloReactor)
	first.Close()
	second := newProvider(t, eng, runtime.ServerOptions{Store: store})
	res, body := second.do("GET", "/v1/leases/1/invoke/again", nil)
	if res.StatusCode != 200 || !strings.Contains(string(body), "path: /again") {
		t.Fatalf("after restart: %s %q", res.Status, body)
	}
}

func TestServer_FloodKeepsQueueBounded(t *testing.T) {
	const queue = 3
	eng := newEngine(t, runtime.Config{QueueDepth: queue})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", misbehaveReactor) // two cores
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := p.Client().Get(p.URL + "/v1/leases/1/invoke/?do=sleep&d=20ms")
				if err == nil {
					res.Body.Close()
				}
			}
		}()
	}
	deadline := time.Now().Add(time.Second)
	sawQueue := false
	for time.Now().Before(deadline) {
		var st api.LeaseStatus
		_, body := p.do("GET", "/v1/leases/1", nil)
		if err := json.Unmarshal(body, &st); err != nil || st.Function == nil {
			t.Fatalf("status: %s", body)
		}
		f := st.Function
		if f.Waiting > queue || f.Running > f.Slots || f.Warm > f.Slots {
			t.Fatalf("bounds broken under load: %+v", f)
		}
		sawQueue = sawQueue || f.Waiting > 0
		time.Sleep(10 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if !sawQueue {
		t.Error("the load never queued a request; the test did not exercise the queue")
	}
}

// TestServer_SignedRequests puts package sigauth in front of the runtime, as
// the provider does: the customer uploads and invokes, a witness may only
// invoke, a stranger nothing.
func TestServer_SignedRequests(t *testing.T) {
	customer, _ := crypto.GenerateKey()
	witness, _ := crypto.GenerateKey()
	stranger, _ := crypto.GenerateKey()
	domain := sigauth.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	verifier, err := sigauth.NewVerifier(sigauth.Config{
		Domain:           domain,
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
		Authorize: func(_ context.Context, r *http.Request, _ api.LeaseID, signer common.Address) (sigauth.Role, error) {
			switch {
			case signer == crypto.PubkeyToAddress(customer.PublicKey):
				return sigauth.RoleCustomer, nil
			case signer == crypto.PubkeyToAddress(witness.PublicKey) && r.Method != http.MethodPut:
				return sigauth.RoleWitness, nil
			}
			return sigauth.RoleNone, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{Auth: verifier.Middleware})
	send := func(key *ecdsa.PrivateKey, method, path, body string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(method, p.URL+path, strings.NewReader(body))
		if key != nil {
			if err := sigauth.Sign(req, key, domain, 1); err != nil {
				t.Fatal(err)
			}
		}
		res, err := p.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	if res, body := send(nil, "GET", "/v1/leases/1", ""); res.StatusCode != 401 || res.Header.Get(runtime.ErrorHeader) != string(api.ReasonMissingSignature) {
		t.Errorf("unsigned: %s %s", res.Status, body)
	}
	if res, body := send(witness, "PUT", "/v1/leases/1/function", string(helloReactor)); res.StatusCode != 403 {
		t.Errorf("witness upload: %s %s", res.Status, body)
	}
	if res, body := send(customer, "PUT", "/v1/leases/1/function", string(helloReactor)); res.StatusCode != 201 {
		t.Fatalf("customer upload: %s %s", res.Status, body)
	}
	if res, body := send(witness, "POST", "/v1/leases/1/invoke/probe?x=1", "ping"); res.StatusCode != 200 || body != "method: POST\npath: /probe\nquery: x=1\nbody: ping\n" {
		t.Errorf("witness probe: %s %q", res.Status, body)
	}
	if res, body := send(stranger, "GET", "/v1/leases/1/invoke/", ""); res.StatusCode != 403 {
		t.Errorf("stranger: %s %s", res.Status, body)
	}
	if res, _ := send(nil, "GET", "/healthz", ""); res.StatusCode != 200 {
		t.Errorf("healthz needs no signature, got %s", res.Status)
	}
}

func TestServer_InactiveLeaseIsUnloaded(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	var mu sync.Mutex
	active := true
	p := newProvider(t, eng, runtime.ServerOptions{Resolver: runtime.ResolverFunc(func(_ context.Context, _ api.LeaseID) (runtime.LeaseInfo, error) {
		mu.Lock()
		defer mu.Unlock()
		return runtime.LeaseInfo{Level: testLevel, Active: active}, nil
	})})
	p.upload("5", helloReactor)
	if res, _ := p.do("GET", "/v1/leases/5/invoke/", nil); res.StatusCode != 200 {
		t.Fatalf("active lease: %s", res.Status)
	}
	mu.Lock()
	active = false
	mu.Unlock()
	res, body := p.do("GET", "/v1/leases/5/invoke/", nil)
	wantRuntimeError(t, res, body, http.StatusConflict, runtime.ReasonLeaseInactive)
	var st api.LeaseStatus
	_, body = p.do("GET", "/v1/leases/5", nil)
	if err := json.Unmarshal(body, &st); err != nil || st.Active || st.Function != nil {
		t.Errorf("status of the ended lease: %s", body)
	}
}

// clientFrom is an HTTP client whose connections come from the loopback address ip, so that
// the server sees a caller of its own (Linux routes all of 127.0.0.0/8 to the loopback).
func clientFrom(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 64}}
}

// Fair admission (SPEC §5.3): one caller keeps the lease's slot and queue full; another,
// sending one request at a time, is served every time, and only the flood is refused, with
// 429.
func TestServer_FloodOfOneCallerLeavesAnotherServed(t *testing.T) {
	const queue = 4
	eng := newEngine(t, runtime.Config{QueueDepth: queue, Timeout: 20 * time.Second})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("3", misbehaveReactor) // one core: one slot
	flood, other := clientFrom("127.0.0.1"), clientFrom("127.0.0.2")
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	floodCounts := map[int]int{}
	for i := 0; i < 3*queue; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				res, err := flood.Get(p.URL + "/v1/leases/3/invoke/?do=sleep&d=30ms")
				if err != nil {
					t.Error(err)
					return
				}
				res.Body.Close()
				mu.Lock()
				floodCounts[res.StatusCode]++
				mu.Unlock()
			}
		}()
	}
	time.Sleep(200 * time.Millisecond) // the flood fills the queue
	for i := 0; i < 10; i++ {
		res, err := other.Get(p.URL + "/v1/leases/3/invoke/?do=ok")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("request %d of the other caller: %s %s", i, res.Status, b)
		}
	}
	close(stop)
	wg.Wait()
	if floodCounts[http.StatusTooManyRequests] == 0 || floodCounts[http.StatusOK] == 0 {
		t.Fatalf("the flood's outcomes %v: want some served and some refused with 429", floodCounts)
	}
	for code := range floodCounts {
		if code != http.StatusOK && code != http.StatusTooManyRequests {
			t.Errorf("the flood got %d: a flooding caller is refused with 429, nothing else", code)
		}
	}
}
