package main

import (
	"bufio"
	"bytes"
	"context"
	"debug/elf"
	"os"
	"os/exec"
	"strings"
	"time"
)

// loaderResolution asks the dynamic loader how it resolves this
// executable's shared-library dependencies in the current environment
// (LD_LIBRARY_PATH included), the way ldd does: the interpreter named in
// the executable's PT_INTERP, run with --list. It maps each needed name
// ("libblas.so.3") to the path the loader picks, or to "" when the loader
// finds none. It returns nil when that cannot be asked (not an ELF
// executable, no interpreter, a static build).
//
// The loader is only asked to list: it maps the libraries and stops
// before any of the program's code runs.
func loaderResolution() map[string]string {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := elf.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	var interp string
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			b := make([]byte, p.Filesz)
			if _, err := p.ReadAt(b, 0); err == nil {
				interp = strings.TrimRight(string(b), "\x00")
			}
		}
	}
	if interp == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, interp, "--list", exe).Output()
	if err != nil && len(out) == 0 {
		return nil
	}
	return parseLoaderList(out)
}

// parseLoaderList reads the loader's --list output: lines such as
//
//	libblas.so.3 => /usr/lib/x86_64-linux-gnu/libblas.so.3 (0x00007f…)
//	libfoo.so.1 => not found
func parseLoaderList(out []byte) map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		name, rest, ok := strings.Cut(strings.TrimSpace(sc.Text()), " => ")
		if !ok {
			continue
		}
		if strings.HasPrefix(rest, "not found") {
			m[name] = ""
			continue
		}
		path, _, _ := strings.Cut(rest, " (")
		m[name] = strings.TrimSpace(path)
	}
	return m
}
