//go:build race

package server_test

// raceEnabled is true under the race detector, where setting up a whole
// parameter set's keys takes minutes: the test that needs them skips; the
// concurrent intake paths it uses are raced by the others.
const raceEnabled = true
