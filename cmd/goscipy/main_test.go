package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestMain lets a test run this binary as the goscipy command: with
// GOSCIPY_CMD_ARGS set (arguments separated by newlines) it runs them and
// exits, so a child process can start under a different LD_LIBRARY_PATH.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("GOSCIPY_CMD_ARGS"); ok {
		os.Exit(run(strings.Split(args, "\n"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func runCapture(args ...string) (code int, stdout, stderr string) {
	var out, errw bytes.Buffer
	code = run(args, &out, &errw)
	return code, out.String(), errw.String()
}

// TestUsageErrors checks the exit statuses: 2 for bad usage with a message
// on stderr, 0 for help.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string // in stderr, or in stdout for status 0
	}{
		{nil, exitUsage, "usage: goscipy"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"info", "-nosuchflag"}, exitUsage, "flag provided but not defined"},
		{[]string{"info", "extra"}, exitUsage, `unexpected argument "extra"`},
		{[]string{"demo", "-sizes", "0,8"}, exitUsage, "not a positive matrix order"},
		{[]string{"demo", "-sizes", "abc"}, exitUsage, "not a positive matrix order"},
		{[]string{"demo", "-reps", "0"}, exitUsage, "-reps must be at least 1"},
		{[]string{"help"}, exitOK, "demo"},
		{[]string{"info", "-h"}, exitOK, ""},
		{[]string{"bench", "-suite", "huge"}, exitUsage, `no suite "huge"`},
		{[]string{"bench", "-threads", "0"}, exitUsage, "not a positive count"},
		{[]string{"bench", "-threads", "1,x"}, exitUsage, "not a positive count"},
		{[]string{"bench", "-threads", "2,2"}, exitUsage, "appears twice"},
		{[]string{"bench", "-kernels", "zgemm"}, exitUsage, `no kernel "zgemm"`},
		{[]string{"bench", "-nosuchflag"}, exitUsage, "flag provided but not defined"},
		{[]string{"bench", "stray"}, exitUsage, `unexpected argument "stray"`},
		{[]string{"bench", "-h"}, exitOK, ""},
		{[]string{"compare"}, exitUsage, "no bench documents given"},
		{[]string{"compare", "-format", "gif", "a.json"}, exitUsage, `-format "gif"`},
		{[]string{"compare", "/nonexistent/a.json"}, exitUsage, "cannot read /nonexistent/a.json: no such file"},
		{[]string{"compare", "-nosuchflag", "a.json"}, exitUsage, "flag provided but not defined"},
		{[]string{"compare", "-h"}, exitOK, ""},
	} {
		code, stdout, stderr := runCapture(tc.args...)
		if code != tc.code {
			t.Errorf("goscipy %q: exit %d, want %d (stderr %q)", tc.args, code, tc.code, stderr)
			continue
		}
		where := stderr
		if code == exitOK {
			where = stdout
		}
		if !strings.Contains(where, tc.want) {
			t.Errorf("goscipy %q: output %q lacks %q", tc.args, where, tc.want)
		}
	}
}

// TestInfoCommand checks that info prints the vendor block and LAPACKE's
// version line.
func TestInfoCommand(t *testing.T) {
	code, out, stderr := runCapture("info")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"BLAS vendor:", "library:", "threads:", "LAPACKE:", "environment:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestDemoSmall runs the demo on small matrices and checks that every
// operation is reported and that native and pure-Go results agree. Times
// are not checked: they depend on the machine and its load.
func TestDemoSmall(t *testing.T) {
	code, out, stderr := runCapture("demo", "-sizes", "16,8", "-reps", "1")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := 0
	for _, name := range []string{"Dense.Mul 16×16", "Dense.Mul 8×8", "Dense.Solve 16×16", "Dense.Solve 8×8", "SVD 8×8"} {
		var line string
		for l := range strings.SplitSeq(out, "\n") {
			if strings.Contains(l, name) {
				line = l
			}
		}
		if line == "" {
			t.Errorf("no row for %s:\n%s", name, out)
			continue
		}
		rows++
		f := strings.Fields(line)
		diff, err := strconv.ParseFloat(f[len(f)-1], 64)
		// Well-conditioned 8×8 and 16×16 problems: the two libraries round
		// differently, but by a few ulps times a small condition number.
		if err != nil || diff > 1e-10 {
			t.Errorf("%s: relative difference %q, want a number below 1e-10", name, f[len(f)-1])
		}
	}
	if rows > 0 && !strings.Contains(out, "×") {
		t.Errorf("no speed-up column:\n%s", out)
	}
	if _, ok := blas64.Implementation().(gonum.Implementation); !ok {
		t.Errorf("demo left blas64 on %T, want gonum's default restored", blas64.Implementation())
	}
}

// TestInfoUnderReferenceBLAS runs `goscipy info` with Debian's reference
// BLAS first on the library path. liblapacke.so.3 still pulls in
// OpenBLAS's liblapack.so.3 (and with it libopenblas.so.0), so a global
// symbol lookup would find openblas_get_config and report OpenBLAS; Info
// must report the library that actually provides cblas_dgemm.
func TestInfoUnderReferenceBLAS(t *testing.T) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skipf("the library paths are Debian's for x86-64, this is %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	dir := "/usr/lib/x86_64-linux-gnu/blas"
	if _, err := os.Stat(filepath.Join(dir, "libblas.so.3")); err != nil {
		t.Skipf("reference BLAS not installed (package libblas3, scripts/install-deps.sh vendors): %v", err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "LD_LIBRARY_PATH="+dir, "GOSCIPY_CMD_ARGS=info")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("goscipy info under %s: %v\n%s", dir, err, out)
	}
	s := string(out)
	if !strings.Contains(s, "BLAS vendor:    reference") {
		t.Errorf("vendor not reported as reference:\n%s", s)
	}
	if !strings.Contains(s, "library:        "+dir+"/") {
		t.Errorf("library not in %s:\n%s", dir, s)
	}
	if !strings.Contains(s, "LAPACKE:") {
		t.Errorf("no LAPACKE line:\n%s", s)
	}
}
