package witness

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"io"
	"log/slog"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// ProbeAndRerun sends req to lease at endpoint as a member signing with key, then re-runs it
// on wasm in a witness's runtime, as a seat does: for tests of the re-run's fidelity.
func ProbeAndRerun(ctx context.Context, endpoint string, lease uint64, key *ecdsa.PrivateKey, d sigauth.Domain, req Request,
	level market.Level, wasm []byte, cacheDir string, rules Rules) (Answer, Rerun, error) {
	s := &sender{client: newHTTPClient(), kitClient: newKitHTTPClient(), key: key, domain: d}
	out, err := s.probe(ctx, endpoint, api.LeaseID(lease), req, rules.ProbeTimeout())
	if err != nil {
		return Answer{}, Rerun{}, err
	}
	eng, err := runtime.New(runtime.Config{CacheDir: cacheDir, Timeout: rules.RequestTimeout, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return Answer{}, Rerun{}, err
	}
	defer eng.Close(context.Background())
	b := runtime.NewInProcess(eng)
	defer b.Close(context.Background())
	r := newRerunner(b)
	if err := r.load(api.LeaseID(lease), level, sha256.Sum256(wasm), wasm); err != nil {
		return Answer{}, Rerun{}, err
	}
	if out.rerun == nil {
		return out.answer, Rerun{}, nil
	}
	rr, err := r.rerun(ctx, api.LeaseID(lease), out.rerun)
	return out.answer, rr, err
}

// Rerunner is a witness's re-runner on a backend, for tests of seats sharing a lease's module.
type Rerunner struct{ r *rerunner }

func NewRerunner(b runtime.Backend) Rerunner { return Rerunner{newRerunner(b)} }

// Load checks wasm against committed and starts loading it for lease, as a seat does.
func (r Rerunner) Load(lease uint64, level market.Level, committed [32]byte, wasm []byte) error {
	return r.r.load(api.LeaseID(lease), level, committed, wasm)
}

func (r Rerunner) Release(lease uint64) { r.r.release(api.LeaseID(lease)) }

func (r Rerunner) Rerun(ctx context.Context, lease uint64, req *runtime.Request) (Rerun, error) {
	return r.r.rerun(ctx, api.LeaseID(lease), req)
}
