package sysinfo

import (
	"bufio"
	"bytes"
	"io/fs"
	"strconv"
	"strings"
)

// Memory is /proc/meminfo's total and available memory.
type Memory struct {
	TotalBytes     int64
	AvailableBytes int64
}

// OS describes the operating system and what it runs on.
type OS struct {
	Name   string // PRETTY_NAME from /etc/os-release
	Kernel string // /proc/sys/kernel/osrelease
	// SysVendor and Product come from DMI (/sys/class/dmi/id): on cloud
	// VMs they name the provider and often the instance type ("Amazon EC2",
	// "c6i.2xlarge"), which is what tells two benchmark machines apart.
	SysVendor, Product string
	// CPUQuota is the cgroup v2 CPU limit ("200000 100000" means two
	// CPUs' worth, "max" none), "" when there is no cgroup v2 file: a
	// container may see more CPUs than it may use.
	CPUQuota string
}

// Load is /proc/loadavg's 1-, 5- and 15-minute load averages: on a shared
// machine, the evidence that timings ran beside other work.
type Load struct {
	Avg1, Avg5, Avg15 float64
}

// ReadLoad reads the load averages from fsys (see ReadFS).
func ReadLoad(fsys fs.FS) Load {
	f := strings.Fields(readTrim(fsys, "proc/loadavg"))
	var l Load
	if len(f) >= 3 {
		l.Avg1, _ = strconv.ParseFloat(f[0], 64)
		l.Avg5, _ = strconv.ParseFloat(f[1], 64)
		l.Avg15, _ = strconv.ParseFloat(f[2], 64)
	}
	return l
}

func readMemory(fsys fs.FS) Memory {
	b, err := fs.ReadFile(fsys, "proc/meminfo")
	if err != nil {
		return Memory{}
	}
	var m Memory
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		f := strings.Fields(value)
		if len(f) == 0 {
			continue
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			continue
		}
		if len(f) > 1 && f[1] == "kB" {
			n *= 1024
		}
		switch key {
		case "MemTotal":
			m.TotalBytes = n
		case "MemAvailable":
			m.AvailableBytes = n
		}
	}
	return m
}

func readOS(fsys fs.FS) OS {
	o := OS{
		Kernel:    readTrim(fsys, "proc/sys/kernel/osrelease"),
		SysVendor: readTrim(fsys, "sys/class/dmi/id/sys_vendor"),
		Product:   readTrim(fsys, "sys/class/dmi/id/product_name"),
		CPUQuota:  readTrim(fsys, "sys/fs/cgroup/cpu.max"),
	}
	for _, name := range []string{"etc/os-release", "usr/lib/os-release"} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
				if u, err := strconv.Unquote(v); err == nil {
					v = u
				}
				o.Name = strings.Trim(v, `'"`)
			}
		}
		break
	}
	return o
}
