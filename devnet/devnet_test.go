package devnet_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
)

// testBlockTime keeps tests quick; below a second, empty blocks still come once a second.
const testBlockTime = 300 * time.Millisecond

func start(t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	if cfg.BlockTime == 0 {
		cfg.BlockTime = testBlockTime
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return d
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// waitBlock waits until the head is at least n.
func waitBlock(t *testing.T, c *ethclient.Client, n uint64, within time.Duration) uint64 {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		head, err := c.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if head >= n {
			return head
		}
		if time.Now().After(deadline) {
			t.Fatalf("head is %d after %s, want %d", head, within, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func call(t *testing.T, c *ethclient.Client, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := bind.NewBoundContract(to, abi.ABI{}, c, c, c).CallRaw(&bind.CallOpts{}, data)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return out
}

func fstBalance(t *testing.T, c *ethclient.Client, m contracts.Manifest, a common.Address) *big.Int {
	t.Helper()
	token := contracts.NewFaaSToken()
	b, err := token.UnpackBalanceOf(call(t, c, m.Token, token.PackBalanceOf(a)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// send signs a transaction from a and waits until it is mined successfully.
func send(t *testing.T, c *ethclient.Client, chainID uint64, a devnet.Account, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	nonce, err := c.PendingNonceAt(ctx(t), a.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if value == nil {
		value = new(big.Int)
	}
	gas, err := c.EstimateGas(ctx(t), ethereum.CallMsg{From: a.Address, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate gas to %s: %v", to, contracts.DecodeRevert(err))
	}
	tx, err := types.SignNewTx(a.Key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
		Nonce: nonce, To: &to, Value: value, Data: data, Gas: gas,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx(t), tx); err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	r, err := contracts.WaitMined(ctx(t), c, tx.Hash(), 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s to %s reverted", tx.Hash(), to)
	}
	return r
}

func TestStart_ServesTheDeployedMarketOverHTTPAndWebSocket(t *testing.T) {
	t.Parallel()
	manifestPath := filepath.Join(t.TempDir(), "manifest.json")
	d := start(t, devnet.Config{ManifestPath: manifestPath})
	m := d.Manifest()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	if m.ChainID != devnet.DefaultChainID || m.Preset != contracts.PresetDev || m.RPC != d.HTTPURL() || m.WS != d.WSURL() {
		t.Fatalf("manifest %+v: want chain %d, preset dev, rpc %s, ws %s", m, devnet.DefaultChainID, d.HTTPURL(), d.WSURL())
	}
	saved, err := contracts.LoadManifest(manifestPath)
	if err != nil || saved != m {
		t.Fatalf("manifest file = %+v (err %v), want %+v", saved, err, m)
	}

	httpc, wsc := dial(t, d.HTTPURL()), dial(t, d.WSURL())
	for name, c := range map[string]*ethclient.Client{"http": httpc, "ws": wsc, "in-process": d.Client()} {
		id, err := c.ChainID(ctx(t))
		if err != nil || id.Uint64() != devnet.DefaultChainID {
			t.Errorf("%s: chain id %v (err %v), want %d", name, id, err, devnet.DefaultChainID)
		}
	}

	market := contracts.NewMarket()
	n, err := market.UnpackLevelCount(call(t, httpc, m.Market, market.PackLevelCount()))
	if err != nil || n.Int64() != 3 {
		t.Fatalf("levelCount = %v (err %v), want 3", n, err)
	}
	accs := d.Accounts()
	if len(accs) != devnet.DefaultAccounts {
		t.Fatalf("%d accounts, want %d", len(accs), devnet.DefaultAccounts)
	}
	for _, a := range accs {
		if b := fstBalance(t, wsc, m, a.Address); b.Cmp(contracts.FST(devnet.FSTPerAccount)) != 0 {
			t.Errorf("account %d has %v FST, want %d", a.Index, b, devnet.FSTPerAccount)
		}
	}

	// New heads reach WebSocket subscribers.
	heads := make(chan *types.Header, 16)
	sub, err := wsc.SubscribeNewHead(ctx(t), heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	// An ether transfer and a token transfer, sent over HTTP.
	from, to := accs[1], accs[2]
	before, err := httpc.BalanceAt(ctx(t), to.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	oneEther := big.NewInt(params.Ether)
	send(t, httpc, d.ChainID(), from, to.Address, oneEther, nil)
	after, err := httpc.BalanceAt(ctx(t), to.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(oneEther) != 0 {
		t.Errorf("recipient got %v wei, want %v", got, oneEther)
	}
	// Watchers read the token's events both ways: a subscription over WebSocket and a query
	// from the deployment block.
	logs := make(chan types.Log, 4)
	logSub, err := wsc.SubscribeFilterLogs(ctx(t), ethereum.FilterQuery{Addresses: []common.Address{m.Token}}, logs)
	if err != nil {
		t.Fatal(err)
	}
	defer logSub.Unsubscribe()
	token := contracts.NewFaaSToken()
	r := send(t, httpc, d.ChainID(), from, m.Token, nil, token.PackTransfer(to.Address, contracts.FST(10)))
	select {
	case l := <-logs:
		if l.TxHash != r.TxHash {
			t.Errorf("log of %s, want the transfer %s", l.TxHash, r.TxHash)
		}
	case err := <-logSub.Err():
		t.Fatal(err)
	case <-time.After(5 * time.Second):
		t.Fatal("no token log over WebSocket in 5 s")
	}
	// Tracing, for cast run and debugging reverts.
	var trace struct {
		To common.Address `json:"to"`
	}
	if err := httpc.Client().CallContext(ctx(t), &trace, "debug_traceTransaction", r.TxHash, map[string]string{"tracer": "callTracer"}); err != nil || trace.To != m.Token {
		t.Errorf("call trace of the transfer: to %s (err %v), want the token %s", trace.To, err, m.Token)
	}
	past, err := httpc.FilterLogs(ctx(t), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(m.DeploymentBlock), Addresses: []common.Address{m.Token}})
	if err != nil {
		t.Fatal(err)
	}
	// At least: the initial mint, one mint per other account, the transfer.
	if len(past) < len(accs)+1 {
		t.Errorf("%d token logs since the deployment, want at least %d", len(past), len(accs)+1)
	}
	if b := fstBalance(t, httpc, m, to.Address); b.Cmp(contracts.FST(devnet.FSTPerAccount+10)) != 0 {
		t.Errorf("recipient has %v FST, want %d", b, devnet.FSTPerAccount+10)
	}

	select {
	case h := <-heads:
		if h.Number.Uint64() == 0 {
			t.Errorf("head %v", h.Number)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(5 * time.Second):
		t.Fatal("no new head over WebSocket in 5 s")
	}
}

// TestBlocks_ComeWithoutTransactionsOnTheWallClock: the WitnessPool waits for blocks and the
// dev preset's windows are seconds, so blocks must keep coming when nobody transacts and
// their timestamps must follow the wall clock.
func TestBlocks_ComeWithoutTransactionsOnTheWallClock(t *testing.T) {
	t.Parallel()
	for _, period := range []time.Duration{testBlockTime, time.Second} {
		t.Run(period.String(), func(t *testing.T) {
			t.Parallel()
			d := start(t, devnet.Config{BlockTime: period})
			c := dial(t, d.HTTPURL())
			// Start counting at the first block after the deployment's.
			head, err := c.BlockNumber(ctx(t))
			if err != nil {
				t.Fatal(err)
			}
			first := waitBlock(t, c, head+1, 5*time.Second)
			began := time.Now()
			const blocks = 3
			waitBlock(t, c, first+blocks, 10*time.Second)
			// Below one second, empty blocks come once a second: a timestamp can't repeat.
			want := max(period, time.Second) * blocks
			// The first block after the deployment's may come anywhere in its second.
			if took := time.Since(began); took < want-time.Second || took > want+2*time.Second {
				t.Errorf("%d empty blocks took %s, want about %s", blocks, took, want)
			}
			var prev uint64
			for n := first; n <= first+blocks; n++ {
				h, err := c.HeaderByNumber(ctx(t), new(big.Int).SetUint64(n))
				if err != nil {
					t.Fatal(err)
				}
				if txs := len(mustBlock(t, c, n).Transactions()); txs != 0 {
					t.Errorf("block %d has %d transactions, want none", n, txs)
				}
				if h.Time <= prev {
					t.Errorf("block %d at %d, not after its parent at %d", n, h.Time, prev)
				}
				prev = h.Time
				if lead := int64(h.Time) - time.Now().Unix(); lead > 1 {
					t.Errorf("block %d is stamped %d s ahead of the wall clock", n, lead)
				}
			}
			if lag := time.Now().Unix() - int64(prev); lag > 2+int64(period/time.Second) {
				t.Errorf("head is stamped %d s behind the wall clock", lag)
			}
		})
	}
}

func mustBlock(t *testing.T, c *ethclient.Client, n uint64) *types.Block {
	t.Helper()
	b, err := c.BlockByNumber(ctx(t), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDataDir_ResumesTheChainAndItsDeployment(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	manifestPath := filepath.Join(dir, "manifest.json")
	cfg := devnet.Config{DataDir: dir, ManifestPath: manifestPath, BlockTime: testBlockTime}

	first, err := devnet.Start(ctx(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if first.Resumed() {
		t.Error("a new data directory reports a resumed chain")
	}
	accs := first.Accounts()
	r := send(t, first.Client(), first.ChainID(), accs[3], accs[4].Address, big.NewInt(12345), nil)
	before, err := first.Client().BlockNumber(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	m1 := first.Manifest()
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	second := start(t, cfg)
	if !second.Resumed() {
		t.Error("restart on the same data directory made a new chain")
	}
	m2 := second.Manifest()
	if m2.Token != m1.Token || m2.Market != m1.Market || m2.WitnessPool != m1.WitnessPool || m2.DeploymentBlock != m1.DeploymentBlock {
		t.Fatalf("restart redeployed: %+v, was %+v", m2, m1)
	}
	saved, err := contracts.LoadManifest(manifestPath)
	if err != nil || saved.RPC != second.HTTPURL() || saved.WS != second.WSURL() {
		t.Errorf("manifest file %+v (err %v) does not carry this run's URLs %s, %s", saved, err, second.HTTPURL(), second.WSURL())
	}
	c := dial(t, second.HTTPURL())
	head, err := c.BlockNumber(ctx(t))
	if err != nil || head < before {
		t.Fatalf("head %d after restart (err %v), was %d", head, err, before)
	}
	got, err := c.TransactionReceipt(ctx(t), r.TxHash)
	if err != nil || got.BlockHash != r.BlockHash {
		t.Fatalf("receipt of %s after restart: %+v (err %v)", r.TxHash, got, err)
	}
	b, err := c.BalanceAt(ctx(t), accs[4].Address, nil)
	want := new(big.Int).Add(new(big.Int).Mul(big.NewInt(devnet.EtherPerAccount), big.NewInt(params.Ether)), big.NewInt(12345))
	if err != nil || b.Cmp(want) != 0 {
		t.Errorf("balance after restart %v (err %v), want %v", b, err, want)
	}
	market := contracts.NewMarket()
	if n, err := market.UnpackLevelCount(call(t, c, m2.Market, market.PackLevelCount())); err != nil || n.Int64() != 3 {
		t.Errorf("levelCount after restart = %v (err %v)", n, err)
	}
	waitBlock(t, c, head+2, 5*time.Second)
}

func TestDataDir_RefusesAnotherChainID(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	d, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir, BlockTime: testBlockTime})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir, ChainID: 31337}); err == nil {
		t.Fatal("resumed a chain with id 1337 as 31337")
	}
}

func TestDataDir_IsLockedWhileRunning(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	start(t, devnet.Config{DataDir: dir})
	if d, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir}); err == nil {
		d.Close()
		t.Fatal("two devnets ran on one data directory")
	}
}

func TestStart_TwoDevnetsOnFreePortsDoNotCollide(t *testing.T) {
	t.Parallel()
	a, b := start(t, devnet.Config{}), start(t, devnet.Config{})
	if a.HTTPURL() == b.HTTPURL() || a.WSURL() == b.WSURL() {
		t.Fatalf("both devnets on %s / %s", a.HTTPURL(), a.WSURL())
	}
	for _, d := range []*devnet.Devnet{a, b} {
		c := dial(t, d.HTTPURL())
		head, err := c.BlockNumber(ctx(t))
		if err != nil {
			t.Fatal(err)
		}
		accs := d.Accounts()
		send(t, c, d.ChainID(), accs[0], accs[1].Address, big.NewInt(1), nil)
		waitBlock(t, c, head+1, 5*time.Second)
	}
}

func TestStart_PortInUseSaysSo(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	d, err := devnet.Start(ctx(t), devnet.Config{HTTPPort: port})
	if err == nil {
		d.Close()
		t.Fatalf("started on taken port %d", port)
	}
	if !errors.Is(err, devnet.ErrPortInUse) {
		t.Fatalf("error %q does not wrap ErrPortInUse", err)
	}
	t.Log(err)
}

func TestDataDir_RefusesAnotherAccountCount(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	d, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir, Accounts: 3, BlockTime: testBlockTime})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir, Accounts: 5}); err == nil {
		t.Fatal("resumed a chain made with 3 accounts as one with 5")
	}
	// Unset means whatever the chain was made with.
	again := start(t, devnet.Config{DataDir: dir})
	if n := len(again.Accounts()); n != 3 {
		t.Errorf("%d accounts on resume, want 3", n)
	}
}

// TestDataDir_DeploysAgainWhenTheChainLostTheDeployment: should the state file not match the
// chain, the next start must not hand out addresses without code.
func TestDataDir_DeploysAgainWhenTheChainLostTheDeployment(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	d, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir, BlockTime: testBlockTime})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	statePath := filepath.Join(dir, "devnet.json")
	b, err := os.ReadFile(statePath)
	if err != nil {
		t.Fatal(err)
	}
	var st map[string]any
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	lost := common.HexToAddress("0x00000000000000000000000000000000000de1e7")
	st["deployment"].(map[string]any)["market"] = lost
	if b, err = json.Marshal(st); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(statePath, b, 0o644); err != nil {
		t.Fatal(err)
	}

	again := start(t, devnet.Config{DataDir: dir})
	m := again.Manifest()
	if m.Market == lost {
		t.Fatal("resumed with a market address that has no code")
	}
	market := contracts.NewMarket()
	if n, err := market.UnpackLevelCount(call(t, again.Client(), m.Market, market.PackLevelCount())); err != nil || n.Int64() != 3 {
		t.Fatalf("levelCount of the new deployment = %v (err %v)", n, err)
	}
}

// TestDataDir_RefusesAnOlderDevnetSayingWhy: data directories of version 1 kept the state in
// memory between flushes; they cannot be resumed with per-block durability.
func TestDataDir_RefusesAnOlderDevnetSayingWhy(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "geth", "chaindata"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "devnet.json"), []byte(`{"version":1,"chainId":1337,"accounts":10}`), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := devnet.Start(ctx(t), devnet.Config{DataDir: dir})
	if err == nil {
		d.Close()
		t.Fatal("resumed a version 1 data directory")
	}
	if !strings.Contains(err.Error(), "older defaas") || !strings.Contains(err.Error(), "remove the data directory") {
		t.Fatalf("error %q does not say why and what to do", err)
	}
}

func TestRPC_AllowsBrowserPagesFromLocalhostOnly(t *testing.T) {
	t.Parallel()
	d := start(t, devnet.Config{})
	for origin, allowed := range map[string]bool{
		"http://localhost:5173": true,
		"http://127.0.0.1:3000": true,
		"http://localhost":      true,
		"https://evil.example":  false,
	} {
		req, err := http.NewRequest(http.MethodPost, d.HTTPURL(), strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", origin)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin") == origin; got != allowed {
			t.Errorf("origin %s allowed = %v, want %v", origin, got, allowed)
		}
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestStart_UsesTheConfiguredPortsAndChainID(t *testing.T) {
	t.Parallel()
	httpPort, wsPort := freePort(t), freePort(t)
	d := start(t, devnet.Config{HTTPPort: httpPort, WSPort: wsPort, ChainID: 31337, Accounts: 2})
	if want := fmt.Sprintf("http://127.0.0.1:%d", httpPort); d.HTTPURL() != want {
		t.Errorf("HTTP at %s, want %s", d.HTTPURL(), want)
	}
	if want := fmt.Sprintf("ws://127.0.0.1:%d", wsPort); d.WSURL() != want {
		t.Errorf("WebSocket at %s, want %s", d.WSURL(), want)
	}
	for _, url := range []string{d.HTTPURL(), d.WSURL()} {
		id, err := dial(t, url).ChainID(ctx(t))
		if err != nil || id.Uint64() != 31337 {
			t.Errorf("%s: chain id %v (err %v), want 31337", url, id, err)
		}
	}
	if m := d.Manifest(); m.ChainID != 31337 || len(d.Accounts()) != 2 {
		t.Errorf("manifest chain %d with %d accounts, want 31337 with 2", m.ChainID, len(d.Accounts()))
	}
}

// TestBlocks_BurstsDoNotRunTheClockAhead: transactions one after another each want a block
// at once, but the chain clock may lead the wall clock by one second at most.
func TestBlocks_BurstsDoNotRunTheClockAhead(t *testing.T) {
	t.Parallel()
	d := start(t, devnet.Config{BlockTime: 50 * time.Millisecond})
	c, accs := d.Client(), d.Accounts()
	var prev uint64
	for i := range 5 {
		r := send(t, c, d.ChainID(), accs[1], accs[2].Address, big.NewInt(1), nil)
		h, err := c.HeaderByHash(ctx(t), r.BlockHash)
		if err != nil {
			t.Fatal(err)
		}
		if lead := int64(h.Time) - time.Now().Unix(); lead > 1 {
			t.Errorf("transaction %d mined in a block stamped %d s ahead of the wall clock", i, lead)
		}
		if h.Time <= prev {
			t.Errorf("block %d at %d, not after the previous transaction's at %d", h.Number, h.Time, prev)
		}
		prev = h.Time
	}
}
