// Package probekit is the customer's and the witness's side of probe kits (SPEC §5.4): the
// customer hands each member of a drawn committee API keys of its own and a few requests
// typical of its traffic, sealed to the member's public key, so that the member's probes look
// like the customer's users' requests and the provider cannot serve witnesses alone.
//
//   - Kit is the kit's format, Seal and Open its encryption: JSON padded to a fixed size (one
//     of Sizes), then ECIES on secp256k1 to the member's key, so that a kit's length says
//     nothing of its requests.
//   - ParseProbe reads the requests a customer chooses ("POST /resize?w=64 @body.jpg").
//   - Store is the customer's record of a lease's keys: one pool, registered with the
//     provider long before a key is handed out — to one of the customer's users or, in a kit,
//     to a committee member — in batches of random sizes at random times, so that neither a
//     key's batch nor its registration says whose it is; users' keys are kept as hashes only.
//   - Customer sets the lease's access policy from the Store and posts the kits after each
//     committee draw (Market.postProbeKit).
//   - MemberKey finds a member's public key: recovered from a transaction it sent.
package probekit

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/defaas/defaas/api"
)

// Version is the kit format's version.
const Version = 1

// Sizes are the sizes a kit is padded to before it is sealed: the smallest that holds it,
// chosen once per lease (Store.KitSize) so that every kit of a lease has one length. A sealed
// kit is SealedSize(size) bytes.
var Sizes = []int{4 << 10, 16 << 10, 64 << 10}

// eciesOverhead is what ECIES adds to a plaintext: the ephemeral public key (65 bytes), the
// AES-CTR IV (16) and the HMAC-SHA-256 tag (32).
const eciesOverhead = 65 + 16 + 32

// SealedSize is the length of a kit sealed at size.
func SealedSize(size int) int { return size + eciesOverhead }

// Kit is what a committee member gets: keys of its own for this lease and segment, and the
// requests to probe with.
type Kit struct {
	Version int         `json:"v"`
	Lease   api.LeaseID `json:"lease,string"`
	Segment uint8       `json:"segment"`
	Member  api.Address `json:"member"`
	// Keys are API keys registered for the lease, unique to this member and segment.
	Keys []api.Key `json:"keys"`
	// Requests are typical of the lease's traffic; a member sends them as they are.
	Requests []Request `json:"requests"`
}

// Request is a request to probe with: what the function sees of it.
type Request struct {
	Method string `json:"method"`
	// Path is the function's path ("/resize"), Query its raw query ("w=64") if any.
	Path  string `json:"path"`
	Query string `json:"query,omitempty"`
	// Header are the request's headers as the customer's users send them (Content-Type,
	// User-Agent, Accept …); a member adds nothing but its key.
	Header http.Header `json:"headers,omitempty"`
	Body   []byte      `json:"body,omitempty"`
	// Deterministic marks a request whose response body is a function of the request alone:
	// a member re-running a sampled response compares the body too (SPEC §5.4).
	Deterministic bool `json:"deterministic,omitempty"`
}

// PathAndQuery is what the function sees: the path, and "?" and the query if there is one.
func (r Request) PathAndQuery() string {
	if r.Query == "" {
		return r.Path
	}
	return r.Path + "?" + r.Query
}

// Validate checks a request can be sent.
func (r Request) Validate() error {
	if r.Method == "" || strings.ToUpper(r.Method) != r.Method || strings.ContainsAny(r.Method, " \t/()<>@,;:\\\"[]?={}") {
		return fmt.Errorf("method %q: want an upper-case HTTP method such as GET or POST", r.Method)
	}
	if !strings.HasPrefix(r.Path, "/") || strings.ContainsAny(r.Path, "?# \t\r\n") {
		return fmt.Errorf("path %q: want a path starting with / (the query apart)", r.Path)
	}
	if strings.ContainsAny(r.Query, "# \t\r\n") {
		return fmt.Errorf("query %q: no spaces or fragment", r.Query)
	}
	for k, vs := range r.Header {
		if strings.EqualFold(k, "Authorization") || strings.EqualFold(k, "Host") || strings.EqualFold(k, "Content-Length") {
			return fmt.Errorf("header %s is set by the member, not the kit", k)
		}
		for _, v := range vs {
			if strings.ContainsAny(v, "\r\n") {
				return fmt.Errorf("header %s: a value on one line", k)
			}
		}
	}
	return nil
}

