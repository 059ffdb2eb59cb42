package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

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

var (
	token  = contracts.NewFaaSToken()
	pool   = contracts.NewWitnessPool()
	market = contracts.NewMarket()
)

func TestDeploy_DevBindsThePoolAndGivesNoContractARole(t *testing.T) {
	c := newChain(t, 1)
	d := c.Deployment
	bound, err := pool.UnpackMarket(c.call(d.WitnessPool, pool.PackMarket()))
	if err != nil || bound != d.Market {
		t.Fatalf("pool bound to %s (err %v), want the Market %s", bound, err, d.Market)
	}
	for _, a := range []common.Address{d.WitnessPool, d.Market} {
		has, err := token.UnpackHasRole(c.call(d.Token, token.PackHasRole(contracts.MinterRole(), a)))
		if err != nil || has {
			t.Fatalf("%s holds MINTER_ROLE (err %v): no contract may mint", a, err)
		}
	}
	faucet, err := token.UnpackHasRole(c.call(d.Token, token.PackHasRole(contracts.MinterRole(), c.Accounts[0].Addr)))
	if err != nil || !faucet {
		t.Fatalf("the dev faucet has no MINTER_ROLE (err %v)", err)
	}
	if d.Auction == (common.Address{}) || d.Segments == (common.Address{}) {
		t.Fatalf("libraries not reported: %+v", d)
	}
	if len(d.Renounced) != 0 {
		t.Errorf("the dev preset renounced %v", d.Renounced)
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
	if err != nil || p.BillingPeriod != 5 || p.MinProviderStake.Cmp(contracts.FST(100)) != 0 || p.SlaMinFailures != 3 || p.MinSeatFeePerUnit.Cmp(contracts.DevPreset().Market.MinSeatFeePerUnit) != 0 {
		t.Errorf("params = %+v (err %v), want the dev preset", p, err)
	}
	pp, err := pool.UnpackParams(c.call(d.WitnessPool, pool.PackParams()))
	if err != nil || pp.ReportRevealSeconds != 10 || pp.WitnessBond.Cmp(contracts.FST(5)) != 0 || pp.WitnessExitCooldown != 10 {
		t.Errorf("pool params = %+v (err %v), want the dev preset", pp, err)
	}
}

// miningClient mines each transaction as it is sent, so that contracts.Deploy, which polls for
// receipts as on a real chain, runs against a bare simulated backend.
type miningClient struct {
	simulated.Client
	b *simulated.Backend
}

func (m miningClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := m.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	m.b.Commit()
	return nil
}

// SPEC §2 and §7.8: after a public deployment no account holds any role of the token — not
// the deployer, not a contract — so nobody can mint or grant; the pool is bound for good.
func TestDeploy_PublicRenouncesEveryAdminRole(t *testing.T) {
	ctx, client, opts, d := deployPublic(t)
	deployer, supply := opts.From, publicSupply
	// A public deployment takes no minter.
	if _, err := contracts.Deploy(ctx, client, opts, contracts.PublicPreset(), contracts.DeployOptions{Minters: []common.Address{deployer}}); err == nil {
		t.Fatal("a public deployment accepted a minter")
	}
	if len(d.Renounced) == 0 {
		t.Fatal("Deploy reported nothing renounced")
	}
	t.Logf("renounced: %v", d.Renounced)

	// Replay every RoleGranted and RoleRevoked of the token: who holds which role now.
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Token}})
	if err != nil {
		t.Fatal(err)
	}
	holders := map[[32]byte]map[common.Address]bool{}
	for _, l := range logs {
		l := l
		if g, err := token.UnpackRoleGrantedEvent(&l); err == nil {
			if holders[g.Role] == nil {
				holders[g.Role] = map[common.Address]bool{}
			}
			holders[g.Role][g.Account] = true
		} else if r, err := token.UnpackRoleRevokedEvent(&l); err == nil {
			delete(holders[r.Role], r.Account)
		}
	}
	for role, accounts := range holders {
		for a := range accounts {
			t.Errorf("after a public deployment %s still holds role %x", a.Hex(), role)
		}
	}
	call := func(to common.Address, data []byte) ([]byte, error) {
		return client.CallContract(ctx, ethereum.CallMsg{From: deployer, To: &to, Data: data}, nil)
	}
	for _, role := range [][32]byte{contracts.DefaultAdminRole(), contracts.MinterRole()} {
		out, err := call(d.Token, token.PackHasRole(role, deployer))
		if has, _ := token.UnpackHasRole(out); err != nil || has {
			t.Errorf("the deployer still holds %x (err %v)", role, err)
		}
	}
	if _, err := call(d.Token, token.PackMint(deployer, big.NewInt(1))); err == nil {
		t.Error("the deployer can still mint")
	}
	if _, err := call(d.Token, token.PackGrantRole(contracts.MinterRole(), deployer)); err == nil {
		t.Error("the deployer can still grant MINTER_ROLE")
	}
	if _, err := call(d.WitnessPool, pool.PackSetMarket(deployer)); err == nil {
		t.Error("the pool can be bound to another market")
	} else if re := contracts.DecodeRevert(err); re.Error() != "witnessPool: MarketAlreadySet(market="+d.Market.Hex()+")" {
		t.Errorf("setMarket refused with %v", re)
	}
	out, err := call(d.Token, token.PackTotalSupply())
	if s, _ := token.UnpackTotalSupply(out); err != nil || s.Cmp(supply) != 0 {
		t.Errorf("total supply %v (err %v), want %v", s, err, supply)
	}
	// The Market's owner keeps one power, adding and deactivating levels.
	out, err = call(d.Market, market.PackOwner())
	if owner, _ := market.UnpackOwner(out); err != nil || owner != deployer {
		t.Errorf("owner %s (err %v)", owner, err)
	}
	if _, err := call(d.Market, market.PackAddLevel(4000, 4096, 400)); err != nil {
		t.Errorf("the owner cannot add a level: %v", contracts.DecodeRevert(err))
	}
}

