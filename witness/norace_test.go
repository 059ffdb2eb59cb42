//go:build !race

package witness_test

const raceEnabled = false
