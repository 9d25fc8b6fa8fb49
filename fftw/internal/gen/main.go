// Command gen writes the two precision-specific files of package fftw from
// one template, plans.go.tmpl: double_gen.go over libfftw3 (fftw_*,
// complex128 and float64) and single_gen.go over libfftw3f (fftwf_*,
// complex64 and float32), the way fftw3.h stamps one API definition out per
// precision with FFTW_DEFINE_API.
//
// Run it through go generate from the fftw directory:
//
//	go generate ./fftw/
//
// The output depends only on the template and the table below, so running
// it twice gives byte-identical files.
package main

import (
	"bytes"
	_ "embed"
	"go/format"
	"log"
	"os"
	"text/template"
)

//go:embed plans.go.tmpl
var source string

// precision holds what differs between the two libraries.
type precision struct {
	File        string // output file
	Prec, Title string // "double", "Double"
	Lib         string // pkg-config/library name
	P           string // C prefix of every FFTW name
	R           string // C real type
	Real        string // Go real type
	Complex     string // Go complex type
	RealSize    int    // bytes per real element
	ComplexSize int    // bytes per complex element
	S           string // suffix of exported names ("" for double, as gonum's convention)
	T           string // suffix of unexported names
}

var precisions = []precision{
	{"double_gen.go", "double", "Double", "fftw3", "fftw_", "double", "float64", "complex128", 8, 16, "", "64"},
	{"single_gen.go", "single", "Single", "fftw3f", "fftwf_", "float", "float32", "complex64", 4, 8, "32", "32"},
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("fftw/internal/gen: ")
	tmpl := template.Must(template.New("plans.go.tmpl").Option("missingkey=error").Parse(source))
	for _, p := range precisions {
		var buf bytes.Buffer
		if err := tmpl.Execute(&buf, p); err != nil {
			log.Fatal(err)
		}
		src, err := format.Source(buf.Bytes())
		if err != nil {
			log.Fatalf("%s: %v", p.File, err)
		}
		if err := os.WriteFile(p.File, src, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
