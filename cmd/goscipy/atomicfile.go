package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// atomicFile writes a file under its final name only once it is complete:
// the content goes to a temporary file in the same directory (so the
// rename stays within one file system and is atomic), which Commit renames
// over the target and Abort removes. An interrupted or failed run
// therefore never leaves a partial file under the output name, and an
// existing file there survives until the new one is whole.
//
// A target that exists and is not a regular file (a device such as
// /dev/null or /dev/stdout, a named pipe, a socket) is written directly:
// renaming over it would replace the special file itself (run as root,
// `-o /dev/null` turned /dev/null into a regular file), and such targets
// cannot be replaced atomically anyway.
type atomicFile struct {
	f      *os.File
	target string
	done   bool
	direct bool // writing to the special file itself, no rename
}

// createAtomic opens the temporary file for target. Calling it before a
// long run checks up front that the directory is writable.
func createAtomic(target string) (*atomicFile, error) {
	if fi, err := os.Stat(target); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s is a directory", target)
		}
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &atomicFile{f: f, target: target, direct: true}, nil
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &atomicFile{f: f, target: target}, nil
}

// Writer returns where the content goes.
func (a *atomicFile) Writer() io.Writer { return a.f }

// TempName is the temporary file's path.
func (a *atomicFile) TempName() string { return a.f.Name() }

// Commit flushes the content to disk and renames it to the target.
func (a *atomicFile) Commit() error {
	if a.done {
		return fmt.Errorf("atomic file %s: already finished", a.target)
	}
	a.done = true
	if a.direct {
		return a.f.Close()
	}
	err := a.f.Sync()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// CreateTemp makes the file 0600; a results file is for sharing.
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.target)
	}
	if err != nil {
		os.Remove(a.f.Name())
	}
	return err
}

// Abort removes the temporary file; it does nothing after Commit.
func (a *atomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	if !a.direct {
		os.Remove(a.f.Name())
	}
}
