// Package keys holds the accounts a DeFaaS user acts with: go-ethereum keystore files under a
// directory (new, import, list, unlock), raw keys for scripts, and the deterministic
// development accounts of the embedded devnet. It turns any of them into a Signer that can
// send transactions and sign permits.
package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer is an unlocked account: it signs transactions (Opts) and digests (SignHash).
type Signer struct {
	Address common.Address
	// Key is the account's private key, for what needs it directly (signed HTTP requests,
	// decrypting access information).
	Key *ecdsa.PrivateKey
	// Opts signs transactions for the chain the Signer was made for.
	Opts     *bind.TransactOpts
	signHash func([]byte) ([]byte, error)
}

// SignHash signs a 32-byte digest (65 bytes, V = 0/1).
func (s *Signer) SignHash(hash []byte) ([]byte, error) { return s.signHash(hash) }

// FromKey is a Signer for a raw private key.
func FromKey(key *ecdsa.PrivateKey, chainID *big.Int) *Signer {
	return &Signer{
		Key:      key,
		Address:  crypto.PubkeyToAddress(key.PublicKey),
		Opts:     bind.NewKeyedTransactor(key, chainID),
		signHash: func(h []byte) ([]byte, error) { return crypto.Sign(h, key) },
	}
}

// ParseKey reads a hex private key (with or without 0x).
func ParseKey(s string) (*ecdsa.PrivateKey, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil || len(b) != 32 {
		return nil, errors.New("a private key is 32 bytes of hex (64 hex digits, 0x optional)")
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("not a valid secp256k1 private key: %w", err)
	}
	return key, nil
}

// DevAccounts is how many development accounts the devnet funds.
const DevAccounts = 10

// DevKey is the i-th development account's key: keccak256("defaas-dev-account-<i>"). They are
// public knowledge — for development chains only.
func DevKey(i int) *ecdsa.PrivateKey {
	return crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("defaas-dev-account-" + strconv.Itoa(i))))
}

// Store is a directory of go-ethereum keystore files.
type Store struct {
	dir string
	ks  *keystore.KeyStore
}

// Open opens (and creates) the keystore directory dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", dir, err)
	}
	return &Store{dir: dir, ks: keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)}, nil
}

// OpenLight opens dir with cheap key derivation: for tests and throwaway accounts only.
func OpenLight(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", dir, err)
	}
	return &Store{dir: dir, ks: keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)}, nil
}

// Dir is the keystore's directory.
func (s *Store) Dir() string { return s.dir }

// New makes a new account encrypted with password.
func (s *Store) New(password string) (common.Address, error) {
	if password == "" {
		return common.Address{}, errors.New("refusing an empty password: give one at the prompt, with --password-file or DEFAAS_PASSWORD")
	}
	a, err := s.ks.NewAccount(password)
	if err != nil {
		return common.Address{}, fmt.Errorf("new account: %w", err)
	}
	return a.Address, nil
}

// Import stores a raw private key (hex) encrypted with password.
func (s *Store) Import(keyHex, password string) (common.Address, error) {
	if password == "" {
		return common.Address{}, errors.New("refusing an empty password: give one at the prompt, with --password-file or DEFAAS_PASSWORD")
	}
	key, err := ParseKey(keyHex)
	if err != nil {
		return common.Address{}, fmt.Errorf("import: %w", err)
	}
	a, err := s.ks.ImportECDSA(key, password)
	if err != nil {
		if errors.Is(err, keystore.ErrAccountAlreadyExists) {
			return crypto.PubkeyToAddress(key.PublicKey), fmt.Errorf("account %s is already in %s", crypto.PubkeyToAddress(key.PublicKey), s.dir)
		}
		return common.Address{}, fmt.Errorf("import: %w", err)
	}
	return a.Address, nil
}

// List is the stored accounts, in a stable order.
func (s *Store) List() []common.Address {
	accs := s.ks.Accounts()
	out := make([]common.Address, len(accs))
	for i, a := range accs {
		out[i] = a.Address
	}
	return out
}

// Find resolves an address or an index into List.
func (s *Store) Find(ref string) (accounts.Account, error) {
	accs := s.ks.Accounts()
	if i, err := strconv.Atoi(ref); err == nil {
		if i < 0 || i >= len(accs) {
			return accounts.Account{}, fmt.Errorf("no account #%d in %s (there are %d): see `defaas account list`", i, s.dir, len(accs))
		}
		return accs[i], nil
	}
	if !common.IsHexAddress(ref) {
		return accounts.Account{}, fmt.Errorf("%q is neither an address nor an account number: see `defaas account list`", ref)
	}
	a, err := s.ks.Find(accounts.Account{Address: common.HexToAddress(ref)})
	if err != nil {
		return accounts.Account{}, fmt.Errorf("account %s is not in %s: import it with `defaas account import`", ref, s.dir)
	}
	return a, nil
}

// ErrWrongPassword is returned when an account does not unlock.
var ErrWrongPassword = errors.New("wrong password")

// Unlock decrypts the account's key file with password and returns its Signer.
func (s *Store) Unlock(a accounts.Account, password string, chainID *big.Int) (*Signer, error) {
	blob, err := os.ReadFile(a.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", a.Address, err)
	}
	k, err := keystore.DecryptKey(blob, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("account %s: %w: try again, or check --password-file / DEFAAS_PASSWORD", a.Address, ErrWrongPassword)
		}
		return nil, fmt.Errorf("unlock %s: %w", a.Address, err)
	}
	return FromKey(k.PrivateKey, chainID), nil
}
