package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
)

// chain drives the simulated chain of package testchain through the raw bindings.
type chain struct {
	t *testing.T
	*testchain.Chain
}

func newChain(t *testing.T, accounts int) *chain {
	return &chain{t: t, Chain: testchain.New(t, accounts)}
}

// send mines one transaction from account i and fails the test unless it succeeded.
func (c *chain) send(from int, to common.Address, data []byte) {
	c.t.Helper()
	if _, err := c.Transactor(from).SendAndWait(context.Background(), to, data); err != nil {
		c.t.Fatalf("send to %s: %v", to, err)
	}
}

func (c *chain) call(to common.Address, data []byte) []byte {
	c.t.Helper()
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		c.t.Fatalf("call %s: %v", to, contracts.DecodeRevert(err))
	}
	return out
}

func TestDeploy_WiresRolesAndSeedsLevels(t *testing.T) {
	c := newChain(t, 1)
	d := c.Deployment
	token, pool, market := contracts.NewFaaSToken(), contracts.NewWitnessPool(), contracts.NewMarket()

	has, err := token.UnpackHasRole(c.call(d.Token, token.PackHasRole(contracts.MinterRole(), d.WitnessPool)))
	if err != nil || !has {
		t.Fatalf("WitnessPool has no MINTER_ROLE (err %v)", err)
	}
	has, err = pool.UnpackHasRole(c.call(d.WitnessPool, pool.PackHasRole(contracts.MarketRole(), d.Market)))
	if err != nil || !has {
		t.Fatalf("Market has no MARKET_ROLE (err %v)", err)
	}
	n, err := market.UnpackLevelCount(c.call(d.Market, market.PackLevelCount()))
	if err != nil || n.Int64() != 3 {
		t.Fatalf("levelCount = %v (err %v), want 3", n, err)
	}
	want := []contracts.MarketLevel{{CpuMilli: 1000, MemoryMB: 512, ImageMB: 50, Active: true}, {CpuMilli: 1000, MemoryMB: 1024, ImageMB: 100, Active: true}, {CpuMilli: 2000, MemoryMB: 2048, ImageMB: 200, Active: true}}
	for i, w := range want {
		l, err := market.UnpackLevel(c.call(d.Market, market.PackLevel(uint32(i))))
		if err != nil || l != w {
			t.Errorf("level %d = %+v (err %v), want %+v", i, l, err, w)
		}
	}
	p, err := market.UnpackParams(c.call(d.Market, market.PackParams()))
	if err != nil || p.BillingPeriod != 5 || p.MinProviderStake.Cmp(contracts.FST(100)) != 0 {
		t.Errorf("params = %+v (err %v), want the dev preset", p, err)
	}
}

