package linalg

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzStructured feeds the structured solvers and eigensolvers arbitrary
// bandwidths, shapes and values (NaN, Inf, huge and zero included, finite
// check on or off): they must return a result or an *Error, never panic
// (recoverTo would turn a panic into an "internal error" ErrValue, which
// fails the test too) and never hang.
func FuzzStructured(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(4), uint8(1), uint8(0), []byte{0, 0, 0, 0, 0, 0, 240, 63})
	f.Add(uint8(0), uint8(0), uint8(0), uint8(0), uint8(1), []byte{})
	f.Add(uint8(2), uint8(3), uint8(5), uint8(2), uint8(2), []byte{1, 2, 3})
	f.Add(uint8(1), uint8(0), uint8(3), uint8(1), uint8(3), []byte{0, 0, 0, 0, 0, 0, 248, 127}) // NaN
	f.Add(uint8(3), uint8(3), uint8(2), uint8(3), uint8(7), []byte{0, 0, 0, 0, 0, 0, 240, 127}) // Inf, skip check
	f.Fuzz(func(t *testing.T, l, u, n, k, flags uint8, data []byte) {
		l, u, n, k = l%5, u%5, n%9, k%3
		next := func(i int) float64 {
			if len(data) < 8 {
				return float64(i%7) - 3
			}
			off := (i * 8) % (len(data) - 7)
			return math.Float64frombits(binary.LittleEndian.Uint64(data[off:]))
		}
		fill := func(r, c, base int) *mat.Dense {
			if r == 0 || c == 0 {
				return &mat.Dense{}
			}
			d := make([]float64, r*c)
			for i := range d {
				d[i] = next(base + i)
			}
			return mat.NewDense(r, c, d)
		}
		vec := func(m, base int) []float64 {
			v := make([]float64, m)
			for i := range v {
				v[i] = next(base + i)
			}
			return v
		}
		skipCheck := flags&4 != 0
		rows := int(l + u + 1)
		if flags&8 != 0 {
			rows-- // a wrong row count
		}
		ab := fill(rows, int(n), 0)
		b := fill(int(n), int(k), 1000)
		if flags&16 != 0 {
			b = fill(int(n)+1, int(k), 1000) // a wrong row count
		}
		check := func(name string, err error) {
			if err == nil {
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%s: error %T is not *Error", name, err)
			}
			if e.Kind == ErrValue && e.Func != "" && len(e.Message) > 14 && e.Message[:14] == "internal error" {
				t.Fatalf("%s: %v", name, err)
			}
		}
		_, err := SolveBanded(int(l), int(u), ab, b, &Options{SkipFiniteCheck: skipCheck})
		check("SolveBanded", err)
		hb := fill(int(u)+1, int(n), 0)
		ho := &HBandedOptions{Lower: flags&1 != 0, SkipFiniteCheck: skipCheck}
		_, err = SolveHBanded(hb, b, ho)
		check("SolveHBanded", err)
		cb, err := CholeskyBanded(hb, ho)
		check("CholeskyBanded", err)
		if err == nil {
			_, err = ChoSolveBanded(cb, ho.Lower, b, &Options{SkipFiniteCheck: skipCheck})
			check("ChoSolveBanded", err)
		}
		c := vec(int(n), 2000)
		var r []float64
		if flags&2 != 0 {
			r = vec(int(n)+int(flags>>5)%2, 3000)
		}
		_, err = SolveToeplitz(c, r, b, &Options{SkipFiniteCheck: skipCheck})
		check("SolveToeplitz", err)
		_, err = SolveCirculant(c, b, &SolveCirculantOptions{Singular: []string{"", "lstsq"}[flags&1], SkipFiniteCheck: skipCheck})
		check("SolveCirculant", err)
		sel := []string{"a", "v", "i"}[int(flags>>5)%3]
		sr := [2]float64{next(4000), next(4001)}
		if sel == "i" {
			sr = [2]float64{0, float64(int(l) % max(1, int(n)))}
		}
		_, err = EigBanded(hb, &EigBandedOptions{Lower: ho.Lower, Select: sel, SelectRange: sr})
		check("EigBanded", err)
		e := vec(max(0, int(n)-1), 5000)
		driver := []string{"auto", "stemr", "stebz", "stev", "sterf"}[int(flags>>3)%5]
		_, err = EighTridiagonal(c, e, &EighTridiagonalOptions{Select: sel, SelectRange: sr, LapackDriver: driver, EigvalsOnly: flags&1 != 0})
		check("EighTridiagonal", err)
	})
}
