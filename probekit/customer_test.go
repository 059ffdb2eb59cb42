package probekit_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/internal/wasmtest"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
	"github.com/defaas/defaas/provider"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
)

var helloWasm []byte
var wasmCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "defaas-probekit-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	wasmCache = filepath.Join(dir, "wazero")
	mods, err := wasmtest.Prepare(context.Background(), dir, wasmCache, wasmtest.Module{Name: "hello", ABI: functions.Reactor})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	helloWasm = mods[0]
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const (
	customerAcc = 1
	providerAcc = 2
)

var witnessAccs = []int{3, 4, 5}

// lease is a served lease of hello with a drawn committee of three, and its customer's side.
type lease struct {
	c        *testchain.Chain
	conn     *chain.Conn
	id       uint64
	endpoint string
	customer *probekit.Customer
	reader   *market.Client
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func newLease(t *testing.T) *lease {
	ctx := context.Background()
	c := testchain.New(t, 6)
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range witnessAccs {
		if _, err := market.New(c.Client, c.Manifest, c.Transactor(i)).RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
	}
	cfg := provider.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.PollInterval, cfg.WasmCacheDir = t.TempDir(), "127.0.0.1:0", 20*time.Millisecond, wasmCache
	cfg.Pricing.Prices = map[string]string{"0": "2", "1": "3", "2": "5"}
	p, err := provider.New(ctx, cfg, provider.Options{Conn: conn, Manifest: c.Manifest, Signer: keys.FromKey(c.Accounts[providerAcc].Key, c.ChainID),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), SenderOptions: []chain.SenderOption{chain.WithPollInterval(5 * time.Millisecond)}})
	if err != nil {
		t.Fatal(err)
	}
	pctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(pctx) }()
	t.Cleanup(func() { cancel(); <-done; p.Close() })

	reader := market.New(c.Client, c.Manifest, nil)
	mc := market.New(c.Client, c.Manifest, c.Transactor(customerAcc))
	eventually(t, "the provider registered", func() bool { pr, err := reader.Provider(ctx, p.Address()); return err == nil && pr.Registered })
	id, _, err := mc.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: 20, MaxUnitPrice: contracts.FST(10), BiddingWindow: 30 * time.Second, WitnessCount: 3})
	if err != nil {
		t.Fatal(err)
	}
	read := func() market.Order { o, _ := reader.Order(ctx, id); return o }
	eventually(t, "the bid", func() bool { return read().BestBidder == p.Address() })
	c.AdvanceTo(read().BiddingEnd)
	eventually(t, "the deployment published", func() bool { return read().Published })
	if _, err := mc.AcceptDeployment(ctx, id); err != nil {
		t.Fatal(err)
	}
	domain := sigauth.Domain{ChainID: c.ChainID, Market: c.Manifest.Market}
	pc := client.New(p.Endpoint(), domain, c.Accounts[customerAcc].Key, nil)
	if _, err := pc.Upload(ctx, api.LeaseID(id), helloWasm); err != nil {
		t.Fatal(err)
	}
	cust := &probekit.Customer{Store: probekit.NewStore(filepath.Join(t.TempDir(), "access.json"), api.LeaseID(id)),
		Provider: pc, Market: mc, Conn: conn, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	// At upload: the spares, and the mode.
	if err := cust.Prepare(ctx, 3, 1); err != nil {
		t.Fatal(err)
	}
	if err := cust.SetMode(ctx, api.AccessKeys, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := mc.Fulfill(ctx, id, sha256.Sum256(helloWasm)); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the committee drawn", func() bool {
		c.Mine(1)
		s, err := reader.Segment(ctx, id, 0)
		return err == nil && s.Status == market.CommitteeDrawn
	})
	return &lease{c: c, conn: conn, id: id, endpoint: p.Endpoint(), customer: cust, reader: reader}
}