// TestLifecycle_OpenOrder drives one order through its whole life through the generated
// bindings: order → 3 bids → match → deployment → lease → fulfill → committee → reports →
// settle → finish, and checks every party's FST at the end.
func TestLifecycle_OpenOrder(t *testing.T) {
	c := newChain(t, 10)
	const customer = 1
	providers, witnesses := []int{2, 3, 4}, []int{5, 6, 7, 8, 9}
	addr := func(i int) common.Address { return c.Accounts[i].Addr }
	preset := contracts.DevPreset()
	d := c.Deployment
	token, pool, market := contracts.NewFaaSToken(), contracts.NewWitnessPool(), contracts.NewMarket()

	balance := func(a common.Address) *big.Int {
		b, err := token.UnpackBalanceOf(c.call(d.Token, token.PackBalanceOf(a)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i := 1; i < 10; i++ {
		c.send(i, d.Token, token.PackApprove(d.Market, max))
		c.send(i, d.Token, token.PackApprove(d.WitnessPool, max))
	}
	for _, p := range providers {
		c.send(p, d.Market, market.PackRegisterProvider(contracts.FST(1000), "https://provider.example"))
	}
	for _, w := range witnesses {
		c.send(w, d.WitnessPool, pool.PackRegisterWitness(contracts.FST(100)))
	}
	start := map[common.Address]*big.Int{}
	for i := 1; i < 10; i++ {
		start[addr(i)] = balance(addr(i))
	}

	const units = 4
	c.send(customer, d.Market, market.PackCreateOrder(contracts.MarketOrderParams{
		LevelId: 0, DurationUnits: units, MaxUnitPrice: contracts.FST(10), BiddingSeconds: 10, WitnessCount: 3,
	}))
	id := big.NewInt(1)
	for i, price := range []int64{9, 8, 7} {
		c.send(providers[i], d.Market, market.PackBid(id, contracts.FST(price)))
	}
	c.Advance(10 * time.Second)
	c.send(customer, d.Market, market.PackCloseBidding(id))
	o, err := market.UnpackOrder(c.call(d.Market, market.PackOrder(id)))
	if err != nil {
		t.Fatal(err)
	}
	winner := providers[2]
	if o.BestBidder != addr(winner) || o.BestPrice.Cmp(contracts.FST(7)) != 0 || o.State != 2 {
		t.Fatalf("after close: winner %s at %s in state %d; want provider 3 at 7 FST, Confirming", o.BestBidder, o.BestPrice, o.State)
	}
	c.send(winner, d.Market, market.PackPublishDeployment(id, "https://p3.example/", []byte{1, 2, 3}))
	c.send(customer, d.Market, market.PackAcceptDeployment(id))
	c.send(customer, d.Market, market.PackFulfill(id))

	c.Mine(int(preset.Pool.BlockNeed) + 1)
	c.send(witnesses[0], d.WitnessPool, pool.PackDrawCommittee(id))
	cm, err := pool.UnpackCommittee(c.call(d.WitnessPool, pool.PackCommittee(id)))
	if err != nil {
		t.Fatal(err)
	}
	if len(cm.Members) != 3 || cm.Threshold != 2 {
		t.Fatalf("committee = %d members, threshold %d; want 3 and 2", len(cm.Members), cm.Threshold)
	}
	index := map[common.Address]int{}
	for _, w := range witnesses {
		index[addr(w)] = w
	}
	secrets := map[common.Address][32]byte{}
	times := map[common.Address]uint64{}
	for i, m := range cm.Members {
		w, ok := index[m]
		if !ok {
			t.Fatalf("committee member %s is not a witness", m)
		}
		secrets[m] = crypto.Keccak256Hash([]byte{byte(i), 42})
		times[m] = uint64(c.Now().Unix())
		commitment, err := pool.UnpackReportCommitment(c.call(d.WitnessPool, pool.PackReportCommitment(id, m, false, times[m], secrets[m])))
		if err != nil {
			t.Fatal(err)
		}
		c.send(w, d.WitnessPool, pool.PackCommitReport(id, commitment))
	}
	// Into the reveal window: after serviceEnd + commitGrace.
	c.AdvanceTo(time.Unix(int64(cm.CommitEnd)+1, 0))
	for _, m := range cm.Members {
		c.send(index[m], d.WitnessPool, pool.PackRevealReport(id, false, times[m], secrets[m]))
	}
	c.AdvanceTo(time.Unix(int64(cm.RevealEnd)+1, 0))
	c.send(customer, d.Market, market.PackSettle(id))
	c.send(customer, d.Market, market.PackFinish(id))

	o, err = market.UnpackOrder(c.call(d.Market, market.PackOrder(id)))
	if err != nil || o.State != 6 {
		t.Fatalf("final state %d (err %v), want Finished (6)", o.State, err)
	}
	fee := new(big.Int).Mul(contracts.FST(7), big.NewInt(units))
	check := func(who string, a common.Address, delta *big.Int) {
		t.Helper()
		got := new(big.Int).Sub(balance(a), start[a])
		if got.Cmp(delta) != 0 {
			t.Errorf("%s: FST changed by %s, want %s", who, got, delta)
		}
	}
	check("customer", addr(customer), new(big.Int).Neg(fee))
	check("winning provider", addr(winner), fee)
	check("losing provider 1", addr(providers[0]), new(big.Int))
	check("losing provider 2", addr(providers[1]), new(big.Int))
	members := map[common.Address]bool{}
	for _, m := range cm.Members {
		members[m] = true
	}
	for _, w := range witnesses {
		want := new(big.Int)
		if members[addr(w)] {
			want = preset.Pool.RewardUnit // NoViolation, reported false: +1 unit, minted.
		}
		check("witness "+addr(w).Hex(), addr(w), want)
	}
	p, err := market.UnpackProvider(c.call(d.Market, market.PackProvider(addr(winner))))
	if err != nil || p.Locked.Sign() != 0 || p.Stake.Cmp(contracts.FST(1000)) != 0 {
		t.Errorf("winner's stake %s locked %s (err %v); want 1000 FST, nothing locked", p.Stake, p.Locked, err)
	}
}
