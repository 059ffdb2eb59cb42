package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/probekit"
	"github.com/defaas/defaas/provider"
)

// runProvider runs a provider daemon as development account i on the CLI's chain.
func (c *cli) runProvider(i int, cacheDir string) *provider.Provider {
	c.t.Helper()
	return c.runProviderIn(i, cacheDir, c.t.TempDir())
}

// runProviderIn is runProvider with its state in dataDir.
func (c *cli) runProviderIn(i int, cacheDir, dataDir string) *provider.Provider {
	c.t.Helper()
	conn, err := chain.NewConn(c.chain.MiningClient())
	if err != nil {
		c.t.Fatal(err)
	}
	cfg := provider.DefaultConfig()
	cfg.DataDir, cfg.Listen, cfg.PollInterval, cfg.WasmCacheDir = dataDir, "127.0.0.1:0", 20*time.Millisecond, cacheDir
	cfg.Pricing.Prices = map[string]string{"0": "2", "1": "3", "2": "5"}
	p, err := provider.New(context.Background(), cfg, provider.Options{Conn: conn, Manifest: c.chain.Manifest,
		Signer: keys.FromKey(keys.DevKey(i), c.chain.ChainID), Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(5 * time.Millisecond)}})
	if err != nil {
		c.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	c.t.Cleanup(func() { cancel(); <-done; p.Close() })
	return p
}

func (c *cli) until(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func get(t *testing.T, url, key string) (int, string) {
	t.Helper()
	r, _ := http.NewRequest(http.MethodGet, url, nil)
	if key != "" {
		r.Header.Set("Authorization", "Bearer "+key)
	}
	res, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// The customer's side of who may invoke, through the command line against a real provider:
// the spares registered at upload, keys mode, a key for a user that a plain HTTP client (curl)
// uses, the key list, a revocation, the URL, and the probe kits posted by watch --drive.
func TestCLI_FunctionAccessKeysURLAndKits(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	mods, err := wasmtest.Prepare(context.Background(), dir, filepath.Join(dir, "wazero"), wasmtest.Module{Name: "hello", ABI: functions.Reactor})
	if err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(dir, "hello.wasm")
	os.WriteFile(wasm, mods[0], 0o644)
	p := c.runProvider(2, filepath.Join(dir, "wazero"))
	for i := 5; i <= 7; i++ {
		c.ok("witness", "register", "--stake", "100", dev(i))
	}
	c.until("the provider registered", func() bool { return c.run("provider", "show", p.Address().Hex()).code == 0 })
	c.ok("order", "create", "--units", "4", "--max-price", "10", "--witnesses", "3", "--bidding", "2s", dev(1))
	c.until("the provider's bid", func() bool { return c.order(1).BestBidder == p.Address() })
	c.chain.AdvanceTo(c.order(1).Deadline)
	c.until("the deployment", func() bool { return c.order(1).Published })
	c.ok("order", "accept", "1", dev(1))

	c.fails("only the customer of order 1", "function", "access", "keys", "1", dev(3))
	c.fails("--probe", "function", "upload", "1", wasm, "--probe", "resize", dev(1))
	c.ok("function", "upload", "1", wasm, "--probe", "GET /greet?name=probe User-Agent:app/1.0", dev(1))
	c.fails("access mode \"open\"", "function", "access", "open", "1", dev(1))
	r := c.ok("function", "access", "keys", "1", dev(1))
	if !strings.Contains(r.stdout, "keys") {
		t.Errorf("access: %s", r.stdout)
	}
	var k struct{ Key, ID string }
	c.jsonOut(&k, "function", "key", "new", "1", "--label", "alice", dev(1))
	if _, err := api.ParseKey(k.Key); err != nil {
		t.Fatalf("key new printed %q: %v", k.Key, err)
	}
	r = c.ok("function", "url", "1", "/greet?name=alice", "--key", k.Key)
	m := regexp.MustCompile(`^curl -H "Authorization: Bearer (dfk_[A-Za-z0-9_-]{43})" '(http://[^']+)'\n$`).FindStringSubmatch(r.stdout)
	if m == nil || m[1] != k.Key {
		t.Fatalf("url printed %q", r.stdout)
	}
	if code, body := get(t, m[2], m[1]); code != 200 || !strings.Contains(body, "alice") {
		t.Fatalf("the user's call: %d %s", code, body)
	}
	if curl, err := exec.LookPath("curl"); err == nil {
		out, err := exec.Command("sh", "-c", strings.Replace(r.stdout, "curl ", curl+" -sf ", 1)).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "alice") {
			t.Fatalf("curl: %v %s", err, out)
		}
	}
	var list []struct {
		ID, Kind, Label     string
		Registered, Revoked bool
	}
	c.jsonOut(&list, "function", "key", "list", "1", dev(1))
	users, spares := 0, 0
	for _, e := range list {
		if !e.Registered {
			t.Errorf("key %s (%s) is not at the provider", e.ID, e.Kind)
		}
		switch e.Kind {
		case "user":
			users++
		case "spare":
			spares++
		}
	}
	if users != 1 || users+spares < 3*probekit.KeysPerMember {
		t.Fatalf("%d users' keys and %d spares: %+v", users, spares, list)
	}
	c.ok("function", "key", "revoke", "1", k.ID[:8], dev(1))
	if code, _ := get(t, m[2], m[1]); code != 401 {
		t.Fatalf("a revoked key: %d", code)
	}
	c.fails("revoked already", "function", "key", "revoke", "1", k.ID, dev(1))

	// The service: watch --drive posts every member its kit once the committee is drawn.
	c.ok("order", "fulfill", "1", "--module", wasm, dev(1))
	done := make(chan result, 1)
	go func() { done <- c.run("order", "watch", "1", "--drive", dev(1)) }()
	var w result
	for deadline := time.Now().Add(25 * time.Second); ; {
		select {
		case w = <-done:
		case <-time.After(100 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("watch --drive did not take the lease to its end")
			}
			c.chain.Mine(1)
			continue
		}
		break
	}
	if w.code != 0 || !strings.Contains(w.stderr, "posted the probe kits of segment 0") {
		t.Fatalf("watch: exit %d\n%s", w.code, w.stderr)
	}
	logs, err := c.chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{c.chain.Manifest.Market}, Topics: [][]common.Hash{{market.MarketEvent("ProbeKit")}},
	})
	if err != nil || len(logs) != 3 {
		t.Fatalf("%d ProbeKit events, %v", len(logs), err)
	}
	reader := market.New(c.chain.Client, c.chain.Manifest, nil)
	for _, l := range logs {
		ev, _ := reader.DecodeProbeKit(&l)
		key := keys.DevKey(devIndex(t, ev.Witness))
		kit, err := probekit.Open(ev.SealedKit, key, 1, 0)
		if err != nil || kit.Requests[0].PathAndQuery() != "/greet?name=probe" || kit.Requests[0].Header.Get("User-Agent") != "app/1.0" {
			t.Fatalf("member %s's kit: %+v %v", ev.Witness, kit, err)
		}
	}
	var after []json.RawMessage
	c.jsonOut(&after, "function", "key", "list", "1", dev(1))
	if strings.Contains(fmt.Sprint(string(after[0])), "secret") {
		t.Error("key list shows a spare's secret")
	}
}

func devIndex(t *testing.T, a common.Address) int {
	for i := 0; i < keys.DevAccounts; i++ {
		if crypto.PubkeyToAddress(keys.DevKey(i).PublicKey) == a {
			return i
		}
	}
	t.Fatalf("%s is no development account", a)
	return -1
}
