package sysinfo

import (
	"bufio"
	"bytes"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// CPU describes the processor as /proc/cpuinfo reports it.
type CPU struct {
	Vendor string // vendor_id, e.g. "GenuineIntel"
	Model  string // model name, e.g. "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz"
	// Family, ModelNumber and Stepping identify the microarchitecture
	// when the model name is generic (virtual machines often report
	// "Intel(R) Xeon(R) Processor").
	Family, ModelNumber, Stepping int
	MHz                           float64 // of the first processor listed
	// LogicalCPUs counts "processor" entries; PhysicalCores counts
	// distinct (physical id, core id) pairs, Sockets distinct physical
	// ids. Without topology lines (some VMs, non-x86) both equal the
	// logical count and one socket is assumed.
	LogicalCPUs, PhysicalCores, Sockets int
	// Hypervisor reports the "hypervisor" flag: the kernel runs in a VM.
	Hypervisor bool
	// Flags is the first processor's flag list, sorted.
	Flags []string
}

// Features lists the SIMD features that decide which BLAS and FFT kernels
// run, in the order the tools print them.
var Features = []string{"sse4_2", "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "amx_tile", "asimd", "sve"}

// Has reports whether the CPU lists flag.
func (c CPU) Has(flag string) bool {
	_, found := slices.BinarySearch(c.Flags, flag)
	return found
}

// FeatureSet returns the entries of Features the CPU has.
func (c CPU) FeatureSet() []string {
	var out []string
	for _, f := range Features {
		if c.Has(f) {
			out = append(out, f)
		}
	}
	return out
}

func readCPU(fsys fs.FS) CPU {
	b, err := fs.ReadFile(fsys, "proc/cpuinfo")
	if err != nil {
		return CPU{}
	}
	return parseCPUInfo(b)
}

// parseCPUInfo reads /proc/cpuinfo: blocks of "key : value" lines, one
// block per logical processor, separated by blank lines.
func parseCPUInfo(b []byte) CPU {
	var c CPU
	type core struct{ pkg, id string }
	cores := map[core]bool{}
	sockets := map[string]bool{}
	var pkg, coreID string
	first := true
	endBlock := func() {
		if pkg != "" && coreID != "" {
			cores[core{pkg, coreID}] = true
		}
		if pkg != "" {
			sockets[pkg] = true
		}
		pkg, coreID = "", ""
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20) // flag lines are long
	for sc.Scan() {
		line := sc.Text()
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			if strings.TrimSpace(line) == "" {
				endBlock()
			}
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch key {
		case "processor":
			c.LogicalCPUs++
			if c.LogicalCPUs > 1 {
				first = false
			}
		case "physical id":
			pkg = value
		case "core id":
			coreID = value
		}
		if !first {
			continue
		}
		switch key {
		case "vendor_id", "CPU implementer":
			if c.Vendor == "" {
				c.Vendor = value
			}
		case "model name", "Model name":
			c.Model = value
		case "cpu family":
			c.Family, _ = strconv.Atoi(value)
		case "model":
			c.ModelNumber, _ = strconv.Atoi(value)
		case "stepping":
			c.Stepping, _ = strconv.Atoi(value)
		case "cpu MHz":
			c.MHz, _ = strconv.ParseFloat(value, 64)
		case "flags", "Features": // x86, arm64
			c.Flags = strings.Fields(value)
		}
	}
	endBlock()
	slices.Sort(c.Flags)
	c.Flags = slices.Compact(c.Flags)
	c.Hypervisor = c.Has("hypervisor")
	c.PhysicalCores, c.Sockets = len(cores), len(sockets)
	if c.PhysicalCores == 0 {
		c.PhysicalCores = c.LogicalCPUs
	}
	if c.Sockets == 0 && c.LogicalCPUs > 0 {
		c.Sockets = 1
	}
	return c
}
