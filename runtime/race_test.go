//go:build race

package runtime_test

// raceEnabled: the race detector keeps shadow memory for every page the process touched and
// never returns it, so resident memory says nothing about what the runtime gave back.
const raceEnabled = true
