package main

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDemo_ThreeStoriesEndAsTold plays `defaas demo`, the main job, through the command line:
// lease A in keys mode, an end user calling it with a key and the witnesses probing with kits,
// served and its provider paid; lease B's provider failing half-way, its collateral burned and
// the customer refunded; lease C's four segments, the provider failing as the third begins,
// two segments paid and two refunded. The demo exits 0 only if every check of the money
// passed; the test also reads the verdicts, the checks and the thumbnail it wrote.
// Its windows are seconds of real time: tools/test.sh runs it without the race detector.
func TestDemo_ThreeStoriesEndAsTold(t *testing.T) {
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
	code := run(ctx, env, []string{"demo", "--out", thumb, "--log", logs})
	if code != 0 {
		b, _ := os.ReadFile(logs)
		if len(b) > 20000 {
			b = b[len(b)-20000:]
		}
		t.Fatalf("defaas demo exited %d: %s\n%s\nthe daemons' log ends:\n%s", code, errb.String(), out.String(), b)
	}
	story := out.String()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`curl -H 'Authorization: Bearer dfk_[A-Za-z0-9_-]{43}' .* 'http://127\.0\.0\.1:\d+/v1/leases/1/invoke/\?w=240'`),
		regexp.MustCompile(`lease 1: segment 1: probe kit for witness-\d`),
		regexp.MustCompile(`lease 1, A .*segments NoViolation;`),
		regexp.MustCompile(`lease 2, B .*segments Violation;`),
		regexp.MustCompile(`lease 3, C .*segments NoViolation, NoViolation, Violation, Violation;`),
		regexp.MustCompile(`STOPS SERVING half-way`),
		regexp.MustCompile(`STOPS SERVING as segment 3 of 4 begins`),
		regexp.MustCompile(`✓ no FST minted`),
		regexp.MustCompile(`✓ the total supply only shrank`),
		regexp.MustCompile(`all three stories ended as told, \d+ checks passed`),
	} {
		if !want.MatchString(story) {
			t.Errorf("the demo's story lacks %s:\n%s", want, story)
		}
	}
	if strings.Contains(story, "✗") || strings.Count(story, "✓") < 30 {
		t.Errorf("the demo's checks: %d passed, a failed one among them: %v\n%s", strings.Count(story, "✓"), strings.Contains(story, "✗"), story)
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
