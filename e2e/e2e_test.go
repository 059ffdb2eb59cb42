// Package e2e runs the real `defaas` binary as its own process against real nodes: the
// embedded devnet started by `defaas devnet`, and anvil from the npm package
// @foundry-rs/anvil. Nothing is in process with the test but the test itself.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// defaasBin is the defaas binary; precompileBin fills a compilation cache with modules, as
// the runtime compiles them (built without the race detector, under which wazero's compiler
// is some ten times slower).
var defaasBin, precompileBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "defaas-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defaasBin, precompileBin = filepath.Join(dir, "defaas"), filepath.Join(dir, "precompile")
	for bin, pkg := range map[string]string{defaasBin: "../cmd/defaas", precompileBin: "../runtime/internal/precompile"} {
		build := exec.Command("go", "build", "-o", bin, pkg)
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build", pkg+":", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cli runs the defaas binary with its own home directory.
type cli struct {
	t    *testing.T
	home string
	env  []string
}

func newCLI(t *testing.T, extraEnv ...string) *cli {
	home := t.TempDir()
	return &cli{t: t, home: home, env: append([]string{"DEFAAS_HOME=" + home, "HOME=" + home}, extraEnv...)}
}

func (c *cli) try(args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, defaasBin, args...)
	cmd.Env = append(os.Environ(), c.env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

func (c *cli) ok(args ...string) string {
	c.t.Helper()
	out, errOut, err := c.try(args...)
	if err != nil {
		c.t.Fatalf("defaas %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, errOut)
	}
	return out
}

func (c *cli) json(v any, args ...string) {
	c.t.Helper()
	out := c.ok(append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		c.t.Fatalf("defaas %s --json: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// retry runs a command until it succeeds, as long as it fails saying `until` (a refusal for
// being too early), for at most d.
func (c *cli) retry(d time.Duration, until string, args ...string) {
	c.t.Helper()
	deadline := time.Now().Add(d)
	for {
		out, errOut, err := c.try(args...)
		if err == nil {
			return
		}
		if !strings.Contains(errOut, until) || time.Now().After(deadline) {
			c.t.Fatalf("defaas %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, errOut)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type orderView struct {
	Order struct {
		ID       uint64 `json:"id"`
		State    string `json:"state"`
		Deadline string `json:"deadline"`
	} `json:"order"`
	Segments []struct {
		Status    string `json:"status"`
		Violated  bool   `json:"violated"`
		Committee *struct {
			Status  string   `json:"status"`
			Members []string `json:"members"`
		} `json:"committee"`
	} `json:"segments"`
	Settlement *struct {
		ViolatedSegments int `json:"violatedSegments"`
	} `json:"settlement"`
}

// wholeLife drives order 1 from creation to Finished with the command line alone: the
// customer, a provider, three witnesses, each a separate account given by acct(i). The
// customer commits a module hash (no daemon serves it: nobody probes), the provider confirms
// it, the committee is drawn and reports no violation.
func wholeLife(t *testing.T, c *cli, acct func(i int) []string, witnessAccounts []int, addrOf map[string]int) {
	customer, provider := acct(1), acct(2)
	var bal map[string]string
	c.json(&bal, append([]string{"token", "balance"}, provider...)...)
	before, ok := new(big.Float).SetString(bal["fst"])
	if !ok {
		t.Fatalf("balance %q", bal["fst"])
	}
	c.ok(append([]string{"provider", "register", "--stake", "500"}, provider...)...)
	for _, w := range witnessAccounts {
		c.ok(append([]string{"witness", "register", "--stake", "100"}, acct(w)...)...)
	}
	c.ok(append([]string{"order", "create", "--units", "2", "--max-price", "10", "--bidding", "4s"}, customer...)...)
	c.ok(append([]string{"provider", "bid", "1", "7"}, provider...)...)
	c.ok(append([]string{"order", "watch", "1", "--until", "Confirming", "--drive"}, customer...)...)
	c.ok(append([]string{"provider", "publish", "1", "--endpoint", "http://127.0.0.1:9/"}, provider...)...)
	c.ok(append([]string{"order", "accept", "1"}, customer...)...)
	c.ok(append([]string{"order", "fulfill", "1", "--module-hash", "0x" + strings.Repeat("ab", 32)}, customer...)...)
	c.ok(append([]string{"provider", "confirm", "1"}, provider...)...)
	c.retry(30*time.Second, "DrawNotDue", append([]string{"witness", "draw", "1"}, customer...)...)
	var v orderView
	c.json(&v, "order", "show", "1")
	if len(v.Segments) != 1 || v.Segments[0].Committee == nil || len(v.Segments[0].Committee.Members) != 3 {
		t.Fatalf("segments: %+v", v.Segments)
	}
	members := v.Segments[0].Committee.Members
	for _, m := range members {
		i, ok := addrOf[strings.ToLower(m)]
		if !ok {
			t.Fatalf("member %s is none of our witnesses", m)
		}
		c.ok(append([]string{"witness", "report", "1"}, acct(i)...)...)
	}
	for _, m := range members {
		c.retry(60*time.Second, "RevealNotOpen", append([]string{"witness", "reveal", "1"}, acct(addrOf[strings.ToLower(m)])...)...)
	}
	c.ok(append([]string{"order", "watch", "1", "--drive"}, customer...)...)
	c.json(&v, "order", "show", "1")
	if v.Order.State != "Finished" || v.Settlement == nil || v.Settlement.ViolatedSegments != 0 {
		t.Fatalf("order ended %s, settlement %+v; want Finished without violation", v.Order.State, v.Settlement)
	}
	c.json(&bal, append([]string{"token", "balance"}, provider...)...)
	want := new(big.Float).Add(before, big.NewFloat(-500+2*7)) // stake out, fee of 2 units × 7 FST in
	if got, _ := new(big.Float).SetString(bal["fst"]); got == nil || got.Cmp(want) != 0 {
		t.Errorf("provider holds %s FST, want %s", bal["fst"], want.Text('f', -1))
	}
}

func sleep() { time.Sleep(200 * time.Millisecond) }
