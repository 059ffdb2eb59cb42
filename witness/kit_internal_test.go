package witness

import (
	"net/http"
	"testing"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/probekit"
)

func testKit(t *testing.T) probekit.Kit {
	k1, _ := api.NewKey()
	k2, _ := api.NewKey()
	return probekit.Kit{Version: probekit.Version, Keys: []api.Key{k1, k2}, Requests: []probekit.Request{
		{Method: "POST", Path: "/resize", Query: "w=64", Header: http.Header{"Content-Type": {"image/jpeg"}}, Body: []byte("jpeg"), Deterministic: true},
	}}
}

func TestKitProber_SignedUntilTheKitComes(t *testing.T) {
	p := newKitProber()
	if r := p.Next(); r.Auth != AuthSigned || r.URI() != "/" || r.Method != http.MethodGet {
		t.Fatalf("without a kit: %+v", r)
	}
	kit := testKit(t)
	p.set(kit)
	r := p.Next()
	if r.Auth != AuthKey || r.Method != "POST" || r.URI() != "/resize?w=64" || string(r.Body) != "jpeg" || !r.Deterministic || r.Header.Get("Content-Type") != "image/jpeg" {
		t.Fatalf("with the kit: %+v", r)
	}
	if r.Key != kit.Keys[0].String() && r.Key != kit.Keys[1].String() {
		t.Fatalf("a key not of the kit: %s", r.Key)
	}
}

// A kit key refused is inconclusive: the same request goes again, signed, as the next probe;
// a key refused twice is not used again, and without usable keys the kit's requests go signed.
func TestKitProber_RefusedKeyIsRetriedSignedThenDropped(t *testing.T) {
	p := newKitProber()
	kit := testKit(t)
	p.set(kit)
	refused := Decision{Outcome: Inconclusive, Rule: RuleKeyRefused}
	for _, k := range kit.Keys {
		req := Request{Method: "POST", Path: "/resize", Query: "w=64", Body: []byte("jpeg"), Auth: AuthKey, Key: k.String()}
		for range 2 {
			p.Observe(req, refused)
			r := p.Next()
			if r.Auth != AuthSigned || r.Key != "" || r.URI() != "/resize?w=64" || string(r.Body) != "jpeg" {
				t.Fatalf("the retry: %+v", r)
			}
		}
	}
	for range 10 {
		if r := p.Next(); r.Auth != AuthSigned || r.URI() != "/resize?w=64" {
			t.Fatalf("every key refused twice, still: %+v", r)
		}
	}
	// A served probe, or a failure, is not retried.
	q := newKitProber()
	q.set(kit)
	q.Observe(Request{Auth: AuthKey, Key: kit.Keys[0].String()}, Decision{Outcome: Failed, Rule: RuleProviderError})
	if r := q.Next(); r.Auth != AuthKey {
		t.Fatalf("after a failure: %+v", r)
	}
}
