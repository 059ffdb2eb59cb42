package explorer_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestInput_MalformedIsRefusedWithAMessage: every id, address and parameter in a URL is
// checked; a malformed one gets 400 and one line saying what is wrong, in JSON under /api/
// and as a page elsewhere; what does not exist gets 404; only reads are served.
func TestInput_MalformedIsRefusedWithAMessage(t *testing.T) {
	w := newWorld(t, 0, 0)
	id := w.create(orderParams(testUnits, testSegments, 5, false))
	w.orderIn(id, "Bidding")
	customer := w.customer.Account().Hex()
	badChecksum := strings.Replace(customer, customer[2:3], strings.ToLower(customer[2:3]), 1)
	if badChecksum == customer {
		badChecksum = customer[:2] + strings.ToUpper(customer[2:5]) + strings.ToLower(customer[5:])
	}

	cases := []struct {
		name, path string
		status     int
		says       string
	}{
		{"order id not a number", "/api/orders/abc", 400, `order id "abc" is not a whole number`},
		{"order id negative", "/api/orders/-1", 400, "is not a whole number"},
		{"order id zero", "/api/orders/0", 400, "order ids start at 1"},
		{"order id too large", "/api/orders/99999999999999999999", 400, "too large"},
		{"order id with a sign", "/api/orders/+1", 400, "is not a whole number"},
		{"order id in hex", "/api/orders/0x1", 400, "is not a whole number"},
		{"unknown order", "/api/orders/42", 404, "no order 42"},
		{"address too short", "/api/accounts/0x1234", 400, "is not an account address"},
		{"address without 0x", "/api/accounts/" + customer[2:], 400, "is not an account address"},
		{"address not hex", "/api/accounts/0x" + strings.Repeat("z", 40), 400, "is not an account address"},
		{"address with a wrong checksum", "/api/accounts/" + badChecksum, 400, "wrong EIP-55 checksum"},
		{"unknown state", "/api/orders?state=Open", 400, `state "Open" is not an order state`},
		{"limit zero", "/api/orders?limit=0", 400, "limit"},
		{"limit too large", "/api/orders?limit=100000", 400, "limit"},
		{"level not a number", "/api/orders?level=x", 400, "is not a level id"},
		{"before not an id", "/api/orders?before=zz", 400, "before:"},
		{"account filter malformed", "/api/orders?account=0x12", 400, "is not an account address"},
		{"unknown parameter", "/api/orders?stat=Bidding", 400, `unknown parameter "stat"`},
		{"parameter twice", "/api/orders?state=Bidding&state=Failed", 400, "given 2 times"},
		{"parameter on a page that takes none", "/api/market?x=1", 400, `unknown parameter "x"`},
		{"unknown endpoint", "/api/blocks", 404, "no API endpoint /api/blocks"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var body struct{ Error string }
			status := w.get(c.path, &body)
			if status != c.status || !strings.Contains(body.Error, c.says) {
				t.Errorf("GET %s: %d %q, want %d saying %q", c.path, status, body.Error, c.status, c.says)
			}
			if strings.Contains(body.Error, "\n") {
				t.Errorf("GET %s: the message is not one line: %q", c.path, body.Error)
			}
		})
	}

	pageCases := []struct {
		name, path string
		status     int
		says       string
	}{
		{"unknown order page", "/orders/42", 404, "No order 42 on this market"},
		{"malformed order page", "/orders/4x2", 400, `order id &#34;4x2&#34; is not a whole number`},
		{"malformed address page", "/accounts/0xnothex", 400, "is not an account address"},
		{"unknown page", "/blocks/1", 404, "There is no page at /blocks/1"},
		{"bad filter page", "/orders?state=nope", 400, "is not an order state"},
		{"bad search", "/search?q=hello", 400, "Search for an order id"},
	}
	for _, c := range pageCases {
		t.Run(c.name, func(t *testing.T) {
			status, ctype, body := w.page(c.path)
			if status != c.status || !strings.HasPrefix(ctype, "text/html") || !strings.Contains(body, c.says) || !strings.Contains(body, `id="error-message"`) {
				t.Errorf("GET %s: %d %s, want a %d page saying %q; got\n%s", c.path, status, ctype, c.status, c.says, body)
			}
		})
	}

	t.Run("writes are refused", func(t *testing.T) {
		for _, path := range []string{"/api/orders", "/orders/1"} {
			resp, err := http.Post(w.url+path, "application/json", strings.NewReader("{}"))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("POST %s: %d, Allow %q", path, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
	})

	t.Run("well-formed addresses are served", func(t *testing.T) {
		for _, a := range []string{customer, strings.ToLower(customer), "0x" + strings.ToUpper(customer[2:])} {
			var acc struct{ Address string }
			if status := w.get("/api/accounts/"+a, &acc); status != 200 || !strings.EqualFold(acc.Address, customer) {
				t.Errorf("GET /api/accounts/%s: %d %+v", a, status, acc)
			}
		}
	})
}

// TestPages_EveryPageRendersAndLinks: each page renders with its data, and links to the
// orders and accounts it shows.
func TestPages_EveryPageRendersAndLinks(t *testing.T) {
	w := newWorld(t, 2, 3)
	id := w.create(orderParams(testUnits, testSegments, 10, false))
	w.bid(id, 0, 9)
	w.bid(id, 1, 8)
	w.closeAuction(id)
	w.orderIn(id, "Confirming")
	customer, winner := w.customer.Account().Hex(), w.providers[1].Account().Hex()

	for _, c := range []struct {
		path string
		has  []string
	}{
		{"/", []string{`href="/orders/1"`, "Level 0", `class="state st-confirming"`, `<svg class="chart"`, `href="/accounts/` + customer + `"`}},
		{"/orders", []string{`href="/orders/1"`, `data-order="1"`}},
		{"/orders?state=Confirming", []string{`href="/orders/1"`}},
		{"/orders/1", []string{`id="winning-bid"`, "provider-2", `href="/accounts/` + winner + `"`, `class="tag win-tag"`, "OrderMatched", `aria-label="bids on order 1 over time"`}},
		{"/accounts/" + customer, []string{"customer", `href="/orders/1"`, "order 1 created"}},
		{"/accounts/" + winner, []string{"provider", `id="provider-card"`, `href="/orders/1"`}},
		{"/providers", []string{`href="/accounts/` + winner + `"`, "provider-1"}},
		{"/witnesses", []string{"witness-1", "witness-3"}},
	} {
		status, ctype, body := w.page(c.path)
		if status != 200 || !strings.HasPrefix(ctype, "text/html") {
			t.Errorf("GET %s: %d %s", c.path, status, ctype)
			continue
		}
		for _, s := range c.has {
			if !strings.Contains(body, s) {
				t.Errorf("GET %s: the page lacks %q", c.path, s)
			}
		}
		if strings.Contains(body, "http://") && !strings.Contains(body, "xmlns=\"http://www.w3.org/2000/svg\"") {
			t.Errorf("GET %s: the page refers to another site", c.path)
		}
	}

	// A page's script asks for its <main> only.
	req, _ := http.NewRequest("GET", w.url+"/orders/1", nil)
	req.Header.Set("X-Explorer-Partial", "1")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if part := string(b); strings.Contains(part, "<html") || !strings.Contains(part, `id="winning-bid"`) {
		t.Errorf("the partial page is not just the main part:\n%s", part)
	}
}
