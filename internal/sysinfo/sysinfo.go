// Package sysinfo reads what the machine is: CPU model and SIMD features,
// cores, caches, memory, operating system, virtualisation hints and load,
// from Linux's /proc and /sys. It is pure Go and reads through an fs.FS
// rooted at "/", so tests run it on fixed file trees.
//
// Everything is best effort: a file that is missing or unreadable (another
// OS, a container that hides /sys) leaves its fields at their zero values
// and is never an error, because the tools that use this package report
// what they can rather than refuse to run.
package sysinfo

import (
	"io/fs"
	"os"
	"strings"
)

// Machine is everything this package reports.
type Machine struct {
	CPU    CPU
	Caches []Cache // cpu0's caches, in the kernel's index order
	Memory Memory
	OS     OS
	Load   Load
}

// Read reads the running machine through os.DirFS("/").
func Read() Machine {
	return ReadFS(os.DirFS("/"))
}

// ReadFS reads the machine from fsys, a file tree laid out like "/" (paths
// without the leading slash: "proc/cpuinfo").
func ReadFS(fsys fs.FS) Machine {
	return Machine{
		CPU:    readCPU(fsys),
		Caches: readCaches(fsys),
		Memory: readMemory(fsys),
		OS:     readOS(fsys),
		Load:   ReadLoad(fsys),
	}
}

// readTrim returns the file's content without surrounding white space, or
// "" when it cannot be read.
func readTrim(fsys fs.FS, name string) string {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}
