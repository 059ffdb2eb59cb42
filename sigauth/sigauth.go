// Package sigauth authenticates the callers of a provider's leases (SPEC §5.3):
// signed requests, API keys and public callers, before anything of a request's
// body is kept.
//
// A signed request carries
//
//	Authorization: DeFaaS-Sig lease=<id>,ts=<unix>,nonce=<hex>,sig=<hex>[,signer=0x…]
//
// where sig is an EIP-191 personal_sign, by the caller's Ethereum account, of
// the request digest
//
//	digest = keccak256(abi.encode(
//	    uint256 chainId, address market, uint256 leaseId,
//	    string  method,  string  pathAndQuery,
//	    bytes32 sha256(body), uint256 ts, bytes nonce))
//
// abi.encode is the Solidity ABI encoding of the tuple (head words, then the
// length-prefixed, zero-padded dynamic values), so any client can rebuild it:
// ethers' AbiCoder.encode, Solidity's abi.encode, or go-ethereum's
// abi.Arguments.Pack. method is the upper-case HTTP method; pathAndQuery is
// the request target exactly as sent (escaped path, then "?" and the raw query
// if there is one), e.g. "/v1/leases/7/invoke/x?w=128"; the body hash of an
// empty body is sha256 of nothing. The signature is personal_sign over the 32
// digest bytes, i.e. secp256k1 over keccak256("\x19Ethereum Signed
// Message:\n32" ‖ digest), written as 65 bytes r ‖ s ‖ v in hex, with v 27 or
// 28 (0 or 1 also accepted). lease and ts are decimal; nonce is 8 to 64 random
// bytes in hex, never reused within the time window. ExampleDomain_SignMessage
// is a test vector, checked against Foundry's cast.
//
// The optional signer=0x… names the signing account (Sign always adds it): a
// server then refuses a stranger before reading its body, and answers a
// request that does not match its signature with 401 signature-mismatch
// instead of taking the unrelated account it recovers for a stranger.
//
// Sign is the client side. On the server side, Gate authenticates every
// request on a lease in the order of SPEC §5.3 and the issue's "authentication
// before buffering": the lease exists, the credentials are well formed, what
// needs no body (a key's hash and rate, a signature's timestamp and nonce, a
// named signer's role), and only then a signed request's body, bounded per
// route and, together with every other body not yet authenticated, by
// BodyLimits. Credentials are a signed request (Verifier: the customer,
// unlimited; a member of the current committee, rate-limited; anyone else
// 403), an API key (Access: its hash and token bucket, as the customer
// registered them), or nothing on a public lease (limited per IP address).
// The Identity goes on in the request context. Every refusal is an
// *api.Error written as the provider's own responses are: the DeFaaS-Error
// header with the reason and a JSON body {"error": reason, "detail": ...}.
// Verifier.Middleware alone authenticates signed requests only.
package sigauth

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
)

// Scheme is the Authorization scheme.
const Scheme = api.SchemeSignature

// Nonce length bounds, in bytes.
const (
	MinNonceBytes = 8
	MaxNonceBytes = 64
)

// Domain binds signatures to one deployment of the Market on one chain, so a
// signature cannot be replayed on another chain or market.
type Domain struct {
	ChainID *big.Int
	Market  common.Address
}

// Header is a parsed DeFaaS-Sig Authorization header.
type Header struct {
	Lease     api.LeaseID
	Timestamp uint64
	Nonce     []byte
	Sig       []byte // 65 bytes: r ‖ s ‖ v
	// Signer, optional (an addition to SPEC §5.3's header: signer=0x…), names the account
	// that signed. A verifier then refuses a stranger before reading its body, and tells a
	// request that differs from what was signed (it recovers another account) from a request
	// of a stranger. The zero address is absent.
	Signer common.Address
}

// String formats the header value.
func (h Header) String() string {
	s := fmt.Sprintf("%s lease=%s,ts=%d,nonce=%s,sig=%s", Scheme, h.Lease, h.Timestamp,
		hex.EncodeToString(h.Nonce), hex.EncodeToString(h.Sig))
	if h.Signer != (common.Address{}) {
		s += ",signer=" + h.Signer.Hex()
	}
	return s
}

