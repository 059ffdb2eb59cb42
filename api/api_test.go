package api_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"

	"github.com/defaas/defaas/api"
)

func TestParseLeaseID_CanonicalDecimalOnly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want api.LeaseID
		ok   bool
	}{
		{"7", 7, true},
		{"0", 0, true},
		{"18446744073709551615", 1<<64 - 1, true},
		{"18446744073709551616", 0, false}, // beyond 64 bits: no order has that id
		{"07", 0, false},
		{"+7", 0, false},
		{"0x7", 0, false},
		{"", 0, false},
		{strings.Repeat("9", 80), 0, false},
	} {
		got, err := api.ParseLeaseID(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLeaseID(%q) = %d, %v; want %d, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestURLs_AreTheRoutesOfTheSpec(t *testing.T) {
	for got, want := range map[string]string{
		api.LeaseURL("https://p.example/", 7):               "https://p.example/v1/leases/7",
		api.FunctionURL("https://p.example", 7):             "https://p.example/v1/leases/7/function",
		api.AccessURL("https://p.example", 7):               "https://p.example/v1/leases/7/access",
		api.InvokeURL("https://p.example", 7, "resize?w=1"): "https://p.example/v1/leases/7/invoke/resize?w=1",
		api.InvokeURL("https://p.example", 7, "/"):          "https://p.example/v1/leases/7/invoke/",
	} {
		if got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}

// Every route pattern matches the URLs built for it, and the function sees only its own path.
func TestRoutes_MatchTheirURLsAndTheFunctionSeesItsPath(t *testing.T) {
	mux := http.NewServeMux()
	seen := map[string]string{}
	for _, route := range []string{api.RouteLease, api.RouteFunction, api.RouteInvoke, api.RouteInvokeRoot, api.RouteAccess} {
		mux.HandleFunc(route, func(w http.ResponseWriter, r *http.Request) {
			id, err := api.LeaseFromRequest(r)
			if err != nil {
				t.Errorf("%s: %v", r.URL, err)
			}
			path, raw, err := api.FunctionPath(r, id)
			if err != nil {
				t.Errorf("%s: %v", r.URL, err)
			}
			seen[r.URL.String()] = route + " " + path + " " + raw
		})
	}
	for url, want := range map[string]string{
		api.LeaseURL("", 7):                  api.RouteLease,
		api.FunctionURL("", 7):               api.RouteFunction,
		api.AccessURL("", 7):                 api.RouteAccess,
		api.InvokeURL("", 7, "/a%20b/c?x=1"): api.RouteInvoke + " /a b/c /a%20b/c",
		api.InvokePrefix(7):                  api.RouteInvokeRoot + " / /",
		api.InvokeURL("", 7, "/"):            api.RouteInvoke + " / /",
	} {
		mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, url, nil))
		if got := seen[url]; !strings.HasPrefix(got, want) {
			t.Errorf("%s routed to %q, want %q", url, got, want)
		}
	}
}

// A provider's own answer is read back as the Error it wrote; a function's answer is no
// error, even a 5xx, and its body is left for the caller.
func TestError_ReadBackAsWritten(t *testing.T) {
	rec := httptest.NewRecorder()
	want := &api.Error{Status: http.StatusServiceUnavailable, Reason: api.ReasonOverloaded, Detail: "queue full"}
	api.WriteError(rec, want)
	res := rec.Result()
	if got := api.ReadError(res); got == nil || *got != *want {
		t.Fatalf("read %+v, want %+v", got, want)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}

	rec = httptest.NewRecorder()
	api.WriteError(rec, &api.Error{Status: http.StatusUnauthorized, Reason: api.ReasonMissingSignature})
	if got := rec.Result().Header.Get("WWW-Authenticate"); got != api.SchemeSignature {
		t.Errorf("a 401 names scheme %q, want %s", got, api.SchemeSignature)
	}

	rec = httptest.NewRecorder()
	http.Error(rec, "the function's own failure", http.StatusInternalServerError)
	res = rec.Result()
	if err := api.ReadError(res); err != nil {
		t.Fatalf("a function's 500 read as the provider's: %v", err)
	}
	if b, _ := io.ReadAll(res.Body); !strings.Contains(string(b), "the function's own failure") {
		t.Errorf("the function's body was consumed: %q", b)
	}
}

// SPEC §5.4: a reason is the provider's or the function's, never both; the other reasons are
// neither.
func TestReason_ProviderOrFunction(t *testing.T) {
	provider := []api.Reason{api.ReasonLeaseUnknown, api.ReasonNotDeployed, api.ReasonOverloaded, api.ReasonUnavailable, api.ReasonInternal}
	function := []api.Reason{api.ReasonFunctionCrashed, api.ReasonFunctionTimeout, api.ReasonFunctionMemory, api.ReasonFunctionOutput}
	for _, r := range provider {
		if !r.Provider() || r.Function() {
			t.Errorf("%s: provider=%v function=%v, want the provider's", r, r.Provider(), r.Function())
		}
	}
	for _, r := range function {
		if r.Provider() || !r.Function() {
			t.Errorf("%s: provider=%v function=%v, want the function's", r, r.Provider(), r.Function())
		}
	}
	for _, r := range []api.Reason{api.ReasonBadRequest, api.ReasonRateLimited, api.ReasonForbidden, api.ReasonNotWebAssembly} {
		if r.Provider() || r.Function() {
			t.Errorf("%s is classed as the provider's or the function's", r)
		}
	}
}

// The access information's JSON is what providers already published: addresses in hex, the
// lease a number.
func TestAccessInfo_Wire(t *testing.T) {
	info := api.AccessInfo{Version: 1, Endpoint: "https://p.example", Lease: 7, Provider: api.Address{9}, ChainID: 1337, Market: api.Address{19: 5}}
	b, err := json.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"v":1,"endpoint":"https://p.example","lease":7,"provider":"0x0900000000000000000000000000000000000000","chainId":1337,"market":"0x0000000000000000000000000000000000000005"}`
	if string(b) != want {
		t.Fatalf("got  %s\nwant %s", b, want)
	}
	var back api.AccessInfo
	if err := json.Unmarshal(b, &back); err != nil || back != info {
		t.Fatalf("read back %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"provider":"0x09"}`), &back); err == nil {
		t.Error("a short address was accepted")
	}
}

func TestLeaseStatus_LeaseIsADecimalString(t *testing.T) {
	b, err := json.Marshal(api.LeaseStatus{Lease: 7, Level: api.Level{CPUMilli: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `{"lease":"7","active":false,"level":{"CPUMilli":1000,`) {
		t.Fatalf("got %s", b)
	}
}

// The wire package is what every client imports: the standard library only.
func TestImports_StandardLibraryOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if p != "github.com/defaas/defaas/api" {
			t.Errorf("api depends on %s", p)
		}
	}
}
