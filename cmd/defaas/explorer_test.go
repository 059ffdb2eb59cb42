package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer a running command writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var explorerURL = regexp.MustCompile(`Explorer at (http://127\.0\.0\.1:[0-9]+/)`)

// background runs a command that serves until cancelled; it returns the explorer's URL once
// printed, and a stop that cancels the command and returns its exit code.
func (c *cli) background(args ...string) (url string, stop func() int) {
	c.t.Helper()
	var out, errb syncBuffer
	env := *c.env
	env.Stdout, env.Stderr = &out, &errb
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, &env, args) }()
	stop = func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			c.t.Fatalf("defaas %s did not stop", strings.Join(args, " "))
			return -1
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := explorerURL.FindStringSubmatch(out.String()); m != nil {
			return m[1], stop
		}
		select {
		case code := <-done:
			c.t.Fatalf("defaas %s exited %d before serving:\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out.String(), errb.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("defaas %s printed no explorer URL:\n%s", strings.Join(args, " "), out.String())
		}
	}
}

func getStatus(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", url, err)
		}
	}
	return resp.StatusCode
}

// TestCLI_ExplorerFollowsTheManifestsMarket: defaas explorer serves the market of the
// manifest, follows new orders, and stops cleanly on Ctrl-C.
func TestCLI_ExplorerFollowsTheManifestsMarket(t *testing.T) {
	c := newCLI(t)
	url, stop := c.background("explorer", "--listen", "127.0.0.1:0")
	c.ok("order", "create", "--level", "0", "--units", "2", "--max-price", "3", "--bidding", "20s", dev(1))
	deadline := time.Now().Add(20 * time.Second)
	var o struct{ State string }
	for getStatus(t, url+"api/orders/1", &o) != http.StatusOK || o.State != "Bidding" {
		if time.Now().After(deadline) {
			t.Fatal("the explorer never showed order 1")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code := stop(); code != 0 {
		t.Fatalf("defaas explorer exited %d on Ctrl-C", code)
	}
}

func TestCLI_ExplorerBadInput(t *testing.T) {
	c := newCLI(t)
	c.fails("--listen \"8080\" is not host:port", "explorer", "--listen", "8080")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c.fails("pass --listen with a free port", "explorer", "--listen", ln.Addr().String())
	c.fails("no RPC answering", "explorer", "--rpc", "http://unreachable")
}

// TestCLI_DevnetWithExplorer: defaas devnet --explorer serves the explorer of its own chain.
func TestCLI_DevnetWithExplorer(t *testing.T) {
	c := newCLI(t)
	url, stop := c.background("devnet", "--http-port", "0", "--ws-port", "0", "--explorer", "--explorer-listen", "127.0.0.1:0")
	var m struct {
		Levels []struct{ ID uint32 }
		Status struct{ RPC struct{ OK bool } }
	}
	deadline := time.Now().Add(20 * time.Second)
	for getStatus(t, url+"api/market", &m) != http.StatusOK || len(m.Levels) != 3 || !m.Status.RPC.OK {
		if time.Now().After(deadline) {
			t.Fatalf("the devnet's explorer never showed its three levels: %+v", m)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code := stop(); code != 0 {
		t.Fatalf("defaas devnet exited %d on Ctrl-C", code)
	}
}