// lifecycle holds what both lifecycle tests share: accounts, approvals, balances.
type lifecycle struct {
	*chain
	d                    *contracts.Deployment
	customer, opener     int
	providers, witnesses []int
	start                map[common.Address]*big.Int
	stakes               map[common.Address]*big.Int
	supply               *big.Int
}

func newLifecycle(t *testing.T) *lifecycle {
	c := newChain(t, 11)
	l := &lifecycle{chain: c, d: c.Deployment, customer: 1, providers: []int{2, 3, 4}, witnesses: []int{5, 6, 7, 8, 9}, opener: 10}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i := 1; i < 11; i++ {
		c.send(i, l.d.Token, token.PackApprove(l.d.Market, max))
		c.send(i, l.d.Token, token.PackApprove(l.d.WitnessPool, max))
	}
	for _, p := range l.providers {
		c.send(p, l.d.Market, market.PackRegisterProvider(contracts.FST(1000), "https://provider.example"))
	}
	for _, w := range l.witnesses {
		c.send(w, l.d.WitnessPool, pool.PackRegisterWitness(contracts.FST(100)))
	}
	l.start, l.stakes = map[common.Address]*big.Int{}, map[common.Address]*big.Int{}
	for i := 1; i < 11; i++ {
		l.start[l.addr(i)] = l.balance(l.addr(i))
	}
	for _, w := range l.witnesses {
		l.stakes[l.addr(w)] = l.stake(l.addr(w))
	}
	l.supply = l.totalSupply()
	return l
}

func (l *lifecycle) addr(i int) common.Address { return l.Accounts[i].Addr }

