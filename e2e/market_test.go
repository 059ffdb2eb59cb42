package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/defaas/defaas/contracts"
	functions "github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
)

// process is a daemon the test started and may kill.
type process struct {
	name string
	cmd  *exec.Cmd
	log  *bytes.Buffer
}

func (c *cli) start(t *testing.T, name string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(defaasBin, args...)
	cmd.Env = append(os.Environ(), c.env...)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{name: name, cmd: cmd, log: &log}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		if t.Failed() {
			t.Logf("--- %s's log:\n%s", name, log.String())
		}
	})
	return p
}

func (p *process) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
}

// TestMarket_TwoStoriesWithSeparateProcesses runs the demo's two stories with every party its
// own process: anvil as the chain, `defaas deploy`, two `defaas provider run`, three
// `defaas witness run`, and the customers through the command line. Provider 1 (cheap, room
// for one lease) serves lease A, the thumbnail; provider 2 wins lease B and is killed half-way
// through it. The witnesses see it; B is refunded with the collateral; every witness's FST
// follows the payoff table.
func TestMarket_TwoStoriesWithSeparateProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end with separate processes: not in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	work := t.TempDir()
	thumbWasm, err := functions.Build(ctx, "thumbnail", functions.Reactor, work)
	if err != nil {
		t.Fatal(err)
	}
	helloWasm, err := functions.Build(ctx, "hello", functions.Reactor, work)
	if err != nil {
		t.Fatal(err)
	}

	port := freePort(t)
	anvil := exec.Command(anvilBinary(t), "--port", fmt.Sprint(port), "--block-time", "1", "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { anvil.Process.Kill(); anvil.Wait() })
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)
	c := newCLI(t, "DEFAAS_RPC="+rpc)
	waitPort(t, port)
	key := func(i int) []string { return []string{"--private-key", anvilKeys[i]} }
	c.ok(append([]string{"deploy", "--preset", "dev"}, key(0)...)...)

	addrs := make([]common.Address, len(anvilKeys))
	names := map[common.Address]string{}
	for i, k := range anvilKeys {
		pk, err := keys.ParseKey(k)
		if err != nil {
			t.Fatal(err)
		}
		addrs[i] = crypto.PubkeyToAddress(pk.PublicKey)
		names[addrs[i]] = []string{"deployer", "customer-A", "customer-B", "provider-1", "provider-2", "witness-1"}[i]
		if i > 0 {
			c.ok(append([]string{"token", "faucet", "--to", addrs[i].Hex(), "--amount", "1000"}, key(0)...)...)
		}
	}
	// Three witnesses are needed for a committee; anvil's seventh and eighth keys join the five
	// above.
	extra := []string{"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356", "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"}
	witnessKeys := append([]string{anvilKeys[5]}, extra...)
	for _, k := range extra {
		pk, _ := keys.ParseKey(k)
		a := crypto.PubkeyToAddress(pk.PublicKey)
		names[a] = fmt.Sprintf("witness-%d", len(names)-4)
		c.ok(append([]string{"token", "faucet", "--to", a.Hex(), "--amount", "1000"}, key(0)...)...)
	}

	conn, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	m, err := contracts.LoadManifest(filepath.Join(c.home, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := market.New(conn, m, nil)
	holdings := func() map[string]*big.Int {
		out := map[string]*big.Int{}
		for a, name := range names {
			b, err := r.Balance(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := r.Provider(ctx, a)
			w, _ := r.Witness(ctx, a)
			out[name] = b.Add(b, p.Stake).Add(b, w.Stake)
		}
		return out
	}
	before := holdings()

	// Two providers: provider-1 cheap with room for one lease, provider-2 dearer.
	providers := map[common.Address]*process{}
	for i, price := range []string{"1", "2"} {
		cfg := filepath.Join(work, fmt.Sprintf("provider-%d.toml", i+1))
		os.WriteFile(cfg, []byte(fmt.Sprintf(`data_dir = %q
listen = "127.0.0.1:%d"
stake_fst = "500"
cpu_milli = 1000
memory_mb = 1024
poll_interval = "250ms"
witness_every = "200ms"
witness_burst = 10
[pricing]
strategy = "fixed"
[pricing.prices]
"0" = %q
"1" = %q
`, filepath.Join(work, fmt.Sprintf("p%d", i+1)), freePort(t), price, price)), 0o644)
		providers[addrs[3+i]] = c.start(t, names[addrs[3+i]], append([]string{"provider", "run", "--config", cfg}, key(3+i)...)...)
	}
	for i, k := range witnessKeys {
		cfg := filepath.Join(work, fmt.Sprintf("witness-%d.toml", i+1))
		os.WriteFile(cfg, []byte(fmt.Sprintf(`data_dir = %q
listen = ""
stake_fst = "100"
probe_interval = "1s"
probe_jitter = "300ms"
probe_timeout = "2s"
poll_interval = "250ms"
`, filepath.Join(work, fmt.Sprintf("w%d", i+1)))), 0o644)
		c.start(t, fmt.Sprintf("witness-%d", i+1), "witness", "run", "--config", cfg, "--private-key", k)
	}
	// Wait until all five daemons have staked.
	deadline := time.Now().Add(60 * time.Second)
	for {
		n := 0
		for a := range names {
			if p, _ := r.Provider(ctx, a); p.Registered {
				n++
			}
			if w, _ := r.Witness(ctx, a); w.Registered {
				n++
			}
		}
		if n == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of 5 daemons registered", n)
		}
		sleep()
	}

	customer := func(i int, args ...string) string { return c.ok(append(args, key(i)...)...) }
	customer(1, "order", "create", "--level", "1", "--units", "8", "--max-price", "5", "--bidding", "4s")
	customer(1, "order", "watch", "1", "--until", "Confirming")
	customer(2, "order", "create", "--level", "0", "--units", "8", "--max-price", "5", "--bidding", "4s")

	// Lease A: accept, upload the thumbnail, invoke it on an image, start the service.
	waitPublished(t, r, 1)
	customer(1, "order", "accept", "1")
	customer(1, "function", "upload", "1", thumbWasm)
	img := filepath.Join(work, "landscape.jpg")
	src, err := os.ReadFile("../demo/assets/landscape.jpg")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(img, src, 0o644)
	out := filepath.Join(work, "thumb.png")
	customer(1, "function", "invoke", "1", "/?w=200", "--data", "@"+img, "-H", "Content-Type: image/jpeg", "-o", out)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	pic, err := png.Decode(f)
	f.Close()
	if err != nil || pic.Bounds().Dx() != 200 {
		t.Fatalf("thumbnail: %v %v", pic, err)
	}
	customer(1, "order", "fulfill", "1")

	// Lease B: hello, then its provider is killed half-way through the service.
	waitPublished(t, r, 2)
	customer(2, "order", "accept", "2")
	customer(2, "function", "upload", "2", helloWasm)
	if body := customer(2, "function", "invoke", "2", "/hello"); !strings.Contains(body, "/hello") {
		t.Fatalf("hello answered %q", body)
	}
	customer(2, "order", "fulfill", "2")
	lease, err := r.Lease(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if names[lease.Provider] != "provider-2" {
		t.Fatalf("lease B went to %s, want provider-2 (provider-1 is busy with lease A)", names[lease.Provider])
	}
	half := lease.ServiceStart.Add(lease.ServiceEnd.Sub(lease.ServiceStart) / 2)
	for time.Now().Before(half) {
		sleep()
	}
	providers[lease.Provider].kill()

	customer(1, "order", "watch", "1", "--drive")
	customer(2, "order", "watch", "2", "--drive")
	// The witnesses' payoffs are minted when the committee is finalized, within settle.
	a, err := r.Order(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Order(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if a.State != market.StateFinished || a.Violated || b.State != market.StateFinished || !b.Violated {
		t.Fatalf("lease A ended %s violated=%v, lease B %s violated=%v; want Finished/false and Finished/true", a.State, a.Violated, b.State, b.Violated)
	}
	after := holdings()
	leaseA, _ := r.Lease(ctx, 1)
	want := map[string]*big.Int{
		"customer-A": new(big.Int).Neg(leaseA.Fee),
		"provider-1": leaseA.Fee,
		"customer-B": lease.Collateral,
		"provider-2": new(big.Int).Neg(lease.Collateral),
		"deployer":   new(big.Int),
	}
	unit := contracts.DevPreset().Pool.RewardUnit
	for _, id := range []uint64{1, 2} {
		cm, err := r.Committee(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, mb := range cm.Members {
			seat, _ := r.Seat(ctx, id, mb)
			u := int64(-1)
			switch {
			case seat.Revealed && cm.Violated && seat.Violated:
				u = 10
			case seat.Revealed && cm.Violated:
				u = 0
			case seat.Revealed && !seat.Violated:
				u = 1
			}
			name := names[mb]
			if want[name] == nil {
				want[name] = new(big.Int)
			}
			want[name].Add(want[name], new(big.Int).Mul(big.NewInt(u), unit))
		}
	}
	for name, b := range before {
		got := new(big.Int).Sub(after[name], b)
		w := want[name]
		if w == nil {
			w = new(big.Int)
		}
		if got.Cmp(w) != 0 {
			t.Errorf("%s: FST changed by %s, want %s", name, market.FormatFST(got), market.FormatFST(w))
		}
	}
}

func waitPublished(t *testing.T, r *market.Client, id uint64) {
	t.Helper()
	for i := 0; i < 300; i++ {
		if o, err := r.Order(context.Background(), id); err == nil && o.Published {
			return
		}
		sleep()
	}
	t.Fatalf("order %d was never published", id)
}
