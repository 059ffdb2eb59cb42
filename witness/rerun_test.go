package witness_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
	"github.com/defaas/defaas/witness"
)

// The level and the signing domain of the re-run tests' leases.
var (
	rerunLevel  = market.Level{CPUMilli: 1000, MemoryMB: 64, ImageMB: 20}
	rerunDomain = sigauth.Domain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x1")}
)

// runtimeServer is a provider's function runtime serving module as lease at rerunLevel, on the
// dev preset's request timeout, without authentication.
func runtimeServer(t *testing.T, lease api.LeaseID, module []byte) *httptest.Server {
	t.Helper()
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Timeout: devRules().RequestTimeout, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	store := runtime.NewMemoryStore()
	store.Put(context.Background(), lease, module)
	server := runtime.NewServer(runtime.NewInProcess(eng), runtime.ServerOptions{Store: store,
		Resolver: runtime.ResolverFunc(func(context.Context, api.LeaseID) (runtime.LeaseInfo, error) {
			return runtime.LeaseInfo{Level: runtime.Level{CPUMilli: rerunLevel.CPUMilli, MemoryMB: rerunLevel.MemoryMB, ImageMB: rerunLevel.ImageMB}, Active: true}, nil
		})})
	srv := httptest.NewServer(server)
	t.Cleanup(func() { srv.Close(); server.Close() })
	return srv
}

// TestRerun_GivesTheProvidersAnswerByteForByte sends probes to a provider's runtime serving
// env — a function that answers with its request as it sees it (every header included), its
// clocks and random bytes — and re-runs each in a witness's runtime with the answer's
// DeFaaS-Time: the re-run's body is the provider's, byte for byte (SPEC §5.1), so a
// deterministic request's body can be compared; two runs at different times differ.
func TestRerun_GivesTheProvidersAnswerByteForByte(t *testing.T) {
	t.Parallel()
	const lease = 7
	srv := runtimeServer(t, lease, envModule)

	kit := witness.Request{Method: http.MethodPost, Path: "/resize/a%2Fb", Query: "w=64&h=32", Body: []byte("the image"),
		Header: http.Header{"Content-Type": {"image/png"}, "X-Client": {"one", "two"}}, Deterministic: true}
	var bodies [][32]byte
	for _, req := range []witness.Request{witness.SignedProbe, kit, kit} {
		a, rr, err := witness.ProbeAndRerun(context.Background(), srv.URL, lease, keys.DevKey(3), rerunDomain, req, rerunLevel, envModule, cacheDir, devRules())
		if err != nil {
			t.Fatal(err)
		}
		if a.Status != http.StatusOK || a.Err != "" || rr.Status != http.StatusOK {
			t.Fatalf("%s %s: answer %+v, re-run %+v; want 200 both", req.Method, req.URI(), a, rr)
		}
		if rr.BodyHash != a.BodyHash {
			t.Errorf("%s %s: the re-run's body differs from the provider's", req.Method, req.URI())
		}
		p := witness.Probe{Request: req, WithinRate: true, Sampled: true, Answer: a, Rerun: &rr}
		if d := witness.Classify(devRules(), p); d.Outcome != witness.Served || d.Rule != witness.RuleRerunSame {
			t.Errorf("%s %s: %+v; want served, the re-run the same", req.Method, req.URI(), d)
		}
		bodies = append(bodies, a.BodyHash)
	}
	if bodies[1] == bodies[2] {
		t.Errorf("two runs of one request at different times gave the same body: the comparison proves nothing")
	}
}

// TestRerun_SlowerWitnessHardwareNeverFramesAProvider: a provider answers sleepy's 200 after
// its 3 s of sleep, within the request timeout; a member whose hardware is too slow for it —
// its runtime gives the function 2 s — cannot finish the re-run. The re-run says it ran out of
// time, and the sampled probe counts for nothing rather than against the provider.
func TestRerun_SlowerWitnessHardwareNeverFramesAProvider(t *testing.T) {
	t.Parallel()
	const lease = 8
	srv := runtimeServer(t, lease, sleepyModule)

	slower := devRules()
	slower.RequestTimeout = 2 * time.Second // the member's runtime: too slow for sleepy
	slower.ProbeMargin = time.Minute        // the probe waits for the provider's answer (its compile, under the race detector)
	a, rr, err := witness.ProbeAndRerun(context.Background(), srv.URL, lease, keys.DevKey(3), rerunDomain, witness.SignedProbe, rerunLevel, sleepyModule, cacheDir, slower)
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != http.StatusOK || a.Err != "" {
		t.Fatalf("the provider's answer %+v; want sleepy's 200", a)
	}
	if !rr.TimedOut || rr.Status != http.StatusGatewayTimeout {
		t.Fatalf("re-run %+v; want a function-timeout on the slower member's runtime", rr)
	}
	p := witness.Probe{Request: witness.SignedProbe, WithinRate: true, Sampled: true, Answer: a, Rerun: &rr}
	if d := witness.Classify(devRules(), p); d.Outcome != witness.Inconclusive || d.Rule != witness.RuleRerunTimedOut {
		t.Errorf("Classify = %+v; want inconclusive by %s", d, witness.RuleRerunTimedOut)
	}
}

// TestRerun_SeatsShareALeasesModuleAndTheLastUnloadsIt: the seats a member holds on one lease
// (one per segment) share the module in its runtime. They load it at once, re-run while it is
// still loading and after, and release it in any order — one before its load is even over;
// every re-run answers as the function does, and once the last seat is gone the module is
// unloaded. A module that is not the committed one loads nothing.
func TestRerun_SeatsShareALeasesModuleAndTheLastUnloadsIt(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Timeout: devRules().RequestTimeout, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	b := runtime.NewInProcess(eng)
	r := witness.NewRerunner(b)
	const lease = 9
	committed := sha256.Sum256(helloModule)
	req := func() *runtime.Request {
		return &runtime.Request{Method: http.MethodGet, URI: "/", Header: http.Header{}, Time: time.Now()}
	}
	if err := r.Load(lease, rerunLevel, sha256.Sum256(oopsModule), helloModule); err == nil {
		t.Error("a module with another hash than the committed one loaded")
	}
	if _, err := r.Rerun(ctx, lease, req()); err == nil {
		t.Error("a re-run on a lease whose module was never checked ran")
	}
	// A seat that leaves before its load is over.
	if err := r.Load(lease, rerunLevel, committed, helloModule); err != nil {
		t.Fatal(err)
	}
	r.Release(lease)

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for seat := 0; seat < 4; seat++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Load(lease, rerunLevel, committed, helloModule); err != nil {
				errs <- err
				return
			}
			defer r.Release(lease)
			for i := 0; i < 3; i++ {
				if rr, err := r.Rerun(ctx, lease, req()); err != nil || rr.Status != http.StatusOK {
					errs <- fmt.Errorf("seat %d, re-run %d: %+v, %v; want 200", seat, i, rr, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// The first seat's load may still be running: whoever finishes last unloads.
	waitFor(t, "the module to be unloaded once every seat released it", 30*time.Second, func() bool {
		_, err := b.Invoke(ctx, lease, req())
		return errors.Is(err, runtime.ErrNotLoaded)
	})
	time.Sleep(100 * time.Millisecond)
	if _, err := b.Invoke(ctx, lease, req()); !errors.Is(err, runtime.ErrNotLoaded) {
		t.Errorf("the module is loaded again after every seat released it: %v", err)
	}
}
