package provider_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/market"
)

// The chain goes back under the provider (SPEC §3, issue "recovery when the chain goes back"):
// a reorganisation deeper than its watcher remembers (64 blocks), with the node still knowing
// the blocks that left (a fork), the provider running throughout or stopped across it.

// forkDepth is how many blocks are built on an order before the chain forks below it: more
// than the watcher keeps (its ReorgDepth, 64), and more than geth's transaction pool takes
// back (64), so that nothing of the old branch is mined again. The new branch then grows
// longer than the old, as any chain that reorganises does.
const forkDepth = 70

// head is the chain's latest block.
func (w *world) head() common.Hash {
	w.t.Helper()
	h, err := w.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Hash()
}

// An order the provider bid on leaves the chain, and the customer's next order takes its id:
// the provider bids on it, running throughout or restarted after the fork.
func TestRecovery_AnOrderThatLeftTheChainGivesItsIDToANewOrderTheProviderBidsOn(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(map[bool]string{false: "running", true: "restarted"}[restart], func(t *testing.T) {
			w := newWorld(t, 4)
			p := w.start(providerA, testConfig(t))
			parent := w.head()
			id := w.order(openOrder(0, 10))
			w.eventually(15*time.Second, "the provider's bid", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
			if restart {
				p.stop()
			}
			w.c.Mine(forkDepth)
			if err := w.c.Fork(parent); err != nil {
				t.Fatal(err)
			}
			w.c.Mine(forkDepth + 5) // the new branch is the longer, as after any reorganisation
			if _, err := w.reader.Order(context.Background(), id); !errors.Is(err, market.ErrNoOrder) {
				t.Fatalf("order %d after the fork: %v, want it gone", id, err)
			}
			if restart {
				p = w.start(providerA, p.cfg)
			}
			again := openOrder(0, 9) // another order: another price
			if got := w.order(again); got != id {
				t.Fatalf("the new order has id %d, want %d, the id of the one that left", got, id)
			}
			w.eventually(15*time.Second, "a bid on the new order", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
			if o := w.read(id); o.BestBidder != p.Address() || o.MaxUnitPrice.Cmp(again.MaxUnitPrice) != 0 {
				t.Fatalf("order %d: best bidder %s, max unit price %s; want the provider on the new order", id, o.BestBidder, o.MaxUnitPrice)
			}
		})
	}
}

// A bid that left the chain while its order stayed is sent again while bidding lasts.
func TestRecovery_ABidThatLeftTheChainIsSentAgain(t *testing.T) {
	w := newWorld(t, 4)
	p := w.start(providerA, testConfig(t))
	params := openOrder(0, 10)
	params.BiddingWindow = 10 * time.Minute
	id := w.order(params)
	w.eventually(15*time.Second, "the provider's bid", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
	logs, err := w.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock), Addresses: []common.Address{w.c.Manifest.Market},
		Topics: [][]common.Hash{{market.MarketEvent("BidPlaced")}, {market.IDTopic(id)}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("the bid's log: %v %v", logs, err)
	}
	hdr, err := w.c.Client.HeaderByHash(context.Background(), logs[0].BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	w.c.Mine(forkDepth)
	if err := w.c.Fork(hdr.ParentHash); err != nil {
		t.Fatal(err)
	}
	w.c.Mine(forkDepth + 5)
	if o := w.read(id); o.State != market.StateBidding {
		t.Fatalf("order %d after the fork: %s, want Bidding", id, o.State)
	}
	w.eventually(15*time.Second, "the bid sent again", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
}

// The chain starts a lease's service again, later: the provider serves it until the end the
// chain gives now, not the one it saw first, and no longer.
func TestRecovery_ServesUntilTheEndOfServiceTheChainGivesNow(t *testing.T) {
	w := newWorld(t, 4)
	p := w.start(providerA, testConfig(t))
	params := openOrder(0, 10)
	params.DurationUnits = 4 // 20 s on the dev preset
	id := w.order(params)
	w.eventually(15*time.Second, "the provider's bid", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
	cl := w.win(id)
	ctx := context.Background()
	// The provider records its win just after its publication lands: upload once it has.
	w.eventually(5*time.Second, "the module uploaded", func() bool {
		_, err := cl.Upload(ctx, api.LeaseID(id), helloWasm)
		return err == nil
	})
	if _, err := w.customer.Fulfill(ctx, id, sha256.Sum256(helloWasm)); err != nil {
		t.Fatal(err)
	}
	w.waitState(id, market.StateFulfilling)
	first, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	invoke := func() (int, string) {
		res, err := cl.Invoke(ctx, api.LeaseID(id), http.MethodGet, "/", nil, nil)
		var refused *api.Error
		if errors.As(err, &refused) {
			return refused.Status, string(refused.Reason)
		}
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode, res.Header.Get(api.ErrorHeader)
	}
	if status, reason := invoke(); status != http.StatusOK {
		t.Fatalf("in service: %d %s", status, reason)
	}

	// The block that started the service leaves the chain after 15 s more of it; the
	// provider's confirmation, taken back by the transaction pool or sent again, starts the
	// service again at least 15 s later.
	started := w.serviceStarted(id)
	w.c.Advance(15 * time.Second)
	if err := w.c.Fork(started.ParentHash); err != nil {
		t.Fatal(err)
	}
	var now market.Lease
	w.eventually(15*time.Second, "the service started again", func() bool {
		w.c.Mine(1)
		now, err = w.reader.Lease(ctx, id)
		return err == nil && w.read(id).State == market.StateFulfilling && now.ServiceEnd.After(first.ServiceEnd)
	})
	if now.ServiceEnd.Sub(first.ServiceEnd) < 15*time.Second {
		t.Fatalf("the service ends at %s after the fork, %s before: want 15 s later at least", now.ServiceEnd, first.ServiceEnd)
	}

	// Served past the first end, for as many of the provider's polls as a second holds (its
	// clock reads the new head within one).
	w.c.AdvanceTo(first.ServiceEnd.Add(5 * time.Second))
	for until := time.Now().Add(time.Second); time.Now().Before(until); {
		if status, reason := invoke(); status != http.StatusOK {
			t.Fatalf("5 s after the end of service the provider saw first, before the chain's (%s): %d %s", now.ServiceEnd, status, reason)
		}
	}
	w.c.AdvanceTo(now.ServiceEnd.Add(time.Second))
	w.eventually(5*time.Second, "refused after the chain's end of service", func() bool {
		status, reason := invoke()
		return status == http.StatusConflict && reason == string(api.ReasonNotDeployed)
	})
}

// serviceStarted is the header of the block with the order's ServiceStarted.
func (w *world) serviceStarted(id uint64) *types.Header {
	w.t.Helper()
	ctx := context.Background()
	logs, err := w.c.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock), Addresses: []common.Address{w.c.Manifest.Market},
		Topics: [][]common.Hash{{market.MarketEvent("ServiceStarted")}, {market.IDTopic(id)}}})
	if err != nil || len(logs) != 1 {
		w.t.Fatalf("ServiceStarted: %v %v", logs, err)
	}
	hdr, err := w.c.Client.HeaderByHash(ctx, logs[0].BlockHash)
	if err != nil {
		w.t.Fatal(err)
	}
	return hdr
}

// A lease is over, then the chain goes back below the start of its service, which starts
// again (the provider's confirmation is mined again before its deadline): the provider serves
// it again to the users its customer let in, with their keys.
func TestRecovery_ALeaseServedAgainAfterItsEndKeepsItsAccessPolicy(t *testing.T) {
	// The dev preset gives a provider 30 s to confirm, less than a lease of 10 s takes to
	// settle and finish: two minutes let its confirmation land again after the lease is over.
	preset := contracts.DevPreset()
	preset.Market.ConfirmDeployTimeout = 120
	w := worldOn(t, testchain.NewWithPreset(t, 4, preset))
	ctx := context.Background()
	p := w.start(providerA, testConfig(t))
	params := openOrder(0, 10)
	params.DurationUnits = 2
	id := w.order(params)
	lease := api.LeaseID(id)
	w.eventually(15*time.Second, "the provider's bid", func() bool { return w.bids(id, p.Address(), "BidPlaced") == 1 })
	cl := w.win(id)
	w.deploy(cl, id, helloWasm)
	k := newKeys(t, 1)[0]
	if _, err := cl.SetAccess(ctx, lease, keysPolicy(api.AccessKeys, userRate, k)); err != nil {
		t.Fatal(err)
	}
	keyed := func() reply { return do(t, nil, keyGet(t, p.Endpoint(), lease, k.String(), "/")) }
	if r := keyed(); r.status != http.StatusOK {
		t.Fatalf("the user's key in service: %d %s", r.status, r.body)
	}
	started := w.serviceStarted(id)
	first := w.pastTheReveals(id)
	w.waitState(id, market.StateFinished)
	mode := func() api.AccessMode {
		st, err := cl.Access(ctx, lease)
		if err != nil {
			t.Fatal(err)
		}
		return st.Mode
	}
	// The provider closed its books on the lease: nobody is let in any more.
	w.eventually(5*time.Second, "the policy lifted once the lease is over", func() bool { return mode() == api.AccessSigned })
	if r := keyed(); r.status == http.StatusOK {
		t.Fatalf("the user's key after the end: %d", r.status)
	}

	if err := w.c.Fork(started.ParentHash); err != nil {
		t.Fatal(err)
	}
	w.eventually(15*time.Second, "the service started again", func() bool {
		w.c.Mine(1)
		now, err := w.reader.Lease(ctx, id)
		return err == nil && w.read(id).State == market.StateFulfilling && now.ServiceEnd.After(first.ServiceEnd)
	})
	var last reply
	w.eventually(5*time.Second, "the user's key served again", func() bool {
		last = keyed()
		return last.status == http.StatusOK
	})
	if !strings.Contains(last.body, "path: /\n") || mode() != api.AccessKeys {
		t.Fatalf("the user's key served again: %q, in mode %s", last.body, mode())
	}
}