func (l *lease) view(t *testing.T) market.OrderView {
	v, err := l.reader.View(context.Background(), l.id, l.c.Now())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// kits are the ProbeKit events of the lease.
func (l *lease) kits(t *testing.T) []market.ProbeKitEvent {
	logs, err := l.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(l.c.Manifest.DeploymentBlock), Addresses: []common.Address{l.c.Manifest.Market},
		Topics: [][]common.Hash{{market.MarketEvent("ProbeKit")}, {market.IDTopic(l.id)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []market.ProbeKitEvent
	for _, lg := range logs {
		ev, err := l.reader.DecodeProbeKit(&lg)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

func TestCustomer_PostsEachMemberAKitOfItsOwnThatProbesLikeAUser(t *testing.T) {
	l := newLease(t)
	ctx := context.Background()
	posted, err := l.customer.PostKits(ctx, l.view(t), l.c.Now())
	if err != nil || len(posted) != 1 || posted[0] != 0 {
		t.Fatalf("posted %v, %v", posted, err)
	}
	// Once per segment, however often the drive loop asks.
	if again, err := l.customer.PostKits(ctx, l.view(t), l.c.Now()); err != nil || len(again) != 0 {
		t.Fatalf("posted again: %v, %v", again, err)
	}
	evs := l.kits(t)
	if len(evs) != len(witnessAccs) {
		t.Fatalf("%d kits for a committee of %d", len(evs), len(witnessAccs))
	}
	seen := map[api.Key]common.Address{}
	size := -1
	for _, ev := range evs {
		if size >= 0 && len(ev.SealedKit) != size {
			t.Errorf("kits of %d and %d bytes: their length must say nothing", size, len(ev.SealedKit))
		}
		size = len(ev.SealedKit)
		var key = l.c.Accounts[indexOf(t, l.c, ev.Witness)].Key
		kit, err := probekit.Open(ev.SealedKit, key, api.LeaseID(l.id), 0)
		if err != nil {
			t.Fatalf("member %s opens its kit: %v", ev.Witness, err)
		}
		if len(kit.Keys) != probekit.KeysPerMember || kit.Requests[0].PathAndQuery() != "/" {
			t.Fatalf("kit %+v", kit)
		}
		for _, k := range kit.Keys {
			if other, dup := seen[k]; dup {
				t.Fatalf("a key in the kits of %s and %s", other, ev.Witness)
			}
			seen[k] = ev.Witness
			req, _ := client.KeyRequest(ctx, l.endpoint, api.LeaseID(l.id), k, kit.Requests[0].Method, kit.Requests[0].PathAndQuery(), nil, kit.Requests[0].Header)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("a probe with a kit key: %s", res.Status)
			}
		}
		// No other member can open it.
		for _, i := range witnessAccs {
			if l.c.Accounts[i].Addr != ev.Witness {
				if _, err := probekit.Open(ev.SealedKit, l.c.Accounts[i].Key, api.LeaseID(l.id), 0); err == nil {
					t.Fatalf("member %s opened %s's kit", l.c.Accounts[i].Addr, ev.Witness)
				}
			}
		}
	}
	// The store says which spare went to whom; the spares stay registered with the users'.
	for _, r := range l.customer.Store.Keys {
		if r.Assigned() && seen[*r.Secret] != *r.Member {
			t.Errorf("key %s: the store says %s, the kit went to %s", r.ID(), *r.Member, seen[*r.Secret])
		}
	}
}

// A crash after the kits went out but before the store noted it: the keys handed out are on
// disk, the chain says the kits are there, and they are not posted again.
func TestCustomer_KitsOnChainBeforeACrashAreNotPostedAgain(t *testing.T) {
	l := newLease(t)
	ctx := context.Background()
	if posted, err := l.customer.PostKits(ctx, l.view(t), l.c.Now()); err != nil || len(posted) != 1 {
		t.Fatalf("posted %v, %v", posted, err)
	}
	l.customer.Store.Posted = nil // the note lost in the crash
	posted, err := l.customer.PostKits(ctx, l.view(t), l.c.Now())
	if err != nil || len(posted) != 1 || posted[0] != 0 {
		t.Fatalf("after the crash: %v, %v; want segment 0 noted as posted", posted, err)
	}
	if n := len(l.kits(t)); n != len(witnessAccs) {
		t.Fatalf("%d kits on chain for a committee of %d: posted twice", n, len(witnessAccs))
	}
}

// A kit on chain that the client did not post (the customer's account posted it by hand, or
// it does not open) does not stand for the client's kits: they go out.
func TestCustomer_AKitOnChainItDidNotPostDoesNotStopItsKits(t *testing.T) {
	l := newLease(t)
	ctx := context.Background()
	member := l.c.Accounts[witnessAccs[0]].Addr
	if _, err := l.customer.Market.PostProbeKit(ctx, l.id, 0, []common.Address{member}, [][]byte{make([]byte, probekit.SealedSize(4096))}); err != nil {
		t.Fatal(err)
	}
	posted, err := l.customer.PostKits(ctx, l.view(t), l.c.Now())
	if err != nil || len(posted) != 1 || posted[0] != 0 {
		t.Fatalf("posted %v, %v", posted, err)
	}
	opened := 0
	for _, ev := range l.kits(t) {
		if _, err := probekit.Open(ev.SealedKit, l.c.Accounts[indexOf(t, l.c, ev.Witness)].Key, api.LeaseID(l.id), 0); err == nil {
			opened++
		}
	}
	if opened != len(witnessAccs) {
		t.Fatalf("%d members have a kit that opens, want %d", opened, len(witnessAccs))
	}
}

// Handing out spares changes nothing at the provider, so kits go out while it is down (a
// provider that stops serving must not stop the customer's kits), and nothing is sent to it.
func TestCustomer_KitsGoOutWhileTheProviderIsDown(t *testing.T) {
	l := newLease(t)
	ctx := context.Background()
	domain := sigauth.Domain{ChainID: l.c.ChainID, Market: l.c.Manifest.Market}
	l.customer.Provider = client.New("http://127.0.0.1:1", domain, l.c.Accounts[customerAcc].Key, nil)
	posted, err := l.customer.PostKits(ctx, l.view(t), l.c.Now())
	if err != nil || len(posted) != 1 {
		t.Fatalf("posted %v, %v; want segment 0's kits with the provider down", posted, err)
	}
	if n := len(l.kits(t)); n != len(witnessAccs) {
		t.Fatalf("%d kits on chain, want %d", n, len(witnessAccs))
	}
}

func TestCustomer_KitForANonMemberIsRefusedByTheMarket(t *testing.T) {
	l := newLease(t)
	stranger := l.c.Accounts[providerAcc].Addr
	_, err := l.customer.Market.PostProbeKit(context.Background(), l.id, 0, []common.Address{stranger}, [][]byte{make([]byte, probekit.SealedSize(4096))})
	if name := market.RevertName(err); name != "NotCommitteeMember" {
		t.Fatalf("a kit for a non-member: %v, want NotCommitteeMember", err)
	}
}

func indexOf(t *testing.T, c *testchain.Chain, a common.Address) int {
	for i, acc := range c.Accounts {
		if acc.Addr == a {
			return i
		}
	}
	t.Fatalf("no account %s", a)
	return -1
}
