package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
)

// pollInterval is how often the first start looks for receipts; blocks come within
// milliseconds while bootstrapping.
const pollInterval = 10 * time.Millisecond

// bootstrap deploys the contracts with the dev preset from account 0, makes account 0 a
// minter (the faucet) and gives every dev account FSTPerAccount FST.
func (d *Devnet) bootstrap(ctx context.Context) (contracts.Manifest, error) {
	faucet := d.accounts[0]
	opts := faucet.Transactor(d.chainID)
	opts.Context = ctx
	fst := contracts.FST(FSTPerAccount)
	dep, err := contracts.Deploy(ctx, d.client, opts, contracts.DevPreset(), contracts.DeployOptions{
		InitialSupply: fst, // minted to the deployer, account 0
		Minters:       []common.Address{faucet.Address},
		PollInterval:  pollInterval,
	})
	if err != nil {
		return contracts.Manifest{}, err
	}

	// The mints are independent: send them all, numbering the nonces, and let them share blocks.
	nonce, err := d.client.PendingNonceAt(ctx, faucet.Address)
	if err != nil {
		return contracts.Manifest{}, fmt.Errorf("fund dev accounts: %w", err)
	}
	token := contracts.NewFaaSToken()
	tokenC := token.Instance(d.client, dep.Token)
	var txs []*types.Transaction
	for i, a := range d.accounts[1:] {
		o := *opts
		o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := bind.Transact(tokenC, &o, token.PackMint(a.Address, fst))
		if err != nil {
			return contracts.Manifest{}, fmt.Errorf("mint FST to dev account %d: %w", a.Index, contracts.DecodeRevert(err))
		}
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		r, err := contracts.WaitMined(ctx, d.client, tx.Hash(), pollInterval)
		if err != nil {
			return contracts.Manifest{}, fmt.Errorf("mint FST to dev account %d: %w", i+1, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return contracts.Manifest{}, fmt.Errorf("mint FST to dev account %d: transaction %s reverted", i+1, tx.Hash())
		}
	}
	return dep.Manifest(d.chainID), nil
}
