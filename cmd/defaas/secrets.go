package main

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/defaas/defaas/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
)

// The salts of sealed bids and the (B, T, S) of witness reports are written to disk, synced,
// before the commitment is sent: a crash between commit and reveal must not lose them.

type sealedBidSecret struct {
	UnitPrice string      `json:"unitPrice"`
	Salt      common.Hash `json:"salt"`
}

type reportSecret struct {
	Violated   bool        `json:"violated"`
	ReportTime uint64      `json:"reportTime"`
	Secret     common.Hash `json:"secret"`
}

func (a *app) secretPath(kind string, chainID uint64, id uint64, who common.Address) string {
	return a.home("secrets", fmt.Sprintf("%s-%d-%d-%s.json", kind, chainID, id, who.Hex()))
}

func randomHash() (common.Hash, error) {
	var h common.Hash
	if _, err := rand.Read(h[:]); err != nil {
		return h, fmt.Errorf("random secret: %w", err)
	}
	return h, nil
}

// saveSecret writes v to path durably, before the commitment that needs it is sent.
func saveSecret(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, b, 0o600); err != nil {
		return fmt.Errorf("save secret: %w", err)
	}
	return nil
}

func loadSecret(path string, v any, hint string) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no saved secret at %s: %s", path, hint)
	}
	if err != nil {
		return fmt.Errorf("read secret: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("secret %s is corrupt: %w", path, err)
	}
	return nil
}
