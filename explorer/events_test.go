package explorer_test

import (
	"bufio"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/explorer"
)

// TestEvents_StatusThenChangesNamingWhatChanged: the event stream starts with the status and
// then names the orders and accounts each change touched.
func TestEvents_StatusThenChangesNamingWhatChanged(t *testing.T) {
	w := newWorld(t, 1, 0)
	resp, err := http.Get(w.url + "/api/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	events := make(chan [2]string, 64)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		var name string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				events <- [2]string{name, strings.TrimPrefix(line, "data: ")}
			}
		}
		close(events)
	}()
	next := func(want string) string {
		t.Helper()
		timeout := time.After(20 * time.Second)
		for {
			select {
			case ev, ok := <-events:
				if !ok {
					t.Fatalf("the stream ended before a %s event", want)
				}
				if ev[0] == want {
					return ev[1]
				}
			case <-timeout:
				t.Fatalf("no %s event", want)
			}
		}
	}
	var st explorer.Status
	if err := json.Unmarshal([]byte(next("status")), &st); err != nil || !st.RPC.OK || st.ChainID != w.chain.ChainID.Uint64() {
		t.Fatalf("first status %+v (%v)", st, err)
	}
	id := w.create(orderParams(testUnits, testSegments, 5, false))
	for {
		var c explorer.Change
		if err := json.Unmarshal([]byte(next("change")), &c); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(c.Orders, id) {
			if !c.Market || !slices.Contains(c.Accounts, w.customer.Account()) {
				t.Errorf("the change of order %d = %+v, want the market and the customer", id, c)
			}
			return
		}
	}
}
