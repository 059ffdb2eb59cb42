//go:build race

package runtime_test

// raceEnabled: the race detector keeps shadow memory for every page the process touched and
// never returns it, so resident memory says nothing about what the runtime gave back; and it
// slows scheduling enough that wall-time bounds say nothing either. Tests that measure either
// run again without it in tools/test.sh's real-time step.
const raceEnabled = true
