package probekit_test

import (
	"bytes"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/probekit"
)

func kitFor(t *testing.T, member api.Address, body []byte) probekit.Kit {
	t.Helper()
	k1, _ := api.NewKey()
	k2, _ := api.NewKey()
	return probekit.Kit{Version: probekit.Version, Lease: 7, Segment: 1, Member: member, Keys: []api.Key{k1, k2},
		Requests: []probekit.Request{
			{Method: "POST", Path: "/resize", Query: "w=64", Header: http.Header{"Content-Type": {"image/jpeg"}}, Body: body, Deterministic: true},
			{Method: "GET", Path: "/"},
		}}
}

func TestKit_SealedToTheMemberOpensForItOnly(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	me := api.Address(crypto.PubkeyToAddress(key.PublicKey))
	kit := kitFor(t, me, []byte("jpeg bytes"))
	sealed, err := probekit.Seal(kit, 4096, &key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	got, err := probekit.Open(sealed, key, 7, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Member != me || len(got.Keys) != 2 || got.Keys[0] != kit.Keys[0] || !bytes.Equal(got.Requests[0].Body, kit.Requests[0].Body) ||
		got.Requests[0].PathAndQuery() != "/resize?w=64" || !got.Requests[0].Deterministic || got.Requests[0].Header.Get("Content-Type") != "image/jpeg" {
		t.Fatalf("opened %+v", got)
	}
	if _, err := probekit.Open(sealed, other, 7, 1); !errors.Is(err, probekit.ErrNotForMe) {
		t.Fatalf("another member's key: %v", err)
	}
	if _, err := probekit.Open(sealed[:len(sealed)-1], key, 7, 1); !errors.Is(err, probekit.ErrNotForMe) {
		t.Fatalf("a truncated kit: %v", err)
	}
	if _, err := probekit.Open(sealed, key, 7, 2); err == nil {
		t.Fatal("a kit of segment 1 opened for segment 2")
	}
	// A kit sealed to this key but made out to another member (copied) is refused.
	theirs := kitFor(t, api.Address(crypto.PubkeyToAddress(other.PublicKey)), nil)
	copied, _ := probekit.Seal(theirs, 4096, &key.PublicKey)
	if _, err := probekit.Open(copied, key, 7, 1); err == nil || !strings.Contains(err.Error(), "member") {
		t.Fatalf("another member's kit: %v", err)
	}
}

// Every kit of a size has one length, whatever its requests hold: its length says nothing.
func TestKit_LengthIsFixedBySize(t *testing.T) {
	key, _ := crypto.GenerateKey()
	me := api.Address(crypto.PubkeyToAddress(key.PublicKey))
	for _, body := range [][]byte{nil, []byte("x"), bytes.Repeat([]byte("y"), 2000)} {
		sealed, err := probekit.Seal(kitFor(t, me, body), 4096, &key.PublicKey)
		if err != nil {
			t.Fatal(err)
		}
		if len(sealed) != probekit.SealedSize(4096) {
			t.Errorf("a body of %d bytes: sealed kit of %d bytes, want %d", len(body), len(sealed), probekit.SealedSize(4096))
		}
	}
	if _, err := probekit.Seal(kitFor(t, me, bytes.Repeat([]byte("z"), 5000)), 4096, &key.PublicKey); !errors.Is(err, probekit.ErrTooLarge) {
		t.Fatalf("a kit over its size: %v", err)
	}
	if size, err := probekit.SizeFor(kitFor(t, me, bytes.Repeat([]byte("z"), 5000))); err != nil || size != 16<<10 {
		t.Fatalf("SizeFor: %d %v", size, err)
	}
}

func TestParseProbe_ReadsTheCustomersRequests(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(dir+"/body.jpg", []byte("JPEG"), 0o600)
	read := func(name string) ([]byte, error) { return os.ReadFile(dir + "/" + name) }
	for _, tc := range []struct {
		in   string
		want probekit.Request
	}{
		{"GET /", probekit.Request{Method: "GET", Path: "/"}},
		{"/greet?name=x", probekit.Request{Method: "GET", Path: "/greet", Query: "name=x"}},
		{"POST /resize?w=64 @body.jpg Content-Type:image/jpeg deterministic", probekit.Request{Method: "POST", Path: "/resize", Query: "w=64",
			Header: http.Header{"Content-Type": {"image/jpeg"}}, Body: []byte("JPEG"), Deterministic: true}},
		{"/upload @body.jpg", probekit.Request{Method: "POST", Path: "/upload", Body: []byte("JPEG")}},
	} {
		got, err := probekit.ParseProbe(tc.in, read)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got.Method != tc.want.Method || got.PathAndQuery() != tc.want.PathAndQuery() || !bytes.Equal(got.Body, tc.want.Body) ||
			got.Deterministic != tc.want.Deterministic || got.Header.Get("Content-Type") != tc.want.Header.Get("Content-Type") {
			t.Errorf("%q: %+v", tc.in, got)
		}
	}
	for _, bad := range []string{"", "GET", "GET resize", "POST /a @missing.jpg", "GET /a bogus", "GET /a Authorization:Bearer", "get,x /a"} {
		if _, err := probekit.ParseProbe(bad, read); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
