package devnet

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/atomicfile"
)

// stateFile, in the data directory beside the chain, remembers what the chain itself does not
// say: how many dev accounts it was made with and where the contracts were deployed, so that a
// restart reuses the deployment instead of deploying again.
const stateFile = "devnet.json"

// stateVersion changes when the layout of the data directory does. Version 1 kept the chain's
// state in go-ethereum's path scheme, which loses the blocks since its last flush when killed;
// version 2 keeps every block's state (see Start).
const stateVersion = 2

type state struct {
	Version  int    `json:"version"`
	ChainID  uint64 `json:"chainId"`
	Accounts int    `json:"accounts"`
	// Deployment is nil until the first start has deployed the contracts.
	Deployment *contracts.Manifest `json:"deployment,omitempty"`
}

// loadState reads the state of the devnet in dir; ok is false when there is none yet.
func loadState(dir string) (st state, ok bool, err error) {
	path := filepath.Join(dir, stateFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return st, false, nil
	}
	if err != nil {
		return st, false, fmt.Errorf("read devnet state: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, false, fmt.Errorf("devnet state %s is corrupt (%v): remove the data directory %s to start a new chain", path, err, dir)
	}
	switch {
	case st.Version == 1:
		return st, false, fmt.Errorf("the devnet in %s was made by an older defaas, whose chain lost its latest blocks when killed; this one writes every block to disk and cannot resume it: remove the data directory %s to start a new chain", dir, dir)
	case st.Version != stateVersion:
		return st, false, fmt.Errorf("devnet state %s has version %d, this defaas reads %d: remove the data directory %s to start a new chain", path, st.Version, stateVersion, dir)
	}
	return st, true, nil
}

// save writes the state atomically, so a crash leaves the old state or the new one.
func (st state) save(dir string) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, stateFile), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write devnet state: %w", err)
	}
	return nil
}
