//go:build race

package witness_test

// raceEnabled: under the race detector the witnesses and providers rewrite and compile
// modules ten times slower, and the dev preset's windows (seconds of wall time) no longer hold.
const raceEnabled = true
