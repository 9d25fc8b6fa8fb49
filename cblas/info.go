package cblas

/*
#cgo pkg-config: blas
#cgo nocallback goscipy_info_lookup
#cgo nocallback goscipy_info_sym
#cgo nocallback goscipy_info_where
#cgo nocallback goscipy_info_call_int
#cgo nocallback goscipy_info_call_void_int
#cgo nocallback goscipy_info_call_i64
#cgo nocallback goscipy_info_call_void_i64
#cgo nocallback goscipy_info_call_str
#cgo nocallback goscipy_info_blis_arch
#cgo nocallback goscipy_info_mkl_version
#cgo nocallback goscipy_info_ilaver
#cgo noescape goscipy_info_mkl_version
#cgo noescape goscipy_info_ilaver
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <cblas.h>

// goscipy_info_lookup finds the shared object that defines the BLAS entry
// point `sym` for this process and returns a handle on it (plus its file
// name in *path). dlsym on that handle searches the object and its own
// dependencies only, which is what vendor detection needs: a global lookup
// (RTLD_DEFAULT) would also see libraries loaded for other reasons, such as
// the OpenBLAS that Debian's liblapack.so.3 pulls in under a reference
// libblas.so.3. When the symbol comes from the executable itself (a static
// build) the handle is the global scope, the best that can be done there.
static void *goscipy_info_lookup(const char *sym, const char **path) {
	*path = NULL;
	void *addr = dlsym(RTLD_DEFAULT, sym);
	if (addr == NULL) {
		return NULL;
	}
	Dl_info info, self;
	if (dladdr(addr, &info) == 0 || info.dli_fname == NULL) {
		return dlopen(NULL, RTLD_LAZY);
	}
	// If the executable itself answered (a PLT stub standing for the
	// library's function), ask again past the executable.
	if (dladdr((void *)goscipy_info_lookup, &self) != 0 && self.dli_fbase == info.dli_fbase) {
		void *next = dlsym(RTLD_NEXT, sym);
		if (next == NULL || dladdr(next, &info) == 0 || info.dli_fname == NULL) {
			return dlopen(NULL, RTLD_LAZY);
		}
	}
	*path = info.dli_fname;
	// RTLD_NOLOAD: only take a reference on the object already mapped; never
	// load anything new. The handle is kept for the life of the process.
	void *h = dlopen(info.dli_fname, RTLD_NOLOAD | RTLD_LAZY);
	if (h == NULL) {
		h = dlopen(NULL, RTLD_LAZY);
	}
	return h;
}

// goscipy_info_anchor takes cblas_dgemm's address so that the linker keeps
// libblas.so.3 as a dependency (with --as-needed it drops libraries nothing
// references) even in a program that uses only Info.
void *goscipy_info_anchor(void) { return (void *)&cblas_dgemm; }

// goscipy_info_sym is dlsym on a handle, or on the global scope when handle
// is NULL.
static void *goscipy_info_sym(void *handle, const char *sym) {
	return dlsym(handle != NULL ? handle : RTLD_DEFAULT, sym);
}

// goscipy_info_where returns the file name of the object containing addr.
static const char *goscipy_info_where(void *addr) {
	Dl_info info;
	if (addr == NULL || dladdr(addr, &info) == 0) {
		return NULL;
	}
	return info.dli_fname;
}

// Trampolines: Go cannot call a C function pointer directly.
static int goscipy_info_call_int(void *f) { return ((int (*)(void))f)(); }
static void goscipy_info_call_void_int(void *f, int n) { ((void (*)(int))f)(n); }
// BLIS's dim_t is its gint_t, 64 bits in BLIS's default configuration on
// 64-bit platforms (used only when a BLIS exports its bli_ API).
static int64_t goscipy_info_call_i64(void *f) { return ((int64_t (*)(void))f)(); }
static void goscipy_info_call_void_i64(void *f, int64_t n) { ((void (*)(int64_t))f)(n); }
static const char *goscipy_info_call_str(void *f) { return ((const char *(*)(void))f)(); }
// bli_arch_string(bli_arch_query_id()): arch_t is an enum, passed as int.
static const char *goscipy_info_blis_arch(void *query, void *str) {
	int id = ((int (*)(void))query)();
	return ((const char *(*)(int))str)(id);
}
// MKL_Get_Version_String(char *buf, int len).
static void goscipy_info_mkl_version(void *f, char *buf, int len) { ((void (*)(char *, int))f)(buf, len); }
// LAPACK's ILAVER(VERS_MAJOR, VERS_MINOR, VERS_PATCH), Fortran calling
// convention with LP64 integers.
static void goscipy_info_ilaver(void *f, int *major, int *minor, int *patch) {
	((void (*)(int *, int *, int *))f)(major, minor, patch);
}
*/
import "C"

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Vendor names reported in VendorInfo.Vendor.
const (
	VendorOpenBLAS  = "OpenBLAS"
	VendorBLIS      = "BLIS"
	VendorMKL       = "MKL"
	VendorReference = "reference" // Netlib's reference BLAS (Debian's libblas3)
	VendorUnknown   = "unknown"
)

