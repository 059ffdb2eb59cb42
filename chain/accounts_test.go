package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/keys"
)

// The customer's key is recovered from whatever kind of transaction created the order.
func TestSenderKey_EveryTransactionType(t *testing.T) {
	chainID := big.NewInt(1337)
	key := keys.DevKey(1)
	to := common.Address{1}
	for name, tc := range map[string]struct {
		tx     types.TxData
		signer types.Signer
	}{
		"dynamic fee":         {&types.DynamicFeeTx{ChainID: chainID, Nonce: 3, To: &to, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)}, types.LatestSignerForChainID(chainID)},
		"access list":         {&types.AccessListTx{ChainID: chainID, Nonce: 3, To: &to, Gas: 21000, GasPrice: big.NewInt(1)}, types.LatestSignerForChainID(chainID)},
		"legacy, EIP-155":     {&types.LegacyTx{Nonce: 3, To: &to, Gas: 21000, GasPrice: big.NewInt(1)}, types.NewEIP155Signer(chainID)},
		"legacy, unprotected": {&types.LegacyTx{Nonce: 3, To: &to, Gas: 21000, GasPrice: big.NewInt(1)}, types.HomesteadSigner{}},
	} {
		t.Run(name, func(t *testing.T) {
			tx, err := types.SignNewTx(key, tc.signer, tc.tx)
			if err != nil {
				t.Fatal(err)
			}
			pub, err := chain.SenderKey(tx, chainID)
			if err != nil {
				t.Fatal(err)
			}
			if crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
				t.Fatalf("recovered %s", crypto.PubkeyToAddress(*pub))
			}
		})
	}
}

// A transaction in the pool makes its account pending until it is mined; its sender's public
// key is recovered from the node's copy.
func TestConn_PendingUntilMinedAndSenderKeyFromTheNode(t *testing.T) {
	c := newTestChain(t, 2, chainOpt{})
	ctx := context.Background()
	from := c.accs[0]
	if pending, err := c.conn.HasPending(ctx, from.addr); err != nil || pending {
		t.Fatalf("pending before any send: %v, %v", pending, err)
	}
	tx, err := chain.NewSender(c.conn, from.opts).Send(ctx, c.accs[1].addr, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if pending, err := c.conn.HasPending(ctx, from.addr); err != nil || !pending {
		t.Fatalf("pending with a transaction in the pool: %v, %v", pending, err)
	}
	c.sim.Commit()
	if pending, err := c.conn.HasPending(ctx, from.addr); err != nil || pending {
		t.Fatalf("pending once mined: %v, %v", pending, err)
	}
	pub, err := c.conn.TransactionSenderKey(ctx, tx.Hash())
	if err != nil || crypto.PubkeyToAddress(*pub) != from.addr {
		t.Fatalf("recovered %v, %v; want the key of %s", pub, err, from.addr)
	}
}
