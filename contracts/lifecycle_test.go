package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/defaas/defaas/contracts"
)

// chain is a simulated go-ethereum chain that mines a block whenever the test asks.
type chain struct {
	t       *testing.T
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

func newChain(t *testing.T, accounts int) (*chain, []account) {
	t.Helper()
	alloc := types.GenesisAlloc{}
	accs := make([]account, accounts)
	for i := range accs {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		accs[i] = account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accs[i].addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	b := simulated.NewBackend(alloc)
	t.Cleanup(func() { b.Close() })
	c := &chain{t: t, backend: b, client: b.Client()}
	id, err := c.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.chainID = id
	for i := range accs {
		accs[i].opts = bind.NewKeyedTransactor(accs[i].key, id)
	}
	return c, accs
}

// send mines one transaction and fails the test unless it succeeded.
func (c *chain) send(from account, to common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.client, c.client, c.client)
	tx, err := bc.RawTransact(from.opts, data)
	if err != nil {
		c.t.Fatalf("send to %s: %v", to, contracts.DecodeRevert(err))
	}
	c.backend.Commit()
	r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction to %s reverted", to)
	}
	return r
}

func (c *chain) call(to common.Address, data []byte) []byte {
	c.t.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.client, c.client, c.client)
	out, err := bc.CallRaw(&bind.CallOpts{}, data)
	if err != nil {
		c.t.Fatalf("call %s: %v", to, err)
	}
	return out
}

// advance moves the chain's clock forward by d and mines a block.
func (c *chain) advance(d time.Duration) {
	c.t.Helper()
	if err := c.backend.AdjustTime(d); err != nil {
		c.t.Fatal(err)
	}
	c.backend.Commit()
}

func (c *chain) now() uint64 {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Time
}

// deploy runs contracts.Deploy while a goroutine mines, as a real chain would.
func deploy(t *testing.T, c *chain, from account, preset contracts.Preset) *contracts.Deployment {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
				c.backend.Commit()
			}
		}
	}()
	d, err := contracts.Deploy(ctx, c.client, from.opts, preset, contracts.DeployOptions{
		InitialSupply: contracts.FST(1_000_000),
		PollInterval:  5 * time.Millisecond,
	})
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDeploy_WiresRolesAndSeedsLevels(t *testing.T) {
	c, accs := newChain(t, 1)
	d := deploy(t, c, accs[0], contracts.DevPreset())
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
	c, accs := newChain(t, 10)
	admin, customer := accs[0], accs[1]
	providers, witnesses := accs[2:5], accs[5:10]
	preset := contracts.DevPreset()
	d := deploy(t, c, admin, preset)
	token, pool, market := contracts.NewFaaSToken(), contracts.NewWitnessPool(), contracts.NewMarket()

	balance := func(a common.Address) *big.Int {
		b, err := token.UnpackBalanceOf(c.call(d.Token, token.PackBalanceOf(a)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, a := range accs[1:] {
		c.send(admin, d.Token, token.PackTransfer(a.addr, contracts.FST(10_000)))
		c.send(a, d.Token, token.PackApprove(d.Market, max))
		c.send(a, d.Token, token.PackApprove(d.WitnessPool, max))
	}
	for _, p := range providers {
		c.send(p, d.Market, market.PackRegisterProvider(contracts.FST(1000), "https://provider.example"))
	}
	for _, w := range witnesses {
		c.send(w, d.WitnessPool, pool.PackRegisterWitness(contracts.FST(100)))
	}

	start := map[common.Address]*big.Int{}
	for _, a := range accs[1:] {
		start[a.addr] = balance(a.addr)
	}

	const units = 4
	c.send(customer, d.Market, market.PackCreateOrder(contracts.MarketOrderParams{
		LevelId: 0, DurationUnits: units, MaxUnitPrice: contracts.FST(10), BiddingSeconds: 10, WitnessCount: 3,
	}))
	id := big.NewInt(1)
	for i, price := range []int64{9, 8, 7} {
		c.send(providers[i], d.Market, market.PackBid(id, contracts.FST(price)))
	}
	c.advance(10 * time.Second)
	c.send(customer, d.Market, market.PackCloseBidding(id))
	o, err := market.UnpackOrder(c.call(d.Market, market.PackOrder(id)))
	if err != nil {
		t.Fatal(err)
	}
	if o.BestBidder != providers[2].addr || o.BestPrice.Cmp(contracts.FST(7)) != 0 || o.State != 2 {
		t.Fatalf("after close: winner %s at %s in state %d; want provider 3 at 7 FST, Confirming", o.BestBidder, o.BestPrice, o.State)
	}
	winner := providers[2]
	c.send(winner, d.Market, market.PackPublishDeployment(id, "https://p3.example/", []byte{1, 2, 3}))
	c.send(customer, d.Market, market.PackAcceptDeployment(id))
	c.send(customer, d.Market, market.PackFulfill(id))

	for i := 0; i <= int(preset.Pool.BlockNeed); i++ {
		c.backend.Commit()
	}
	c.send(witnesses[0], d.WitnessPool, pool.PackDrawCommittee(id))
	cm, err := pool.UnpackCommittee(c.call(d.WitnessPool, pool.PackCommittee(id)))
	if err != nil {
		t.Fatal(err)
	}
	if len(cm.Members) != 3 || cm.Threshold != 2 {
		t.Fatalf("committee = %d members, threshold %d; want 3 and 2", len(cm.Members), cm.Threshold)
	}
	byAddr := map[common.Address]account{}
	for _, w := range witnesses {
		byAddr[w.addr] = w
	}
	secrets := map[common.Address][32]byte{}
	times := map[common.Address]uint64{}
	for i, m := range cm.Members {
		w, ok := byAddr[m]
		if !ok {
			t.Fatalf("committee member %s is not a witness", m)
		}
		secrets[m] = crypto.Keccak256Hash([]byte{byte(i), 42})
		times[m] = c.now()
		commitment, err := pool.UnpackReportCommitment(c.call(d.WitnessPool, pool.PackReportCommitment(id, m, false, times[m], secrets[m])))
		if err != nil {
			t.Fatal(err)
		}
		c.send(w, d.WitnessPool, pool.PackCommitReport(id, commitment))
	}
	// Into the reveal window: after serviceEnd + commitGrace.
	c.advance(time.Duration(cm.CommitEnd-c.now()+1) * time.Second)
	for _, m := range cm.Members {
		c.send(byAddr[m], d.WitnessPool, pool.PackRevealReport(id, false, times[m], secrets[m]))
	}
	c.advance(time.Duration(cm.RevealEnd-c.now()+1) * time.Second)
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
	check("customer", customer.addr, new(big.Int).Neg(fee))
	check("winning provider", winner.addr, fee)
	check("losing provider 1", providers[0].addr, new(big.Int))
	check("losing provider 2", providers[1].addr, new(big.Int))
	members := map[common.Address]bool{}
	for _, m := range cm.Members {
		members[m] = true
	}
	for _, w := range witnesses {
		want := new(big.Int)
		if members[w.addr] {
			want = preset.Pool.RewardUnit // NoViolation, reported false: +1 unit, minted.
		}
		check("witness "+w.addr.Hex(), w.addr, want)
	}
	p, err := market.UnpackProvider(c.call(d.Market, market.PackProvider(winner.addr)))
	if err != nil || p.Locked.Sign() != 0 || p.Stake.Cmp(contracts.FST(1000)) != 0 {
		t.Errorf("winner's stake %s locked %s (err %v); want 1000 FST, nothing locked", p.Stake, p.Locked, err)
	}
}
