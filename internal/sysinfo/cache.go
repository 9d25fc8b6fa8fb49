package sysinfo

import (
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Cache is one CPU cache as /sys/devices/system/cpu/cpu0/cache/indexN
// describes it.
type Cache struct {
	Level     int    // 1, 2, 3
	Type      string // "Data", "Instruction" or "Unified"
	SizeBytes int64
	LineBytes int
	// SharedWith is the kernel's list of logical CPUs sharing this cache
	// ("0-1"): a last-level cache shared by all cores behaves differently
	// from per-core ones when BLAS threads compete for it.
	SharedWith string
}

func readCaches(fsys fs.FS) []Cache {
	const dir = "sys/devices/system/cpu/cpu0/cache"
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	type indexed struct {
		n int
		c Cache
	}
	var found []indexed
	for _, e := range entries {
		idx, ok := strings.CutPrefix(e.Name(), "index")
		n, err := strconv.Atoi(idx)
		if !ok || err != nil {
			continue
		}
		d := path.Join(dir, e.Name())
		c := Cache{
			Type:       readTrim(fsys, path.Join(d, "type")),
			SizeBytes:  parseSize(readTrim(fsys, path.Join(d, "size"))),
			SharedWith: readTrim(fsys, path.Join(d, "shared_cpu_list")),
		}
		c.Level, _ = strconv.Atoi(readTrim(fsys, path.Join(d, "level")))
		c.LineBytes, _ = strconv.Atoi(readTrim(fsys, path.Join(d, "coherency_line_size")))
		found = append(found, indexed{n, c})
	}
	// ReadDir sorts by name, so index10 would come before index2.
	slices.SortFunc(found, func(a, b indexed) int { return a.n - b.n })
	var out []Cache
	for _, f := range found {
		out = append(out, f.c)
	}
	return out
}

// parseSize reads the kernel's cache sizes ("48K", "2048K", "32M"), or
// plain bytes; 0 when it cannot.
func parseSize(s string) int64 {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, strings.TrimSuffix(s, "G")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n * mult
}
