package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/goscipy/goscipy/internal/benchcmp"
	"github.com/goscipy/goscipy/internal/benchfmt"
)

// runCompare prints the ratio table of bench documents and optionally
// writes the plots.
func runCompare(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("compare", stderr)
	plotDir := fs.String("plot", "", "write throughput.FORMAT and ratios.FORMAT into `dir` (created if missing)")
	format := fs.String("format", "png", "image format of the plots: png or svg")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: goscipy compare [-plot dir] [-format png|svg] base.json other.json …")
		fmt.Fprintln(fs.Output(), "\nCompares bench documents with the first one. Exit status 2 when an input")
		fmt.Fprintln(fs.Output(), "cannot be read or is not a goscipy bench document.")
		fs.PrintDefaults()
	}
	// Flags may come before, between or after the files.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return exitOK
			}
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "goscipy compare: no bench documents given")
		fs.Usage()
		return exitUsage
	}
	f := benchcmp.Format(strings.ToLower(*format))
	if f != benchcmp.PNG && f != benchcmp.SVG {
		fmt.Fprintf(stderr, "goscipy compare: -format %q: want png or svg\n", *format)
		return exitUsage
	}
	var runs []benchcmp.Run
	for _, name := range files {
		doc, err := readDocument(name)
		if err != nil {
			fmt.Fprintf(stderr, "goscipy compare: %v\n", err)
			return exitUsage
		}
		runs = append(runs, benchcmp.Run{Name: doc.Label, Doc: doc})
	}
	disambiguate(runs, files)
	c := benchcmp.Compare(runs)
	for _, w := range c.Warnings {
		fmt.Fprintf(stderr, "goscipy compare: warning: %s\n", w)
	}
	benchcmp.WriteTable(stdout, c)
	if *plotDir == "" {
		return exitOK
	}
	if err := os.MkdirAll(*plotDir, 0o755); err != nil {
		fmt.Fprintf(stderr, "goscipy compare: %v\n", err)
		return exitFail
	}
	plots := []struct {
		name string
		draw func(io.Writer, benchcmp.Comparison, benchcmp.Format) error
	}{{"throughput", benchcmp.PlotThroughput}}
	if len(runs) > 1 {
		plots = append(plots, struct {
			name string
			draw func(io.Writer, benchcmp.Comparison, benchcmp.Format) error
		}{"ratios", benchcmp.PlotRatios})
	}
	for _, p := range plots {
		path := filepath.Join(*plotDir, p.name+"."+string(f))
		if err := writePlot(path, func(w io.Writer) error { return p.draw(w, c, f) }); err != nil {
			fmt.Fprintf(stderr, "goscipy compare: %s: %v\n", path, err)
			return exitFail
		}
		fmt.Fprintf(stderr, "goscipy compare: wrote %s\n", path)
	}
	return exitOK
}

// readDocument reads one bench document, with errors that name the file
// and say what to do.
func readDocument(name string) (*benchfmt.Document, error) {
	f, err := os.Open(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("cannot read %s: %v", name, err)
	}
	defer f.Close()
	doc, err := benchfmt.Read(f)
	switch {
	case errors.Is(err, benchfmt.ErrNotBench):
		// err reads "not a goscipy bench document: <why>".
		return nil, fmt.Errorf("%s is %v; make one with: goscipy bench -o FILE", name, err)
	case err != nil:
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return doc, nil
}

// disambiguate gives runs with the same label distinct names by adding
// their file names.
func disambiguate(runs []benchcmp.Run, files []string) {
	count := map[string]int{}
	for _, r := range runs {
		count[r.Name]++
	}
	for i := range runs {
		if runs[i].Name == "" || count[runs[i].Name] > 1 {
			runs[i].Name = strings.TrimSpace(runs[i].Name + " (" + filepath.Base(files[i]) + ")")
		}
	}
}

// writePlot writes an image atomically, like bench's document.
func writePlot(path string, draw func(io.Writer) error) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	defer a.Abort()
	if err := draw(a.Writer()); err != nil {
		return err
	}
	return a.Commit()
}
