package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/defaas/defaas/keys"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestDevnet_WholeLifeWithTheCLIAlone starts `defaas devnet` as its own process and drives an
// order through its whole life with the command line, then stops the devnet with Ctrl-C.
func TestDevnet_WholeLifeWithTheCLIAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end with the devnet process: not in -short")
	}
	c := newCLI(t)
	httpPort, wsPort := freePort(t), freePort(t)
	var out, errb bytes.Buffer
	devnet := exec.Command(defaasBin, "devnet", "--http-port", fmt.Sprint(httpPort), "--ws-port", fmt.Sprint(wsPort), "--block-time", "1s")
	devnet.Env = append(os.Environ(), c.env...)
	devnet.Stdout, devnet.Stderr = &out, &errb
	if err := devnet.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- devnet.Wait() }()
	t.Cleanup(func() {
		devnet.Process.Kill()
	})
	waitPort(t, httpPort)
	manifest := filepath.Join(c.home, "manifest.json")
	for i := 0; ; i++ {
		if _, err := os.Stat(manifest); err == nil {
			break
		}
		if i > 300 {
			t.Fatalf("no manifest at %s\nstdout: %s\nstderr: %s", manifest, out.String(), errb.String())
		}
		sleep()
	}

	addrOf := map[string]int{}
	for i := 0; i < keys.DevAccounts; i++ {
		addrOf[strings.ToLower(crypto.PubkeyToAddress(keys.DevKey(i).PublicKey).Hex())] = i
	}
	wholeLife(t, c, func(i int) []string { return []string{fmt.Sprintf("--dev-account=%d", i)} }, []int{3, 4, 5, 6, 7}, addrOf)

	if err := devnet.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("devnet exited with %v after Ctrl-C\nstderr: %s", err, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop within 30 s of Ctrl-C")
	}
	for _, want := range []string{"DEVELOPMENT ACCOUNTS", "these private keys are public", "Market", fmt.Sprintf("127.0.0.1:%d", httpPort)} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("devnet output lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(out.String()+errb.String(), "Devnet stopped") {
		t.Errorf("devnet did not say it stopped:\n%s\n%s", out.String(), errb.String())
	}
}
