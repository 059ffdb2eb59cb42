package explorer_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/explorer"
	"github.com/defaas/defaas/market"
)

// approving is a transactor without a digest signer, so orders are paid by approve.
type approving struct{ market.Transactor }

// cpuTime is the CPU this process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFollow_100Orders measures what following the market costs: an explorer indexes a
// chain on which 100 orders ran their whole lives (3 bids, the module committed and
// confirmed, four segments each opened and watched by a committee of 3 with its reports,
// verdict and payoffs, settlement), block by block as it would live. It reports the CPU this process
// spent per run, as the share of one core that 100 orders a minute would take. The figure is
// an upper bound: the simulated node serving the explorer runs in this process too, and each
// transaction here is a block of its own, where a live chain packs many into one.
func BenchmarkFollow_100Orders(b *testing.B) {
	const orders = 100
	w := newMarket(b, 3, 5)
	// The chain's clock runs hours ahead here, past any permit's deadline: approve instead.
	w.customer = market.New(w.chain.Client, w.chain.Manifest, approving{w.chain.Transactor(1)})
	for i := range orders {
		id := w.create(orderParams(testUnits, testSegments, 10, false))
		for k, price := range []int64{9, 8, 7} {
			w.bid(id, (i+k)%3, price)
		}
		w.closeAuction(id)
		w.deploy(id)
		plan := allServed(testSegments)
		for k := range plan {
			plan[k].report = func(j int) bool { return (i+j+k)%4 == 0 }
		}
		w.serve(id, plan)
	}
	head, _ := w.chain.Client.BlockNumber(context.Background())
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		before := cpuTime(b)
		n, err := explorer.FollowChain(context.Background(), w.chain.Client, w.chain.Manifest)
		cpu += cpuTime(b) - before
		if err != nil || n != orders {
			b.Fatalf("indexed %d orders (%v), want %d", n, err, orders)
		}
	}
	held, err := explorer.HeldPerOrder(context.Background(), w.chain.Client, w.chain.Manifest)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(held), "B-held/order")
	perRun := cpu / time.Duration(b.N)
	b.ReportMetric(float64(perRun.Microseconds())/orders, "µs-CPU/order")
	b.ReportMetric(float64(perRun)/float64(time.Minute)*100, "%core-at-100-orders/min")
	b.ReportMetric(float64(head-w.chain.Manifest.DeploymentBlock), "blocks")
}

// BenchmarkOrderPage_32Bids measures the server's side of the page of a finished order with
// 32 bids and four segments with their committees: the request, the render, the answer.
func BenchmarkOrderPage_32Bids(b *testing.B) {
	w := newWorld(b, 3, 5)
	id, _ := w.orderWith32Bids()
	url := fmt.Sprintf("%s/orders/%d", w.url, id)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("status %d", resp.StatusCode)
		}
		b.SetBytes(n)
	}
}

// BenchmarkMarketPage measures the market page a live browser fetches on every change, on a
// market of 100 orders.
func BenchmarkMarketPage(b *testing.B) {
	w := newWorld(b, 3, 0)
	for i := range 100 {
		id := w.create(orderParams(testUnits, testSegments, 10, false))
		w.bid(id, i%3, 1) // 16 FST of collateral each: 34 leading bids fit a provider's stake
	}
	var l explorer.OrderList
	waitFor(b, "100 orders", func() bool {
		l = explorer.OrderList{}
		w.get("/api/orders?limit=500", &l)
		return len(l.Orders) == 100
	})
	req, _ := http.NewRequest("GET", w.url+"/", nil)
	req.Header.Set("X-Explorer-Partial", "1")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}
