package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestAtomicFileRegular checks the ordinary case: nothing appears under
// the target until Commit, an existing file survives until then, and Abort
// leaves no temporary file behind.
func TestAtomicFileRegular(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := createAtomic(target)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(a.Writer(), "new")
	if b, _ := os.ReadFile(target); string(b) != "old" {
		t.Fatalf("target changed before Commit: %q", b)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Fatalf("after Commit: %q", b)
	}
	b, err := createAtomic(filepath.Join(dir, "aborted.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after Abort, want only out.json", len(entries))
	}
}

// TestAtomicFileSpecial checks that a target that is not a regular file
// (here a named pipe, standing in for /dev/null or /dev/stdout) is written
// in place and left what it was: renaming a temporary file over it would
// replace the special file, which turned /dev/null into a regular file
// when `goscipy bench -o /dev/null` ran as root.
func TestAtomicFileSpecial(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		r, err := os.Open(fifo) // blocks until the writer opens
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		b, _ := io.ReadAll(r)
		r.Close()
		got <- string(b)
	}()
	a, err := createAtomic(fifo)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(a.Writer(), "through the pipe")
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("reader got %q", s)
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("target is no longer a named pipe: %v, %v", fi, err)
	}
	if _, err := createAtomic(t.TempDir()); err == nil {
		t.Error("a directory target was accepted")
	}
}