// VendorInfo describes the native BLAS this process actually runs on. Which
// library that is gets decided by the dynamic linker at start-up (Debian's
// alternatives, LD_LIBRARY_PATH), not at build time, so it is found by
// looking up vendor-specific symbols in the library that defines
// cblas_dgemm.
type VendorInfo struct {
	// Vendor is one of VendorOpenBLAS, VendorBLIS, VendorMKL,
	// VendorReference or VendorUnknown. The reference BLAS exports no
	// vendor symbol; it is recognised by Debian's install directory
	// (…/blas/libblas.so.3), and any other library without a known vendor
	// symbol is reported as unknown.
	Vendor string
	// Version is the vendor's version ("0.3.21"), or "" when the vendor
	// does not report one (the reference BLAS).
	Version string
	// Config is the build configuration string (openblas_get_config, for
	// example "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell
	// MAX_THREADS=64"); "" for other vendors.
	Config string
	// CoreType is the CPU kernel set selected at run time
	// (openblas_get_corename for OpenBLAS, bli_arch_string for BLIS);
	// OPENBLAS_CORETYPE overrides OpenBLAS's choice.
	CoreType string
	// Parallel is the threading model the library was built with:
	// "sequential", "pthreads" or "OpenMP"; "" when unknown (MKL, unknown
	// vendors).
	Parallel string
	// Threads is the number of threads the library uses for one call now,
	// the same as Threads().
	Threads int
	// NumProcs is the processor count the library detected
	// (openblas_get_num_procs), or runtime.NumCPU for other vendors.
	NumProcs int
	// Library is the resolved file path of the shared object that provides
	// cblas_dgemm, for example
	// /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3.
	Library string
	// LAPACKVersion is "major.minor.patch" from LAPACK's ilaver_, looked up
	// in the whole process (the LAPACK that LAPACKE binds to), or "" when no
	// LAPACK is loaded.
	LAPACKVersion string
	// LAPACKLibrary is the resolved file path of the object providing
	// ilaver_, or "".
	LAPACKLibrary string
	// Env lists the environment variables that steer the native libraries,
	// in a fixed order, each marked as set or not.
	Env []EnvVar
}

// EnvVar is one environment variable as seen by this process.
type EnvVar struct {
	Name  string // the variable's name, e.g. "OPENBLAS_NUM_THREADS"
	Value string // "" when unset (or set to the empty string)
	Set   bool   // whether the variable is present at all
}

// envNames are the variables reported in VendorInfo.Env: OpenBLAS reads the
// first five (GOTO_NUM_THREADS is its legacy spelling; OMP_NUM_THREADS also
// counts for its pthreads build), BLIS and MKL read the last two.
var envNames = []string{
	"OPENBLAS_CORETYPE",
	"OPENBLAS_NUM_THREADS",
	"OPENBLAS_L2_SIZE",
	"OMP_NUM_THREADS",
	"GOTO_NUM_THREADS",
	"BLIS_NUM_THREADS",
	"MKL_NUM_THREADS",
}

// vendorLib is what init learns about the loaded BLAS. Its C function
// pointers stay valid for the life of the process: the handle is never
// closed.
type vendorLib struct {
	vendor   string
	library  string
	version  string
	config   string
	parallel string

	getThreads unsafe.Pointer // int (*)(void), or int64 for BLIS
	setThreads unsafe.Pointer // void (*)(int), or int64 for BLIS
	numProcs   unsafe.Pointer // int (*)(void), OpenBLAS only
	coreName   unsafe.Pointer // const char *(*)(void), OpenBLAS only
	blisQuery  unsafe.Pointer // bli_arch_query_id
	blisArch   unsafe.Pointer // bli_arch_string
	maxThreads int            // OpenBLAS MAX_THREADS from its config, or 0
	blisEnv    bool           // BLIS without API: threads come from the environment
}

var (
	vendorOnce sync.Once
	vendorData vendorLib
)

// loadedVendor returns the vendor found on first use.
func loadedVendor() *vendorLib {
	vendorOnce.Do(func() { vendorData = detectVendor() })
	return &vendorData
}

// sym looks name up in handle (and its dependencies).
func sym(handle unsafe.Pointer, name string) unsafe.Pointer {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	return C.goscipy_info_sym(handle, cs)
}