// ParseHeader parses an Authorization header value. It is strict: the scheme
// (case-insensitive), then the four parameters, each exactly once, in any
// order, and optionally signer, separated by commas with optional spaces;
// decimal numbers in canonical form; hex with an optional 0x.
func ParseHeader(v string) (Header, error) {
	var h Header
	scheme, params, ok := strings.Cut(strings.TrimSpace(v), " ")
	if !ok || !strings.EqualFold(scheme, Scheme) {
		return h, fmt.Errorf("authorization scheme is not %s", Scheme)
	}
	seen := map[string]bool{}
	for _, p := range strings.Split(params, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok {
			return h, fmt.Errorf("parameter %q is not key=value", truncate(p))
		}
		if seen[k] {
			return h, fmt.Errorf("parameter %s given twice", truncate(k))
		}
		seen[k] = true
		var err error
		switch k {
		case "lease":
			h.Lease, err = api.ParseLeaseID(val)
		case "ts":
			h.Timestamp, err = parseTimestamp(val)
		case "nonce":
			h.Nonce, err = parseHex(val)
			if err == nil && (len(h.Nonce) < MinNonceBytes || len(h.Nonce) > MaxNonceBytes) {
				err = fmt.Errorf("%d bytes, want %d to %d", len(h.Nonce), MinNonceBytes, MaxNonceBytes)
			}
		case "sig":
			h.Sig, err = parseHex(val)
			if err == nil && len(h.Sig) != crypto.SignatureLength {
				err = fmt.Errorf("%d bytes, want %d", len(h.Sig), crypto.SignatureLength)
			}
		case "signer":
			var b []byte
			if b, err = parseHex(val); err == nil && len(b) != common.AddressLength {
				err = fmt.Errorf("%d bytes, want an address of %d", len(b), common.AddressLength)
			}
			if err == nil {
				h.Signer = common.BytesToAddress(b)
			}
		default:
			return h, fmt.Errorf("unknown parameter %q", truncate(k))
		}
		if err != nil {
			return h, fmt.Errorf("parameter %s: %w", k, err)
		}
	}
	for _, k := range []string{"lease", "ts", "nonce", "sig"} {
		if !seen[k] {
			return h, fmt.Errorf("parameter %s missing", k)
		}
	}
	return h, nil
}

func parseTimestamp(s string) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, 63)
	if err != nil || strconv.FormatUint(n, 10) != s {
		return 0, fmt.Errorf("%q is not a unix time in decimal", truncate(s))
	}
	return n, nil
}

func parseHex(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if s == "" {
		return nil, errors.New("empty")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, errors.New("not hex")
	}
	return b, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

var digestArgs = func() abi.Arguments {
	types := []string{"uint256", "address", "uint256", "string", "string", "bytes32", "uint256", "bytes"}
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err)
		}
		args[i] = abi.Argument{Type: typ}
	}
	return args
}()

// Message is what a signature covers.
type Message struct {
	Lease        api.LeaseID
	Method       string
	PathAndQuery string
	BodySHA256   [32]byte
	Timestamp    uint64
	Nonce        []byte
}

// Encode is abi.encode of the signed tuple (see the package doc).
func (d Domain) Encode(m Message) ([]byte, error) {
	if d.ChainID == nil {
		return nil, errors.New("encode signed request: the chain id is required")
	}
	return digestArgs.Pack(d.ChainID, d.Market, new(big.Int).SetUint64(uint64(m.Lease)), strings.ToUpper(m.Method), m.PathAndQuery,
		m.BodySHA256, new(big.Int).SetUint64(m.Timestamp), m.Nonce)
}

// Digest is keccak256 of Encode.
func (d Domain) Digest(m Message) ([32]byte, error) {
	enc, err := d.Encode(m)
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// BodyHash is sha256 of a body, as the message carries it.
func BodyHash(body []byte) [32]byte { return sha256.Sum256(body) }

// signedHash is the EIP-191 personal_sign hash of the digest.
func signedHash(digest [32]byte) []byte { return accounts.TextHash(digest[:]) }

// Recover returns the account that signed m with sig.
func (d Domain) Recover(m Message, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want %d", len(sig), crypto.SignatureLength)
	}
	digest, err := d.Digest(m)
	if err != nil {
		return common.Address{}, err
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, errors.New("signature recovery id is not 27 or 28")
	}
	pub, err := crypto.SigToPub(signedHash(digest), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
