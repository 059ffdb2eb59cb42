package devnet

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/keys"
)

// Account is a development account: its private key is public knowledge (anyone can derive
// it, see DevAccount), so it must never hold anything of value on a real network.
type Account struct {
	// Index is i in DevAccount(i); account 0 deploys the contracts and is the faucet.
	Index   int
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// PrivateKeyHex is the key as cast and wallets take it: 0x and 64 hex digits.
func (a Account) PrivateKeyHex() string {
	return hexutil.Encode(crypto.FromECDSA(a.Key))
}

// Transactor signs transactions from a on chain chainID.
func (a Account) Transactor(chainID uint64) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, new(big.Int).SetUint64(chainID))
}

// DevAccount derives development account i: its private key is
// keccak256("defaas-dev-account-" + decimal i), e.g. keccak256("defaas-dev-account-0"). A plain
// hash rather than a BIP-39 mnemonic keeps the derivation reproducible in one line of any
// language (cast keccak defaas-dev-account-0 prints account 0's key). The derivation itself
// lives in keys.DevKey, which `--dev-account N` uses against any chain.
func DevAccount(i int) Account {
	if i < 0 {
		panic(fmt.Sprintf("devnet: negative account index %d", i))
	}
	key := keys.DevKey(i)
	return Account{Index: i, Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
}

// DevAccounts returns DevAccount(0) … DevAccount(n-1).
func DevAccounts(n int) []Account {
	accs := make([]Account, n)
	for i := range accs {
		accs[i] = DevAccount(i)
	}
	return accs
}
