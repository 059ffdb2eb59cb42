package provider_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/defaas/defaas/market"
)

func TestAuction_CheaperProviderWins(t *testing.T) {
	w := newWorld(t, 4)
	cheap := testConfig(t)
	dear := testConfig(t)
	dear.Pricing.Prices = map[string]string{"0": "3"}
	b := w.start(providerB, dear)
	a := w.start(providerA, cheap)

	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the cheaper bid", func() bool { return w.read(id).BestBidder == a.Address() })
	w.c.AdvanceTo(w.read(id).BiddingEnd)
	o := w.waitState(id, market.StateConfirming)
	if o.BestBidder != a.Address() || market.FormatFST(o.BestPrice) != "2" {
		t.Fatalf("winner %s at %v, want %s", o.BestBidder, o.BestPrice, a.Address())
	}
	if n := w.bids(id, a.Address(), "BidPlaced"); n != 1 {
		t.Errorf("the winner placed %d bids, want 1", n)
	}
	if n := w.bids(id, b.Address(), "BidPlaced"); n > 1 {
		t.Errorf("the loser placed %d bids, want at most 1", n)
	}
}

func TestAuction_EqualPriceGoesToTheEarlier(t *testing.T) {
	w := newWorld(t, 4)
	a := w.start(providerA, testConfig(t))
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the first bid", func() bool { return w.read(id).BestBidder == a.Address() })

	// The later provider asks the same price: it cannot beat the earlier bid, so it does not
	// try (an equal later bid could never win, SPEC §3.6).
	b := w.start(providerB, testConfig(t))
	w.eventually(5*time.Second, "the later provider to see the order", func() bool {
		return metricValue(t, b.Endpoint(), "defaas_provider_orders_seen_total") >= 1
	})
	w.c.AdvanceTo(w.read(id).BiddingEnd)
	o := w.waitState(id, market.StateConfirming)
	if o.BestBidder != a.Address() {
		t.Fatalf("winner %s, want the earlier %s", o.BestBidder, a.Address())
	}
	if n := w.bids(id, b.Address(), "BidPlaced"); n != 0 {
		t.Errorf("the later provider placed %d bids at an equal price", n)
	}
}

func TestSealed_CheaperRevealWinsAndARestartStillReveals(t *testing.T) {
	w := newWorld(t, 4)
	cheapCfg := testConfig(t)
	dear := testConfig(t)
	dear.Pricing.Prices = map[string]string{"0": "3"}
	a := w.start(providerA, cheapCfg)
	b := w.start(providerB, dear)

	id := w.order(sealedOrder(0, 10))
	w.eventually(10*time.Second, "both commitments", func() bool {
		return w.bids(id, a.Address(), "BidCommitted") == 1 && w.bids(id, b.Address(), "BidCommitted") == 1
	})
	// Between commit and reveal the cheaper provider restarts: a new daemon on the same store.
	a.stop()
	a = w.start(providerA, cheapCfg)

	w.c.AdvanceTo(w.read(id).BiddingEnd)
	w.eventually(10*time.Second, "both reveals", func() bool {
		return w.bids(id, a.Address(), "BidRevealed") == 1 && w.bids(id, b.Address(), "BidRevealed") == 1
	})
	w.c.AdvanceTo(w.read(id).RevealEnd)
	o := w.waitState(id, market.StateConfirming)
	if o.BestBidder != a.Address() || market.FormatFST(o.BestPrice) != "2" {
		t.Fatalf("winner %s at %s FST, want %s at 2", o.BestBidder, market.FormatFST(o.BestPrice), a.Address())
	}
	w.eventually(10*time.Second, "publication", func() bool { return w.read(id).Published })
	if n := w.bids(id, a.Address(), "BidCommitted"); n != 1 {
		t.Errorf("%d commitments after the restart, want 1", n)
	}
}

func TestCapacity_NoBidBeyondCapacityUntilTheLeaseEnds(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	cfg := testConfig(t)
	cfg.CPUMilli, cfg.MemoryMB = 2000, 2048 // room for one lease of level 2
	p := w.start(providerA, cfg)

	first := w.order(openOrder(2, 10))
	w.eventually(10*time.Second, "the bid on the first order", func() bool { return w.read(first).BestBidder == p.Address() })
	second := openOrder(2, 10)
	second.BiddingWindow = 10 * time.Minute
	next := w.order(second)
	small := w.order(openOrder(0, 10))
	w.eventually(5*time.Second, "the provider to see both orders", func() bool {
		return metricValue(t, p.Endpoint(), "defaas_provider_orders_seen_total") >= 3
	})
	time.Sleep(10 * cfg.PollInterval)
	if n := w.bids(next, p.Address(), "BidPlaced") + w.bids(small, p.Address(), "BidPlaced"); n != 0 {
		t.Fatalf("%d bids beyond capacity", n)
	}

	w.win(first)
	if _, err := w.customer.Fulfill(ctx, first); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * cfg.PollInterval)
	if n := w.bids(next, p.Address(), "BidPlaced"); n != 0 {
		t.Fatalf("bid on the second order while the first lease runs")
	}
	w.pastTheReveals(first)
	w.waitState(first, market.StateFinished)
	w.eventually(10*time.Second, "the bid on the second order once the first lease ended", func() bool {
		return w.bids(next, p.Address(), "BidPlaced") == 1
	})
}

// A customer that accepts and then never starts the service does not stall the provider:
// after the deploy timeout the provider starts it itself, and is paid the fee for it.
func TestDeployTimeout_ProviderStartsTheServiceItself(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	p := w.start(providerA, testConfig(t))
	before := w.balance(p.Address())
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	w.win(id)
	o := w.waitState(id, market.StateDeploying)
	w.c.AdvanceTo(o.Deadline.Add(time.Second))
	w.waitState(id, market.StateFulfilling)

	lease := w.pastTheReveals(id)
	w.waitState(id, market.StateFinished)
	if got := new(big.Int).Sub(w.balance(p.Address()), before); got.Cmp(lease.Fee) != 0 {
		t.Fatalf("the provider's FST grew by %s, want the fee %s", market.FormatFST(got), market.FormatFST(lease.Fee))
	}
	if pr, err := w.reader.Provider(ctx, p.Address()); err != nil || pr.Locked.Sign() != 0 {
		t.Fatalf("the provider's stake still has %v locked (%v)", pr.Locked, err)
	}
}

// A customer that never accepts the deployment: the provider fails the order after the
// accept timeout, which unlocks its collateral and frees its capacity.
func TestAcceptTimeout_ProviderExpiresTheOrder(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	p := w.start(providerA, testConfig(t))
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	w.c.AdvanceTo(w.read(id).BiddingEnd)
	w.eventually(10*time.Second, "publication", func() bool { return w.read(id).Published })
	w.c.AdvanceTo(w.read(id).Deadline.Add(time.Second))
	w.waitState(id, market.StateFailed)
	w.eventually(5*time.Second, "collateral unlocked", func() bool {
		pr, err := w.reader.Provider(ctx, p.Address())
		return err == nil && pr.Locked.Sign() == 0
	})
}
