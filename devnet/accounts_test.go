package devnet_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/devnet"
)

// TestDevAccount_DerivationIsFixed pins the derivation: scripts, docs and wallets remember
// these addresses.
func TestDevAccount_DerivationIsFixed(t *testing.T) {
	want := []struct {
		addr string
		key  string
	}{
		{"0xAf0b53A8844253235a29496E9bda8281489d1151", "0x0eebba4dc66d1d208e6334a8e6da99f3de895c839b85511cfff492497f7a1ec3"},
		{"0x6D7DC94dA4D5B99632187c829EA8B6D772049FdC", "0xbc14e68f95c090e55c86454f9610359912d41f2ff092fbfd777e9b2e5abb5465"},
		{"0x8c0B50A2A39213948E090e06C5076d667b6D1617", "0x8fe795b5d46dee41b638a4409df44a2d381be353f8c714a02a257c04fc4fbba3"},
	}
	for i, w := range want {
		a := devnet.DevAccount(i)
		if a.Index != i || a.Address != common.HexToAddress(w.addr) || a.PrivateKeyHex() != w.key {
			t.Errorf("account %d = %s %s, want %s %s", i, a.Address, a.PrivateKeyHex(), w.addr, w.key)
		}
		if h := crypto.Keccak256Hash([]byte("defaas-dev-account-" + string(rune('0'+i)))); h.Hex() != w.key {
			t.Errorf("account %d key is not keccak256(\"defaas-dev-account-%d\")", i, i)
		}
	}
}

func TestDevAccounts_AreDistinct(t *testing.T) {
	seen := map[common.Address]int{}
	for _, a := range devnet.DevAccounts(100) {
		if j, dup := seen[a.Address]; dup {
			t.Fatalf("accounts %d and %d share %s", j, a.Index, a.Address)
		}
		seen[a.Address] = a.Index
	}
}
