package contracts

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/defaas/defaas/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
)

// Manifest says where a deployment lives. Every client reads it (`--manifest`), so the same
// clients run against the devnet, anvil or a public chain.
type Manifest struct {
	ChainID         uint64         `json:"chainId"`
	Token           common.Address `json:"token"`
	Market          common.Address `json:"market"`
	WitnessPool     common.Address `json:"witnessPool"`
	DeploymentBlock uint64         `json:"deploymentBlock"`
	Preset          string         `json:"preset"`
	// RPC is the endpoint the deployment was made through, a default for clients.
	RPC string `json:"rpc,omitempty"`
	// WS is a WebSocket endpoint of the same chain, when there is one.
	WS string `json:"ws,omitempty"`
}

// Manifest describes this deployment on chain chainID.
func (d *Deployment) Manifest(chainID uint64) Manifest {
	return Manifest{
		ChainID: chainID, Token: d.Token, Market: d.Market, WitnessPool: d.WitnessPool,
		DeploymentBlock: d.Block, Preset: d.Preset,
	}
}

// Validate reports the first thing that makes m unusable.
func (m Manifest) Validate() error {
	switch {
	case m.ChainID == 0:
		return errors.New("manifest has no chainId")
	case m.Token == (common.Address{}):
		return errors.New("manifest has no token address")
	case m.Market == (common.Address{}):
		return errors.New("manifest has no market address")
	case m.WitnessPool == (common.Address{}):
		return errors.New("manifest has no witnessPool address")
	}
	return nil
}

// LoadManifest reads and checks a manifest file.
func LoadManifest(path string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return m, fmt.Errorf("no manifest at %s: deploy first (defaas deploy or defaas devnet) or pass --manifest", path)
		}
		return m, fmt.Errorf("read manifest: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("manifest %s is not valid JSON: %w", path, err)
	}
	if err := m.Validate(); err != nil {
		return m, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// Save writes m to path atomically: a crash leaves the old manifest or the new one.
func (m Manifest) Save(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}
