package contracts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestManifest_RoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "manifest.json")
	m := Manifest{ChainID: 1337, Token: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"),
		WitnessPool: common.HexToAddress("0x03"), DeploymentBlock: 7, Preset: PresetDev, RPC: "http://127.0.0.1:8545"}
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != m {
		t.Fatalf("got %+v, want %+v", got, m)
	}
}

func TestLoadManifest_BadInputSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadManifest(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "deploy first") {
		t.Errorf("missing file: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	if _, err := LoadManifest(bad); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("bad JSON: %v", err)
	}
	empty := filepath.Join(dir, "empty.json")
	os.WriteFile(empty, []byte(`{"chainId": 5}`), 0o644)
	if _, err := LoadManifest(empty); err == nil || !strings.Contains(err.Error(), "no token address") {
		t.Errorf("incomplete: %v", err)
	}
}
