// Package golden reads the golden files under testdata/ that scripts/golden/
// generates from real SciPy, so that tests compare against SciPy without
// needing Python.
//
// A golden file is JSON, optionally gzip-compressed (name ending in .gz):
//
//	{
//	  "generator": "scripts/golden/fft.py",
//	  "versions": {"scipy": "1.10.1", "numpy": "1.24.2", "mpmath": "1.2.1"},
//	  "cases": [ ... ]
//	}
//
// JSON has no NaN or infinities, so the generator writes them as the strings
// "nan", "inf" and "-inf"; Float and Complex decode those. A complex number is
// a two-element array [re, im]. Finite values are written with Python's
// shortest round-trip repr, which Go parses back to the same float64 bit for
// bit, so no precision is lost on the way.
package golden

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// File is the envelope every golden file shares. Cases is decoded by the
// caller into its own case type.
type File[C any] struct {
	Generator string            `json:"generator"`
	Versions  map[string]string `json:"versions"`
	Cases     []C               `json:"cases"`
}

// Float is a float64 that also decodes the strings "nan", "inf" and "-inf".
type Float float64

// UnmarshalJSON implements json.Unmarshaler.
func (f *Float) UnmarshalJSON(b []byte) error {
	v, err := parseFloat(b)
	*f = Float(v)
	return err
}

func parseFloat(b []byte) (float64, error) {
	s := strings.TrimSpace(string(b))
	switch s {
	case `"nan"`:
		return math.NaN(), nil
	case `"inf"`:
		return math.Inf(1), nil
	case `"-inf"`:
		return math.Inf(-1), nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return 0, fmt.Errorf("golden: %q is not a number, nan, inf or -inf", s)
	}
	return v, nil
}

// Complex is a complex128 written as [re, im].
type Complex complex128

// UnmarshalJSON implements json.Unmarshaler.
func (c *Complex) UnmarshalJSON(b []byte) error {
	var parts []Float
	if err := json.Unmarshal(b, &parts); err != nil || len(parts) != 2 {
		return fmt.Errorf("golden: complex must be [re, im], got %s", b)
	}
	*c = Complex(complex(float64(parts[0]), float64(parts[1])))
	return nil
}

// Floats converts a decoded slice to []float64.
func Floats(s []Float) []float64 {
	out := make([]float64, len(s))
	for i, v := range s {
		out[i] = float64(v)
	}
	return out
}

// Complexes converts a decoded slice to []complex128.
func Complexes(s []Complex) []complex128 {
	out := make([]complex128, len(s))
	for i, v := range s {
		out[i] = complex128(v)
	}
	return out
}

// Path returns the absolute path of name under the module's testdata/
// directory, found by walking up from the test's working directory to go.mod.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("golden: %v", err)
	}
	for range 64 { // bounded walk: a module is never deeper than this
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", name)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	tb.Fatalf("golden: no go.mod above the working directory")
	return ""
}

// Load decodes testdata/name into a File whose cases have type C. A missing
// or malformed file fails the test: golden files are committed, so their
// absence is a defect, never a reason to skip.
func Load[C any](tb testing.TB, name string) File[C] {
	tb.Helper()
	var f File[C]
	if err := decode(Path(tb, name), &f); err != nil {
		tb.Fatalf("golden: %v (regenerate with the script named in testdata/README.md)", err)
	}
	if len(f.Cases) == 0 {
		tb.Fatalf("golden: %s has no cases", name)
	}
	return f
}

func decode(path string, v any) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
