package lapacke

import (
	"fmt"
	"testing"

	"github.com/goscipy/goscipy/cblas"
)

// TestVersion compares LAPACKE_ilaver with LAPACK's ilaver_ looked up
// directly by cblas.Info (dlsym in the global scope, the same LAPACK that
// LAPACKE binds to): two paths to one answer, so a marshalling error in
// either shows. The major version of every LAPACK with LAPACKE is 3.
func TestVersion(t *testing.T) {
	major, minor, patch := Version()
	if major != 3 || minor < 4 || patch < 0 {
		t.Errorf("Version() = %d.%d.%d, want 3.x.y with x >= 4 (LAPACKE exists since 3.4)", major, minor, patch)
	}
	want := cblas.Info().LAPACKVersion
	if want == "" {
		t.Skip("cblas.Info finds no ilaver_ to compare with")
	}
	if got := fmt.Sprintf("%d.%d.%d", major, minor, patch); got != want {
		t.Errorf("Version() = %s, ilaver_ says %s", got, want)
	}
}
