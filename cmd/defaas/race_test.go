//go:build race

package main

// raceEnabled: under the race detector the providers compile functions several times slower,
// so the demo's deadlines (seconds, on the dev preset) no longer hold.
const raceEnabled = true
