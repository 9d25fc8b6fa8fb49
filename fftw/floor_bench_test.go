package fftw_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/nativecall"
	"github.com/goscipy/goscipy/scipy/fft"
)

// BenchmarkFloor measures how far any cgo binding of FFTW can get to
// FFTW's speed from C, on one real-to-complex plan (FFTW_ESTIMATE, as
// scipy/fft plans by default) and the same buffers, in one process:
//
//	c-loop     fftw_execute_dft_r2c k times in one C loop (FFTW from C)
//	cgo-call   one bare cgo call per transform, yielding (YieldIfDue) as
//	           often as Execute does and doing nothing else: the floor of a
//	           binding
//	execute    PlanR2C.Execute: checks, reference count, yield, cgo call
//	rfft-into  scipy/fft.RFFTInto, which adds option handling and the plan
//	           cache lookup
//
// The machine's speed drifts by several per cent over seconds, so the
// variants take turns: floorRounds rounds of one floorSample-long block
// each, and the metrics are medians over rounds: c-loop-ns (ns per
// transform) and each variant's time over the c-loop time of its own round
// (x-c-loop). b.N is ignored; run it with -benchtime 1x:
//
//	go test -run '^$' -bench Floor -benchtime 1x ./fftw/
//
// scipy/fft's target (issue 4) is 0.95 of FFTW C's throughput from 4096
// points, 1.053 × c-loop; this shows how much of that the cgo call alone
// takes.
func BenchmarkFloor(b *testing.B) {
	for _, n := range []int{64, 4096, 65536} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			p, err := fftw.NewPlanR2C([]fftw.Dim{{N: n, InStride: 1, OutStride: 1}}, nil, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			in := fftw.MakeAligned[float64](n)
			for j := range in {
				in[j] = float64((j*7919+2*104729)%1009)/1009.0 - 0.5
			}
			out := fftw.MakeAligned[complex128](n/2 + 1)
			if err := p.Execute(in, out); err != nil {
				b.Fatal(err)
			}
			if err := fft.RFFTInto(out, in, nil); err != nil {
				b.Fatal(err)
			}
			variants := []struct {
				name string
				run  func(k int)
			}{
				{"c-loop", func(k int) { p.ExecuteLoop(in, out, k) }},
				{"cgo-call", func(k int) {
					m := fftw.YieldMaskFor(n) // Execute's cadence
					for i := range k {
						if m >= 0 && int32(i)&m == 0 {
							nativecall.YieldIfDue()
						}
						p.ExecuteBare(in, out)
					}
				}},
				{"execute", func(k int) {
					for range k {
						p.Execute(in, out)
					}
				}},
				{"rfft-into", func(k int) {
					for range k {
						fft.RFFTInto(out, in, nil)
					}
				}},
			}
			k := calibrate(func(k int) { p.ExecuteLoop(in, out, k) })
			ratios := make([][]float64, len(variants))
			var base []float64
			for b.Loop() {
				for range floorRounds {
					var c float64
					for i, v := range variants {
						t := perCall(v.run, k)
						if i == 0 {
							c = t
							base = append(base, t)
						}
						ratios[i] = append(ratios[i], t/c)
					}
				}
			}
			b.ReportMetric(median(base), "c-loop-ns")
			for i, v := range variants[1:] {
				b.ReportMetric(median(ratios[i+1]), v.name+"-x-c-loop")
			}
		})
	}
}

// floorRounds and floorSample set BenchmarkFloor's length: about
// floorRounds × 4 × floorSample per size.
const (
	floorRounds = 15
	floorSample = 20 * time.Millisecond
)

// calibrate returns how many transforms take about floorSample.
func calibrate(run func(k int)) int {
	k := 1
	for {
		t0 := time.Now()
		run(k)
		if d := time.Since(t0); d >= floorSample/4 || k >= 1<<30 {
			return max(1, int(float64(k)*float64(floorSample)/float64(max(d, 1))))
		}
		k *= 2
	}
}

// perCall returns the time per transform of run(k), in ns.
func perCall(run func(k int), k int) float64 {
	t0 := time.Now()
	run(k)
	return float64(time.Since(t0).Nanoseconds()) / float64(k)
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
