package api

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
)

// AccessMode says who may invoke a lease's function (SPEC §5.3). In every mode the lease's
// customer and the members of its current committee may also invoke with signed requests.
type AccessMode string

const (
	// AccessSigned: signed requests only (the default).
	AccessSigned AccessMode = "signed"
	// AccessKeys: also bearer API keys the customer registered ("Bearer dfk_…").
	AccessKeys AccessMode = "keys"
	// AccessPublic: anyone, each caller limited (by its address, its key or its IP address).
	AccessPublic AccessMode = "public"
)

// ParseAccessMode reads a mode by name.
func ParseAccessMode(s string) (AccessMode, error) {
	switch m := AccessMode(s); m {
	case AccessSigned, AccessKeys, AccessPublic:
		return m, nil
	}
	return "", fmt.Errorf("access mode %q: want signed, keys or public", truncate(s))
}

// Limits of an access policy, so that registering keys cannot exhaust a provider's memory:
// PUT …/access with more keys is refused with 413 too-many-keys, a larger body with 413
// body-too-large. A policy replaces the lease's previous one whole, so MaxKeys bounds both one
// request and the lease.
const (
	MaxKeys            = 4096
	MaxAccessBodyBytes = 2 << 20 // about 19,000 keys: more keys than MaxKeys are refused as such
	MaxRatePerSecond   = 1e6
	MaxBurst           = 1 << 20
	DefaultKeyRate     = 10 // per second, for keys registered without a rate (clients' default)
	DefaultKeyBurst    = 20
	DefaultCallerRate  = 5 // per second, each caller of a public lease unless the policy says
	DefaultCallerBurst = 10
	keyRawBytes        = 32
	keyEncodedLength   = 43 // base64url of 32 bytes, unpadded
	keyIDBytes         = 8
)

// Key is an API key: 32 random bytes, written "dfk_" and 43 base64url characters (SPEC
// §5.3). Its holder sends it as "Authorization: Bearer dfk_…"; the provider keeps only its
// KeyHash.
type Key [keyRawBytes]byte

// NewKey returns a fresh random key.
func NewKey() (Key, error) {
	var k Key
	if _, err := rand.Read(k[:]); err != nil {
		return k, fmt.Errorf("new API key: %w", err)
	}
	return k, nil
}

// String is the key as its holder writes it: dfk_ and 43 base64url characters.
func (k Key) String() string { return KeyPrefix + base64.RawURLEncoding.EncodeToString(k[:]) }

// Hash is what the provider stores of the key: sha256 of its 32 raw bytes.
func (k Key) Hash() KeyHash { return sha256.Sum256(k[:]) }

// MarshalText writes the key as String does (kits carry keys this way).
func (k Key) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a key as ParseKey does.
func (k *Key) UnmarshalText(b []byte) error {
	p, err := ParseKey(string(b))
	if err != nil {
		return err
	}
	*k = p
	return nil
}

// ParseKey reads "dfk_" and 43 base64url characters. The error never repeats the key.
func ParseKey(s string) (Key, error) {
	var k Key
	rest, ok := strings.CutPrefix(s, KeyPrefix)
	if !ok {
		return k, fmt.Errorf("an API key starts with %q", KeyPrefix)
	}
	if len(rest) != keyEncodedLength {
		return k, fmt.Errorf("an API key is %q and %d base64url characters, this one has %d", KeyPrefix, keyEncodedLength, len(rest))
	}
	n, err := base64.RawURLEncoding.Strict().Decode(k[:], []byte(rest))
	if err != nil || n != keyRawBytes {
		return Key{}, errors.New("an API key's characters after dfk_ are base64url (A–Z, a–z, 0–9, - and _)")
	}
	return k, nil
}

// KeyHash is sha256 of a key's 32 raw bytes, written as 64 hex digits.
type KeyHash [sha256.Size]byte

// ID names a key without revealing it: the first 8 bytes of its hash in hex. It is what the
// provider logs and what `defaas function key list` shows.
func (h KeyHash) ID() string { return hex.EncodeToString(h[:keyIDBytes]) }

// Prefix is ID as a number, for indexing.
func (h KeyHash) Prefix() uint64 { return binary.BigEndian.Uint64(h[:keyIDBytes]) }

