package provider

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
			pub, err := senderKey(tx, chainID)
			if err != nil {
				t.Fatal(err)
			}
			if crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
				t.Fatalf("recovered %s", crypto.PubkeyToAddress(*pub))
			}
		})
	}
}
