package sysinfo

import (
	"bufio"
	"bytes"
	"io/fs"
	"path"
	"strings"
)

// MappedLibraries returns the shared objects mapped into this process, in
// the order of /proc/self/maps (load order, roughly), each path once. The
// kernel records the file actually opened, with symbolic links resolved,
// so this is ground truth for which libblas.so.3 the dynamic loader chose,
// whatever LD_LIBRARY_PATH and Debian's alternatives said.
func MappedLibraries(fsys fs.FS) []string {
	b, err := fs.ReadFile(fsys, "proc/self/maps")
	if err != nil {
		return nil
	}
	return parseMaps(b)
}

// parseMaps extracts the .so paths from the text of a maps file: lines
// "address perms offset dev inode path".
func parseMaps(b []byte) []string {
	var out []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 6 || !strings.HasPrefix(f[5], "/") {
			continue
		}
		p := strings.Join(f[5:], " ") // paths may contain blanks
		if strings.HasSuffix(p, " (deleted)") {
			p = strings.TrimSuffix(p, " (deleted)")
		}
		base := path.Base(p)
		if !strings.Contains(base, ".so") || seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	return out
}
