package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what deploying needs from a chain connection: an ethclient.Client, the
// simulated backend's client, or anything else that speaks JSON-RPC.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployOptions are the choices a deployment makes besides the preset.
type DeployOptions struct {
	// InitialSupply of FST minted to the deployer (may be nil or zero).
	InitialSupply *big.Int
	// Minters get MINTER_ROLE on the token besides the WitnessPool: a faucet on dev chains.
	Minters []common.Address
	// PollInterval is how often receipts are polled; 200 ms when zero.
	PollInterval time.Duration
}

// Deployment is where the three contracts landed.
type Deployment struct {
	Token       common.Address
	Market      common.Address
	WitnessPool common.Address
	// Block is the block of the first deployment transaction: watchers start there.
	Block  uint64
	Preset string
	// Receipts of every transaction the deployment sent, in order.
	Receipts []*types.Receipt
}

// Deploy puts FaaSToken, WitnessPool and Market on the chain from opts.From, with the preset's
// parameters, and wires them: the WitnessPool may mint FST (witness rewards) and the Market may
// call the WitnessPool. The Market's constructor seeds the three initial levels. Each
// transaction is mined before the next is sent, so it works on any node.
func Deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, preset Preset, o DeployOptions) (*Deployment, error) {
	d := &Deployment{Preset: preset.Name}
	supply := o.InitialSupply
	if supply == nil {
		supply = new(big.Int)
	}
	send := func(what string, tx *types.Transaction, err error) (*types.Receipt, error) {
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", what, err)
		}
		r, err := WaitMined(ctx, backend, tx.Hash(), o.PollInterval)
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: %s: transaction %s reverted", what, tx.Hash())
		}
		d.Receipts = append(d.Receipts, r)
		return r, nil
	}
	deploy := func(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
		addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), backend, input)
		r, err := send("create "+what, tx, err)
		if err != nil {
			return common.Address{}, err
		}
		if d.Block == 0 {
			d.Block = r.BlockNumber.Uint64()
		}
		return addr, nil
	}

	token, pool, market := NewFaaSToken(), NewWitnessPool(), NewMarket()
	var err error
	if d.Token, err = deploy("FaaSToken", &FaaSTokenMetaData, token.PackConstructor(opts.From, opts.From, supply)); err != nil {
		return nil, err
	}
	if d.WitnessPool, err = deploy("WitnessPool", &WitnessPoolMetaData, pool.PackConstructor(d.Token, preset.Pool, opts.From)); err != nil {
		return nil, err
	}
	if d.Market, err = deploy("Market", &MarketMetaData, market.PackConstructor(d.Token, d.WitnessPool, preset.Market, opts.From)); err != nil {
		return nil, err
	}

	tokenC := token.Instance(backend, d.Token)
	poolC := pool.Instance(backend, d.WitnessPool)
	minterRole, marketRole := MinterRole(), MarketRole()
	grants := []struct {
		what string
		c    *bind.BoundContract
		data []byte
	}{
		{"grant MINTER_ROLE to WitnessPool", tokenC, token.PackGrantRole(minterRole, d.WitnessPool)},
		{"grant MARKET_ROLE to Market", poolC, pool.PackGrantRole(marketRole, d.Market)},
	}
	for _, m := range o.Minters {
		grants = append(grants, struct {
			what string
			c    *bind.BoundContract
			data []byte
		}{"grant MINTER_ROLE to " + m.Hex(), tokenC, token.PackGrantRole(minterRole, m)})
	}
	for _, g := range grants {
		tx, err := bind.Transact(g.c, opts, g.data)
		if _, err := send(g.what, tx, err); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// MinterRole is FaaSToken.MINTER_ROLE.
func MinterRole() [32]byte { return keccakString("MINTER_ROLE") }

// MarketRole is WitnessPool.MARKET_ROLE.
func MarketRole() [32]byte { return keccakString("MARKET_ROLE") }

// WaitMined polls for the receipt of txHash every interval (200 ms when zero) until it is
// mined or ctx ends. With a backend that reports its head (ethclient, the simulated backend)
// it returns once the receipt's block is the head or older: geth serves a receipt a moment
// before it moves "latest" onto its block, and a call or estimate in between sees the state
// before the transaction.
func WaitMined(ctx context.Context, b bind.DeployBackend, txHash common.Hash, interval time.Duration) (*types.Receipt, error) {
	if interval <= 0 {
		interval = 200 * time.Millisecond
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	heads, _ := b.(ethereum.BlockNumberReader)
	for {
		r, err := b.TransactionReceipt(ctx, txHash)
		if err == nil && heads != nil {
			var head uint64
			if head, err = heads.BlockNumber(ctx); err == nil && head < r.BlockNumber.Uint64() {
				err = ethereum.NotFound // not the head yet: ask again
			}
		}
		if err == nil {
			return r, nil
		}
		// A node that is still indexing answers so for a while after a restart; keep asking.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", txHash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s to be mined: %w", txHash, ctx.Err())
		case <-t.C:
		}
	}
}

func keccakString(s string) [32]byte {
	return crypto.Keccak256Hash([]byte(s))
}
