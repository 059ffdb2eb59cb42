package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// runSim runs `defaas sim …` in process; it needs no chain.
func runSim(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Home: t.TempDir(), Stdout: &out, Stderr: &errb}
	code = run(context.Background(), env, append([]string{"sim"}, args...))
	return out.String(), errb.String(), code
}

func TestSim_PrintsTheRatesAndIsReproducible(t *testing.T) {
	args := []string{"--preset", "dev", "--provider", "drop:50%", "--segments", "4", "--trials", "200", "--seed", "3"}
	out, errs, code := runSim(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Violation per segment", "missed Violation", "a member's payoff per segment", "fee 84 FST, seat fee s = 1.05 FST", "segment openers earn"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	again, _, _ := runSim(t, args...)
	if again != out {
		t.Errorf("the same seed printed something else:\n%s\n---\n%s", out, again)
	}
	js, _, code := runSim(t, append(args, "--json")...)
	var s struct {
		AtFault          bool `json:"atFault"`
		SegmentViolation struct {
			Of int64 `json:"of"`
		} `json:"segmentViolation"`
	}
	if code != 0 || json.Unmarshal([]byte(js), &s) != nil || !s.AtFault || s.SegmentViolation.Of != 800 {
		t.Errorf("--json: exit %d, %+v from %s", code, s, js)
	}
}

func TestSim_TableHasARowPerCase(t *testing.T) {
	out, errs, code := runSim(t, "--table", "--trials", "20")
	if code != 0 || !strings.Contains(out, "serves witnesses only, probe kits") || !strings.Contains(out, "drops 20 % of requests") {
		t.Errorf("exit %d (%s):\n%s", code, errs, out)
	}
}

func TestSim_BadInputIsOneLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--provider", "drop"}, "needs a share"},
		{[]string{"--dishonest", "2"}, "--dishonest"},
		{[]string{"--committee", "2"}, "draws 3 to 15"},
		{[]string{"--segments", "3", "--segment", "7s"}, "no whole number"},
		{[]string{"--preset", "main"}, "unknown preset"},
		{[]string{"--collude", "nobody"}, "provider or the customer"},
		{[]string{"extra"}, "no arguments"},
	} {
		_, errs, code := runSim(t, tc.args...)
		lines := strings.Split(strings.TrimRight(errs, "\n"), "\n")
		if code != 1 || len(lines) != 1 || !strings.HasPrefix(errs, "defaas: ") || !strings.Contains(errs, tc.want) {
			t.Errorf("sim %v: exit %d, stderr %q; want one line saying %q", tc.args, code, errs, tc.want)
		}
	}
}