func detectVendor() vendorLib {
	v := vendorLib{vendor: VendorUnknown}
	cs := C.CString("cblas_dgemm")
	defer C.free(unsafe.Pointer(cs))
	var cpath *C.char
	h := C.goscipy_info_lookup(cs, &cpath)
	if cpath != nil {
		v.library = resolve(C.GoString(cpath))
	}
	if h == nil {
		return v
	}
	switch {
	case sym(h, "openblas_get_config") != nil:
		v.vendor = VendorOpenBLAS
		v.config = strings.TrimSpace(C.GoString(C.goscipy_info_call_str(sym(h, "openblas_get_config"))))
		if f := strings.Fields(v.config); len(f) > 1 && f[0] == "OpenBLAS" {
			v.version = f[1]
		}
		for _, f := range strings.Fields(v.config) {
			if n, ok := strings.CutPrefix(f, "MAX_THREADS="); ok {
				v.maxThreads, _ = strconv.Atoi(n)
			}
		}
		v.getThreads = sym(h, "openblas_get_num_threads")
		v.setThreads = sym(h, "openblas_set_num_threads")
		v.numProcs = sym(h, "openblas_get_num_procs")
		v.coreName = sym(h, "openblas_get_corename")
		if p := sym(h, "openblas_get_parallel"); p != nil {
			switch C.goscipy_info_call_int(p) {
			case 0:
				v.parallel = "sequential"
			case 1:
				v.parallel = "pthreads"
			case 2:
				v.parallel = "OpenMP"
			}
		}
	case sym(h, "bli_info_get_version_str") != nil:
		v.vendor = VendorBLIS
		v.version = C.GoString(C.goscipy_info_call_str(sym(h, "bli_info_get_version_str")))
		v.getThreads = sym(h, "bli_thread_get_num_threads")
		v.setThreads = sym(h, "bli_thread_set_num_threads")
		v.blisQuery = sym(h, "bli_arch_query_id")
		v.blisArch = sym(h, "bli_arch_string")
		v.parallel = "sequential"
		if f := sym(h, "bli_info_get_enable_openmp"); f != nil && C.goscipy_info_call_i64(f) != 0 {
			v.parallel = "OpenMP"
		} else if f := sym(h, "bli_info_get_enable_pthreads"); f != nil && C.goscipy_info_call_i64(f) != 0 {
			v.parallel = "pthreads"
		}
	case sym(h, "MKL_Get_Version_String") != nil:
		// Not installable on Debian bookworm main, so untested here; the
		// symbols are those of MKL's documented service functions.
		v.vendor = VendorMKL
		buf := (*C.char)(C.malloc(256))
		C.goscipy_info_mkl_version(sym(h, "MKL_Get_Version_String"), buf, 256)
		v.version = strings.TrimSpace(C.GoString(buf))
		C.free(unsafe.Pointer(buf))
		v.getThreads = sym(h, "MKL_Get_Max_Threads")
		v.setThreads = sym(h, "MKL_Set_Num_Threads")
	default:
		detectByDir(&v)
	}
	return v
}

// detectByDir recognises libraries that export nothing but BLAS and CBLAS
// by the directory Debian's alternatives install them in. That covers
// Netlib's reference BLAS (libblas3: /usr/lib/<triplet>/blas/libblas.so.3)
// and BLIS (libblis4-*: /usr/lib/<triplet>/blis-{pthread,openmp,serial}/
// libblas.so.3, built with a version script that hides every bli_ symbol,
// so its version is unknown and its thread count cannot be changed at run
// time; it follows BLIS_NUM_THREADS read at start-up).
func detectByDir(v *vendorLib) {
	switch dir := filepath.Base(filepath.Dir(v.library)); dir {
	case "blas":
		v.vendor = VendorReference
		v.parallel = "sequential"
	case "blis-pthread", "blis-openmp", "blis-serial":
		v.vendor = VendorBLIS
		v.parallel = map[string]string{
			"blis-pthread": "pthreads",
			"blis-openmp":  "OpenMP",
			"blis-serial":  "sequential",
		}[dir]
		v.blisEnv = true
	}
}

// resolve follows symlinks (Debian's alternatives) to the real file.
func resolve(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	return path
}

// threads returns the library's current thread count per call.
func (v *vendorLib) threads() int {
	if v.blisEnv && v.parallel != "sequential" {
		return blisEnvThreads(os.Getenv)
	}
	if v.getThreads == nil {
		return 1
	}
	var n int
	if v.vendor == VendorBLIS {
		n = int(C.goscipy_info_call_i64(v.getThreads))
	} else {
		n = int(C.goscipy_info_call_int(v.getThreads))
	}
	// BLIS reports -1 until a count is set, meaning one thread unless its
	// BLIS_*_NT variables say otherwise.
	return max(n, 1)
}

