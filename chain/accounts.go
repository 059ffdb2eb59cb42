package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// SenderKey recovers the public key that signed tx, of any type: typed transactions, legacy
// ones with EIP-155 replay protection for chainID, and unprotected legacy ones. An account's
// public key is found nowhere else on chain; it is what a party encrypts to.
func SenderKey(tx *types.Transaction, chainID *big.Int) (*ecdsa.PublicKey, error) {
	var signer types.Signer = types.LatestSignerForChainID(chainID)
	if tx.Type() == types.LegacyTxType && !tx.Protected() {
		signer = types.HomesteadSigner{} // signed before EIP-155: the hash has no chain id
	}
	h := signer.Hash(tx)
	v, r, s := tx.RawSignatureValues()
	var recID uint64
	switch {
	case tx.Type() != types.LegacyTxType:
		recID = v.Uint64()
	case tx.Protected():
		recID = new(big.Int).Sub(v, new(big.Int).Add(new(big.Int).Mul(chainID, big.NewInt(2)), big.NewInt(35))).Uint64()
	default:
		recID = v.Uint64() - 27
	}
	if recID > 1 {
		return nil, fmt.Errorf("transaction %s: signature recovery id %d", tx.Hash(), recID)
	}
	sig := make([]byte, crypto.SignatureLength)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	sig[64] = byte(recID)
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return nil, fmt.Errorf("recover the signer of %s: %w", tx.Hash(), err)
	}
	return pub, nil
}

// TransactionSenderKey reads the transaction with hash from the node and recovers the public
// key that signed it.
func (c *Conn) TransactionSenderKey(ctx context.Context, hash common.Hash) (*ecdsa.PublicKey, error) {
	tx, _, err := c.backend.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("read transaction %s: %w", hash, err)
	}
	return SenderKey(tx, c.chainID)
}

// HasPending reports whether account has transactions in the node's pool that are not mined
// yet: its pending nonce is ahead of its mined one. A daemon that restarts with a transaction
// of unknown fate waits for the pool to drain before deciding that it never landed.
func (c *Conn) HasPending(ctx context.Context, account common.Address) (bool, error) {
	pending, err := c.backend.PendingNonceAt(ctx, account)
	if err != nil {
		return false, fmt.Errorf("pending nonce of %s: %w", account, err)
	}
	mined, err := c.backend.NonceAt(ctx, account, nil)
	if err != nil {
		return false, fmt.Errorf("nonce of %s: %w", account, err)
	}
	return pending > mined, nil
}
