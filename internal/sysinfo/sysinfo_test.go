package sysinfo

import (
	"slices"
	"testing"
	"testing/fstest"
)

// A two-socket, two-cores-per-socket machine with hyper-threading off, as
// /proc/cpuinfo would list it (trimmed to the lines the parser reads).
const cpuinfo2x2 = `processor	: 0
vendor_id	: GenuineIntel
cpu family	: 6
model		: 106
model name	: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz
stepping	: 6
cpu MHz		: 2900.000
physical id	: 0
core id		: 0
flags		: fpu sse4_2 avx fma avx2 avx512f hypervisor avx512vl

processor	: 1
physical id	: 0
core id		: 1
flags		: fpu

processor	: 2
physical id	: 1
core id		: 0

processor	: 3
physical id	: 1
core id		: 1
`

func TestParseCPUInfo(t *testing.T) {
	c := parseCPUInfo([]byte(cpuinfo2x2))
	if c.LogicalCPUs != 4 || c.PhysicalCores != 4 || c.Sockets != 2 {
		t.Errorf("topology: %d logical, %d cores, %d sockets; want 4, 4, 2", c.LogicalCPUs, c.PhysicalCores, c.Sockets)
	}
	if c.Vendor != "GenuineIntel" || c.Family != 6 || c.ModelNumber != 106 || c.Stepping != 6 || c.MHz != 2900 {
		t.Errorf("identity: %+v", c)
	}
	if c.Model != "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz" {
		t.Errorf("model %q", c.Model)
	}
	// Flags come from the first processor only, sorted.
	want := []string{"avx", "avx2", "avx512f", "avx512vl", "fma", "fpu", "hypervisor", "sse4_2"}
	if !slices.Equal(c.Flags, want) {
		t.Errorf("flags %q, want %q", c.Flags, want)
	}
	if !c.Hypervisor {
		t.Error("hypervisor flag not reported")
	}
	if got, want := c.FeatureSet(), []string{"sse4_2", "avx", "avx2", "fma", "avx512f", "avx512vl"}; !slices.Equal(got, want) {
		t.Errorf("FeatureSet %q, want %q", got, want)
	}
}

// Without physical id / core id lines (some VMs and arm64 kernels) every
// logical CPU counts as a core of one socket.
func TestParseCPUInfoNoTopology(t *testing.T) {
	c := parseCPUInfo([]byte("processor : 0\nFeatures : fp asimd\n\nprocessor : 1\n"))
	if c.LogicalCPUs != 2 || c.PhysicalCores != 2 || c.Sockets != 1 {
		t.Errorf("got %d/%d/%d, want 2/2/1", c.LogicalCPUs, c.PhysicalCores, c.Sockets)
	}
	if !c.Has("asimd") || c.Has("avx") {
		t.Errorf("flags %q", c.Flags)
	}
}

func TestReadFS(t *testing.T) {
	const cache = "sys/devices/system/cpu/cpu0/cache/"
	fsys := fstest.MapFS{
		"proc/cpuinfo":                       {Data: []byte(cpuinfo2x2)},
		"proc/meminfo":                       {Data: []byte("MemTotal:       24576000 kB\nMemFree: 1 kB\nMemAvailable:   1000 kB\n")},
		"proc/loadavg":                       {Data: []byte("1.50 0.75 0.25 2/300 12345\n")},
		"proc/sys/kernel/osrelease":          {Data: []byte("6.1.0-18-amd64\n")},
		"etc/os-release":                     {Data: []byte("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")},
		"sys/class/dmi/id/sys_vendor":        {Data: []byte("Amazon EC2\n")},
		"sys/class/dmi/id/product_name":      {Data: []byte("c6i.xlarge\n")},
		"sys/fs/cgroup/cpu.max":              {Data: []byte("200000 100000\n")},
		cache + "index0/level":               {Data: []byte("1\n")},
		cache + "index0/type":                {Data: []byte("Data\n")},
		cache + "index0/size":                {Data: []byte("48K\n")},
		cache + "index0/shared_cpu_list":     {Data: []byte("0\n")},
		cache + "index0/coherency_line_size": {Data: []byte("64\n")},
		cache + "index2/level":               {Data: []byte("2\n")},
		cache + "index2/type":                {Data: []byte("Unified\n")},
		cache + "index2/size":                {Data: []byte("1280K\n")},
		cache + "index10/level":              {Data: []byte("3\n")},
		cache + "index10/type":               {Data: []byte("Unified\n")},
		cache + "index10/size":               {Data: []byte("54M\n")},
		cache + "index10/shared_cpu_list":    {Data: []byte("0-3\n")},
	}
	m := ReadFS(fsys)
	if m.Memory.TotalBytes != 24576000*1024 || m.Memory.AvailableBytes != 1000*1024 {
		t.Errorf("memory %+v", m.Memory)
	}
	if m.Load != (Load{1.5, 0.75, 0.25}) {
		t.Errorf("load %+v", m.Load)
	}
	wantOS := OS{Name: "Debian GNU/Linux 12 (bookworm)", Kernel: "6.1.0-18-amd64", SysVendor: "Amazon EC2", Product: "c6i.xlarge", CPUQuota: "200000 100000"}
	if m.OS != wantOS {
		t.Errorf("OS %+v, want %+v", m.OS, wantOS)
	}
	// index10 must sort after index2 although it comes first by name.
	want := []Cache{
		{Level: 1, Type: "Data", SizeBytes: 48 << 10, LineBytes: 64, SharedWith: "0"},
		{Level: 2, Type: "Unified", SizeBytes: 1280 << 10},
		{Level: 3, Type: "Unified", SizeBytes: 54 << 20, SharedWith: "0-3"},
	}
	if !slices.Equal(m.Caches, want) {
		t.Errorf("caches %+v, want %+v", m.Caches, want)
	}
}

// An empty tree (another OS, a sandbox) gives zero values, not a panic.
func TestReadFSEmpty(t *testing.T) {
	m := ReadFS(fstest.MapFS{})
	if m.CPU.LogicalCPUs != 0 || m.Caches != nil || m.Memory.TotalBytes != 0 || m.OS.Name != "" {
		t.Errorf("empty tree gave %+v", m)
	}
}

func TestParseMaps(t *testing.T) {
	maps := `55d0c0000000-55d0c0001000 r--p 00000000 08:01 100 /usr/bin/goscipy
7f0000000000-7f0000001000 r--p 00000000 08:01 200 /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3
7f0000001000-7f0000002000 r-xp 00001000 08:01 200 /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3
7f0000003000-7f0000004000 rw-p 00000000 00:00 0
7f0000005000-7f0000006000 r--p 00000000 08:01 300 /tmp/my libs/libfoo.so.1 (deleted)
7ffc00000000-7ffc00001000 rw-p 00000000 00:00 0 [stack]
`
	got := parseMaps([]byte(maps))
	want := []string{"/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3", "/tmp/my libs/libfoo.so.1"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"48K": 49152, "2M": 2 << 20, "1G": 1 << 30, "512": 512, "": 0, "x": 0, "-1K": 0} {
		if got := parseSize(in); got != want {
			t.Errorf("parseSize(%q) = %d, want %d", in, got, want)
		}
	}
}
