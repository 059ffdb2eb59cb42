// Package client is the customer's side of a provider's HTTP API (SPEC §5.2): it uploads a
// lease's WebAssembly module, invokes the function and reads the lease's status, signing
// every request with the customer's key (SPEC §5.3). It also opens the access information a
// provider publishes on chain, which is encrypted to the customer's key.
package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// Client calls one provider endpoint as one account.
type Client struct {
	endpoint string
	domain   sigauth.Domain
	key      *ecdsa.PrivateKey
	http     *http.Client
}

// New returns a client of the provider at endpoint (the base URL it published), signing for
// the deployment domain with key. httpClient may be nil for a default with a 2-minute timeout
// (uploads of large modules and slow functions take a while).
func New(endpoint string, domain sigauth.Domain, key *ecdsa.PrivateKey, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 2 * time.Minute}
	}
	return &Client{endpoint: strings.TrimRight(endpoint, "/"), domain: domain, key: key, http: httpClient}
}

// Error is a refusal by the provider's platform (not by the function): the status, and the
// reason and detail of its JSON body.
type Error struct {
	Status int
	Reason string
	Detail string
}

func (e *Error) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("provider refused (%d %s): %s", e.Status, e.Reason, e.Detail)
	}
	return fmt.Sprintf("provider refused (%d %s)", e.Status, e.Reason)
}

// PlatformError returns the provider's refusal in res, or nil when the function itself
// answered: the platform marks its own responses with the DeFaaS-Error header. It reads and
// closes the body of a refusal.
func PlatformError(res *http.Response) error {
	reason := res.Header.Get(runtime.ErrorHeader)
	if reason == "" {
		return nil
	}
	defer res.Body.Close()
	e := &Error{Status: res.StatusCode, Reason: reason}
	var body struct {
		Error  string `json:"error"`
		Detail string `json:"detail"`
	}
	if b, err := io.ReadAll(io.LimitReader(res.Body, 64<<10)); err == nil && json.Unmarshal(b, &body) == nil {
		e.Detail = body.Detail
	}
	return e
}

func (c *Client) leaseURL(lease uint64, rest string) string {
	return c.endpoint + "/v1/leases/" + strconv.FormatUint(lease, 10) + rest
}

// Do signs r for lease and sends it.
func (c *Client) Do(ctx context.Context, lease uint64, r *http.Request) (*http.Response, error) {
	r = r.WithContext(ctx)
	if err := sigauth.Sign(r, c.key, c.domain, new(big.Int).SetUint64(lease)); err != nil {
		return nil, err
	}
	res, err := c.http.Do(r)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", r.Method, r.URL.Redacted(), err)
	}
	return res, nil
}

// Upload uploads (or replaces) the lease's module and returns what the runtime made of it.
func (c *Client) Upload(ctx context.Context, lease uint64, wasm []byte) (runtime.FunctionStatus, error) {
	var st runtime.FunctionStatus
	r, err := http.NewRequest(http.MethodPut, c.leaseURL(lease, "/function"), bytes.NewReader(wasm))
	if err != nil {
		return st, err
	}
	r.Header.Set("Content-Type", "application/wasm")
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return st, fmt.Errorf("upload module of lease %d: %w", lease, err)
	}
	if err := PlatformError(res); err != nil {
		return st, fmt.Errorf("upload module of lease %d: %w", lease, err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(&st); err != nil {
		return st, fmt.Errorf("upload module of lease %d: read the answer: %w", lease, err)
	}
	return st, nil
}

// Invoke runs the lease's function on path (with query, e.g. "/resize?w=64") and returns the
// response, whatever the function answered. A refusal by the provider's platform is an
// *Error. The caller closes the body.
func (c *Client) Invoke(ctx context.Context, lease uint64, method, path string, body []byte, header http.Header) (*http.Response, error) {
	if method == "" {
		method = http.MethodGet
	}
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	var rd io.Reader = http.NoBody
	if body != nil {
		rd = bytes.NewReader(body)
	}
	r, err := http.NewRequest(method, c.leaseURL(lease, "/invoke"+path), rd)
	if err != nil {
		return nil, fmt.Errorf("invoke lease %d: %w", lease, err)
	}
	for k, v := range header {
		r.Header[k] = v
	}
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return nil, fmt.Errorf("invoke lease %d: %w", lease, err)
	}
	if err := PlatformError(res); err != nil {
		return nil, fmt.Errorf("invoke lease %d: %w", lease, err)
	}
	return res, nil
}

// Status reads the lease's status on the provider's side.
func (c *Client) Status(ctx context.Context, lease uint64) (runtime.LeaseStatus, error) {
	var st runtime.LeaseStatus
	r, err := http.NewRequest(http.MethodGet, c.leaseURL(lease, ""), nil)
	if err != nil {
		return st, err
	}
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return st, fmt.Errorf("status of lease %d: %w", lease, err)
	}
	if err := PlatformError(res); err != nil {
		return st, fmt.Errorf("status of lease %d: %w", lease, err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(&st); err != nil {
		return st, fmt.Errorf("status of lease %d: read the answer: %w", lease, err)
	}
	return st, nil
}

// AccessInfo is what a provider puts, encrypted to the customer, in the accessInfo of its
// publishDeployment (SPEC §3.9). It repeats the endpoint and binds it to the lease, the
// provider and the deployment, so a customer can check the published endpoint is the one the
// winner meant for this order. Encoding: JSON, then ECIES on secp256k1 (go-ethereum's
// crypto/ecies with its default parameters for the curve: AES-128-CTR and HMAC-SHA-256, no
// shared info) to the public key that signed the customer's createOrder transaction.
type AccessInfo struct {
	Version  int            `json:"v"`
	Endpoint string         `json:"endpoint"`
	Lease    uint64         `json:"lease"`
	Provider common.Address `json:"provider"`
	ChainID  uint64         `json:"chainId"`
	Market   common.Address `json:"market"`
}

// Seal encrypts info to the customer's public key.
func Seal(customer *ecdsa.PublicKey, info AccessInfo) ([]byte, error) {
	if info.Version == 0 {
		info.Version = 1
	}
	plain, err := json.Marshal(info)
	if err != nil {
		return nil, err
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(customer), plain, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("encrypt access information: %w", err)
	}
	return ct, nil
}

// ErrNoAccessInfo is returned by Open for a deployment published without access information.
var ErrNoAccessInfo = errors.New("the provider published no access information")

// Open decrypts the access information of a deployment with the customer's key.
func Open(key *ecdsa.PrivateKey, sealed []byte) (AccessInfo, error) {
	var info AccessInfo
	if len(sealed) == 0 {
		return info, ErrNoAccessInfo
	}
	plain, err := ecies.ImportECDSA(key).Decrypt(sealed, nil, nil)
	if err != nil {
		return info, fmt.Errorf("decrypt access information (is this the order's customer?): %w", err)
	}
	if err := json.Unmarshal(plain, &info); err != nil {
		return info, fmt.Errorf("access information is not JSON: %w", err)
	}
	return info, nil
}
