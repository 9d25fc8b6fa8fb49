package stats

import (
	"errors"
	"math"
	"slices"
	"sync"
	"testing"
)

// TestDescribeBadOptions checks that invalid options are ErrValue errors
// naming the option, for every sample function that has it.
func TestDescribeBadOptions(t *testing.T) {
	x := []float64{1, 2, 3}
	neg := -1
	bad := NanPolicy("ignore")
	for name, f := range map[string]func() error{
		"Moment order":    func() error { _, err := Moment(x, -1, nil); return err },
		"Moment policy":   func() error { _, err := Moment(x, 2, &MomentOptions{NanPolicy: bad}); return err },
		"Skew policy":     func() error { _, err := Skew(x, &ShapeOptions{NanPolicy: bad}); return err },
		"Kurtosis policy": func() error { _, err := Kurtosis(x, &ShapeOptions{NanPolicy: bad}); return err },
		"Describe ddof":   func() error { _, err := Describe(x, &DescribeOptions{DDOF: &neg}); return err },
		"Variation ddof":  func() error { _, err := Variation(x, &DDOFOptions{DDOF: &neg}); return err },
		"Sem ddof":        func() error { _, err := Sem(x, &DDOFOptions{DDOF: &neg}); return err },
		"Zscore policy":   func() error { _, err := Zscore(x, &DDOFOptions{NanPolicy: bad}); return err },
		"RankData method": func() error { _, err := RankData(x, &RankOptions{Method: "first"}); return err },
		"Percentile kind": func() error { _, err := PercentileOfScore(x, 2, &PercentileOptions{Kind: "median"}); return err },
		"ScoreAt per":     func() error { _, err := ScoreAtPercentile(x, 101, nil); return err },
		"ScoreAt interp": func() error {
			_, err := ScoreAtPercentile(x, 50, &ScoreAtPercentileOptions{Interpolation: "linear"})
			return err
		},
		"IQR rng":             func() error { _, err := IQR(x, &IQROptions{Rng: &[2]float64{-1, 50}}); return err },
		"IQR scale":           func() error { _, err := IQR(x, &IQROptions{Scale: -2}); return err },
		"IQR interpolation":   func() error { _, err := IQR(x, &IQROptions{Interpolation: "fraction"}); return err },
		"Pmean p":             func() error { _, err := Pmean(x, math.NaN(), nil); return err },
		"TrimMean proportion": func() error { _, err := TrimMean(x, -0.1); return err },
		"Mode policy":         func() error { _, err := Mode(x, &Options{NanPolicy: bad}); return err },
	} {
		if err := f(); !errors.Is(err, ErrValue) {
			t.Errorf("%s: error %v, want ErrValue", name, err)
		}
	}
	if _, err := Gmean(x, &MeanOptions{Weights: []float64{1}}); !errors.Is(err, ErrShape) {
		t.Errorf("Gmean with short weights: error %v, want ErrShape", err)
	}
}

// TestDescribeInputsUnchanged checks that no function modifies its sample
// (several sort or filter internally).
func TestDescribeInputsUnchanged(t *testing.T) {
	x := []float64{3, math.NaN(), 1, 2, 2, -5}
	x0 := slices.Clone(x)
	omit := NanOmit
	Moment(x, 3, &MomentOptions{NanPolicy: omit})
	Describe(x, &DescribeOptions{NanPolicy: omit})
	Zscore(x, &DDOFOptions{NanPolicy: omit})
	RankData(x, &RankOptions{NanPolicy: omit})
	Mode(x, &Options{NanPolicy: omit})
	IQR(x, &IQROptions{NanPolicy: omit})
	TrimBoth(x, 0.2)
	TrimMean(x, 0.2)
	ScoreAtPercentile(x, 30, nil)
	PercentileOfScore(x, 2, &PercentileOptions{NanPolicy: omit})
	Gmean(x, &MeanOptions{NanPolicy: omit, Weights: []float64{1, 2, 3, 4, 5, 6}})
	for i := range x {
		if x[i] != x0[i] && !(math.IsNaN(x[i]) && math.IsNaN(x0[i])) {
			t.Fatalf("sample modified: %v, was %v", x, x0)
		}
	}
}

// TestConcurrentDescribe runs the sample functions on a shared sample from
// 16 goroutines; under -race any hidden shared state would show.
func TestConcurrentDescribe(t *testing.T) {
	x := []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	want, _ := Describe(x, nil)
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				got, err := Describe(x, nil)
				if err != nil || got != want {
					t.Errorf("Describe = %+v, %v; serial %+v", got, err, want)
					return
				}
				RankData(x, nil)
				IQR(x, nil)
				Mode(x, nil)
			}
		}()
	}
	wg.Wait()
}
