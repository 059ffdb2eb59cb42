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
	// InitialSupply of FST (in base units: 10^18 per FST) minted to the deployer at deployment;
	// the only mint there ever is on the public preset. May be nil or zero.
	InitialSupply *big.Int
	// Minters get MINTER_ROLE on the token: a faucet on dev chains. The public preset refuses
	// any, since its deployer gives up the power to grant roles.
	Minters []common.Address
	// PollInterval is how often receipts are polled; 200 ms when zero.
	PollInterval time.Duration
}

// Deployment is where the contracts landed.
type Deployment struct {
	Token       common.Address
	Market      common.Address
	WitnessPool common.Address
	// Auction and Segments are the Market's libraries (its code calls them by DELEGATECALL;
	// clients never call them).
	Auction  common.Address
	Segments common.Address
	// Block is the block of the first deployment transaction: watchers start there.
	Block  uint64
	Preset string
	// Renounced lists the powers the deployer gave up, one line each ("FaaSToken
	// DEFAULT_ADMIN_ROLE of 0x…"): after a public deployment nobody can mint, grant a role or
	// rebind the pool (SPEC §2, §7.8).
	Renounced []string
	// Receipts of every transaction the deployment sent, in order.
	Receipts []*types.Receipt
}

// Deploy puts FaaSToken, WitnessPool, the Market's libraries and the Market on the chain from
// opts.From, with the preset's parameters, and wires them: the WitnessPool is bound to the
// Market (setMarket, once). No contract gets a role: nothing of the market mints. Dev presets
// make o.Minters faucets; the public preset then renounces the deployer's DEFAULT_ADMIN_ROLE on
// the token, so the supply is fixed for ever, and reports it in Deployment.Renounced. The pool
// has no admin at all, and the Market's owner (the deployer) can only add and deactivate
// levels. Each transaction is mined before the next is sent, so it works on any node.
func Deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, preset Preset, o DeployOptions) (*Deployment, error) {
	if preset.RenounceAdmin && len(o.Minters) > 0 {
		return nil, fmt.Errorf("deploy: the %s preset renounces the token's admin role, so it cannot have minters: drop them or use the %s preset", preset.Name, PresetDev)
	}
	d := &Deployment{Preset: preset.Name}
	supply := o.InitialSupply
	if supply == nil {
		supply = new(big.Int)
	}
	send := func(what string, tx *types.Transaction, err error) (*types.Receipt, error) {
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", what, DecodeRevert(err))
		}
		r, err := WaitMined(ctx, backend, tx.Hash(), o.PollInterval)
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: %s: transaction %s reverted", what, tx.Hash())
		}
		d.Receipts = append(d.Receipts, r)
		if d.Block == 0 {
			d.Block = r.BlockNumber.Uint64()
		}
		return r, nil
	}
	names := map[string]string{
		FaaSTokenMetaData.ID: "FaaSToken", WitnessPoolMetaData.ID: "WitnessPool", MarketMetaData.ID: "Market",
		AuctionMetaData.ID: "Auction", SegmentsMetaData.ID: "Segments",
	}
	// LinkAndDeploy deploys a contract's libraries first and links their addresses into its
	// code; each creation is mined before the next is sent.
	deploy := func(meta *bind.MetaData, input []byte) (common.Address, error) {
		res, err := bind.LinkAndDeploy(&bind.DeploymentParams{
			Contracts: []*bind.MetaData{meta},
			Inputs:    map[string][]byte{meta.ID: input},
		}, func(input, code []byte) (common.Address, *types.Transaction, error) {
			what := names[meta.ID]
			for _, lib := range meta.Deps {
				if strings.EqualFold(strings.TrimPrefix(lib.Bin, "0x"), common.Bytes2Hex(code)) {
					what = names[lib.ID]
				}
			}
			addr, tx, err := bind.DeployContract(opts, code, backend, input)
			if _, err := send("create "+what, tx, err); err != nil {
				return common.Address{}, nil, err
			}
			return addr, tx, nil
		})
		if err != nil {
			return common.Address{}, err
		}
		if addr, ok := res.Addresses[AuctionMetaData.ID]; ok {
			d.Auction = addr
		}
		if addr, ok := res.Addresses[SegmentsMetaData.ID]; ok {
			d.Segments = addr
		}
		return res.Addresses[meta.ID], nil
	}

	token, pool, market := NewFaaSToken(), NewWitnessPool(), NewMarket()
	var err error
	if d.Token, err = deploy(&FaaSTokenMetaData, token.PackConstructor(opts.From, opts.From, supply)); err != nil {
		return nil, err
	}
	if d.WitnessPool, err = deploy(&WitnessPoolMetaData, pool.PackConstructor(d.Token, preset.Pool)); err != nil {
		return nil, err
	}
	if d.Market, err = deploy(&MarketMetaData, market.PackConstructor(d.Token, d.WitnessPool, preset.Market, opts.From)); err != nil {
		return nil, err
	}

	tokenC := token.Instance(backend, d.Token)
	poolC := pool.Instance(backend, d.WitnessPool)
	type call struct {
		what string
		c    *bind.BoundContract
		data []byte
	}
	calls := []call{{"bind the WitnessPool to the Market", poolC, pool.PackSetMarket(d.Market)}}
	for _, m := range o.Minters {
		calls = append(calls, call{"grant MINTER_ROLE to " + m.Hex(), tokenC, token.PackGrantRole(MinterRole(), m)})
	}
	if preset.RenounceAdmin {
		calls = append(calls, call{"renounce the token's DEFAULT_ADMIN_ROLE", tokenC, token.PackRenounceRole(DefaultAdminRole(), opts.From)})
	}
	for _, c := range calls {
		tx, err := bind.Transact(c.c, opts, c.data)
		if _, err := send(c.what, tx, err); err != nil {
			return nil, err
		}
	}
	if preset.RenounceAdmin {
		d.Renounced = append(d.Renounced, "FaaSToken DEFAULT_ADMIN_ROLE of "+opts.From.Hex()+": no account can grant MINTER_ROLE or any role again")
	}
	return d, nil
}

// MinterRole is FaaSToken.MINTER_ROLE.
func MinterRole() [32]byte { return keccakString("MINTER_ROLE") }

// DefaultAdminRole is AccessControl's DEFAULT_ADMIN_ROLE of FaaSToken: the zero word.
func DefaultAdminRole() [32]byte { return [32]byte{} }

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
	for {
		r, err := ReceiptAtHead(ctx, b, txHash)
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

// ReceiptAtHead is the receipt of txHash once the node's head has reached its block, and
// ethereum.NotFound before: geth serves a receipt a moment before it moves "latest" onto the
// receipt's block, and a read in between (a permit's nonce, a balance) would see the state
// before the transaction. A node that cannot tell its head gives the receipt as it is.
func ReceiptAtHead(ctx context.Context, b interface {
	TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error)
}, txHash common.Hash) (*types.Receipt, error) {
	r, err := b.TransactionReceipt(ctx, txHash)
	if err != nil {
		return nil, err
	}
	if heads, ok := b.(ethereum.BlockNumberReader); ok {
		head, err := heads.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if head < r.BlockNumber.Uint64() {
			return nil, ethereum.NotFound
		}
	}
	return r, nil
}

func keccakString(s string) [32]byte {
	return crypto.Keccak256Hash([]byte(s))
}
