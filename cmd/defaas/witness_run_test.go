package main

import (
	"strings"
	"testing"
)

// How a witness probes and judges is the deployment's, read from the chain (SPEC §6): `witness
// run` has none of v1's probe flags, and says so rather than ignoring one.
func TestCLI_WitnessRunTakesTheProbeRulesFromTheChain(t *testing.T) {
	c := newCLI(t)
	for _, flag := range []string{"--probe-interval=12s", "--probe-jitter=2s", "--probe-timeout=5s", "--failure-threshold=0.1", "--min-failures=3"} {
		c.fails("unknown flag", "witness", "run", flag, "--data-dir", t.TempDir(), dev(5))
	}
	r := c.ok("witness", "run", "--help")
	for _, want := range []string{"--stake", "--poll-interval", "--wasm-cache-dir", "read from the chain"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("witness run --help does not mention %q:\n%s", want, r.stdout)
		}
	}
}
