package main

import (
	"fmt"
	"io"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/lapacke"
)

// runInfo prints cblas.Info and the LAPACK version LAPACKE reports.
func runInfo(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("info", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	printInfo(stdout)
	return exitOK
}

func printInfo(w io.Writer) {
	fmt.Fprint(w, cblas.Info())
	major, minor, patch := lapacke.Version()
	fmt.Fprintf(w, "%-15s %d.%d.%d (LAPACKE_ilaver)\n", "LAPACKE:", major, minor, patch)
}
