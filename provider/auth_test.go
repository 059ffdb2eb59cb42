package provider_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sigauth"
)

// TestAuth_RefusalsHaveTheRightStatus serves one lease with a drawn committee and sends it
// requests from everyone, signed well and badly.
func TestAuth_RefusalsHaveTheRightStatus(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	witnesses := []int{4, 5, 6}
	for _, i := range witnesses {
		wc := market.New(w.c.Client, w.c.Manifest, w.c.Transactor(i))
		if _, err := wc.RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
	}
	cfg := testConfig(t)
	cfg.WitnessEvery, cfg.WitnessBurst = time.Minute, 2
	p := w.start(providerA, cfg)
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	cl := w.win(id)
	if _, err := cl.Upload(ctx, api.LeaseID(id), helloWasm); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id); err != nil {
		t.Fatal(err)
	}
	var members []int
	w.eventually(10*time.Second, "the provider to draw the committee", func() bool {
		w.c.Mine(1)
		c, err := w.reader.Committee(ctx, id)
		if err != nil || c.Status != market.CommitteeDrawn {
			return false
		}
		members = members[:0]
		for _, i := range witnesses {
			if c.IsMember(w.addr(i)) {
				members = append(members, i)
			}
		}
		return true
	})
	if len(members) == 0 {
		t.Fatal("no witness drawn")
	}
	witness := members[0]
	lease := api.LeaseID(id)
	url := api.InvokeURL(p.Endpoint(), lease, "/probe")

	request := func(method string) *http.Request {
		r, err := http.NewRequest(method, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	signed := func(key *ecdsa.PrivateKey, at time.Time) *http.Request {
		r := request(http.MethodGet)
		if err := sigauth.SignAt(r, key, w.domain(), lease, at); err != nil {
			t.Fatal(err)
		}
		return r
	}
	send := func(r *http.Request) (int, string) {
		res, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var body struct {
			Error string `json:"error"`
		}
		b, _ := io.ReadAll(res.Body)
		json.Unmarshal(b, &body)
		return res.StatusCode, body.Error
	}
	customer := w.key(customerAcc)

	replayed := signed(customer, time.Now())
	if code, _ := send(replayed.Clone(ctx)); code != http.StatusOK {
		t.Fatalf("the customer's request: %d", code)
	}
	badSig := signed(customer, time.Now())
	// A recovery id (the last byte) other than 27 or 28: no signer can be recovered.
	auth := badSig.Header.Get("Authorization")
	badSig.Header.Set("Authorization", auth[:len(auth)-2]+"1f")
	for _, tc := range []struct {
		name   string
		req    *http.Request
		status int
		reason api.Reason
	}{
		{"unsigned", request(http.MethodGet), 401, api.ReasonMissingSignature},
		{"wrongly signed", badSig, 401, api.ReasonBadSignature},
		{"stale", signed(customer, time.Now().Add(-5*time.Minute)), 401, api.ReasonStaleTimestamp},
		{"replayed", replayed, 401, api.ReasonReplayedNonce},
		{"third party", signed(w.key(providerB), time.Now()), 403, api.ReasonForbidden},
	} {
		if code, reason := send(tc.req); code != tc.status || reason != string(tc.reason) {
			t.Errorf("%s: %d %q, want %d %q", tc.name, code, reason, tc.status, tc.reason)
		}
	}

	// The customer is not limited; a witness is, to its burst.
	for i := 0; i < 5; i++ {
		if code, reason := send(signed(customer, time.Now())); code != http.StatusOK {
			t.Fatalf("customer request %d: %d %s", i, code, reason)
		}
	}
	for i := 0; i < cfg.WitnessBurst; i++ {
		if code, reason := send(signed(w.key(witness), time.Now())); code != http.StatusOK {
			t.Fatalf("witness request %d: %d %s", i, code, reason)
		}
	}
	if code, reason := send(signed(w.key(witness), time.Now())); code != http.StatusTooManyRequests || reason != string(api.ReasonRateLimited) {
		t.Fatalf("witness over its rate: %d %q, want 429", code, reason)
	}
	// A witness may probe, not replace the function.
	up, err := http.NewRequest(http.MethodPut, api.FunctionURL(p.Endpoint(), lease), strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sigauth.Sign(up, w.key(members[len(members)-1]), w.domain(), lease); err != nil {
		t.Fatal(err)
	}
	if code, reason := send(up); code != http.StatusForbidden {
		t.Fatalf("witness upload: %d %q, want 403", code, reason)
	}
}
