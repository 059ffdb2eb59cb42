// Package testchain gives tests a simulated go-ethereum chain with the DeFaaS contracts
// deployed on the dev preset and funded accounts, and a transactor that mines each
// transaction as it is sent, so tests run at the speed of the EVM and control the clock.
package testchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
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
	"github.com/defaas/defaas/keys"
)

// Chain is a simulated chain with the contracts deployed.
type Chain struct {
	Backend    *simulated.Backend
	Client     simulated.Client
	ChainID    *big.Int
	Accounts   []Account
	Deployment *contracts.Deployment
	Manifest   contracts.Manifest

	mu sync.Mutex // serialises sends and commits
}

// Account is a funded test account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// FSTPerAccount is what every account holds after New.
var FSTPerAccount = contracts.FST(100_000)

// New starts a chain with n funded accounts (ether and FST), development accounts 0 to n-1;
// account 0 deployed the contracts on the dev preset and may mint FST.
func New(t testing.TB, n int) *Chain {
	t.Helper()
	return NewWithPreset(t, n, contracts.DevPreset())
}

// NewWithPreset is New with the contracts deployed on preset; on one that renounces the
// token's admin role (the public preset) nobody can mint, and the accounts hold no FST.
func NewWithPreset(t testing.TB, n int, preset contracts.Preset) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	c := &Chain{}
	for i := 0; i < n; i++ {
		// The devnet's development keys, so that --dev-account works against a test chain too.
		key := keys.DevKey(i)
		a := Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
		c.Accounts = append(c.Accounts, a)
		alloc[a.Addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))}
	}
	c.Backend = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { c.Backend.Close() })
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.ChainID = id

	// contracts.Deploy polls for receipts like on a real chain: mine while it runs.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
				c.Backend.Commit()
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var minters []common.Address
	if !preset.RenounceAdmin {
		minters = []common.Address{c.Accounts[0].Addr}
	}
	d, err := contracts.Deploy(ctx, c.Client, bind.NewKeyedTransactor(c.Accounts[0].Key, id), preset,
		contracts.DeployOptions{Minters: minters, PollInterval: 2 * time.Millisecond})
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	c.Deployment = d
	c.Manifest = d.Manifest(id.Uint64())
	token := contracts.NewFaaSToken()
	admin := c.Transactor(0)
	if len(minters) == 0 {
		return c
	}
	for _, a := range c.Accounts {
		if _, err := admin.SendAndWait(ctx, d.Token, token.PackMint(a.Addr, FSTPerAccount)); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// Transactor sends as account i, mining each transaction at once.
func (c *Chain) Transactor(i int) *Transactor {
	return &Transactor{chain: c, acc: c.Accounts[i], opts: bind.NewKeyedTransactor(c.Accounts[i].Key, c.ChainID)}
}

// Advance moves the chain's clock forward by at least d and mines a block.
//
// The simulated beacon refuses to move the clock while the transaction pool lists any
// transaction, and the pool drops the ones just mined only in the background, after the
// block (under the race detector that takes long enough to be hit often). So Advance retries,
// and while the pool still lists something it mines a block now and then: that waits for the
// pool's reset first and includes whatever is really pending, after which the pool is empty.
// Such a block moves the clock by a second, so d is measured from the block before Advance.
func (c *Chain) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	target := c.headTime().Add(d)
	start := time.Now()
	for tries := 0; ; tries++ {
		left := target.Sub(c.headTime())
		if left < time.Second {
			break // a flush block already got there
		}
		err := c.Backend.AdjustTime(left)
		if err == nil {
			break
		}
		if time.Since(start) > time.Minute {
			panic(fmt.Sprintf("testchain: cannot move the clock for a minute: %v", err))
		}
		if tries%20 == 19 {
			c.Backend.Commit()
		} else {
			time.Sleep(time.Millisecond)
		}
	}
	c.Backend.Commit()
}

func (c *Chain) headTime() time.Time {
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		panic(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

// Mine mines n empty blocks (about a second apart).
func (c *Chain) Mine(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; i < n; i++ {
		c.Backend.Commit()
	}
}

// Fork makes the block parent the chain's head, as a reorganisation to another branch or a
// node that came back at an older head would: the blocks after it leave the canonical chain
// (the node still knows them by hash) and the next blocks are mined on parent, at times after
// the latest block's. The transaction pool takes back the transactions of the blocks left
// when they are at most 64 blocks deep, as geth's does.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Backend.Fork(parent)
}

// Now is the time of the latest block.
func (c *Chain) Now() time.Time { return c.headTime() }

// AdvanceTo mines a block at or after t.
func (c *Chain) AdvanceTo(t time.Time) {
	if d := t.Sub(c.Now()); d > 0 {
		c.Advance(d)
	} else {
		c.Mine(1)
	}
}

// Transactor sends one account's transactions on the simulated chain, each mined at once.
type Transactor struct {
	chain *Chain
	acc   Account
	opts  *bind.TransactOpts
}

// From is the account's address.
func (t *Transactor) From() common.Address { return t.acc.Addr }

// SignHash signs a digest with the account's key.
func (t *Transactor) SignHash(hash []byte) ([]byte, error) { return crypto.Sign(hash, t.acc.Key) }

// Send sends and mines the transaction at once; a revert at estimation is returned decoded.
func (t *Transactor) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	t.chain.mu.Lock()
	defer t.chain.mu.Unlock()
	bc := bind.NewBoundContract(to, abi.ABI{}, t.chain.Client, t.chain.Client, t.chain.Client)
	opts := *t.opts
	opts.Context, opts.Value = ctx, value
	tx, err := bc.RawTransact(&opts, data)
	if err != nil {
		return nil, contracts.DecodeRevert(err)
	}
	t.chain.Backend.Commit()
	return tx, nil
}

// Wait returns the receipt of a transaction Send mined; a reverted one is an error.
func (t *Transactor) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := t.chain.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// SendAndWait sends, mines and returns the receipt; a revert is returned decoded.
func (t *Transactor) SendAndWait(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := t.Send(ctx, to, data, nil)
	if err != nil {
		return nil, err
	}
	return t.Wait(ctx, tx)
}

// MiningClient is the chain's client, except that every transaction sent through it is mined
// at once in a block of its own: for code that sends and then waits for receipts the way it
// would on a real chain. The chain's clock moves only with transactions and Advance.
func (c *Chain) MiningClient() simulated.Client { return miningClient{c.Client, c} }

type miningClient struct {
	simulated.Client
	chain *Chain
}

func (m miningClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	m.chain.mu.Lock()
	defer m.chain.mu.Unlock()
	if err := m.chain.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	m.chain.Backend.Commit()
	return nil
}
