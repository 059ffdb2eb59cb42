package chain_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/chain"
)

func TestDial_SpeaksHTTPAndWebsocket(t *testing.T) {
	c := newTestChain(t, 1, chainOpt{serveRPC: true})
	for _, url := range []string{c.httpURL, c.wsURL} {
		conn, err := chain.Dial(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		if conn.ChainID().Int64() != 1337 || conn.URL() != url {
			t.Errorf("%s: chain id %s, url %s", url, conn.ChainID(), conn.URL())
		}
		if _, err := conn.Backend().BlockNumber(context.Background()); err != nil {
			t.Errorf("%s: %v", url, err)
		}
		conn.Close()
	}
}

func TestDial_UnreachableNodeSaysSoInOneLine(t *testing.T) {
	for _, scheme := range []string{"http", "ws"} {
		url := scheme + "://127.0.0.1:" + strconv.Itoa(freePort(t))
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := chain.Dial(ctx, url)
		cancel()
		if err == nil {
			t.Fatalf("%s: dialled nothing successfully", url)
		}
		want := "no RPC answering at " + url + ": is the node running? ("
		if !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "connection refused") || strings.Contains(err.Error(), "\n") {
			t.Errorf("got %q, want it to start %q and name the refused connection", err, want)
		}
	}
}

func TestDial_RejectsAnUnknownScheme(t *testing.T) {
	_, err := chain.Dial(context.Background(), "ftp://127.0.0.1:8545")
	if err == nil || !strings.Contains(err.Error(), "use an http://, https://, ws://, wss:// URL or an IPC path") {
		t.Fatalf("got %v", err)
	}
}
