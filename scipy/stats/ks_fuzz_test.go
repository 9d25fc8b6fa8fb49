package stats

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// ksFuzzFloats turns raw bytes into at most max float64 values (any bit
// pattern: NaN, ±Inf and subnormals included).
func ksFuzzFloats(raw []byte, max int) []float64 {
	n := min(len(raw)/8, max)
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
	}
	return x
}

// FuzzKS2Samp checks that KS2Samp and KS1Samp never panic, return only
// the package's error type, and give a statistic in [0, 1] and a p-value
// in [0, 1] (or NaN) for any data, alternative and method.
func FuzzKS2Samp(f *testing.F) {
	f.Add(uint8(0), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f})
	f.Add(uint8(5), []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f}, []byte{1, 1, 1, 1, 1, 1, 1, 1})
	f.Add(uint8(7), []byte{}, []byte{1, 2, 3, 4, 5, 6, 7, 8})
	alts := []Alternative{TwoSided, Less, Greater}
	methods := []string{"auto", "exact", "asymp"}
	f.Fuzz(func(t *testing.T, sel uint8, ra, rb []byte) {
		a, b := ksFuzzFloats(ra, 300), ksFuzzFloats(rb, 300)
		opts := &KSOptions{Alternative: alts[int(sel)%3], Method: methods[int(sel/3)%3]}
		if sel&0x80 != 0 {
			opts.NanPolicy = NanOmit
		}
		check := func(name string, r KSResult, err error) {
			var e *Error
			if err != nil {
				if !errors.As(err, &e) {
					t.Fatalf("%s: error %v is not an *Error", name, err)
				}
				return
			}
			if !(r.Statistic >= 0 && r.Statistic <= 1) && !math.IsNaN(r.Statistic) {
				t.Fatalf("%s: statistic %v outside [0, 1]", name, r.Statistic)
			}
			if !(r.PValue >= 0 && r.PValue <= 1) && !math.IsNaN(r.PValue) {
				t.Fatalf("%s: p-value %v outside [0, 1]", name, r.PValue)
			}
		}
		r, err := KS2Samp(a, b, opts)
		check("KS2Samp", r, err)
		norm, _ := NewNorm(0, 1)
		r, err = KSTest(a, norm, opts)
		check("KSTest", r, err)
	})
}
