package main

import (
	"bufio"
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/goscipy/goscipy/internal/benchfmt"
)

// libraryPackages lists the mapped shared objects with the Debian package
// and version that installed each, asking dpkg once for all of them. On a
// system without dpkg, or for files no package owns (a library built from
// source under /opt), the package fields stay empty.
func libraryPackages(paths []string) []benchfmt.Library {
	libs := make([]benchfmt.Library, len(paths))
	for i, p := range paths {
		libs[i].Path = p
	}
	if len(paths) == 0 {
		return libs
	}
	if _, err := exec.LookPath("dpkg-query"); err != nil {
		return libs
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// dpkg records the paths a package shipped, which may be the
	// symbolic link (…/libblas.so.3) or the file it points to; ask for
	// both spellings.
	query := map[string]int{}
	var args []string
	for i, p := range paths {
		for _, q := range []string{p, evalSymlinks(p), usrMerged(p)} {
			if _, dup := query[q]; !dup && q != "" {
				query[q] = i
				args = append(args, q)
			}
		}
	}
	// dpkg-query exits 1 when some path belongs to no package; the output
	// for the others is still valid.
	out, _ := exec.CommandContext(ctx, "dpkg-query", append([]string{"-S"}, args...)...).Output()
	owners := parseDpkgSearch(out)
	var pkgs []string
	for q, i := range query {
		if pkg, ok := owners[q]; ok && libs[i].Package == "" {
			pkg, _, _ = strings.Cut(pkg, ":") // drop the architecture qualifier
			libs[i].Package = pkg
			pkgs = append(pkgs, pkg)
		}
	}
	if len(pkgs) == 0 {
		return libs
	}
	out, _ = exec.CommandContext(ctx, "dpkg-query", append([]string{"-W", "-f", "${binary:Package} ${Version}\n"}, pkgs...)...).Output()
	versions := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 {
			name, _, _ := strings.Cut(f[0], ":")
			versions[name] = f[1]
		}
	}
	for i := range libs {
		libs[i].PackageVersion = versions[libs[i].Package]
	}
	return libs
}

// parseDpkgSearch reads `dpkg-query -S` output, "package[:arch][, other]: path"
// per line, into path → first package (with its architecture qualifier).
func parseDpkgSearch(out []byte) map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		// "diversion by …" and "local diversion …" lines describe
		// diversions, not owners.
		if strings.HasPrefix(line, "diversion") || strings.HasPrefix(line, "local diversion") {
			continue
		}
		i := strings.Index(line, ": /")
		if i < 0 {
			continue
		}
		pkgs, path := line[:i], line[i+2:]
		pkg, _, _ := strings.Cut(pkgs, ",")
		if _, ok := m[path]; !ok {
			m[path] = strings.TrimSpace(pkg)
		}
	}
	return m
}

func evalSymlinks(p string) string {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return ""
	}
	return r
}

// usrMerged maps /usr/lib/… to /lib/… and back: on merged-/usr systems the
// loader may name either, while dpkg knows the one the package shipped.
func usrMerged(p string) string {
	if rest, ok := strings.CutPrefix(p, "/usr/lib/"); ok {
		return "/lib/" + rest
	}
	if rest, ok := strings.CutPrefix(p, "/lib/"); ok {
		return "/usr/lib/" + rest
	}
	return ""
}
