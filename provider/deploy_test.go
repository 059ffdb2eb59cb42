package provider_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
)

// The provider confirms only the module whose sha256 the customer committed, checked again at
// every step: a customer that committed one module and uploaded another is not confirmed until
// it uploads the one it committed; then the module is the lease's for good.
func TestConfirm_OnlyTheCommittedModule(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	cfg := testConfig(t)
	p := w.start(providerA, cfg)
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	cl := w.win(id)
	other := append([]byte{}, helloWasm...)
	other = append(other, 0, 8, 6, 's', 'e', 'c', 'o', 'n', 'd', 1) // a custom section "second": another valid module
	if _, err := cl.Upload(ctx, api.LeaseID(id), other); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id, sha256.Sum256(helloWasm)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * cfg.PollInterval)
	if o := w.read(id); o.State != market.StateDeploying {
		t.Fatalf("the provider confirmed a module whose hash is not the committed one: %s", o.State)
	}
	// Still before the confirmation: the customer may replace the module.
	if _, err := cl.Upload(ctx, api.LeaseID(id), helloWasm); err != nil {
		t.Fatal(err)
	}
	w.waitState(id, market.StateFulfilling)
	lease, err := w.reader.Lease(ctx, id)
	if err != nil || lease.ModuleHash != sha256.Sum256(helloWasm) {
		t.Fatalf("lease %+v (%v)", lease, err)
	}
	_, err = cl.Upload(ctx, api.LeaseID(id), other)
	var refused *api.Error
	if !errors.As(err, &refused) || refused.Status != http.StatusConflict || refused.Reason != api.ReasonModuleConfirmed {
		t.Fatalf("a replacement after the confirmation: %v, want 409 module-confirmed", err)
	}
}

// A customer that never uploads the module it committed: the provider never confirms, the
// order expires after the confirm timeout — nobody's fault, nothing of the provider's burned.
func TestConfirm_NeverWithoutTheModuleTheOrderExpiresWithoutFault(t *testing.T) {
	w := newWorld(t, 4)
	ctx := context.Background()
	p := w.start(providerA, testConfig(t))
	id := w.order(openOrder(0, 10))
	w.eventually(10*time.Second, "the bid", func() bool { return w.read(id).BestBidder == p.Address() })
	w.win(id)
	before, err := w.reader.Provider(ctx, p.Address())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id, sha256.Sum256(helloWasm)); err != nil {
		t.Fatal(err)
	}
	w.c.AdvanceTo(w.read(id).Deadline.Add(time.Second))
	w.waitState(id, market.StateFailed) // the provider expires it itself
	after, err := w.reader.Provider(ctx, p.Address())
	if err != nil {
		t.Fatal(err)
	}
	if after.Stake.Cmp(before.Stake) != 0 || after.Locked.Sign() != 0 {
		t.Fatalf("stake %s → %s, locked %s: want unchanged and unlocked", before.Stake, after.Stake, after.Locked)
	}
}

// A sealed order whose reveal window is shorter than the provider needs to land a reveal is
// not bid on; one long enough is.
func TestSealed_SkipsARevealWindowTooShortToLand(t *testing.T) {
	w := newWorld(t, 4)
	careful := testConfig(t)
	careful.MinRevealWindow = 25 * time.Second
	a := w.start(providerA, careful)
	b := w.start(providerB, testConfig(t)) // measures the chain: three block times of about a second
	short := w.order(sealedOrder(0, 10))   // a reveal window of 20 s
	w.eventually(10*time.Second, "the commitment of the provider measuring the chain", func() bool {
		return w.bids(short, b.Address(), "BidCommitted") == 1
	})
	time.Sleep(10 * careful.PollInterval)
	if n := w.bids(short, a.Address(), "BidCommitted"); n != 0 {
		t.Fatalf("%d commitments on a reveal window shorter than the 25 s configured", n)
	}
	long := sealedOrder(0, 10)
	long.RevealWindow = 30 * time.Second
	id := w.order(long)
	w.eventually(10*time.Second, "a commitment on a long enough window", func() bool {
		return w.bids(id, a.Address(), "BidCommitted") == 1
	})
}
