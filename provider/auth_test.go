package provider_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
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
	p := w.start(providerA, cfg)
	params, err := w.reader.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	burst := int(params.ProbeBurst) // the probe rate is the deployment's, not the provider's
	o := openOrder(0, 10)
	o.DurationUnits = 20 // one segment of 100 s: the clock moves with every request's block
	id := w.order(o)
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	cl := w.win(id)
	w.deploy(cl, id, helloWasm)
	var members []int
	w.eventually(10*time.Second, "the provider to draw the committee", func() bool {
		w.c.Mine(1)
		c, err := w.reader.Committee(ctx, market.CommitteeID(id, 0))
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
	// A recovery id (the signature's last byte) other than 27 or 28: no signer can be recovered.
	h, err := sigauth.ParseHeader(badSig.Header.Get("Authorization"))
	if err != nil {
		t.Fatal(err)
	}
	h.Sig[64] = 0x1f
	badSig.Header.Set("Authorization", h.String())
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
	for i := 0; i < burst; i++ {
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
	if code, reason := send(up); code != http.StatusConflict || reason != string(api.ReasonModuleConfirmed) {
		t.Fatalf("witness upload after the confirmation: %d %q, want 409 module-confirmed", code, reason)
	}
}

// The module is fetched by the current segment's committee and the customer, no one else,
// and no more once the service is over.
func TestFunction_FetchedByTheCurrentCommittee(t *testing.T) {
	w := newWorld(t, 7)
	ctx := context.Background()
	witnesses := []int{4, 5, 6} // exactly three: every committee has them all
	for _, i := range witnesses {
		wc := market.New(w.c.Client, w.c.Manifest, w.c.Transactor(i))
		if _, err := wc.RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
	}
	p := w.start(providerA, testConfig(t))
	o := openOrder(0, 10)
	o.DurationUnits, o.Segments = 8, 2 // two segments of 20 s: the draws below mine a block (a second) per try
	id := w.order(o)
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	cl := w.win(id)
	w.deploy(cl, id, helloWasm)
	member := client.New(p.Endpoint(), w.domain(), w.key(witnesses[0]), nil)
	stranger := client.New(p.Endpoint(), w.domain(), w.key(providerB), nil)
	fetch := func(c *client.Client) ([]byte, int) {
		wasm, err := c.Module(ctx, api.LeaseID(id))
		var refused *api.Error
		if errors.As(err, &refused) {
			return nil, refused.Status
		}
		if err != nil {
			t.Fatal(err)
		}
		return wasm, http.StatusOK
	}
	if _, code := fetch(member); code != http.StatusForbidden {
		t.Fatalf("a witness before its committee is drawn: %d, want 403", code)
	}
	w.eventually(10*time.Second, "segment 0's committee, drawn by the provider", func() bool {
		w.c.Mine(1)
		return w.segmentStatus(id, 0) == market.CommitteeDrawn
	})
	if wasm, code := fetch(member); code != http.StatusOK || !bytes.Equal(wasm, helloWasm) {
		t.Fatalf("a member of segment 0: %d, %d bytes", code, len(wasm))
	}
	if wasm, code := fetch(cl); code != http.StatusOK || !bytes.Equal(wasm, helloWasm) {
		t.Fatalf("the customer: %d, %d bytes", code, len(wasm))
	}
	if _, code := fetch(stranger); code != http.StatusForbidden {
		t.Fatalf("a stranger: %d, want 403", code)
	}
	// Segment 1: the provider keeps serving; it opens the segment itself (a seat fee for it)
	// and draws it.
	s1, err := w.reader.Segment(ctx, id, 1)
	if err != nil {
		t.Fatal(err)
	}
	w.c.AdvanceTo(s1.Start)
	w.eventually(10*time.Second, "segment 1 opened", func() bool { return w.segmentStatus(id, 1) != market.CommitteeNone })
	if ev := w.opened(id, 1); ev.Opener != p.Address() {
		t.Errorf("segment 1 opened by %s, want the provider", ev.Opener)
	}
	w.eventually(10*time.Second, "segment 1's committee", func() bool {
		w.c.Mine(1)
		return w.segmentStatus(id, 1) == market.CommitteeDrawn
	})
	if _, code := fetch(member); code != http.StatusOK {
		t.Fatalf("a member of segment 1: %d", code)
	}
	res, err := cl.Invoke(ctx, api.LeaseID(id), http.MethodGet, "/", nil, nil)
	if err != nil {
		t.Fatalf("invoke in segment 1: %v", err)
	}
	res.Body.Close()
	// Past the end of service (and the grace for a last probe): nobody's segment runs.
	params, _ := w.reader.Params(ctx)
	w.c.AdvanceTo(s1.End.Add(params.RequestTimeout + params.ProbeMargin + time.Second))
	w.eventually(5*time.Second, "no module for the committee after the service", func() bool {
		_, code := fetch(member)
		return code == http.StatusForbidden
	})
	_, err = cl.Invoke(ctx, api.LeaseID(id), http.MethodGet, "/", nil, nil)
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != http.StatusConflict {
		t.Fatalf("invoke after the service: %v, want 409", err)
	}
}

// opened is the SegmentOpened event of segment k.
func (w *world) opened(id uint64, k uint8) market.SegmentOpenedEvent {
	w.t.Helper()
	logs, err := w.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock), Addresses: []common.Address{w.c.Manifest.Market},
		Topics: [][]common.Hash{{market.MarketEvent("SegmentOpened")}, {market.IDTopic(id)}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, l := range logs {
		if ev, err := w.reader.DecodeSegmentOpened(&l); err == nil && ev.Segment == k {
			return ev
		}
	}
	w.t.Fatalf("no SegmentOpened for segment %d of order %d", k, id)
	return market.SegmentOpenedEvent{}
}

func (w *world) segmentStatus(id uint64, k uint8) market.CommitteeStatus {
	w.t.Helper()
	s, err := w.reader.Segment(context.Background(), id, k)
	if err != nil {
		w.t.Fatal(err)
	}
	return s.Status
}
