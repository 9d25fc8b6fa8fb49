package conformance

import (
	"os"
	"testing"
)

// TestMain starts every test from gonum's pure-Go defaults.
func TestMain(m *testing.M) {
	usePureGo()
	os.Exit(m.Run())
}
