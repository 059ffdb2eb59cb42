package sigauth

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
)

// Sign signs a request on lease with key for domain and sets its
// Authorization header, using the current time and a fresh 16-byte nonce.
// The body, if any, is read to hash it and put back (GetBody too), so the
// request can still be sent.
func Sign(r *http.Request, key *ecdsa.PrivateKey, d Domain, lease api.LeaseID) error {
	return SignAt(r, key, d, lease, time.Now())
}

// SignAt is Sign with an explicit time.
func SignAt(r *http.Request, key *ecdsa.PrivateKey, d Domain, lease api.LeaseID, now time.Time) error {
	var body []byte
	if r.Body != nil && r.Body != http.NoBody {
		var err error
		body, err = io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return fmt.Errorf("sign request: read body: %w", err)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		r.ContentLength = int64(len(body))
	}
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		return fmt.Errorf("sign request: nonce: %w", err)
	}
	m := Message{
		Lease:        lease,
		Method:       r.Method,
		PathAndQuery: r.URL.RequestURI(),
		BodySHA256:   BodyHash(body),
		Timestamp:    uint64(now.Unix()),
		Nonce:        nonce,
	}
	if m.Method == "" {
		m.Method = http.MethodGet
	}
	sig, err := d.SignMessage(m, key)
	if err != nil {
		return fmt.Errorf("sign request: %w", err)
	}
	h := Header{Lease: lease, Timestamp: m.Timestamp, Nonce: nonce, Sig: sig, Signer: crypto.PubkeyToAddress(key.PublicKey)}
	r.Header.Set("Authorization", h.String())
	return nil
}

// SignMessage returns the personal_sign signature of m's digest, v = 27 or 28
// as wallets produce it.
func (d Domain) SignMessage(m Message, key *ecdsa.PrivateKey) ([]byte, error) {
	digest, err := d.Digest(m)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(signedHash(digest), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}
