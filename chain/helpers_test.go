package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
)

var _ chain.Backend = simulated.Client(nil)

// testChain is a simulated go-ethereum chain, optionally serving HTTP and websocket RPC.
type testChain struct {
	t       testing.TB
	sim     *simulated.Backend
	conn    *chain.Conn
	accs    []account
	httpURL string // "" unless served
	wsURL   string
}

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

type chainOpt struct{ serveRPC bool }

func newTestChain(t testing.TB, accounts int, o chainOpt) *testChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	accs := make([]account, accounts)
	for i := range accs {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		accs[i] = account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accs[i].addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))}
	}
	c := &testChain{t: t, accs: accs}
	var opts []func(*node.Config, *ethconfig.Config)
	if o.serveRPC {
		httpPort, wsPort := freePort(t), freePort(t)
		opts = append(opts, func(nc *node.Config, ec *ethconfig.Config) {
			// debug: debug_setHead, for tests of a node that forgets blocks.
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", httpPort, []string{"eth", "net", "web3", "debug"}
			nc.WSHost, nc.WSPort, nc.WSModules = "127.0.0.1", wsPort, []string{"eth", "net", "web3"}
		})
		c.httpURL = "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(httpPort))
		c.wsURL = "ws://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(wsPort))
	}
	c.sim = simulated.NewBackend(alloc, opts...)
	t.Cleanup(func() { c.sim.Close() })
	conn, err := chain.NewConn(c.sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	c.conn = conn
	for i := range accs {
		accs[i].opts = bind.NewKeyedTransactor(accs[i].key, conn.ChainID())
	}
	return c
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// mine commits a block every interval until the returned function is called.
func (c *testChain) mine(interval time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.sim.Commit()
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

// deploy puts the DeFaaS contracts on the chain from the first account, with 1,000,000 FST.
func (c *testChain) deploy() *contracts.Deployment {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	stop := c.mine(2 * time.Millisecond)
	d, err := contracts.Deploy(ctx, c.sim.Client(), c.accs[0].opts, contracts.DevPreset(), contracts.DeployOptions{
		InitialSupply: contracts.FST(1_000_000),
		PollInterval:  2 * time.Millisecond,
	})
	stop()
	if err != nil {
		c.t.Fatal(err)
	}
	return d
}

// head is the number of the latest block.
func (c *testChain) head() uint64 {
	c.t.Helper()
	n, err := c.sim.Client().BlockNumber(context.Background())
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// transfer sends amount FST-wei from the sender to to, unmined.
func transfer(t testing.TB, s *chain.Sender, token common.Address, to common.Address, amount int64) *types.Transaction {
	t.Helper()
	tx, err := s.Send(context.Background(), token, contracts.NewFaaSToken().PackTransfer(to, big.NewInt(amount)), nil)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}