// blisEnvThreads is the thread count a multithreaded BLIS 0.9 takes from
// its environment at initialisation (bli_thread_init_rntm_from_env): the
// product of the per-loop ways BLIS_JC_NT, BLIS_PC_NT, BLIS_IC_NT,
// BLIS_JR_NT, BLIS_IR_NT if any is set (an unset one counts 1), otherwise
// BLIS_NUM_THREADS, otherwise OMP_NUM_THREADS, otherwise 1.
func blisEnvThreads(getenv func(string) string) int {
	num := func(name string) int {
		n, err := strconv.Atoi(strings.TrimSpace(getenv(name)))
		if err != nil || n < 1 {
			return 0
		}
		return n
	}
	ways, anyWay := 1, false
	for _, name := range []string{"BLIS_JC_NT", "BLIS_PC_NT", "BLIS_IC_NT", "BLIS_JR_NT", "BLIS_IR_NT"} {
		if n := num(name); n > 0 {
			ways *= n
			anyWay = true
		}
	}
	switch {
	case anyWay:
		return ways
	case num("BLIS_NUM_THREADS") > 0:
		return num("BLIS_NUM_THREADS")
	case num("OMP_NUM_THREADS") > 0:
		return num("OMP_NUM_THREADS")
	}
	return 1
}

// setThreadsRaw calls the vendor's setter; the caller checks support.
func (v *vendorLib) setThreadsRaw(n int) {
	if v.vendor == VendorBLIS {
		C.goscipy_info_call_void_i64(v.setThreads, C.int64_t(n))
	} else {
		C.goscipy_info_call_void_int(v.setThreads, C.int(n))
	}
}

// procs is the processor count the library sees.
func (v *vendorLib) procs() int {
	if v.numProcs != nil {
		if n := int(C.goscipy_info_call_int(v.numProcs)); n > 0 {
			return n
		}
	}
	return runtime.NumCPU()
}

func (v *vendorLib) coreType() string {
	switch {
	case v.coreName != nil:
		return strings.TrimSpace(C.GoString(C.goscipy_info_call_str(v.coreName)))
	case v.blisQuery != nil && v.blisArch != nil:
		return C.GoString(C.goscipy_info_blis_arch(v.blisQuery, v.blisArch))
	}
	return ""
}

// lapackVersion asks the LAPACK that LAPACKE binds to for its version.
// LAPACKE's calls into LAPACK are resolved in the global scope, so here a
// global lookup (not the BLAS library's own handle) is the right one.
func lapackVersion() (version, library string) {
	f := sym(nil, "ilaver_")
	if f == nil {
		return "", ""
	}
	var major, minor, patch C.int
	C.goscipy_info_ilaver(f, &major, &minor, &patch)
	if p := C.goscipy_info_where(f); p != nil {
		library = resolve(C.GoString(p))
	}
	return fmt.Sprintf("%d.%d.%d", major, minor, patch), library
}

// Info reports the BLAS library this process runs on: vendor, version,
// build configuration, CPU kernels, threading and the environment variables
// that steer it. It is cheap (a few C calls) and safe for concurrent use.
func Info() VendorInfo {
	v := loadedVendor()
	info := VendorInfo{
		Vendor:   v.vendor,
		Version:  v.version,
		Config:   v.config,
		CoreType: v.coreType(),
		Parallel: v.parallel,
		Threads:  v.threads(),
		NumProcs: v.procs(),
		Library:  v.library,
	}
	info.LAPACKVersion, info.LAPACKLibrary = lapackVersion()
	for _, name := range envNames {
		val, ok := os.LookupEnv(name)
		info.Env = append(info.Env, EnvVar{Name: name, Value: val, Set: ok})
	}
	return info
}

// String formats the information as aligned "name: value" lines, one per
// field, with unset environment variables marked "(unset)".
func (in VendorInfo) String() string {
	var b strings.Builder
	line := func(name, value string) {
		if value == "" {
			value = "-"
		}
		fmt.Fprintf(&b, "%-15s %s\n", name+":", value)
	}
	line("BLAS vendor", strings.TrimSpace(in.Vendor+" "+in.Version))
	line("library", in.Library)
	line("config", in.Config)
	line("core type", in.CoreType)
	line("parallel", in.Parallel)
	line("threads", fmt.Sprintf("%d (processors: %d)", in.Threads, in.NumProcs))
	lapack := in.LAPACKVersion
	if in.LAPACKLibrary != "" {
		lapack += " (" + in.LAPACKLibrary + ")"
	}
	line("LAPACK", lapack)
	b.WriteString("environment:\n")
	for _, e := range in.Env {
		if e.Set {
			fmt.Fprintf(&b, "  %s=%s\n", e.Name, e.Value)
		} else {
			fmt.Fprintf(&b, "  %s (unset)\n", e.Name)
		}
	}
	return b.String()
}
