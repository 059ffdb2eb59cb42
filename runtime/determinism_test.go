package runtime_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

// rerun runs the request a witness would re-run: the same method, URI,
// headers and body, at the given admission time.
func rerun(t *testing.T, b runtime.Backend, lease api.LeaseID, uri string, at time.Time) (*runtime.Response, error) {
	t.Helper()
	return b.Invoke(context.Background(), lease, &runtime.Request{
		Method: http.MethodPost, URI: uri, Proto: "HTTP/1.1",
		Header:        http.Header{"Content-Type": {"text/plain"}, "X-Probe": {"kit-7"}},
		Body:          strings.NewReader("the body"),
		ContentLength: int64(len("the body")),
		Time:          at,
	})
}

func TestDeterminism_SameRequestSameTimeSameOutput(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	b := runtime.NewInProcess(eng)
	defer b.Close(context.Background())
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			if _, err := b.Load(context.Background(), 1, testLevel, *abi.wasm); err != nil {
				t.Fatal(err)
			}
			at := time.UnixMilli(1_750_000_000_123)
			first, err := rerun(t, b, 1, "/entropy?do=entropy", at)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 2; i++ {
				again, err := rerun(t, b, 1, "/entropy?do=entropy", at)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(again.Body, first.Body) || again.Status != first.Status {
					t.Fatalf("the same request at the same time gave\n%s\nthen\n%s", first.Body, again.Body)
				}
			}
			// The clocks read the admission time, advanced by the sleep.
			for _, want := range []string{
				"now " + at.UTC().Format(time.RFC3339Nano) + "\n",
				"slept 5ms\n",
				"time 1750000000123\n",
			} {
				if !strings.Contains(string(first.Body), want) {
					t.Errorf("missing %q in\n%s", want, first.Body)
				}
			}
			if !first.Time.Equal(at) {
				t.Errorf("response time %v, want the given %v", first.Time, at)
			}
			other, err := rerun(t, b, 1, "/entropy?do=entropy", at.Add(time.Millisecond))
			if err != nil {
				t.Fatal(err)
			}
			if line(other.Body, "crypto/rand") == line(first.Body, "crypto/rand") || line(other.Body, "now") == line(first.Body, "now") {
				t.Errorf("another time gave the same clock or random bytes:\n%s\n%s", first.Body, other.Body)
			}
		})
	}
}

// line returns the line of b starting with prefix.
func line(b []byte, prefix string) string {
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

func TestDeterminism_WitnessRerunMatchesProvider(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	for _, abi := range abis {
		t.Run(abi.name, func(t *testing.T) {
			p.upload("1", *abi.wasm)
			sent := time.Now()
			res, body := p.do(http.MethodPost, "/v1/leases/1/invoke/entropy?do=entropy", strings.NewReader("the body"),
				"Content-Type", "text/plain", "X-Probe", "kit-7", "User-Agent", "", "Accept-Encoding", "",
				api.TimeHeader, "5") // a caller cannot choose its admission time
			received := time.Now()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s %s", res.Status, body)
			}
			at, err := runtime.ParseTime(res.Header.Get(api.TimeHeader))
			if err != nil {
				t.Fatal(err)
			}
			if at.Before(sent.Truncate(time.Millisecond)) || at.After(received) {
				t.Errorf("DeFaaS-Time %v not within the request's send %v and receive %v", at, sent, received)
			}
			if want := "time " + strconv.FormatInt(at.UnixMilli(), 10) + "\n"; !strings.Contains(string(body), want) {
				t.Errorf("the function saw another time than the response says: %s", body)
			}
			// A witness re-runs it on the committed module in its own runtime.
			witness := runtime.NewInProcess(newEngine(t, runtime.Config{}))
			defer witness.Close(context.Background())
			if _, err := witness.Load(context.Background(), 1, testLevel, *abi.wasm); err != nil {
				t.Fatal(err)
			}
			again, err := rerun(t, witness, 1, "/entropy?do=entropy", at)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.Body, body) {
				t.Errorf("the witness's re-run gave\n%s\nthe provider\n%s", again.Body, body)
			}
		})
	}
}

func TestDeterminism_FunctionFailureCarriesItsTime(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{})
	p.upload("1", misbehaveReactor)
	res, body := p.do(http.MethodGet, "/v1/leases/1/invoke/?do=panic", nil)
	wantRuntimeError(t, res, body, http.StatusBadGateway, runtime.ReasonCrashed)
	if _, err := runtime.ParseTime(res.Header.Get(api.TimeHeader)); err != nil {
		t.Errorf("a function's failure without its admission time: %v", err)
	}
	res, body = p.do(http.MethodGet, "/v1/leases/404/invoke/", nil)
	if res.Header.Get(api.TimeHeader) != "" {
		t.Errorf("a refusal before admission carries %s %q", api.TimeHeader, res.Header.Get(api.TimeHeader))
	}
}

// TestRandomSeed_Encoding restates the encoding documented on RandomSeed.
func TestRandomSeed_Encoding(t *testing.T) {
	body := sha256.Sum256([]byte("the body"))
	var want bytes.Buffer
	want.WriteString("defaas random_get v1\x00")
	binary.Write(&want, binary.BigEndian, uint64(42))
	binary.Write(&want, binary.BigEndian, uint64(1_750_000_000_123))
	binary.Write(&want, binary.BigEndian, uint32(4))
	want.WriteString("POST")
	binary.Write(&want, binary.BigEndian, uint32(len("/a%2Fb?x=1")))
	want.WriteString("/a%2Fb?x=1")
	want.Write(body[:])
	got := runtime.RandomSeed(42, time.UnixMilli(1_750_000_000_123), "POST", "/a%2Fb?x=1", body)
	if got != sha256.Sum256(want.Bytes()) {
		t.Errorf("seed %x, want sha256 of the documented encoding", got)
	}
	if runtime.RandomSeed(42, time.UnixMilli(1_750_000_000_124), "POST", "/a%2Fb?x=1", body) == got {
		t.Error("another time gives the same seed")
	}
}
