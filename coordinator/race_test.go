//go:build race

package coordinator_test

// raceEnabled is true under the race detector, where proving a tally (key
// setup included) takes many minutes: those tests skip, the concurrent
// paths they share with the native tally are raced by the others.
const raceEnabled = true
