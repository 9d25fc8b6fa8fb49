package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/goscipy/goscipy/internal/benchfmt"
	"github.com/goscipy/goscipy/internal/benchsuite"
)

// TestBenchTestSuite runs `bench -suite test -o FILE`, reads the document
// back through benchfmt.Read (which validates it) and compares it with
// itself.
func TestBenchTestSuite(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "run.json")
	code, stdout, stderr := runCapture("bench", "-suite", "test", "-threads", "1", "-label", "mine", "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc := readDoc(t, out)
	suite, _ := benchsuite.Lookup("test")
	if doc.SchemaVersion != benchfmt.SchemaVersion || doc.Label != "mine" || doc.Suite.Name != "test" || len(doc.Results) != suite.Count() {
		t.Fatalf("document: version %d, label %q, suite %q, %d results", doc.SchemaVersion, doc.Label, doc.Suite.Name, len(doc.Results))
	}
	if doc.Info.BLAS.Vendor == "" || doc.Info.BLAS.Library == "" || len(doc.Info.Checks) == 0 || doc.Info.Goscipy.GoVersion == "" {
		t.Errorf("info incomplete: %+v", doc.Info.BLAS)
	}
	for _, r := range doc.Results {
		if r.Skipped != "" {
			t.Errorf("%s skipped: %s", r.Key(), r.Skipped)
			continue
		}
		if !r.Deterministic || !r.Accurate || r.Threads != 1 {
			t.Errorf("%s: deterministic %v, accurate %v (error %v), threads %d", r.Key(), r.Deterministic, r.Accurate, r.Error, r.Threads)
		}
	}
	for _, want := range []string{"mine: suite test", "dgemm", "fft_c2c"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	assertNoTemp(t, dir)

	// A document against itself: every ratio is exactly 1 and within
	// noise, and the outputs are the same bits.
	plots := filepath.Join(dir, "plots")
	code, stdout, stderr = runCapture("compare", out, "-plot", plots, out)
	if code != exitOK {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	if n := strings.Count(stdout, "1.00× ["); n != suite.Count() {
		t.Errorf("%d ratios of 1.00×, want %d:\n%s", n, suite.Count(), stdout)
	}
	for line := range strings.SplitSeq(stdout, "\n") {
		if strings.Contains(line, "1.00× [") && strings.Contains(line, "≠") {
			t.Errorf("a case's output differs from itself: %q", line)
		}
	}
	for _, f := range []string{"throughput.png", "ratios.png"} {
		if st, err := os.Stat(filepath.Join(plots, f)); err != nil || st.Size() == 0 {
			t.Errorf("plot %s: %v", f, err)
		}
	}
}

// TestBenchQuick runs the whole quick suite, the one users run first. No
// time is asserted (the machine may be loaded); only that it completes and
// every case is deterministic at one thread and accurate.
func TestBenchQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("the quick suite takes seconds to tens of seconds; skipped with -short")
	}
	out := filepath.Join(t.TempDir(), "quick.json")
	code, _, stderr := runCapture("bench", "-suite", "quick", "-threads", "1", "-q", "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc := readDoc(t, out)
	quick, _ := benchsuite.Lookup("quick")
	if len(doc.Results) != quick.Count() {
		t.Fatalf("%d results, want %d", len(doc.Results), quick.Count())
	}
	for _, r := range doc.Results {
		if r.Skipped != "" || !r.Accurate || !r.Deterministic {
			t.Errorf("%s: skipped %q, accurate %v (error %v ≤ %v), deterministic %v", r.Key(), r.Skipped, r.Accurate, r.Error, r.Tolerance, r.Deterministic)
		}
	}
	t.Logf("quick suite: %v", time.Duration(doc.DurationNS))
}

func readDoc(t *testing.T, path string) *benchfmt.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := benchfmt.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

// assertNoTemp fails if an atomic-write temporary file is left in dir.
func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestBenchInterrupted starts `bench -suite quick -o FILE` in a child
// process, sends it SIGINT once it has started, and checks that it exits
// with status 130 and leaves nothing under the output name: neither a new
// file nor a change to a file that was already there, and no temporary.
func TestBenchInterrupted(t *testing.T) {
	for _, existing := range []bool{false, true} {
		dir := t.TempDir()
		out := filepath.Join(dir, "run.json")
		const old = "previous results\n"
		if existing {
			if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "GOSCIPY_CMD_ARGS="+strings.Join([]string{"bench", "-suite", "quick", "-threads", "1", "-o", out}, "\n"))
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the start line: the signal handler is installed by
		// then and the run (seconds long) is under way.
		sc := bufio.NewScanner(stderr)
		started := false
		var lines []string
		for sc.Scan() {
			lines = append(lines, sc.Text())
			if strings.HasPrefix(sc.Text(), "goscipy bench: suite quick") {
				started = true
				break
			}
		}
		if !started {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("no start line; stderr: %q", lines)
		}
		time.Sleep(300 * time.Millisecond) // inside a case, not between
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		err = cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
			t.Fatalf("existing=%v: %v, want exit status %d; stderr %q", existing, err, exitInterrupted, lines)
		}
		if !slices.ContainsFunc(lines, func(l string) bool {
			return strings.Contains(l, "interrupted after") && strings.Contains(l, "nothing written to "+out)
		}) {
			t.Errorf("no interruption message: %q", lines)
		}
		got, err := os.ReadFile(out)
		switch {
		case existing && string(got) != old:
			t.Errorf("the existing output file changed: %q, %v", got, err)
		case !existing && !errors.Is(err, os.ErrNotExist):
			t.Errorf("an output file exists after the interrupt: %v", err)
		}
		assertNoTemp(t, dir)
	}
}

