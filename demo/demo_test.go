package demo

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDemo_BothStoriesEndAsTold plays the whole demo: lease A served and paid, lease B's
// provider failing half-way and the customer refunded with the collateral, the witnesses paid
// by the table. Run returns an error unless the money moved exactly so.
func TestDemo_BothStoriesEndAsTold(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole demo takes over a minute: not in -short")
	}
	if raceEnabled {
		t.Skip("the demo's windows are seconds, too short for code under the race detector; tools/test.sh runs `defaas demo` itself")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var out bytes.Buffer
	thumb := filepath.Join(t.TempDir(), "thumb.png")
	res, err := Run(ctx, Options{Out: &out, Thumbnail: thumb})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(res.Leases) != 2 || res.Leases[0].Violated || !res.Leases[1].Violated {
		t.Fatalf("leases: %+v", res.Leases)
	}
	f, err := os.Open(thumb)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 240 {
		t.Fatalf("thumbnail: %v, %v", img, err)
	}
	for _, want := range []string{"STOPS SERVING", "verdict: violated=true", "verdict: violated=false", "both stories ended as told"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo's progress lacks %q", want)
		}
	}
	t.Logf("demo wall time %s; lease gas %d and %d", res.Wall, res.Leases[0].GasUsed, res.Leases[1].GasUsed)
}