func (h KeyHash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText writes 64 lower-case hex digits.
func (h KeyHash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText reads 64 hex digits, with or without 0x.
func (h *KeyHash) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(strings.TrimPrefix(string(b), "0x"), "0X")
	if len(s) != 2*sha256.Size {
		return fmt.Errorf("key sha256 %q: want 64 hex digits", truncate(string(b)))
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return fmt.Errorf("key sha256 %q: not hex", truncate(string(b)))
	}
	return nil
}

// Rate is a token bucket: RatePerSecond requests a second on average, up to Burst at once.
type Rate struct {
	RatePerSecond float64 `json:"ratePerSecond"`
	Burst         int     `json:"burst"`
}

// Validate checks the rate is positive and within the limits above.
func (r Rate) Validate() error {
	if math.IsNaN(r.RatePerSecond) || r.RatePerSecond <= 0 || r.RatePerSecond > MaxRatePerSecond {
		return fmt.Errorf("ratePerSecond %v: want a number above 0 and at most %g", r.RatePerSecond, float64(MaxRatePerSecond))
	}
	if r.Burst < 1 || r.Burst > MaxBurst {
		return fmt.Errorf("burst %d: want 1 to %d", r.Burst, MaxBurst)
	}
	return nil
}

// AccessKey is a registered key: its hash and its limit.
type AccessKey struct {
	SHA256 KeyHash `json:"sha256"`
	Rate
}

// Access is a lease's access policy, the body of PUT /v1/leases/{id}/access (SPEC §5.2):
//
//	{"mode":"keys","keys":[{"sha256":"<64 hex>","ratePerSecond":10,"burst":20}, …]}
//
// It replaces the lease's previous policy whole: a key left out is revoked. PerCaller (an
// addition to the SPEC's body) is the limit of each caller of a public lease; absent, the
// provider applies DefaultCallerRate and DefaultCallerBurst. Keys are honoured in the keys and
// public modes; in the signed mode they are kept but refused.
type Access struct {
	Mode      AccessMode  `json:"mode"`
	Keys      []AccessKey `json:"keys"`
	PerCaller *Rate       `json:"perCaller,omitempty"`
}

// ErrTooManyKeys is wrapped by Validate for a policy with more than MaxKeys keys.
var ErrTooManyKeys = fmt.Errorf("an access policy holds at most %d keys", MaxKeys)

// Validate checks a policy: a known mode, at most MaxKeys keys, each once, every rate valid.
func (a Access) Validate() error {
	if _, err := ParseAccessMode(string(a.Mode)); err != nil {
		return err
	}
	if len(a.Keys) > MaxKeys {
		return fmt.Errorf("%w: this one has %d; revoke unused keys, or spread users over fewer keys", ErrTooManyKeys, len(a.Keys))
	}
	seen := make(map[KeyHash]bool, len(a.Keys))
	for i, k := range a.Keys {
		if seen[k.SHA256] {
			return fmt.Errorf("keys[%d]: key %s is listed twice", i, k.SHA256.ID())
		}
		seen[k.SHA256] = true
		if err := k.Rate.Validate(); err != nil {
			return fmt.Errorf("keys[%d] (%s): %w", i, k.SHA256.ID(), err)
		}
	}
	if a.PerCaller != nil {
		if err := a.PerCaller.Validate(); err != nil {
			return fmt.Errorf("perCaller: %w", err)
		}
	}
	return nil
}

// CallerRate is the limit of each caller of a public lease.
func (a Access) CallerRate() Rate {
	if a.PerCaller != nil {
		return *a.PerCaller
	}
	return Rate{RatePerSecond: DefaultCallerRate, Burst: DefaultCallerBurst}
}

// AccessStatus is the provider's answer to PUT and GET …/access: the policy it now applies.
type AccessStatus struct {
	Lease     LeaseID    `json:"lease,string"`
	Mode      AccessMode `json:"mode"`
	Keys      int        `json:"keys"`
	PerCaller Rate       `json:"perCaller"`
	// KeyIDs are the IDs of the registered keys, in the order given (GET only).
	KeyIDs []string `json:"keyIds,omitempty"`
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
