package coordinator

// SetLogPage sets how many entries Log reads at a time (tests).
func SetLogPage(n int) (restore func()) {
	old := logPage
	logPage = n
	return func() { logPage = old }
}
