package api

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// LeaseStatus is the body of GET /v1/leases/{id}: the lease on the provider's side.
type LeaseStatus struct {
	Lease  LeaseID `json:"lease,string"`
	Active bool    `json:"active"`
	Level  Level   `json:"level"`
	// Function is the loaded function, nil when none is loaded.
	Function *FunctionStatus `json:"function"`
}

// Level is the resource class a lease was bought at (SPEC §3.2), as the provider serves it.
type Level struct {
	CPUMilli uint32
	MemoryMB uint32
	ImageMB  uint32
}

// FunctionStatus describes a lease's loaded function: the body of a successful upload, and
// part of the lease's status.
type FunctionStatus struct {
	ABI       string    `json:"abi"`
	SHA256    string    `json:"sha256"`
	Size      int       `json:"size"`
	LoadedAt  time.Time `json:"loadedAt"`
	Slots     int       `json:"slots"`
	Running   int       `json:"running"`
	Waiting   int64     `json:"waiting"`
	Warm      int       `json:"warm"`
	Served    uint64    `json:"served"`
	Failed    uint64    `json:"failed"`
	MemoryMB  uint32    `json:"memoryMB"`
	TimeoutMS int64     `json:"timeoutMs"`
}

// AccessInfo is what a provider puts, encrypted to the customer, in the accessInfo of its
// publishDeployment (SPEC §3.9). It repeats the endpoint and binds it to the lease, the
// provider and the deployment, so a customer can check the published endpoint is the one the
// winner meant for this order. Encoding: this JSON, then ECIES on secp256k1 to the public key
// that signed the customer's createOrder transaction (provider/client's Seal and Open).
type AccessInfo struct {
	Version  int     `json:"v"`
	Endpoint string  `json:"endpoint"`
	Lease    LeaseID `json:"lease"`
	Provider Address `json:"provider"`
	ChainID  uint64  `json:"chainId"`
	Market   Address `json:"market"`
}

// Address is an account or contract address, written as 0x and 40 hex digits. It converts to
// and from go-ethereum's common.Address, which has the same layout.
type Address [20]byte

func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }

// MarshalText writes the address as 0x and lower-case hex.
func (a Address) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads 0x and 40 hex digits, in any case.
func (a *Address) UnmarshalText(b []byte) error {
	s := string(b)
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		h, ok = strings.CutPrefix(s, "0X")
	}
	if !ok || len(h) != 40 {
		return fmt.Errorf("address %q: want 0x and 40 hex digits", s)
	}
	if _, err := hex.Decode(a[:], []byte(h)); err != nil {
		return fmt.Errorf("address %q: %w", s, err)
	}
	return nil
}
