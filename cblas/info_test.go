package cblas

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// libDir is Debian's multiarch library directory, where the alternatives
// for libblas.so.3 live in per-vendor subdirectories.
func libDir(t *testing.T) string {
	triplet := map[string]string{
		"amd64":   "x86_64-linux-gnu",
		"arm64":   "aarch64-linux-gnu",
		"ppc64le": "powerpc64le-linux-gnu",
		"s390x":   "s390x-linux-gnu",
	}[runtime.GOARCH]
	if runtime.GOOS != "linux" || triplet == "" {
		t.Skipf("vendor directories are Debian's multiarch layout; not known for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	return filepath.Join("/usr/lib", triplet)
}

// defaultBLAS is the file the dynamic linker loads for libblas.so.3 when no
// LD_LIBRARY_PATH redirects it: Debian's alternatives symlink, resolved.
// The test skips when that cannot be known independently of Info.
func defaultBLAS(t *testing.T) string {
	if os.Getenv("LD_LIBRARY_PATH") != "" || os.Getenv("LD_PRELOAD") != "" {
		t.Skip("LD_LIBRARY_PATH or LD_PRELOAD is set, so the default libblas.so.3 alternative may not be the one loaded")
	}
	p, err := filepath.EvalSymlinks(filepath.Join(libDir(t), "libblas.so.3"))
	if err != nil {
		t.Skipf("no libblas.so.3 alternative to compare with: %v", err)
	}
	return p
}

// TestInfoDefaultOpenBLAS checks Info against facts read from the file
// system when Debian's default alternative, OpenBLAS's pthreads build
// (libopenblas0-pthread), provides libblas.so.3.
func TestInfoDefaultOpenBLAS(t *testing.T) {
	lib := defaultBLAS(t)
	dir := filepath.Dir(lib)
	if filepath.Base(dir) != "openblas-pthread" {
		t.Skipf("the libblas.so.3 alternative is %s, not OpenBLAS's pthreads build (libopenblas0-pthread)", lib)
	}
	in := Info()
	if in.Vendor != VendorOpenBLAS {
		t.Errorf("Vendor = %q, want %q", in.Vendor, VendorOpenBLAS)
	}
	if in.Library != lib {
		t.Errorf("Library = %q, want %q (the resolved alternative)", in.Library, lib)
	}
	if in.Parallel != "pthreads" {
		t.Errorf("Parallel = %q, want pthreads", in.Parallel)
	}
	// Debian names the library file after the version: libopenblasp-r0.3.21.so.
	real, err := filepath.EvalSymlinks(filepath.Join(dir, "libopenblas.so.0"))
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`-r([0-9.]+)\.so$`).FindStringSubmatch(real); m == nil {
		t.Errorf("cannot read a version from %s", real)
	} else if in.Version != m[1] {
		t.Errorf("Version = %q, want %q (from %s)", in.Version, m[1], filepath.Base(real))
	}
	if !strings.HasPrefix(in.Config, "OpenBLAS "+in.Version) {
		t.Errorf("Config = %q, want it to start with %q", in.Config, "OpenBLAS "+in.Version)
	}
	if in.CoreType == "" || !strings.Contains(in.Config, in.CoreType) {
		t.Errorf("CoreType = %q, want a kernel name that the DYNAMIC_ARCH config string %q names", in.CoreType, in.Config)
	}
	if in.NumProcs != runtime.NumCPU() {
		t.Errorf("NumProcs = %d, want runtime.NumCPU() = %d", in.NumProcs, runtime.NumCPU())
	}
	if in.Threads != Threads() || in.Threads < 1 {
		t.Errorf("Info().Threads = %d, Threads() = %d; want equal and positive", in.Threads, Threads())
	}
	if in.LAPACKVersion == "" || !strings.HasPrefix(in.LAPACKVersion, "3.") {
		t.Errorf("LAPACKVersion = %q, want 3.x.y (OpenBLAS carries LAPACK)", in.LAPACKVersion)
	}
}

// TestInfoSemaphoreLimit checks that init sized the native-call semaphore
// from the library's processor count, capped by OpenBLAS's MAX_THREADS.
func TestInfoSemaphoreLimit(t *testing.T) {
	in := Info()
	want := in.NumProcs
	if m := regexp.MustCompile(`MAX_THREADS=(\d+)`).FindStringSubmatch(in.Config); m != nil {
		mt, _ := strconv.Atoi(m[1])
		want = min(want, mt)
	}
	if got := nativecall.Limit(); got != want {
		t.Errorf("nativecall.Limit() = %d, want %d (NumProcs %d, config %q)", got, want, in.NumProcs, in.Config)
	}
}

// TestInfoEnv checks that Env reports each variable with presence
// distinguished from emptiness. Only variables this test sets itself are
// examined, so the OPENBLAS_* settings of the caller are left alone.
func TestInfoEnv(t *testing.T) {
	t.Setenv("MKL_NUM_THREADS", "3")
	t.Setenv("BLIS_NUM_THREADS", "")
	got := map[string]EnvVar{}
	for _, e := range Info().Env {
		got[e.Name] = e
	}
	for _, name := range []string{"OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS", "OPENBLAS_L2_SIZE", "OMP_NUM_THREADS", "GOTO_NUM_THREADS", "BLIS_NUM_THREADS"} {
		if _, ok := got[name]; !ok {
			t.Errorf("Env lacks %s", name)
		}
	}
	if e := got["MKL_NUM_THREADS"]; !e.Set || e.Value != "3" {
		t.Errorf("MKL_NUM_THREADS = %+v, want set to 3", e)
	}
	if e := got["BLIS_NUM_THREADS"]; !e.Set || e.Value != "" {
		t.Errorf("BLIS_NUM_THREADS = %+v, want set and empty", e)
	}
	for name, e := range got {
		v, ok := os.LookupEnv(name)
		if e.Set != ok || e.Value != v {
			t.Errorf("%s = %+v, but the environment has %q (present %v)", name, e, v, ok)
		}
	}
	s := Info().String()
	for _, want := range []string{"MKL_NUM_THREADS=3", "BLIS_NUM_THREADS=\n", "BLAS vendor:", "threads:", "LAPACK:"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
}

// TestThreadsSetAndRestore changes the thread count of a threaded build
// and reads it back. It restores the count it found.
func TestThreadsSetAndRestore(t *testing.T) {
	in := Info()
	if in.Parallel == "sequential" || in.Vendor == VendorReference || in.Vendor == VendorUnknown {
		t.Skipf("%s (%s) is not a threaded build", in.Vendor, in.Library)
	}
	if loadedVendor().setThreads == nil {
		t.Skipf("%s (%s) exports no thread-control function", in.Vendor, in.Library)
	}
	orig := Threads()
	defer func() {
		if err := SetThreads(orig); err != nil {
			t.Errorf("restoring %d threads: %v", orig, err)
		}
	}()
	for _, n := range []int{1, 2, 1} {
		if err := SetThreads(n); err != nil {
			t.Fatalf("SetThreads(%d): %v", n, err)
		}
		if got := Threads(); got != n {
			t.Errorf("after SetThreads(%d), Threads() = %d", n, got)
		}
		if got := Info().Threads; got != n {
			t.Errorf("after SetThreads(%d), Info().Threads = %d", n, got)
		}
	}
	if err := SetThreads(0); err == nil {
		t.Error("SetThreads(0) succeeded, want an error")
	}
	if err := SetThreads(-3); err == nil {
		t.Error("SetThreads(-3) succeeded, want an error")
	}
	// OpenBLAS caps the count at MAX_THREADS from its build; asking for more
	// must report the count it settled on rather than pretend.
	if m := regexp.MustCompile(`MAX_THREADS=(\d+)`).FindStringSubmatch(in.Config); m != nil {
		mt, _ := strconv.Atoi(m[1])
		err := SetThreads(mt + 1)
		if err == nil {
			t.Errorf("SetThreads(%d) above MAX_THREADS=%d succeeded", mt+1, mt)
		} else if !strings.Contains(err.Error(), strconv.Itoa(mt)) {
			t.Errorf("SetThreads(%d) error %q does not name the count in effect (%d)", mt+1, err, mt)
		}
		if got := Threads(); got != mt {
			t.Errorf("after SetThreads(%d), Threads() = %d, want the cap %d", mt+1, got, mt)
		}
	}
}

// TestThreadsWaitsForNativeCalls checks that SetThreads does not change the
// library's threads while a call is inside it: it holds one slot of the
// semaphore and sees SetThreads return only after releasing it.
func TestThreadsWaitsForNativeCalls(t *testing.T) {
	if loadedVendor().setThreads == nil {
		t.Skipf("%s exports no thread-control function", Info().Vendor)
	}
	orig := Threads()
	s := nativecall.Enter()
	done := make(chan error)
	go func() { done <- SetThreads(orig) }()
	// If SetThreads did not wait it would finish while the slot is held;
	// yielding a few times gives it every chance to do so.
	for range 100 {
		runtime.Gosched()
	}
	select {
	case err := <-done:
		nativecall.Exit(s)
		t.Fatalf("SetThreads returned (%v) while a native call held the semaphore", err)
	default:
	}
	nativecall.Exit(s)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestBLISEnvThreads checks the rules BLIS 0.9 applies to its environment
// (bli_thread_init_rntm_from_env), used when Debian's BLIS hides its API.
func TestBLISEnvThreads(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want int
	}{
		{map[string]string{}, 1},
		{map[string]string{"OMP_NUM_THREADS": "4"}, 4},
		{map[string]string{"BLIS_NUM_THREADS": "3", "OMP_NUM_THREADS": "4"}, 3},
		{map[string]string{"BLIS_NUM_THREADS": "junk", "OMP_NUM_THREADS": "4"}, 4},
		{map[string]string{"BLIS_NUM_THREADS": "0"}, 1},
		{map[string]string{"BLIS_JC_NT": "2", "BLIS_IC_NT": "3", "BLIS_NUM_THREADS": "8"}, 6},
	} {
		got := blisEnvThreads(func(k string) string { return tc.env[k] })
		if got != tc.want {
			t.Errorf("env %v: %d threads, want %d", tc.env, got, tc.want)
		}
	}
}

// vendorCase is one BLAS build selected at run time with LD_LIBRARY_PATH.
type vendorCase struct {
	name     string
	dir      string // subdirectory of the multiarch library directory
	pkg      string // Debian package that installs it
	vendor   string
	parallel string
	env      []string // extra environment for the child
	threads  int      // expected Threads() in the child
	settable bool     // whether SetThreads(2) must succeed
	coreType string   // expected CoreType, if checked
	amd64    bool     // run only on amd64
	preload  string   // file in dir to LD_PRELOAD, if any
	version  bool     // whether Version must be reported
}

var vendorCases = []vendorCase{
	{name: "reference", dir: "blas", pkg: "libblas3", vendor: VendorReference, parallel: "sequential", threads: 1},
	{name: "openblas-serial", dir: "openblas-serial", pkg: "libopenblas0-serial", vendor: VendorOpenBLAS, parallel: "sequential", threads: 1},
	{name: "openblas-pthread", dir: "openblas-pthread", pkg: "libopenblas0-pthread", vendor: VendorOpenBLAS, parallel: "pthreads",
		env: []string{"OPENBLAS_NUM_THREADS=1"}, threads: 1, settable: true},
	// OPENBLAS_CORETYPE picks the kernels of a DYNAMIC_ARCH build; Nehalem
	// (SSE4.2) runs on every x86-64 CPU this code meets.
	{name: "openblas-coretype", dir: "openblas-pthread", pkg: "libopenblas0-pthread", vendor: VendorOpenBLAS, parallel: "pthreads",
		env: []string{"OPENBLAS_NUM_THREADS=2", "OPENBLAS_CORETYPE=Nehalem"}, threads: 2, settable: true, coreType: "Nehalem", amd64: true},
	{name: "blis-pthread", dir: "blis-pthread", pkg: "libblis4-pthread", vendor: VendorBLIS, parallel: "pthreads",
		env: []string{"BLIS_NUM_THREADS=3"}, threads: 3},
	// libblis.so.4 itself exports BLIS's bli_ API (Debian's libblas.so.3
	// hides it): preloaded, it provides cblas_dgemm, and Info and SetThreads
	// go through bli_info_get_version_str and bli_thread_set_num_threads.
	{name: "blis-api", dir: "blis-pthread", pkg: "libblis4-pthread", vendor: VendorBLIS, parallel: "pthreads",
		env: []string{"BLIS_NUM_THREADS=3"}, threads: 3, settable: true, preload: "libblis.so.4", version: true},
}

// TestVendorSwitch runs this test binary again with LD_LIBRARY_PATH pointing
// at each BLAS build Debian can install behind libblas.so.3, without
// recompiling, and checks in the child that Info detects it and that
// SetThreads works or fails as that build allows.
func TestVendorSwitch(t *testing.T) {
	if os.Getenv("GOSCIPY_VENDOR_CHILD") != "" {
		t.Skip("already in a child process")
	}
	base := libDir(t)
	for _, vc := range vendorCases {
		t.Run(vc.name, func(t *testing.T) {
			if vc.amd64 && runtime.GOARCH != "amd64" {
				t.Skipf("case needs x86-64 kernels, this is %s", runtime.GOARCH)
			}
			dir := filepath.Join(base, vc.dir)
			lib := "libblas.so.3"
			if vc.preload != "" {
				lib = vc.preload
			}
			if _, err := os.Stat(filepath.Join(dir, lib)); err != nil {
				t.Skipf("%s/%s missing: install %s (scripts/install-deps.sh vendors)", dir, lib, vc.pkg)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestVendorChild$", "-test.v", "-test.count=1")
			env := []string{"LD_LIBRARY_PATH=" + dir, "GOSCIPY_VENDOR_CHILD=" + vc.name}
			if vc.preload != "" {
				env = append(env, "LD_PRELOAD="+filepath.Join(dir, vc.preload))
			}
			cmd.Env = childEnv(append(env, vc.env...))
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "--- PASS: TestVendorChild") {
				t.Errorf("child with LD_LIBRARY_PATH=%s failed (%v):\n%s", dir, err, out)
			}
		})
	}
}

// childEnv is the current environment without the thread-count variables,
// plus extra (which replaces any variable it names). OPENBLAS_CORETYPE and
// OPENBLAS_L2_SIZE pass through unless a case sets them.
func childEnv(extra []string) []string {
	drop := map[string]bool{
		"OPENBLAS_NUM_THREADS": true, "GOTO_NUM_THREADS": true,
		"OMP_NUM_THREADS": true, "BLIS_NUM_THREADS": true, "BLIS_JC_NT": true, "BLIS_PC_NT": true,
		"BLIS_IC_NT": true, "BLIS_JR_NT": true, "BLIS_IR_NT": true,
	}
	for _, kv := range extra {
		k, _, _ := strings.Cut(kv, "=")
		drop[k] = true
	}
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !drop[k] {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// TestVendorChild is the child half of TestVendorSwitch.
func TestVendorChild(t *testing.T) {
	name := os.Getenv("GOSCIPY_VENDOR_CHILD")
	if name == "" {
		t.Skip("runs only as a child of TestVendorSwitch, under a chosen LD_LIBRARY_PATH")
	}
	var vc vendorCase
	for _, c := range vendorCases {
		if c.name == name {
			vc = c
		}
	}
	in := Info()
	t.Logf("\n%s", in)
	dir := os.Getenv("LD_LIBRARY_PATH")
	if filepath.Dir(in.Library) != dir {
		t.Errorf("Library = %q, want a file in %s", in.Library, dir)
	}
	if in.Vendor != vc.vendor {
		t.Errorf("Vendor = %q, want %q", in.Vendor, vc.vendor)
	}
	if in.Parallel != vc.parallel {
		t.Errorf("Parallel = %q, want %q", in.Parallel, vc.parallel)
	}
	if in.Threads != vc.threads || Threads() != vc.threads {
		t.Errorf("Info().Threads = %d, Threads() = %d, want %d", in.Threads, Threads(), vc.threads)
	}
	if err := SetThreads(vc.threads); err != nil {
		t.Errorf("SetThreads(%d) to the count in effect: %v", vc.threads, err)
	}
	err := SetThreads(2)
	switch {
	case vc.settable && err != nil:
		t.Errorf("SetThreads(2): %v", err)
	case vc.settable && Threads() != 2:
		t.Errorf("after SetThreads(2), Threads() = %d", Threads())
	case !vc.settable && !errors.Is(err, ErrThreadsUnsupported):
		t.Errorf("SetThreads(2) = %v, want an error wrapping ErrThreadsUnsupported", err)
	case !vc.settable && !strings.Contains(err.Error(), in.Library):
		t.Errorf("SetThreads(2) error %q does not name the library", err)
	}
	if vc.version && !regexp.MustCompile(`^\d+\.\d+\.\d+`).MatchString(in.Version) {
		t.Errorf("Version = %q, want the library's x.y.z", in.Version)
	}
	if vc.coreType != "" && in.CoreType != vc.coreType {
		t.Errorf("CoreType = %q with OPENBLAS_CORETYPE=%s, want %q", in.CoreType, os.Getenv("OPENBLAS_CORETYPE"), vc.coreType)
	}
}
