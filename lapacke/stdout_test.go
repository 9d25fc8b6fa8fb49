package lapacke

import (
	"bytes"
	"os"
	"strings"
	"syscall"
	"testing"
)

// checkNoDiagnostics runs f with file descriptor 1 redirected to a temporary
// file and fails the test if LAPACKE or LAPACK printed an argument error
// there. LAPACKE_xerbla prints "Wrong parameter N in LAPACKE_…" and Fortran
// XERBLA "** On entry to … parameter number N had an illegal value"; either
// means an argument reached C that validation should have stopped, even if
// LAPACK then returned without a negative info. Whatever was captured is
// written back to the real stdout afterwards.
func checkNoDiagnostics(t *testing.T, f func()) {
	t.Helper()
	tmp, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	defer tmp.Close()
	flushCStdout()
	saved, err := syscall.Dup(1)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup2(int(tmp.Fd()), 1); err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() {
			flushCStdout()
			if err := syscall.Dup2(saved, 1); err != nil {
				panic(err)
			}
			syscall.Close(saved)
		}()
		f()
	}()
	out, err := os.ReadFile(tmp.Name())
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.Write(out)
	for _, bad := range []string{"Wrong parameter", "illegal value"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("native library printed an argument error:\n%s", strings.TrimSpace(string(out)))
			break
		}
	}
}
