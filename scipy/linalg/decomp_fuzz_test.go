package linalg

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// FuzzDecomp feeds the decompositions shapes, options and values taken
// from the fuzz data: whatever they are, each must return a result of the
// right shape or an *Error that is not an internal one (a recovered panic).
func FuzzDecomp(f *testing.F) {
	f.Add(uint8(3), uint8(3), uint8(0), []byte{0, 0, 0, 0, 0, 0, 240, 63, 1, 2, 3})
	f.Add(uint8(0), uint8(0), uint8(1), []byte{})
	f.Add(uint8(2), uint8(5), uint8(2), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(uint8(4), uint8(4), uint8(3), []byte{0, 0, 0, 0, 0, 0, 248, 127}) // NaN
	f.Add(uint8(5), uint8(5), uint8(255), []byte{0, 0, 0, 0, 0, 0, 240, 127, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, m, n, flags uint8, data []byte) {
		m, n = m%8, n%8
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
		check := func(name string, err error) bool {
			if err == nil {
				return true
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%s: error %v is %T, not *Error", name, err, err)
			}
			if strings.Contains(e.Message, "internal error") {
				t.Fatalf("%s: %v", name, err)
			}
			return false
		}
		dims := func(name string, x interface{ Dims() (int, int) }, r, c int) {
			if gr, gc := x.Dims(); (r > 0 && c > 0) && (gr != r || gc != c) {
				t.Fatalf("%s: shape %d×%d, want %d×%d", name, gr, gc, r, c)
			}
		}
		sq, rect := fill(int(n), int(n), 0), fill(int(m), int(n), 50)
		sq2 := fill(int(n), int(n), 200)
		sorts := []string{"", "lhp", "rhp", "iuc", "ouc", "bad"}
		sort := sorts[int(flags>>2)%len(sorts)]
		skipCheck := flags&2 != 0
		nn := int(n)
		if r, err := LDL(sq, &LDLOptions{Upper: flags&1 != 0, SkipFiniteCheck: skipCheck}); check("LDL", err) {
			dims("LDL Lu", r.Lu, nn, nn)
			dims("LDL D", r.D, nn, nn)
		}
		if r, err := RQ(rect, &RQOptions{Mode: []string{"", "economic", "r", "x"}[flags%4], SkipFiniteCheck: skipCheck}); check("RQ", err) && r.R == nil {
			t.Fatal("RQ: nil R")
		}
		if r, err := Polar(rect, &PolarOptions{Side: []string{"", "left"}[flags&1]}); check("Polar", err) {
			dims("Polar U", r.U, int(m), nn)
		}
		if r, err := Hessenberg(sq, &HessenbergOptions{CalcQ: true, SkipFiniteCheck: skipCheck}); check("Hessenberg", err) {
			dims("Hessenberg Q", r.Q, nn, nn)
		}
		if r, err := Schur(sq, &SchurOptions{Sort: sort}); check("Schur", err) {
			dims("Schur T", r.T, nn, nn)
			if c, err := RSF2CSF(r.T, r.Z, nil); check("RSF2CSF", err) {
				dims("RSF2CSF T", c.T, nn, nn)
			}
		}
		if r, err := SchurC(ToComplex(sq), &SchurOptions{Sort: sort}); check("SchurC", err) {
			dims("SchurC T", r.T, nn, nn)
		}
		if r, err := QZ(sq, sq2); check("QZ", err) {
			dims("QZ AA", r.AA, nn, nn)
		}
		if r, err := OrdQZ(sq, sq2, &OrdQZOptions{Sort: sort}); check("OrdQZ", err) && len(r.Alpha) != nn {
			t.Fatalf("OrdQZ: %d alphas for n=%d", len(r.Alpha), nn)
		}
		if r, err := OrdQZC(ToComplex(sq), ToComplex(sq2), &OrdQZOptions{Sort: sort}); check("OrdQZC", err) && len(r.Beta) != nn {
			t.Fatalf("OrdQZC: %d betas for n=%d", len(r.Beta), nn)
		}
	})
}
