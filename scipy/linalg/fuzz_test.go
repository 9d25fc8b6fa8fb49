package linalg

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzSolve feeds Solve (and the other square-matrix entry points) shapes,
// options and values taken from the fuzz data: whatever they are, the
// functions must return a result or an *Error, never panic, and a result
// must have the right shape.
func FuzzSolve(f *testing.F) {
	f.Add(uint8(2), uint8(2), uint8(1), uint8(0), []byte{0, 0, 0, 0, 0, 0, 240, 63})
	f.Add(uint8(0), uint8(0), uint8(0), uint8(1), []byte{})
	f.Add(uint8(3), uint8(2), uint8(1), uint8(2), []byte{1, 2, 3})
	f.Add(uint8(4), uint8(4), uint8(3), uint8(3), []byte{0, 0, 0, 0, 0, 0, 248, 127}) // NaN
	f.Add(uint8(3), uint8(3), uint8(0), uint8(7), []byte{0, 0, 0, 0, 0, 0, 240, 127}) // Inf, skip check
	f.Fuzz(func(t *testing.T, n, br, k, flags uint8, data []byte) {
		n, br, k = n%9, br%9, k%4
		next := func(i int) float64 {
			if len(data) < 8 {
				return float64(i%5) - 2
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
		a := fill(int(n), int(n), 0)
		b := fill(int(br), int(k), 100)
		opts := &SolveOptions{
			AssumeA:         []string{"gen", "sym", "her", "pos", "", "bad"}[int(flags>>2)%6],
			Lower:           flags&1 != 0,
			Transposed:      flags&2 != 0,
			SkipFiniteCheck: flags&4 != 0,
		}
		check := func(name string, err error) {
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("%s: error %v is %T, not *Error", name, err, err)
				}
			}
		}
		res, err := Solve(a, b, opts)
		check("Solve", err)
		if err == nil && !res.X.IsEmpty() {
			if r, c := res.X.Dims(); r != int(n) || c != int(k) {
				t.Fatalf("Solve: X is %d×%d, want %d×%d", r, c, n, k)
			}
		}
		_, err = SolveTriangular(a, b, &SolveTriangularOptions{Lower: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("SolveTriangular", err)
		_, err = Inv(a, &Options{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Inv", err)
		_, err = Det(a, &Options{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Det", err)
		_, err = LU(b, &LUOptions{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("LU", err)
		lu, err := LUFactor(a, &Options{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("LUFactor", err)
		if err == nil {
			_, err = LUSolve(lu, b, &LUSolveOptions{SkipFiniteCheck: opts.SkipFiniteCheck})
			check("LUSolve", err)
		}
		_, err = Eig(a, &EigOptions{Left: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Eig", err)
		_, err = Eigh(a, &EighOptions{Upper: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Eigh", err)
		_, err = SVD(b, &SVDOptions{Economy: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("SVD", err)
		_, err = LstSq(a, b, &LstSqOptions{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("LstSq", err)
		_, err = QR(b, &QROptions{Pivoting: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("QR", err)
		_, err = Pinv(b, nil)
		check("Pinv", err)
		_, err = Norm(b, &NormOptions{Ord: []string{"", "1", "-inf", "2", "nuc", "x"}[int(flags>>2)%6], SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Norm", err)
		_, err = Expm(a, &Options{SkipFiniteCheck: opts.SkipFiniteCheck})
		check("Expm", err)
		cf, err := ChoFactor(a, &CholeskyOptions{Lower: opts.Lower, SkipFiniteCheck: opts.SkipFiniteCheck})
		check("ChoFactor", err)
		if err == nil {
			_, err = ChoSolve(cf, b, &Options{SkipFiniteCheck: opts.SkipFiniteCheck})
			check("ChoSolve", err)
		}
	})
}
