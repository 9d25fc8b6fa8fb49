package stats

import (
	"encoding/binary"
	"math"
	"testing"
)

// adFuzzFloats turns raw bytes into float64 values: whole 8-byte words
// as IEEE bits (any value, NaN and ±Inf included) when wide, else small
// integers (many ties).
func adFuzzFloats(raw []byte, wide bool) []float64 {
	if !wide {
		out := make([]float64, len(raw))
		for i, b := range raw {
			out[i] = float64(int8(b) / 16)
		}
		return out
	}
	out := make([]float64, len(raw)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
	}
	return out
}

// FuzzAndersonKSamp splits arbitrary data into k samples: AndersonKSamp
// must never panic, and a result without error must have a non-NaN
// statistic, a p-value near [0.001, 0.25], and the flags set exactly when
// the statistic lies outside the critical values.
func FuzzAndersonKSamp(f *testing.F) {
	f.Add(uint8(2), false, []byte{1, 200, 3, 40, 5, 6, 70, 8, 9, 1})
	f.Add(uint8(3), false, []byte{0, 0, 16, 0, 32, 0, 48, 0, 0})
	f.Add(uint8(2), true, make([]byte, 64))
	f.Fuzz(func(t *testing.T, k uint8, wide bool, raw []byte) {
		x := adFuzzFloats(raw, wide)
		nk := int(k%5) + 1
		samples := make([][]float64, nk)
		for i, v := range x {
			samples[i%nk] = append(samples[i%nk], v)
		}
		r, err := AndersonKSamp(samples, &AndersonKSampOptions{NoMidrank: k&8 != 0})
		if err != nil {
			return
		}
		// Inside the critical values the quadratic interpolation can
		// overshoot the bounds slightly (SciPy's too: 0.2507 for
		// {3, 5}, {7, 6}, {-5, 4}, {6, 2}).
		if math.IsNaN(r.Statistic) || !(r.PValue > 0.0005 && r.PValue < 0.3) {
			t.Fatalf("%v: %+v", samples, r)
		}
		if r.PValueCapped != (r.PValue == 0.25 && r.Statistic < r.CriticalValues[0]) ||
			r.PValueFloored != (r.PValue == 0.001 && r.Statistic > r.CriticalValues[6]) {
			t.Fatalf("%v: flags %+v", samples, r)
		}
	})
}

// FuzzAndersonFitted runs the logistic and Gumbel fits on arbitrary data:
// Anderson must never panic, and without error the fitted scale must be
// positive and the statistic not NaN (but for a constant sample under
// "logistic", NaN with scale 0 as SciPy).
func FuzzAndersonFitted(f *testing.F) {
	f.Add(uint8(0), false, []byte{1, 200, 3, 40, 5, 6, 70, 8, 9, 1})
	f.Add(uint8(1), false, []byte{0, 16})
	f.Add(uint8(2), true, make([]byte, 24))
	f.Fuzz(func(t *testing.T, d uint8, wide bool, raw []byte) {
		x := adFuzzFloats(raw, wide)
		dist := [...]string{"logistic", "gumbel_l", "gumbel_r"}[d%3]
		r, err := Anderson(x, dist)
		if err != nil {
			return
		}
		if r.FitParams[1] == 0 && math.IsNaN(r.Statistic) && dist == "logistic" {
			return // a constant sample, as SciPy
		}
		if !(r.FitParams[1] > 0) || math.IsNaN(r.Statistic) {
			t.Fatalf("%s %v: %+v", dist, x, r)
		}
	})
}
