// Package client is the customer's side of a provider's HTTP API (SPEC §5.2): it uploads a
// lease's WebAssembly module, invokes the function and reads the lease's status, signing
// every request with the customer's key (SPEC §5.3); a committee member uses it to fetch the
// module and probe. It also seals and opens the access
// information a provider publishes on chain, which is encrypted to the customer's key.
//
// The wire itself (routes, reasons, bodies) is package api; neither package pulls in a
// WebAssembly runtime.
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
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/defaas/defaas/api"
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

// Do signs r for lease and sends it.
func (c *Client) Do(ctx context.Context, lease api.LeaseID, r *http.Request) (*http.Response, error) {
	r = r.WithContext(ctx)
	if err := sigauth.Sign(r, c.key, c.domain, lease); err != nil {
		return nil, err
	}
	res, err := c.http.Do(r)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", r.Method, r.URL.Redacted(), err)
	}
	return res, nil
}

// call sends a signed request and decodes the JSON answer into out; a refusal by the
// provider is an *api.Error.
func (c *Client) call(ctx context.Context, lease api.LeaseID, r *http.Request, out any) error {
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return err
	}
	if e := api.ReadError(res); e != nil {
		return e
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return fmt.Errorf("read the answer: %w", err)
	}
	return nil
}

// Upload uploads (or replaces) the lease's module and returns what the runtime made of it.
func (c *Client) Upload(ctx context.Context, lease api.LeaseID, wasm []byte) (api.FunctionStatus, error) {
	var st api.FunctionStatus
	r, err := http.NewRequest(http.MethodPut, api.FunctionURL(c.endpoint, lease), bytes.NewReader(wasm))
	if err != nil {
		return st, err
	}
	r.Header.Set("Content-Type", "application/wasm")
	if err := c.call(ctx, lease, r, &st); err != nil {
		return st, fmt.Errorf("upload module of lease %s: %w", lease, err)
	}
	return st, nil
}

// Module fetches the lease's module (GET …/function): a member of the current segment's
// committee checks it against the hash the customer committed and re-runs requests on it
// (SPEC §5.4). A refusal is an *api.Error.
func (c *Client) Module(ctx context.Context, lease api.LeaseID) ([]byte, error) {
	r, err := http.NewRequest(http.MethodGet, api.FunctionURL(c.endpoint, lease), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return nil, fmt.Errorf("fetch module of lease %s: %w", lease, err)
	}
	if e := api.ReadError(res); e != nil {
		return nil, fmt.Errorf("fetch module of lease %s: %w", lease, e)
	}
	defer res.Body.Close()
	wasm, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("fetch module of lease %s: %w", lease, err)
	}
	return wasm, nil
}

// Invoke runs the lease's function on path (with query, e.g. "/resize?w=64") and returns the
// response, whatever the function answered. A refusal by the provider's platform is an
// *api.Error. The caller closes the body.
func (c *Client) Invoke(ctx context.Context, lease api.LeaseID, method, path string, body []byte, header http.Header) (*http.Response, error) {
	if method == "" {
		method = http.MethodGet
	}
	var rd io.Reader = http.NoBody
	if body != nil {
		rd = bytes.NewReader(body)
	}
	r, err := http.NewRequest(method, api.InvokeURL(c.endpoint, lease, path), rd)
	if err != nil {
		return nil, fmt.Errorf("invoke lease %s: %w", lease, err)
	}
	for k, v := range header {
		r.Header[k] = v
	}
	res, err := c.Do(ctx, lease, r)
	if err != nil {
		return nil, fmt.Errorf("invoke lease %s: %w", lease, err)
	}
	if e := api.ReadError(res); e != nil {
		return nil, fmt.Errorf("invoke lease %s: %w", lease, e)
	}
	return res, nil
}

// Status reads the lease's status on the provider's side.
func (c *Client) Status(ctx context.Context, lease api.LeaseID) (api.LeaseStatus, error) {
	var st api.LeaseStatus
	r, err := http.NewRequest(http.MethodGet, api.LeaseURL(c.endpoint, lease), nil)
	if err != nil {
		return st, err
	}
	if err := c.call(ctx, lease, r, &st); err != nil {
		return st, fmt.Errorf("status of lease %s: %w", lease, err)
	}
	return st, nil
}

// Seal encrypts info to the customer's public key: JSON, then ECIES on secp256k1
// (go-ethereum's crypto/ecies with its default parameters for the curve: AES-128-CTR and
// HMAC-SHA-256, no shared info).
func Seal(customer *ecdsa.PublicKey, info api.AccessInfo) ([]byte, error) {
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
func Open(key *ecdsa.PrivateKey, sealed []byte) (api.AccessInfo, error) {
	var info api.AccessInfo
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

// SetAccess sets who may invoke the lease (PUT …/access, the customer only, SPEC §5.3): the
// policy replaces the one before, so a key left out is revoked. The answer is the policy the
// provider now applies.
func (c *Client) SetAccess(ctx context.Context, lease api.LeaseID, a api.Access) (api.AccessStatus, error) {
	var st api.AccessStatus
	body, err := json.Marshal(a)
	if err != nil {
		return st, err
	}
	r, err := http.NewRequest(http.MethodPut, api.AccessURL(c.endpoint, lease), bytes.NewReader(body))
	if err != nil {
		return st, err
	}
	r.Header.Set("Content-Type", "application/json")
	if err := c.call(ctx, lease, r, &st); err != nil {
		return st, fmt.Errorf("set who may invoke lease %s: %w", lease, err)
	}
	return st, nil
}

// Access reads the policy the provider applies to the lease (GET …/access, the customer only):
// the mode, the per-caller limit and the ids of the registered keys.
func (c *Client) Access(ctx context.Context, lease api.LeaseID) (api.AccessStatus, error) {
	var st api.AccessStatus
	r, err := http.NewRequest(http.MethodGet, api.AccessURL(c.endpoint, lease), nil)
	if err != nil {
		return st, err
	}
	if err := c.call(ctx, lease, r, &st); err != nil {
		return st, fmt.Errorf("read who may invoke lease %s: %w", lease, err)
	}
	return st, nil
}

// KeyRequest is a request that runs the lease's function at endpoint with an API key, as the
// customer's users (and a witness with a probe kit) send it: "Authorization: Bearer dfk_…",
// nothing else added. pathAndQuery is what the function sees ("/resize?w=64").
func KeyRequest(ctx context.Context, endpoint string, lease api.LeaseID, key api.Key, method, pathAndQuery string, body []byte, header http.Header) (*http.Request, error) {
	if method == "" {
		method = http.MethodGet
	}
	var rd io.Reader = http.NoBody
	if len(body) > 0 {
		rd = bytes.NewReader(body)
	}
	r, err := http.NewRequestWithContext(ctx, method, api.InvokeURL(endpoint, lease, pathAndQuery), rd)
	if err != nil {
		return nil, fmt.Errorf("invoke lease %s: %w", lease, err)
	}
	for k, v := range header {
		r.Header[k] = append([]string(nil), v...)
	}
	r.Header.Set("Authorization", api.SchemeKey+" "+key.String())
	return r, nil
}
