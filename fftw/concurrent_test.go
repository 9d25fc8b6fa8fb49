package fftw

import (
	"errors"
	"fmt"
	"math/cmplx"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// job is one shared plan with an input and its reference output; run
// executes it on fresh buffers and returns the relative error.
type job struct {
	name  string
	tol   float64
	run   func() (float64, error)
	close func() error
}

// newJobs makes shared plans of several kinds, sizes and both precisions.
func newJobs(t *testing.T) []job {
	t.Helper()
	var jobs []job
	rnd := rand.New(rand.NewPCG(20, 1))
	addDFT := func(dims, hm []Dim) {
		p, err := NewPlanDFT(dims, hm, Forward, nil)
		if err != nil {
			t.Fatal(err)
		}
		x := randComplex(rnd, p.MinInLen())
		want := make([]complex128, p.MinOutLen())
		refDFT(dims, hm, Forward, x, want)
		jobs = append(jobs, job{fmt.Sprintf("c2c %v", dims), lib64.tol, func() (float64, error) {
			out := MakeAligned[complex128](len(want))
			err := p.Execute(narrowC[complex128](x), out)
			return relErr(out, want, nil), err
		}, p.Close})
	}
	addDFT32 := func(dims []Dim) {
		p, err := NewPlanDFT32(dims, nil, Backward, nil)
		if err != nil {
			t.Fatal(err)
		}
		x := roundC[complex64](randComplex(rnd, p.MinInLen()))
		want := make([]complex128, p.MinOutLen())
		refDFT(dims, nil, Backward, x, want)
		jobs = append(jobs, job{fmt.Sprintf("c2c32 %v", dims), lib32.tol, func() (float64, error) {
			out := MakeAligned[complex64](len(want))
			err := p.Execute(narrowC[complex64](x), out)
			return relErr(widenC(out), want, nil), err
		}, p.Close})
	}
	addR2C := func(dims []Dim) {
		p, err := NewPlanR2C(dims, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		x := randReal(rnd, p.MinInLen())
		want := make([]complex128, p.MinOutLen())
		refR2C(dims, nil, x, want)
		jobs = append(jobs, job{fmt.Sprintf("r2c %v", dims), lib64.tol, func() (float64, error) {
			out := MakeAligned[complex128](len(want))
			err := p.Execute(narrowR[float64](x), out)
			return relErr(out, want, nil), err
		}, p.Close})
	}
	addR2R32 := func(n int, k R2RKind) {
		dims := []Dim{{n, 1, 1}}
		p, err := NewPlanR2R32(dims, nil, []R2RKind{k}, nil)
		if err != nil {
			t.Fatal(err)
		}
		x := roundR[float32](randReal(rnd, n))
		want := make([]float64, n)
		refR2R(dims, nil, []R2RKind{k}, x, want)
		jobs = append(jobs, job{fmt.Sprintf("r2r32 %v n=%d", k, n), lib32.tol, func() (float64, error) {
			out := MakeAligned[float32](n)
			err := p.Execute(narrowR[float32](x), out)
			return relErr(toComplex(widenR(out)), toComplex(want), nil), err
		}, p.Close})
	}
	addDFT([]Dim{{64, 1, 1}}, nil)
	addDFT([]Dim{{1009, 1, 1}}, nil)
	addDFT([]Dim{{12, 1, 1}}, []Dim{{10, 12, 12}})
	addDFT32([]Dim{{128, 1, 1}})
	addR2C([]Dim{{16, 16, 9}, {16, 1, 1}})
	addR2R32(33, REDFT10)
	return jobs
}

// TestConcurrentExecuteAndPlan runs 16 goroutines executing shared plans
// while 4 others make, execute and destroy plans and use wisdom, so that
// executions overlap planning, destruction and the planner lock. Every
// result is checked against the reference. Run it with -race.
func TestConcurrentExecuteAndPlan(t *testing.T) {
	jobs := newJobs(t)
	defer func() {
		for _, j := range jobs {
			j.close()
		}
	}()
	iters := 60
	if testing.Short() {
		iters = 20
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	report := func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	for g := range 16 {
		wg.Go(func() {
			for i := range iters {
				j := jobs[(g+i)%len(jobs)]
				e, err := j.run()
				if err != nil {
					report(fmt.Errorf("%s: %v", j.name, err))
					return
				}
				if !(e <= j.tol) {
					report(fmt.Errorf("%s: relative error %.3g", j.name, e))
					return
				}
			}
		})
	}
	for g := range 4 {
		wg.Go(func() {
			for i := range iters {
				n := 5 + (g*7+i)%40
				var err error
				switch i % 4 {
				case 0:
					dims := []Dim{{n, 1, 1}}
					var p *PlanDFT
					if p, err = NewPlanDFT(dims, nil, Forward, nil); err == nil {
						x := MakeAligned[complex128](n)
						x[0] = 1 // the DFT of a unit impulse is all ones
						out := MakeAligned[complex128](n)
						if err = p.Execute(x, out); err == nil {
							for _, v := range out {
								if cmplx.Abs(v-1) > 1e-12 {
									err = fmt.Errorf("c2c n=%d of an impulse: %v", n, out)
									break
								}
							}
						}
						p.Close()
					}
				case 1:
					var p *PlanR2R32
					if p, err = NewPlanR2R32([]Dim{{n, 1, 1}}, []Dim{{2, n, n}}, []R2RKind{allKinds[i%8]}, nil); err == nil {
						err = p.Execute(MakeAligned[float32](2*n), MakeAligned[float32](2*n))
						p.Close()
					}
				case 2:
					if g == 0 {
						err = ImportWisdom(ExportWisdom())
					} else {
						_ = LibraryInfo()
						_ = ExportWisdom32()
					}
				case 3:
					var p *PlanC2R
					if p, err = NewPlanC2R([]Dim{{n, 1, 1}}, nil, &PlanOptions{Threads: 2}); err == nil {
						_ = p.String()
						err = p.Execute(MakeAligned[complex128](n/2+1), MakeAligned[float64](n))
						p.Close()
					}
				}
				if err != nil {
					report(err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestConcurrentCloseDuringExecute closes a plan while 8 goroutines execute
// it in a loop. Executions that started before Close must finish with a
// correct result, later ones must return ErrClosed, and the FFTW plan must
// be destroyed exactly once, by whoever is last.
func TestConcurrentCloseDuringExecute(t *testing.T) {
	for round := range 5 {
		before := LivePlans()
		const n = 1 << 12
		dims := []Dim{{n, 1, 1}}
		p, err := NewPlanDFT(dims, nil, Forward, nil)
		if err != nil {
			t.Fatal(err)
		}
		x := MakeAligned[complex128](n)
		for i := range x {
			x[i] = 1 // the DFT of all ones is n·δ
		}
		var started, ok, closed atomic.Int64
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				out := MakeAligned[complex128](n)
				for {
					started.Add(1)
					err := p.Execute(x, out)
					if errors.Is(err, ErrClosed) {
						closed.Add(1)
						return
					}
					if err != nil {
						t.Error(err)
						return
					}
					if cmplx.Abs(out[0]-n) > 1e-9 || cmplx.Abs(out[1]) > 1e-9 || cmplx.Abs(out[n-1]) > 1e-9 {
						t.Errorf("round %d: DFT of ones: out[0], out[1] = %v, %v", round, out[0], out[1])
						return
					}
					ok.Add(1)
				}
			})
		}
		for started.Load() < int64(50*(round+1)) {
			runtime.Gosched() // let executions get going before closing
		}
		p.Close()
		wg.Wait()
		if closed.Load() != 8 {
			t.Errorf("round %d: %d goroutines saw ErrClosed, want 8", round, closed.Load())
		}
		if LivePlans() != before {
			t.Errorf("round %d: LivePlans = %d after Close and drain, want %d", round, LivePlans(), before)
		}
		t.Logf("round %d: %d executions before Close", round, ok.Load())
	}
}
