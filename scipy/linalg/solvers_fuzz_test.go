package linalg

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzSolvers feeds the matrix-equation and rank functions shapes and
// values taken from the fuzz data: whatever they are, each must return a
// result of the right shape or an *Error that is not an internal error,
// never panic.
func FuzzSolvers(f *testing.F) {
	f.Add(uint8(2), uint8(1), uint8(0), []byte{0, 0, 0, 0, 0, 0, 240, 63})
	f.Add(uint8(0), uint8(0), uint8(1), []byte{})
	f.Add(uint8(3), uint8(2), uint8(2), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(uint8(3), uint8(1), uint8(3), []byte{0, 0, 0, 0, 0, 0, 248, 127})                     // NaN
	f.Add(uint8(2), uint8(2), uint8(4), []byte{0, 0, 0, 0, 0, 0, 240, 127})                     // Inf
	f.Add(uint8(4), uint8(1), uint8(5), []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xef, 0x7f}) // MaxFloat64
	f.Fuzz(func(t *testing.T, m, n, flags uint8, data []byte) {
		m, n = m%7, n%4
		next := func(i int) float64 {
			if len(data) < 8 {
				return float64(i%5) - 2
			}
			off := (i * 8) % (len(data) - 7)
			return math.Float64frombits(binary.LittleEndian.Uint64(data[off:]))
		}
		fill := func(r, c, base int, sym bool) *mat.Dense {
			if r == 0 || c == 0 {
				return &mat.Dense{}
			}
			d := make([]float64, r*c)
			for i := range d {
				d[i] = next(base + i)
			}
			if sym && r == c {
				for i := 0; i < r; i++ {
					for j := 0; j < i; j++ {
						d[j*r+i] = d[i*r+j]
					}
				}
			}
			return mat.NewDense(r, c, d)
		}
		mm, nn := int(m), int(n)
		if mm == 0 {
			nn = 0 // gonum has no m×0 matrices
		}
		a := fill(mm, mm, 0, false)
		b := fill(mm, nn, 50, false)
		q := fill(mm, mm, 100, true)
		r := fill(nn, nn, 150, true)
		c := fill(nn, nn, 200, false)
		qs := fill(mm, nn, 250, false)
		check := func(name string, x *mat.Dense, err error, rows, cols int) {
			t.Helper()
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("%s: error %v is %T, not *Error", name, err, err)
				}
				if strings.Contains(e.Message, "internal error") {
					t.Fatalf("%s: %v", name, err)
				}
				return
			}
			if x == nil { // a scalar result
				return
			}
			if x.IsEmpty() {
				if rows*cols != 0 {
					t.Fatalf("%s: empty result, want %d×%d", name, rows, cols)
				}
				return
			}
			if gr, gc := x.Dims(); gr != rows || gc != cols {
				t.Fatalf("%s: result %d×%d, want %d×%d", name, gr, gc, rows, cols)
			}
		}
		opts := &AREOptions{NoBalance: flags&1 != 0}
		if flags&2 != 0 {
			opts.S = fill(mm, nn, 300, false)
		}
		if flags&4 != 0 {
			opts.E = fill(mm, mm, 350, false)
		}
		x, err := SolveContinuousAre(a, b, q, r, opts)
		check("SolveContinuousAre", x, err, mm, mm)
		x, err = SolveDiscreteAre(a, b, q, r, opts)
		check("SolveDiscreteAre", x, err, mm, mm)
		x, err = SolveSylvester(a, c, qs)
		check("SolveSylvester", x, err, mm, nn)
		x, err = SolveContinuousLyapunov(a, q)
		check("SolveContinuousLyapunov", x, err, mm, mm)
		x, err = SolveDiscreteLyapunov(a, q, &DiscreteLyapunovOptions{Method: []string{"", "direct", "bilinear"}[int(flags>>3)%3]})
		check("SolveDiscreteLyapunov", x, err, mm, mm)
		x, err = NullSpace(b, nil)
		if err == nil && !x.IsEmpty() {
			if gr, _ := x.Dims(); gr != nn {
				t.Fatalf("NullSpace: %d rows, want %d", gr, nn)
			}
		}
		check("NullSpace", &mat.Dense{}, err, 0, 0)
		x, err = Orth(b, nil)
		if err == nil && !x.IsEmpty() {
			if gr, _ := x.Dims(); gr != mm {
				t.Fatalf("Orth: %d rows, want %d", gr, mm)
			}
		}
		check("Orth", &mat.Dense{}, err, 0, 0)
		p, err := PinvH(q, &PinvHOptions{Upper: flags&1 != 0})
		if err == nil {
			check("PinvH", p.B, nil, mm, mm)
		} else {
			check("PinvH", nil, err, mm, mm)
		}
		_, err = Cond(a, &CondOptions{P: []string{"", "1", "fro", "-2", "nuc"}[int(flags)%5]})
		check("Cond", nil, err, 0, 0)
		_, err = MatrixRank(b, &MatrixRankOptions{Hermitian: flags&8 != 0})
		check("MatrixRank", nil, err, 0, 0)
	})
}
