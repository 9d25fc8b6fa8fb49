package benchfmt

// Info is what `goscipy info --json` prints and what every bench document
// embeds: the facts that decide performance and results.
type Info struct {
	Goscipy   Build     `json:"goscipy"`
	System    System    `json:"system"`
	CPU       CPU       `json:"cpu"`
	Memory    Memory    `json:"memory"`
	BLAS      BLAS      `json:"blas"`
	LAPACKE   LAPACKE   `json:"lapacke"`
	FFTW      []FFTW    `json:"fftw"`
	Libraries []Library `json:"libraries"`
	Env       []EnvVar  `json:"env"`
	// Checks are the self-tests `goscipy info` ran; any failed one makes it
	// exit with status 1.
	Checks []Check `json:"checks"`
}

// Build describes the goscipy binary and the Go runtime it runs on.
type Build struct {
	Version    string `json:"version"`            // module version, "(devel)" for a local build
	Revision   string `json:"revision,omitempty"` // VCS revision when the build recorded one
	GoVersion  string `json:"go_version"`
	GOOS       string `json:"goos"`
	GOARCH     string `json:"goarch"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	NumCPU     int    `json:"num_cpu"` // runtime.NumCPU: CPUs this process may use
}

// System describes the operating system and the machine it runs on.
type System struct {
	OS        string `json:"os"`
	Kernel    string `json:"kernel"`
	SysVendor string `json:"sys_vendor,omitempty"` // DMI: "Amazon EC2", "Google"
	Product   string `json:"product,omitempty"`    // DMI: often the instance type
	CPUQuota  string `json:"cpu_quota,omitempty"`  // cgroup v2 cpu.max
	// Load is the 1-, 5- and 15-minute load average when the document was
	// made; a bench document also records it after the run.
	Load [3]float64 `json:"load"`
}

// CPU describes the processor.
type CPU struct {
	Vendor        string   `json:"vendor"`
	Model         string   `json:"model"`
	Family        int      `json:"family"`
	ModelNumber   int      `json:"model_number"`
	Stepping      int      `json:"stepping"`
	MHz           float64  `json:"mhz"`
	LogicalCPUs   int      `json:"logical_cpus"`
	PhysicalCores int      `json:"physical_cores"`
	Sockets       int      `json:"sockets"`
	Hypervisor    bool     `json:"hypervisor"`
	Features      []string `json:"features"` // the SIMD features that select kernels: avx2, fma, avx512f, …
	Flags         []string `json:"flags"`    // every flag /proc/cpuinfo lists
	Caches        []Cache  `json:"caches"`
}

// Cache is one cache level of cpu0.
type Cache struct {
	Level      int    `json:"level"`
	Type       string `json:"type"`
	SizeBytes  int64  `json:"size_bytes"`
	LineBytes  int    `json:"line_bytes,omitempty"`
	SharedWith string `json:"shared_cpu_list,omitempty"`
}

// Memory is the machine's memory.
type Memory struct {
	TotalBytes     int64 `json:"total_bytes"`
	AvailableBytes int64 `json:"available_bytes"`
}

// BLAS is cblas.Info: the BLAS the process actually runs on.
type BLAS struct {
	Vendor        string `json:"vendor"`
	Version       string `json:"version"`
	Config        string `json:"config"`
	CoreType      string `json:"core_type"`
	Parallel      string `json:"parallel"`
	Threads       int    `json:"threads"`
	NumProcs      int    `json:"num_procs"`
	Library       string `json:"library"`
	LAPACKVersion string `json:"lapack_version"`
	LAPACKLibrary string `json:"lapack_library"`
}

// LAPACKE is the LAPACKE library's own version (LAPACKE_ilaver).
type LAPACKE struct {
	Version string `json:"version"`
}

// FFTW is one FFTW library (double or single precision).
type FFTW struct {
	Library   string   `json:"library"`
	Precision string   `json:"precision"`
	Version   string   `json:"version"`
	CC        string   `json:"cc"`
	SIMD      []string `json:"simd"`
	SIMDInUse []string `json:"simd_in_use"`
	// Threads reports whether FFTW's threads library (libfftw3_threads,
	// libfftw3f_threads) is loaded: plans may then split one transform
	// over several threads (bench's fft kernels use its --threads).
	Threads bool `json:"threads"`
}

// Library is one native shared object mapped into the process, with the
// Debian package that installed it when dpkg knows.
type Library struct {
	Path           string `json:"path"`
	Package        string `json:"package,omitempty"`
	PackageVersion string `json:"package_version,omitempty"`
}

// EnvVar is one environment variable that steers the native libraries or
// the loader.
type EnvVar struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Set   bool   `json:"set"`
}

// Check is one self-test of `goscipy info`: its name, whether it passed,
// what it found and, when it failed, what to do about it.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
	Fix    string `json:"fix,omitempty"`
	// Warn marks a passed check with a caveat worth reading (more BLAS
	// threads than CPUs, a vendor goscipy does not recognise).
	Warn bool `json:"warn,omitempty"`
}

// Failed returns the checks that did not pass.
func (in Info) Failed() []Check {
	var out []Check
	for _, c := range in.Checks {
		if !c.OK {
			out = append(out, c)
		}
	}
	return out
}