func TestParseThreads(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"", []int{3}}, {"1", []int{1}}, {"1,2,N", []int{1, 2, 8}}, {" 4 , all", []int{4, 8}}, {"max", []int{8}},
	} {
		got, err := parseThreads(tc.in, 3, 8)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("parseThreads(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"0", "-1", "a", "1,,2", "8,N"} {
		if _, err := parseThreads(bad, 3, 8); err == nil {
			t.Errorf("parseThreads(%q) accepted", bad)
		}
	}
}

// TestCompareRefusesForeign checks exit status 2 and the message for
// inputs that are not bench documents, and that nothing is compared.
func TestCompareRefusesForeign(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if code, _, stderr := runCapture("bench", "-suite", "test", "-kernels", "ddot", "-q", "-o", good); code != exitOK {
		t.Fatalf("bench: %d %s", code, stderr)
	}
	for name, content := range map[string]string{
		"package.json": `{"name": "left-pad", "version": "1.3.0"}`,
		"bench.txt":    "BenchmarkDgemm-2   100   12345 ns/op\n",
		"future.json":  `{"format": "goscipy-bench", "schema_version": 99}`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCapture("compare", good, p)
		if code != exitUsage {
			t.Errorf("%s: exit %d, want %d", name, code, exitUsage)
		}
		if stdout != "" {
			t.Errorf("%s: compared anyway:\n%s", name, stdout)
		}
		want := "is not a goscipy bench document"
		if name == "future.json" {
			want = "schema_version 99"
		}
		if !strings.Contains(stderr, p) || !strings.Contains(stderr, want) {
			t.Errorf("%s: message %q lacks the file name or %q", name, stderr, want)
		}
	}
}

// TestInfoJSON decodes `info -json` into the schema type and checks the
// parts every Linux machine has.
func TestInfoJSON(t *testing.T) {
	code, stdout, stderr := runCapture("info", "-json")
	if code != exitOK {
		t.Fatalf("exit %d: %s\n%s", code, stderr, stdout)
	}
	var in benchfmt.Info
	if err := json.Unmarshal([]byte(stdout), &in); err != nil {
		t.Fatal(err)
	}
	if in.BLAS.Vendor == "" || in.LAPACKE.Version == "" || len(in.FFTW) != 2 || in.Goscipy.NumCPU < 1 {
		t.Errorf("native part: %+v %+v %+v", in.BLAS, in.LAPACKE, in.FFTW)
	}
	if _, err := os.Stat("/proc/cpuinfo"); err == nil && (in.CPU.LogicalCPUs < 1 || in.Memory.TotalBytes <= 0) {
		t.Errorf("machine part: %+v %+v", in.CPU.LogicalCPUs, in.Memory)
	}
	if !slices.ContainsFunc(in.Libraries, func(l benchfmt.Library) bool { return strings.Contains(l.Path, "fftw3") }) {
		t.Errorf("FFTW not among the mapped libraries: %+v", in.Libraries)
	}
	for _, c := range in.Checks {
		if !c.OK {
			t.Errorf("check %s failed: %s", c.Name, c.Detail)
		}
	}
}

func TestInfoExpectVendor(t *testing.T) {
	code, stdout, stderr := runCapture("info", "-q", "-expect-vendor", "NoSuchBLAS")
	if code != exitFail || stdout != "" || !strings.Contains(stderr, "expected vendor NoSuchBLAS") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
