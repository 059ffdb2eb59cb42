package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/keys"
)

// anvilKeys are the well-known development keys of anvil's default mnemonic.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
}

func anvilBinary(t *testing.T) string {
	p, err := filepath.Abs("../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil is missing at %s: run npm ci", p)
		}
		t.Skipf("anvil is not installed at %s (run npm ci)", p)
	}
	return p
}

// TestAnvil_DeployAndWholeLife deploys with `defaas deploy` to anvil, a real external node
// mining a block a second, and drives an order through its whole life with the CLI alone.
func TestAnvil_DeployAndWholeLife(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end against anvil: not in -short")
	}
	port := freePort(t)
	anvil := exec.Command(anvilBinary(t), "--port", fmt.Sprint(port), "--block-time", "1", "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { anvil.Process.Kill(); anvil.Wait() })
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)
	c := newCLI(t, "DEFAAS_RPC="+rpc)
	manifest := filepath.Join(c.home, "manifest.json")
	waitPort(t, port)

	c.ok("deploy", "--preset", "dev", "--private-key", anvilKeys[0], "--out", manifest)
	addrOf := map[string]int{}
	for i, k := range anvilKeys {
		key, err := keys.ParseKey(k)
		if err != nil {
			t.Fatal(err)
		}
		addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
		addrOf[strings.ToLower(addr)] = i
		if i > 0 {
			c.ok("token", "faucet", "--to", addr, "--amount", "1000", "--private-key", anvilKeys[0])
		}
	}
	wholeLife(t, c, func(i int) []string { return []string{"--private-key", anvilKeys[i]} }, []int{3, 4, 5}, addrOf)
}

// waitPort waits until something listens on 127.0.0.1:port.
func waitPort(t *testing.T, port int) {
	t.Helper()
	for i := 0; i < 300; i++ {
		if conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			conn.Close()
			return
		}
		sleep()
	}
	t.Fatalf("nothing listens on port %d", port)
}