// Validate checks a kit is complete.
func (k Kit) Validate() error {
	if k.Version != Version {
		return fmt.Errorf("kit version %d, want %d", k.Version, Version)
	}
	if len(k.Keys) == 0 {
		return errors.New("a kit holds at least one key")
	}
	if len(k.Requests) == 0 {
		return errors.New("a kit holds at least one request")
	}
	for i, r := range k.Requests {
		if err := r.Validate(); err != nil {
			return fmt.Errorf("request %d: %w", i, err)
		}
	}
	return nil
}

// ErrTooLarge is wrapped by Pad for a kit that does not fit the size.
var ErrTooLarge = errors.New("the kit does not fit")

// Pad encodes k and pads it to size: 4 bytes of length, the JSON, then zeros.
func Pad(k Kit, size int) ([]byte, error) {
	js, err := json.Marshal(k)
	if err != nil {
		return nil, err
	}
	if 4+len(js) > size {
		return nil, fmt.Errorf("%w: it takes %d bytes, the kit size is %d (smaller request bodies, or a larger kit size)", ErrTooLarge, 4+len(js), size)
	}
	out := make([]byte, size)
	binary.BigEndian.PutUint32(out, uint32(len(js)))
	copy(out[4:], js)
	return out, nil
}

// SizeFor is the smallest of Sizes that holds k, with room for keys of the same length.
func SizeFor(k Kit) (int, error) {
	js, err := json.Marshal(k)
	if err != nil {
		return 0, err
	}
	for _, s := range Sizes {
		if 4+len(js) <= s {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: it takes %d bytes, the largest kit is %d: choose smaller request bodies", ErrTooLarge, 4+len(js), Sizes[len(Sizes)-1])
}

// Seal pads k to size and encrypts it to the member's public key: ECIES on secp256k1
// (go-ethereum's crypto/ecies with its default parameters for the curve: AES-128-CTR and
// HMAC-SHA-256, no shared information), as the provider's access information is sealed.
func Seal(k Kit, size int, member *ecdsa.PublicKey) ([]byte, error) {
	if err := k.Validate(); err != nil {
		return nil, err
	}
	plain, err := Pad(k, size)
	if err != nil {
		return nil, err
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(member), plain, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("seal the kit: %w", err)
	}
	return ct, nil
}

// ErrNotForMe is wrapped by Open for a kit that does not decrypt with the key: sealed to
// another key, or not a kit at all.
var ErrNotForMe = errors.New("the kit does not decrypt with this key")

// Open decrypts a sealed kit with the member's key and checks it is a kit for the member,
// lease and segment it came for.
func Open(sealed []byte, key *ecdsa.PrivateKey, lease api.LeaseID, segment uint8) (Kit, error) {
	var k Kit
	plain, err := ecies.ImportECDSA(key).Decrypt(sealed, nil, nil)
	if err != nil {
		return k, fmt.Errorf("%w: %v", ErrNotForMe, err)
	}
	if len(plain) < 4 {
		return k, errors.New("the kit is shorter than its length prefix")
	}
	n := binary.BigEndian.Uint32(plain)
	if int64(n) > int64(len(plain)-4) || !allZero(plain[4+n:]) {
		return k, errors.New("the kit's length prefix or padding is malformed")
	}
	dec := json.NewDecoder(bytes.NewReader(plain[4 : 4+n]))
	if err := dec.Decode(&k); err != nil {
		return k, fmt.Errorf("the kit is not JSON: %w", err)
	}
	if err := k.Validate(); err != nil {
		return k, err
	}
	me := api.Address(crypto.PubkeyToAddress(key.PublicKey))
	switch {
	case k.Lease != lease || k.Segment != segment:
		return k, fmt.Errorf("the kit is for lease %s segment %d, not lease %s segment %d", k.Lease, k.Segment, lease, segment)
	case k.Member != me:
		return k, fmt.Errorf("the kit is for member %s, not %s", k.Member, me)
	}
	return k, nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
