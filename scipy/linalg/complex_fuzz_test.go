package linalg

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzSolveC feeds the complex-input functions shapes, options and values
// taken from the fuzz data: whatever they are, each must return a result or
// an *Error that is not a recovered panic (an "internal error"), and a
// result of SolveC must have the right shape.
func FuzzSolveC(f *testing.F) {
	f.Add(uint8(2), uint8(2), uint8(1), uint8(0), []byte{0, 0, 0, 0, 0, 0, 240, 63})
	f.Add(uint8(0), uint8(0), uint8(0), uint8(1), []byte{})
	f.Add(uint8(3), uint8(2), uint8(1), uint8(2), []byte{1, 2, 3})
	f.Add(uint8(4), uint8(4), uint8(3), uint8(3), []byte{0, 0, 0, 0, 0, 0, 248, 127}) // NaN
	f.Add(uint8(3), uint8(3), uint8(0), uint8(7), []byte{0, 0, 0, 0, 0, 0, 240, 127}) // Inf, skip check
	f.Add(uint8(5), uint8(5), uint8(2), uint8(13), []byte{0, 0, 0, 0, 0, 0, 0, 0})    // zeros
	f.Fuzz(func(t *testing.T, n, br, k, flags uint8, data []byte) {
		n, br, k = n%9, br%9, k%4
		next := func(i int) float64 {
			if len(data) < 8 {
				return float64(i%5) - 2
			}
			off := (i * 8) % (len(data) - 7)
			return math.Float64frombits(binary.LittleEndian.Uint64(data[off:]))
		}
		fill := func(r, c, base int) *mat.CDense {
			if r == 0 || c == 0 {
				return &mat.CDense{}
			}
			d := make([]complex128, r*c)
			for i := range d {
				d[i] = complex(next(base+2*i), next(base+2*i+1))
			}
			return mat.NewCDense(r, c, d)
		}
		a := fill(int(n), int(n), 0)
		b := fill(int(br), int(k), 100)
		skipCheck := flags&4 != 0
		opts := &SolveOptions{
			AssumeA:         []string{"gen", "sym", "her", "pos", "", "bad"}[int(flags>>3)%6],
			Lower:           flags&1 != 0,
			Transposed:      flags&2 != 0,
			SkipFiniteCheck: skipCheck,
		}
		check := func(name string, err error) {
			if err == nil {
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%s: error %v is %T, not *Error", name, err, err)
			}
			if strings.Contains(e.Message, "internal error") {
				t.Fatalf("%s: a panic was recovered: %v", name, err)
			}
		}
		res, err := SolveC(a, b, opts)
		check("SolveC", err)
		if err == nil && !res.X.IsEmpty() {
			if r, c := res.X.Dims(); r != int(n) || c != int(k) {
				t.Fatalf("SolveC: X is %d×%d, want %d×%d", r, c, n, k)
			}
		}
		o := &Options{SkipFiniteCheck: skipCheck}
		_, err = InvC(a, o)
		check("InvC", err)
		_, err = DetC(a, o)
		check("DetC", err)
		_, _, err = SlogDetC(a, o)
		check("SlogDetC", err)
		_, err = ExpmC(a, o)
		check("ExpmC", err)
		_, err = EigC(a, &EigOptionsC{Left: opts.Lower, B: map[bool]mat.CMatrix{true: b, false: nil}[flags&16 != 0]})
		check("EigC", err)
		_, err = EighC(a, &EighOptionsC{Upper: opts.Lower, SkipFiniteCheck: skipCheck, Driver: []string{"", "ev", "evd", "evr"}[int(flags>>5)%4]})
		check("EighC", err)
		_, err = SVDC(b, &SVDOptions{Economy: opts.Lower, LapackDriver: []string{"gesdd", "gesvd"}[int(flags>>5)%2]})
		check("SVDC", err)
		_, err = CholeskyC(a, &CholeskyOptions{Lower: opts.Lower, SkipFiniteCheck: skipCheck})
		check("CholeskyC", err)
		_, err = QRC(b, &QROptions{Pivoting: opts.Lower, SkipFiniteCheck: skipCheck})
		check("QRC", err)
		_, err = LUC(b, &LUOptions{SkipFiniteCheck: skipCheck})
		check("LUC", err)
		lu, err := LUFactorC(a, o)
		check("LUFactorC", err)
		if err == nil {
			_, err = LUSolveC(lu, b, &LUSolveOptions{Trans: []string{"N", "T", "C"}[int(flags>>5)%3], SkipFiniteCheck: skipCheck})
			check("LUSolveC", err)
		}
	})
}
