package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// fakeBLAS compiles C source into dir/libblas.so.3, a stand-in for a
// broken vendor library put first on LD_LIBRARY_PATH.
func fakeBLAS(t *testing.T, src string) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skipf("LD_LIBRARY_PATH and ELF shared objects are Linux's; this is %s", runtime.GOOS)
	}
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		t.Skip("gcc not found (scripts/install-deps.sh build installs it); needed to build a fake libblas.so.3")
	}
	dir := t.TempDir()
	c := filepath.Join(dir, "fake.c")
	if err := os.WriteFile(c, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(gcc, "-shared", "-fPIC", "-o", filepath.Join(dir, "libblas.so.3"), "-Wl,-soname,libblas.so.3", c).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return dir
}

// infoUnder runs `goscipy info` in a child process with dir first on the
// library path.
func infoUnder(t *testing.T, dir string) (code int, out string) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "LD_LIBRARY_PATH="+dir, "GOSCIPY_CMD_ARGS=info")
	b, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, string(b)
	case errors.As(err, &exit):
		return exit.ExitCode(), string(b)
	}
	t.Fatalf("running info: %v\n%s", err, b)
	return 0, ""
}

// TestInfoBLASWithoutCBLAS puts a libblas.so.3 with only a Fortran symbol
// first. The program still starts (cblas_dgemm then resolves to the
// OpenBLAS that liblapack.so.3 loads), so only info can tell the user that
// the BLAS they chose is not the one running.
func TestInfoBLASWithoutCBLAS(t *testing.T) {
	dir := fakeBLAS(t, "void dgemm_(void) {}\n")
	code, out := infoUnder(t, dir)
	if strings.Contains(out, "symbol lookup error") || strings.Contains(out, "undefined symbol") {
		t.Skipf("no other loaded library defines cblas_dgemm here, so the loader itself rejects the fake library (the missing-library case info cannot see): %s", out)
	}
	if code != exitFail {
		t.Fatalf("exit %d, want %d:\n%s", code, exitFail, out)
	}
	for _, want := range []string{"FAIL blas-provider", "libblas.so.3 resolves to " + dir, "fix:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestInfoWrongDgemm puts a libblas.so.3 whose cblas_dgemm returns a
// constant: it loads and is the provider, and the numerical self-test
// must catch it.
func TestInfoWrongDgemm(t *testing.T) {
	dir := fakeBLAS(t, `void cblas_dgemm(int layout, int ta, int tb, int m, int n, int k, double alpha,
	const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc) {
	for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) c[i*ldc + j] = 0.5;
}
`)
	code, out := infoUnder(t, dir)
	if code != exitFail {
		t.Fatalf("exit %d, want %d:\n%s", code, exitFail, out)
	}
	for _, want := range []string{"FAIL blas-dgemm", "ok   blas-provider", "computes wrong results"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestParseLoaderList(t *testing.T) {
	out := "\tlinux-vdso.so.1 (0x00007ffd)\n" +
		"\tlibblas.so.3 => /tmp/x/libblas.so.3 (0x00007f01)\n" +
		"\tliblapacke.so.3 => not found\n" +
		"\t/lib64/ld-linux-x86-64.so.2 (0x00007f02)\n"
	m := parseLoaderList([]byte(out))
	if len(m) != 2 || m["libblas.so.3"] != "/tmp/x/libblas.so.3" || m["liblapacke.so.3"] != "" {
		t.Errorf("got %q", m)
	}
	if _, ok := m["liblapacke.so.3"]; !ok {
		t.Error("a library not found must be listed with an empty path")
	}
}

func TestParseDpkgSearch(t *testing.T) {
	out := "libopenblas0-pthread:amd64: /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3\n" +
		"diversion by foo from: /usr/lib/x\n" +
		"libc6:amd64, libc6-dbg: /usr/lib/x86_64-linux-gnu/libc.so.6\n" +
		"dpkg-query: no path found matching pattern /opt/x.so\n"
	m := parseDpkgSearch([]byte(out))
	if m["/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3"] != "libopenblas0-pthread:amd64" ||
		m["/usr/lib/x86_64-linux-gnu/libc.so.6"] != "libc6:amd64" || len(m) != 2 {
		t.Errorf("got %q", m)
	}
}

func TestCheckProvider(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "libopenblas.so.0")
	link := filepath.Join(dir, "libblas.so.3")
	os.WriteFile(lib, nil, 0o644)
	os.Symlink(lib, link)
	for _, tc := range []struct {
		name, library, preload string
		resolved               map[string]string
		ok, warn               bool
	}{
		{"same file", lib, "", map[string]string{"libblas.so.3": lib}, true, false},
		{"through a symlink", link, "", map[string]string{"libblas.so.3": lib}, true, false},
		{"other provider", "/usr/lib/libopenblasp.so", "", map[string]string{"libblas.so.3": lib}, false, false},
		{"preloaded provider", "/usr/lib/blis/libblis.so.4", "/usr/lib/blis/libblis.so.4", map[string]string{"libblas.so.3": lib}, true, true},
		{"loader not asked", lib, "", nil, true, true},
		{"no provider", "", "", map[string]string{"libblas.so.3": lib}, false, false},
	} {
		c := checkProvider(tc.library, tc.resolved, tc.preload)
		if c.OK != tc.ok || c.Warn != tc.warn || (!c.OK && c.Fix == "") {
			t.Errorf("%s: %+v", tc.name, c)
		}
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.json")
	os.WriteFile(target, []byte("old"), 0o644)

	a, err := createAtomic(target)
	if err != nil {
		t.Fatal(err)
	}
	a.Writer().Write([]byte("half"))
	a.Abort()
	if b, _ := os.ReadFile(target); string(b) != "old" {
		t.Errorf("Abort changed the target: %q", b)
	}
	assertNoTemp(t, dir)

	a, _ = createAtomic(target)
	a.Writer().Write([]byte("new"))
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	a.Abort() // after Commit: must not remove the target
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("after Commit: %q", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", st.Mode())
	}
	assertNoTemp(t, dir)
	if _, err := createAtomic(filepath.Join(dir, "missing", "x.json")); err == nil {
		t.Error("createAtomic in a missing directory succeeded")
	}
}

func TestBytesIEC(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1 KiB", 49152: "48 KiB", 1536: "1.5 KiB", 2 << 20: "2 MiB", 25 << 30: "25 GiB"} {
		if got := bytesIEC(n); got != want {
			t.Errorf("bytesIEC(%d) = %q, want %q", n, got, want)
		}
	}
}
