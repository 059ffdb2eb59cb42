package sigauth_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/sigauth"
)

// BenchmarkKeyLookup is what an API key adds to a request (SPEC §5.3; the target is 5 µs):
// parsing the bearer key, sha256 of its 32 bytes, the index and the constant-time compare, and
// the key's token bucket, with MaxKeys keys on each of 16 leases.
func BenchmarkKeyLookup(b *testing.B) {
	access := sigauth.NewAccess(0)
	var keys []api.Key
	for lease := api.LeaseID(1); lease <= 16; lease++ {
		p := api.Access{Mode: api.AccessKeys}
		for range api.MaxKeys {
			k, _ := api.NewKey()
			keys = append(keys, k)
			p.Keys = append(p.Keys, api.AccessKey{SHA256: k.Hash(), Rate: api.Rate{RatePerSecond: api.MaxRatePerSecond, Burst: api.MaxBurst}})
		}
		access.Set(lease, p)
	}
	creds := make([]string, len(keys))
	for i, k := range keys {
		creds[i] = k.String()
	}
	now := time.Now()
	i := 0
	for b.Loop() {
		k, err := api.ParseKey(creds[i%len(creds)])
		if err != nil {
			b.Fatal(err)
		}
		if _, refusal := access.Key(api.LeaseID(i%len(creds)/api.MaxKeys+1), k, now); refusal != nil {
			b.Fatal(refusal)
		}
		i++
	}
}

// BenchmarkGate is the whole gate per request, on a recorder (no network): an API key, an
// anonymous caller of a public lease, and a signed request of the customer (an ECDSA
// recovery; the figure includes signing it, another ECDSA operation, in the loop).
func BenchmarkGate(b *testing.B) {
	f := newGateFixture(b, nil)
	k := newKey(b)
	hi := api.Rate{RatePerSecond: api.MaxRatePerSecond, Burst: api.MaxBurst}
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	h := f.gate.Middleware(next)
	run := func(b *testing.B, mode api.AccessMode, auth func() string) {
		f.access.Set(7, api.Access{Mode: mode, Keys: []api.AccessKey{{SHA256: k.Hash(), Rate: hi}}, PerCaller: &hi})
		for b.Loop() {
			r := httptest.NewRequest("GET", "/v1/leases/7/invoke/", nil)
			r.SetPathValue("id", "7")
			if a := auth(); a != "" {
				r.Header.Set("Authorization", a)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != 200 {
				b.Fatalf("%d %s", rec.Code, rec.Body)
			}
		}
	}
	b.Run("key", func(b *testing.B) { run(b, api.AccessKeys, func() string { return "Bearer " + k.String() }) })
	b.Run("public", func(b *testing.B) { run(b, api.AccessPublic, func() string { return "" }) })
	b.Run("signed", func(b *testing.B) {
		run(b, api.AccessSigned, func() string {
			f.clock.Add(0)
			r := httptest.NewRequest("GET", "/v1/leases/7/invoke/", nil)
			if err := sigauth.SignAt(r, f.customer.key, domain, 7, f.clock.Now()); err != nil {
				b.Fatal(err)
			}
			return r.Header.Get("Authorization")
		})
	})
}
