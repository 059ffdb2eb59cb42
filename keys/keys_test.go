package keys

import (
	"encoding/hex"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestStore_NewListFindUnlock(t *testing.T) {
	s, err := OpenLight(filepath.Join(t.TempDir(), "ks"))
	if err != nil {
		t.Fatal(err)
	}
	addr, err := s.New("hunter2")
	if err != nil {
		t.Fatal(err)
	}
	if l := s.List(); len(l) != 1 || l[0] != addr {
		t.Fatalf("List = %v, want [%s]", l, addr)
	}
	for _, ref := range []string{"0", addr.Hex(), strings.ToLower(addr.Hex())} {
		a, err := s.Find(ref)
		if err != nil || a.Address != addr {
			t.Errorf("Find(%q) = %v, %v", ref, a.Address, err)
		}
	}
	a, _ := s.Find("0")
	if _, err := s.Unlock(a, "wrong", big.NewInt(1)); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("wrong password: %v", err)
	}
	sg, err := s.Unlock(a, "hunter2", big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	digest := crypto.Keccak256([]byte("permit"))
	sig, err := sg.SignHash(digest)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != addr {
		t.Errorf("signature recovers %v (err %v), want %s", pub, err, addr)
	}
}

func TestStore_RefusesBadInput(t *testing.T) {
	s, _ := OpenLight(t.TempDir())
	if _, err := s.New(""); err == nil || !strings.Contains(err.Error(), "empty password") {
		t.Errorf("empty password: %v", err)
	}
	if _, err := s.Import("0x1234", "pw"); err == nil || !strings.Contains(err.Error(), "64 hex digits") {
		t.Errorf("short key: %v", err)
	}
	if _, err := s.Find("3"); err == nil || !strings.Contains(err.Error(), "no account #3") {
		t.Errorf("missing index: %v", err)
	}
	if _, err := s.Find("bob"); err == nil || !strings.Contains(err.Error(), "neither an address") {
		t.Errorf("bad ref: %v", err)
	}
	key := DevKey(0)
	keyHex := "0x" + hex.EncodeToString(crypto.FromECDSA(key))
	addr, err := s.Import(keyHex, "pw")
	if err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("import: %s, %v", addr, err)
	}
	if _, err := s.Import(keyHex, "pw"); err == nil || !strings.Contains(err.Error(), "already in") {
		t.Errorf("second import: %v", err)
	}
}

func TestDevKey_IsDeterministicAndDistinct(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < DevAccounts; i++ {
		a := crypto.PubkeyToAddress(DevKey(i).PublicKey).Hex()
		if a != crypto.PubkeyToAddress(DevKey(i).PublicKey).Hex() || seen[a] {
			t.Fatalf("dev account %d: %s not deterministic or repeated", i, a)
		}
		seen[a] = true
	}
}