// advanceTo moves the chain's clock to t (or mines a block if it is there already). Unlike
// testchain's Advance it waits for the transaction pool to drop the transactions just mined,
// which it does asynchronously: the simulated beacon refuses to move the clock while the pool
// still lists any (under the race detector that window is wide enough to hit).
func (l *lifecycle) advanceTo(t time.Time) {
	l.t.Helper()
	d := t.Sub(l.Now())
	if d <= 0 {
		l.Mine(1)
		return
	}
	for tries := 0; ; tries++ {
		err := l.Backend.AdjustTime(d)
		if err == nil {
			break
		}
		if tries == 200 {
			l.t.Fatalf("advance the clock by %s: %v", d, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	l.Backend.Commit()
}

func (l *lifecycle) balance(a common.Address) *big.Int {
	b, err := token.UnpackBalanceOf(l.call(l.d.Token, token.PackBalanceOf(a)))
	if err != nil {
		l.t.Fatal(err)
	}
	return b
}

func (l *lifecycle) stake(a common.Address) *big.Int {
	w, err := pool.UnpackWitness(l.call(l.d.WitnessPool, pool.PackWitness(a)))
	if err != nil {
		l.t.Fatal(err)
	}
	return w.Stake
}

func (l *lifecycle) totalSupply() *big.Int {
	s, err := token.UnpackTotalSupply(l.call(l.d.Token, token.PackTotalSupply()))
	if err != nil {
		l.t.Fatal(err)
	}
	return s
}

// checkDelta fails unless got - before == delta.
func (l *lifecycle) checkDelta(who string, before, got, delta *big.Int) {
	l.t.Helper()
	if d := new(big.Int).Sub(got, before); d.Cmp(delta) != 0 {
		l.t.Errorf("%s: FST changed by %s, want %s", who, d, delta)
	}
}

// order creates an order, takes three open bids (9, 8, 7 FST), closes, publishes, accepts,
// commits the module and confirms it: the lease in service, won by providers[2] at 7 FST.
func (l *lifecycle) order(units uint32, segments uint8) *big.Int {
	p := contracts.MarketOrderParams{LevelId: 0, DurationUnits: units, MaxUnitPrice: contracts.FST(10), BiddingSeconds: 10, WitnessCount: 3, Segments: segments}
	cost, err := market.UnpackOrderCost(l.call(l.d.Market, market.PackOrderCost(p)))
	if err != nil {
		l.t.Fatal(err)
	}
	before := l.balance(l.addr(l.customer))
	l.send(l.customer, l.d.Market, market.PackCreateOrder(p))
	l.checkDelta("customer at createOrder", before, l.balance(l.addr(l.customer)), new(big.Int).Neg(new(big.Int).Add(cost.Prepayment, cost.WitnessDeposit)))
	n, err := market.UnpackOrderCount(l.call(l.d.Market, market.PackOrderCount()))
	if err != nil {
		l.t.Fatal(err)
	}
	for i, price := range []int64{9, 8, 7} {
		l.send(l.providers[i], l.d.Market, market.PackBid(n, contracts.FST(price)))
	}
	l.advanceTo(l.Now().Add(10 * time.Second))
	l.send(l.customer, l.d.Market, market.PackCloseBidding(n))
	o, err := market.UnpackOrder(l.call(l.d.Market, market.PackOrder(n)))
	if err != nil {
		l.t.Fatal(err)
	}
	winner := l.providers[2]
	if o.BestBidder != l.addr(winner) || o.BestPrice.Cmp(contracts.FST(7)) != 0 || o.State != 2 {
		l.t.Fatalf("after close: winner %s at %s in state %d; want provider 3 at 7 FST, Confirming (2)", o.BestBidder, o.BestPrice, o.State)
	}
	l.send(winner, l.d.Market, market.PackPublishDeployment(n, "https://p3.example/", []byte{1, 2, 3}))
	l.send(l.customer, l.d.Market, market.PackAcceptDeployment(n))
	l.send(l.customer, l.d.Market, market.PackFulfill(n, crypto.Keccak256Hash([]byte("module"))))
	l.send(winner, l.d.Market, market.PackConfirmDeployment(n))
	return n
}

func (l *lifecycle) segment(id *big.Int, k uint8) contracts.MarketSegmentView {
	s, err := market.UnpackSegment(l.call(l.d.Market, market.PackSegment(id, k)))
	if err != nil {
		l.t.Fatal(err)
	}
	return s
}

func (l *lifecycle) witnessIndex(a common.Address) int {
	for _, w := range l.witnesses {
		if l.addr(w) == a {
			return w
		}
	}
	l.t.Fatalf("committee member %s is not one of the witnesses", a)
	return 0
}

// drawAndCommit draws segment k's committee and has every member commit `violated`; returns
// the members and their report times and secrets.
func (l *lifecycle) drawAndCommit(id *big.Int, k uint8, violated bool) (members []common.Address, times []uint64, secrets [][32]byte) {
	sv := l.segment(id, k)
	l.Mine(int(contracts.DevPreset().Pool.BlockNeed) + 1)
	l.send(l.witnesses[0], l.d.WitnessPool, pool.PackDrawCommittee(sv.CommitteeId))
	cm, err := pool.UnpackCommittee(l.call(l.d.WitnessPool, pool.PackCommittee(sv.CommitteeId)))
	if err != nil {
		l.t.Fatal(err)
	}
	if len(cm.Members) != 3 || cm.Threshold != 2 || cm.Status != 2 {
		l.t.Fatalf("segment %d: %d members, threshold %d, status %d; want 3, 2, Drawn (2)", k, len(cm.Members), cm.Threshold, cm.Status)
	}
	for i, m := range cm.Members {
		secret := crypto.Keccak256Hash([]byte{byte(i), k, 42})
		t := uint64(l.Now().Unix())
		commitment, err := pool.UnpackReportCommitment(l.call(l.d.WitnessPool, pool.PackReportCommitment(sv.CommitteeId, m, violated, t, secret)))
		if err != nil {
			l.t.Fatal(err)
		}
		l.send(l.witnessIndex(m), l.d.WitnessPool, pool.PackCommitReport(sv.CommitteeId, commitment))
		times, secrets = append(times, t), append(secrets, secret)
	}
	return cm.Members, times, secrets
}

func (l *lifecycle) reveal(id *big.Int, k uint8, violated bool, members []common.Address, times []uint64, secrets [][32]byte) {
	sv := l.segment(id, k)
	l.advanceTo(time.Unix(int64(sv.CommitEnd)+1, 0))
	for i, m := range members {
		l.send(l.witnessIndex(m), l.d.WitnessPool, pool.PackRevealReport(sv.CommitteeId, violated, times[i], secrets[i]))
	}
}

// TestLifecycle_OneSegment drives one order through its whole life through the generated
// bindings — order, 3 bids, match, deployment, lease, module committed and confirmed,
// committee, reports, settle, finish — and checks every party's FST at the end.
func TestLifecycle_OneSegment(t *testing.T) {
	l := newLifecycle(t)
	id := l.order(4, 1)
	members, times, secrets := l.drawAndCommit(id, 0, false)
	l.reveal(id, 0, false, members, times, secrets)
	l.advanceTo(time.Unix(int64(l.segment(id, 0).RevealEnd)+1, 0))
	l.send(l.customer, l.d.Market, market.PackSettle(id))
	l.send(l.customer, l.d.Market, market.PackFinish(id))

	o, err := market.UnpackOrder(l.call(l.d.Market, market.PackOrder(id)))
	if err != nil || o.State != 6 {
		t.Fatalf("final state %d (err %v), want Finished (6)", o.State, err)
	}
	fee := contracts.FST(7 * 4)
	// s = max(0.01 FST × 4, 5 % of 28 FST) = 1.4 FST; each member reported false: +s
	s := new(big.Int).Div(new(big.Int).Mul(fee, big.NewInt(500)), big.NewInt(10_000))
	lease, err := market.UnpackLease(l.call(l.d.Market, market.PackLease(id)))
	if err != nil || lease.SeatFee.Cmp(s) != 0 {
		t.Fatalf("seat fee %v (err %v), want %v", lease.SeatFee, err, s)
	}
	three := new(big.Int).Mul(s, big.NewInt(3))
	l.checkDelta("customer", l.start[l.addr(l.customer)], l.balance(l.addr(l.customer)), new(big.Int).Neg(new(big.Int).Add(fee, three)))
	l.checkDelta("winning provider", l.start[l.addr(4)], l.balance(l.addr(4)), fee)
	l.checkDelta("losing provider 1", l.start[l.addr(2)], l.balance(l.addr(2)), new(big.Int))
	l.checkDelta("losing provider 2", l.start[l.addr(3)], l.balance(l.addr(3)), new(big.Int))
	member := map[common.Address]bool{}
	for _, m := range members {
		member[m] = true
	}
	for _, w := range l.witnesses {
		a := l.addr(w)
		want := new(big.Int)
		if member[a] {
			want = s
		}
		l.checkDelta("stake of witness "+a.Hex(), l.stakes[a], l.stake(a), want)
		l.checkDelta("balance of witness "+a.Hex(), l.start[a], l.balance(a), new(big.Int))
	}
	l.checkDelta("total supply", l.supply, l.totalSupply(), new(big.Int))
	p, err := market.UnpackProvider(l.call(l.d.Market, market.PackProvider(l.addr(4))))
	if err != nil || p.Locked.Sign() != 0 || p.Stake.Cmp(contracts.FST(1000)) != 0 {
		t.Errorf("winner's stake %s locked %s (err %v); want 1000 FST, nothing locked", p.Stake, p.Locked, err)
	}
	payout, err := market.UnpackSettlement(l.call(l.d.Market, market.PackSettlement(id)))
	if err != nil || payout.ProviderPayout.Cmp(fee) != 0 || payout.ViolatedSegments != 0 {
		t.Errorf("settlement %+v (err %v)", payout, err)
	}
}

// TestLifecycle_FourSegments: 12 units in four segments of 15 s; segments 1–3 are opened by
// an account that is paid a seat fee each; the committees of segments 2 and 3 find a
// violation. Half the fee goes to the provider, half back to the customer, half the collateral
// is burned, and every witness, the opener and the customer end exactly where the rules say.
func TestLifecycle_FourSegments(t *testing.T) {
	l := newLifecycle(t)
	id := l.order(12, 4)
	violated := []bool{false, false, true, true}
	type reports struct {
		members []common.Address
		times   []uint64
		secrets [][32]byte
	}
	var r [4]reports
	for k := uint8(0); k < 4; k++ {
		if k > 0 {
			l.advanceTo(time.Unix(int64(l.segment(id, k).Start), 0))
			l.send(l.opener, l.d.Market, market.PackOpenSegment(id, k))
		}
		r[k].members, r[k].times, r[k].secrets = l.drawAndCommit(id, k, violated[k])
		if k > 0 {
			l.reveal(id, k-1, violated[k-1], r[k-1].members, r[k-1].times, r[k-1].secrets)
		}
	}
	l.reveal(id, 3, true, r[3].members, r[3].times, r[3].secrets)
	l.advanceTo(time.Unix(int64(l.segment(id, 3).RevealEnd)+1, 0))
	l.send(l.opener, l.d.Market, market.PackSettle(id))
	l.send(l.opener, l.d.Market, market.PackFinish(id))

	fee := contracts.FST(7 * 12)
	half := new(big.Int).Div(fee, big.NewInt(2))
	// s = 5 % of 84 FST / 4 = 1.05 FST; collateral = 50 % of 84 = 42 FST, half of it burned
	s := new(big.Int).Div(new(big.Int).Mul(fee, big.NewInt(500)), big.NewInt(40_000))
	burned := contracts.FST(21)
	mul := func(x *big.Int, n int64) *big.Int { return new(big.Int).Mul(x, big.NewInt(n)) }
	// the customer pays half the fee, 3 s + 3 s to the clean committees, 30 s + 30 s to the
	// violation reporters and 3 s to the opener
	l.checkDelta("customer", l.start[l.addr(l.customer)], l.balance(l.addr(l.customer)), new(big.Int).Neg(new(big.Int).Add(half, mul(s, 69))))
	l.checkDelta("winning provider", l.start[l.addr(4)], l.balance(l.addr(4)), half)
	l.checkDelta("opener", l.start[l.addr(l.opener)], l.balance(l.addr(l.opener)), mul(s, 3))
	earned := map[common.Address]*big.Int{}
	for k := 0; k < 4; k++ {
		for _, m := range r[k].members {
			if earned[m] == nil {
				earned[m] = new(big.Int)
			}
			if violated[k] {
				earned[m].Add(earned[m], mul(s, 10))
			} else {
				earned[m].Add(earned[m], s)
			}
		}
	}
	for _, w := range l.witnesses {
		a := l.addr(w)
		want := earned[a]
		if want == nil {
			want = new(big.Int)
		}
		l.checkDelta("stake of witness "+a.Hex(), l.stakes[a], l.stake(a), want)
	}
	p, err := market.UnpackProvider(l.call(l.d.Market, market.PackProvider(l.addr(4))))
	if err != nil || p.Locked.Sign() != 0 || p.Stake.Cmp(new(big.Int).Sub(contracts.FST(1000), burned)) != 0 {
		t.Errorf("winner's stake %s locked %s (err %v); want 979 FST, nothing locked", p.Stake, p.Locked, err)
	}
	l.checkDelta("total supply", l.supply, l.totalSupply(), new(big.Int).Neg(burned))
	st, err := market.UnpackSettlement(l.call(l.d.Market, market.PackSettlement(id)))
	if err != nil || st.ViolatedSegments != 2 || st.ProviderPayout.Cmp(half) != 0 {
		t.Errorf("settlement %+v (err %v), want 2 violated segments and half the fee", st, err)
	}
	for k := uint8(0); k < 4; k++ {
		sv := l.segment(id, k)
		if sv.Status != 3 || sv.Violated != violated[k] {
			t.Errorf("segment %d: status %d violated %v; want Finalized (3), %v", k, sv.Status, sv.Violated, violated[k])
		}
	}
}

// publicSupply is the initial supply deployPublic mints to the deployer.
var publicSupply = contracts.FST(1_000_000_000)

// deployPublic deploys the public preset on a simulated chain, as `defaas deploy --preset public`
// does, with the deployer's key signing.
func deployPublic(t *testing.T) (context.Context, miningClient, *bind.TransactOpts, *contracts.Deployment) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{deployer: {Balance: contracts.FST(1000)}}, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { b.Close() })
	client := miningClient{b.Client(), b}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	d, err := contracts.Deploy(ctx, client, opts, contracts.PublicPreset(), contracts.DeployOptions{InitialSupply: publicSupply, PollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, client, opts, d
}

// TestPublicPreset_BribingAMajorityCostsMoreThanCheatingSaves: SPEC §8 — to hide a violation a
// provider must turn M = 2 members of a committee of 3 from true (+10 s) to false (+s): more than
// 9 s each. With the seat fee the deployed Market charges, that must cost more than what the
// provider saves by cheating: the segment's fee and its collateral share (docs/economics.md).
func TestPublicPreset_BribingAMajorityCostsMoreThanCheatingSaves(t *testing.T) {
	ctx, client, opts, d := deployPublic(t)
	p := contracts.PublicPreset().Market
	market := contracts.NewMarket()
	fee, units := contracts.FST(1000), uint32(24*30) // a month of hours at 1000 FST
	for _, segments := range []uint8{1, 4, 30} {
		out, err := client.CallContract(ctx, ethereum.CallMsg{From: opts.From, To: &d.Market, Data: market.PackSeatFeeFor(fee, units, segments)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		s, err := market.UnpackSeatFeeFor(out)
		if err != nil {
			t.Fatal(err)
		}
		segFee := new(big.Int).Div(fee, big.NewInt(int64(segments)))
		saved := new(big.Int).Add(segFee, new(big.Int).Div(new(big.Int).Mul(segFee, big.NewInt(int64(p.CollateralBps))), big.NewInt(10_000)))
		bribe := new(big.Int).Mul(s, big.NewInt(2*9))
		if bribe.Cmp(saved) <= 0 {
			t.Errorf("S = %d: bribing 2 of 3 costs %s FST-wei, the provider saves %s: bribery pays", segments, bribe, saved)
		}
	}
}
