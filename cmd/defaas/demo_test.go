package main

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

// TestDemo_BothStoriesEndAsTold plays `defaas demo`, the main job, through the command line:
// lease A served and its provider paid, lease B's provider failing half-way and its customer
// refunded with the collateral, the witnesses paid by the table. The demo exits 0 only if the
// money moved exactly so; the test also checks the thumbnail it wrote and the story it told.
// Its windows are seconds of real time: tools/test.sh runs it without the race detector.
func TestDemo_BothStoriesEndAsTold(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole demo takes over a minute: not in -short")
	}
	if raceEnabled {
		t.Skip("the demo's windows are seconds, too short for code under the race detector; tools/test.sh runs this test without it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	thumb, logs := filepath.Join(dir, "thumb.png"), filepath.Join(dir, "daemons.log")
	var out, errb bytes.Buffer
	env := defaultEnv()
	env.Stdout, env.Stderr, env.Home = &out, &errb, dir
	start := time.Now()
	if code := run(ctx, env, []string{"demo", "--out", thumb, "--log", logs}); code != 0 {
		b, _ := os.ReadFile(logs)
		if len(b) > 20000 {
			b = b[len(b)-20000:]
		}
		t.Fatalf("defaas demo exited %d: %s\n%s\nthe daemons' log ends:\n%s", code, errb.String(), out.String(), b)
	}
	for _, want := range []string{"STOPS SERVING", "verdict: violated=true", "verdict: violated=false", "both stories ended as told"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo's story lacks %q:\n%s", want, out.String())
		}
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
	t.Logf("defaas demo: %s wall time", time.Since(start).Round(time.Second))
}
