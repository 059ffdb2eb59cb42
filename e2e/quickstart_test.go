package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The README's newcomer path is docs/quickstart.sh: the README shows the lines between its
// markers as one code block, preceded by the comment readmeMarker.
const (
	quickstartScript = "../docs/quickstart.sh"
	readmeMarker     = "<!-- docs/quickstart.sh -->"
	scriptBegins     = "# --- README begins ---"
	scriptEnds       = "# --- README ends ---"
)

// scriptBlock is the lines of the quickstart script between its markers.
func scriptBlock(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(quickstartScript)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), scriptBegins+"\n")
	block, _, ok2 := strings.Cut(rest, scriptEnds+"\n")
	if !ok || !ok2 {
		t.Fatalf("%s lacks the markers %q and %q", quickstartScript, scriptBegins, scriptEnds)
	}
	return strings.Split(strings.TrimSuffix(block, "\n"), "\n")
}

// readmeBlock is the code block that follows readmeMarker in the README.
func readmeBlock(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), readmeMarker+"\n")
	if !ok {
		t.Fatalf("README.md lacks %q before the quick start's code block", readmeMarker)
	}
	sc := bufio.NewScanner(strings.NewReader(rest))
	var lines []string
	in := false
	for sc.Scan() {
		l := sc.Text()
		switch {
		case !in && strings.HasPrefix(l, "```"):
			in = true
		case !in:
			t.Fatalf("README.md: %q is not followed by a code block (found %q)", readmeMarker, l)
		case l == "```":
			return lines
		default:
			lines = append(lines, l)
		}
	}
	t.Fatal("README.md: the quick start's code block does not end")
	return nil
}

func TestQuickstart_READMEIsTheScript(t *testing.T) {
	readme, script := readmeBlock(t), scriptBlock(t)
	for i := 0; i < max(len(readme), len(script)); i++ {
		var r, s string
		if i < len(readme) {
			r = readme[i]
		}
		if i < len(script) {
			s = script[i]
		}
		if r != s {
			t.Fatalf("the README's quick start and %s differ at line %d of the block:\nREADME: %q\nscript: %q\n(edit both: the script is what CI runs)",
				quickstartScript, i+1, r, s)
		}
	}
	if len(script) < 10 {
		t.Fatalf("the quick start has %d lines: the markers are misplaced", len(script))
	}
}

// TestQuickstart_TheREADMEsPathRuns runs docs/quickstart.sh as a newcomer would, from a
// checkout (this one, seen through symbolic links from a directory of its own, so that what
// the script writes — the defaas binary, hello.wasm, the daemons' logs — stays out of the
// tree), with a home directory of its own and the default ports moved to free ones.
func TestQuickstart_TheREADMEsPathRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("the README's whole path with daemons: not in -short")
	}
	for _, tool := range []string{"bash", "curl", "awk", "grep"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("the quick start needs %s, which is not installed", tool)
		}
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	work, home := t.TempDir(), t.TempDir()
	entries, err := os.ReadDir(repo)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == ".git" || e.Name() == "node_modules" || e.Name() == "defaas" {
			continue
		}
		if err := os.Symlink(filepath.Join(repo, e.Name()), filepath.Join(work, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	// A fresh machine: no DEFAAS_ settings, a new home; the go command keeps its caches.
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DEFAAS_") && !strings.HasPrefix(kv, "HOME=") {
			env = append(env, kv)
		}
	}
	goenv, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH").Output()
	if err != nil {
		t.Fatal(err)
	}
	vals := strings.Fields(string(goenv))
	env = append(env, "HOME="+home, "GOCACHE="+vals[0], "GOMODCACHE="+vals[1], "GOPATH="+vals[2],
		fmt.Sprintf("DEFAAS_DEVNET_HTTP_PORT=%d", freePort(t)), fmt.Sprintf("DEFAAS_DEVNET_WS_PORT=%d", freePort(t)),
		fmt.Sprintf("DEFAAS_PROVIDER_LISTEN=127.0.0.1:%d", freePort(t)))

	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "docs/quickstart.sh")
	cmd.Dir, cmd.Env = work, env
	// Its own process group: whatever is left of it is killed with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	logs := func() string {
		var b strings.Builder
		for _, name := range []string{"devnet.log", "provider.log", "witness3.log", "witness4.log", "witness5.log"} {
			l, _ := os.ReadFile(filepath.Join(work, name))
			if len(l) > 4000 {
				l = l[len(l)-4000:]
			}
			fmt.Fprintf(&b, "\n--- %s (end) ---\n%s", name, l)
		}
		return b.String()
	}
	if err != nil {
		t.Fatalf("bash docs/quickstart.sh: %v after %s\n%s%s", err, time.Since(start).Round(time.Second), out.String(), logs())
	}
	t.Logf("the quick start ran in %s", time.Since(start).Round(time.Second))
	got := out.String()
	for _, want := range []*regexp.Regexp{
		// create --wait --accept: the auction, the publication, the acceptance.
		regexp.MustCompile(`Order 1 matched: 0x[0-9a-fA-F]{40} at 1 FST a unit`),
		regexp.MustCompile(`acceptDeployment is due by \d\d:\d\d:\d\d chain time \(\d+s left\)\nOrder 1 is now Deploying`),
		regexp.MustCompile(`Built hello.wasm \(reactor, \d+ bytes, sha256 0x[0-9a-f]{64}\)`),
		regexp.MustCompile(`fulfill is due by \d\d:\d\d:\d\d chain time \(\d+s left\)`),
		// invoke (signed, POST) and the user's curl with a key (GET) reach the function.
		regexp.MustCompile(`method: POST\npath: /greet\nquery: name=alice\nbody: hi\n`),
		regexp.MustCompile(`method: GET\npath: /greet\nquery: name=alice\nbody: \n`),
		// The witnesses drew, probed, reported and revealed; the provider was paid.
		regexp.MustCompile(`order 1: segment 0: committee 256; .*drawn: 3 members, threshold 2`),
		regexp.MustCompile(`order 1: Settled: no violation, the provider is paid`),
		regexp.MustCompile(`no violation \(3 of 3 members revealed, 0 said violated\); members earned 0\.6 FST; 4 FST to the provider`),
		regexp.MustCompile(`state +Finished`),
		regexp.MustCompile(`settlement +0 violated segments: provider 4 FST, customer 5\.6 FST`),
		// Order 2, the witnesses stopped and offline: nobody checks, the provider is paid.
		regexp.MustCompile(`order 2: segment 0: committee 512; .*unwitnessed: 0 of 3 witnesses drawn`),
		regexp.MustCompile(`order 2: Settled: no violation found, 1 of 1 segments unwitnessed; the provider is paid, unchecked there`),
		regexp.MustCompile(`order 2: Finished`),
	} {
		if !want.MatchString(got) {
			t.Errorf("the quick start's output lacks %s", want)
		}
	}
	if t.Failed() {
		t.Log(got + logs())
	}
}
