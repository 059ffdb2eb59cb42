package explorer_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/devnet"
	"github.com/defaas/defaas/explorer"
	"github.com/defaas/defaas/internal/tcpproxy"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

// devWorld is an embedded devnet whose WebSocket RPC the explorer reaches through a proxy
// that the test can cut, and a customer on the devnet's own connection.
type devWorld struct {
	dn       *devnet.Devnet
	proxy    *tcpproxy.Proxy
	ex       *explorer.Explorer
	url      string
	customer *market.Client
}

func newDevWorld(t testing.TB) *devWorld {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	dn, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	ws, err := url.Parse(dn.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	p := tcpproxy.New(t, ws.Host)
	conn, err := chain.Dial(ctx, "ws://"+p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(conn.Close)
	ex, err := explorer.Start(ctx, explorer.Config{Conn: conn, Manifest: dn.Manifest(), Listen: "127.0.0.1:0",
		PollInterval: 200 * time.Millisecond, HealthInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Close() })
	own, err := chain.NewConn(dn.Client())
	if err != nil {
		t.Fatal(err)
	}
	s := keys.FromKey(dn.Accounts()[1].Key, own.ChainID())
	customer := market.New(own.Backend(), dn.Manifest(), market.WithPermits(chain.NewSender(own, s.Opts, chain.WithPollInterval(50*time.Millisecond)), s.SignHash))
	return &devWorld{dn: dn, proxy: p, ex: ex, url: strings.TrimSuffix(ex.URL(), "/"), customer: customer}
}

func (d *devWorld) status(t testing.TB) explorer.Status {
	var m explorer.Market
	getJSON(t, d.url+"/api/market", &m)
	return m.Status
}

// TestExplorer_RPCLostThePageSaysSoAndRecovers: when the node stops answering, the API and
// the pages say so and keep serving what was indexed; when it is back, the explorer catches
// up with what happened meanwhile, by itself.
func TestExplorer_RPCLostThePageSaysSoAndRecovers(t *testing.T) {
	d := newDevWorld(t)
	waitFor(t, "the explorer to follow the devnet", func() bool {
		s := d.status(t)
		return s.RPC.OK && s.Head > 0 && s.Indexed >= d.dn.Manifest().DeploymentBlock
	})

	d.proxy.Stop()
	var lost explorer.Status
	waitFor(t, "the explorer to notice the node is gone", func() bool {
		lost = d.status(t)
		return !lost.RPC.OK
	})
	if !strings.Contains(lost.Node, d.proxy.Addr()) || lost.RPC.Error == "" || lost.RPC.Since.IsZero() {
		t.Errorf("status while the node is gone = %+v", lost)
	}
	w := &world{t: t, url: d.url}
	status, _, body := w.page("/")
	if status != 200 || !strings.Contains(body, "The node does not answer.</b> ws://"+d.proxy.Addr()) || strings.Contains(body, `id="rpc-banner" class="banner hidden"`) {
		t.Errorf("the market page while the node is gone: %d, banner missing:\n%s", status, body)
	}

	// The market moves on while the explorer cannot see it.
	p := orderParams(testUnits, testSegments, 1, false)
	p.BiddingWindow = 30 * time.Second
	id, _, err := d.customer.CreateOrder(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if code := w.get("/api/orders/1", nil); code != 404 {
		t.Fatalf("order %d is known while the node is gone (%d)", id, code)
	}

	d.proxy.Start(t)
	waitFor(t, "the explorer to recover", func() bool { return d.status(t).RPC.OK })
	w.orderIn(id, "Bidding")
	_, _, body = w.page("/")
	if strings.Contains(body, "The node does not answer.") {
		t.Errorf("the market page still says the node is gone")
	}
}
