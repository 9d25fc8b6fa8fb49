package lapacke

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// TestConcurrentMixedRoutines calls a mix of routines from many goroutines at
// once, with GOMAXPROCS raised above the number of cores so that goroutines
// enter C from more OS threads than there are cores, and compares every
// result with gonum's pure-Go result for the same input. It is the test the
// Makefile's -race run selects; it checks that Implementation shares no
// state between calls (the race detector sees the Go side, the comparison
// the C side), exercises the nativecall semaphore under contention, and
// checks that LAPACK's results do not depend on what other threads do.
func TestConcurrentMixedRoutines(t *testing.T) {
	const (
		goroutines = 24
		iterations = 12
	)
	old := runtime.GOMAXPROCS(4 * runtime.NumCPU())
	defer runtime.GOMAXPROCS(old)

	tasks := concurrentTasks()
	want := make([][]float64, len(tasks))
	for i, task := range tasks {
		want[i] = task.run(gonum.Implementation{})
	}

	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rnd := rand.New(rand.NewPCG(uint64(g), 5))
			for range iterations {
				i := rnd.IntN(len(tasks))
				got := tasks[i].run(Implementation{})
				if j, diff := maxRelDiff(got, want[i]); len(got) != len(want[i]) || diff > 1e-9 {
					t.Errorf("goroutine %d, %s: output %d differs from gonum by %.3g", g, tasks[i].name, j, diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// concurrentTask is a self-contained computation whose outputs are unique, so
// any two correct implementations agree on them to rounding.
type concurrentTask struct {
	name string
	run  func(impl full) []float64
}

func concurrentTasks() []concurrentTask {
	rnd := rand.New(rand.NewPCG(11, 13))
	var tasks []concurrentTask
	for _, n := range []int{5, 17, 40} {
		ld := n + 2
		a := randMat(rnd, n, n, ld)
		spd := symMat(rnd, n, ld)
		for i := 0; i < n; i++ {
			spd[i*ld+i] += 2 * float64(n)
		}
		b := randMat(rnd, n, 3, 3)
		tasks = append(tasks,
			concurrentTask{fmt.Sprintf("Dgesv/%d", n), func(impl full) []float64 {
				a, b := slices.Clone(a), slices.Clone(b)
				impl.Dgesv(n, 3, a, ld, make([]int, n), b, 3)
				return b
			}},
			concurrentTask{fmt.Sprintf("Dpotrf+Dpotrs/%d", n), func(impl full) []float64 {
				a, b := slices.Clone(spd), slices.Clone(b)
				if !impl.Dpotrf(blas.Upper, n, a, ld) {
					panic("not positive definite")
				}
				impl.Dpotrs(blas.Upper, n, 3, a, ld, b, 3)
				return b
			}},
			concurrentTask{fmt.Sprintf("Dgeqrf/%d", n), func(impl full) []float64 {
				a, tau := slices.Clone(a), make([]float64, n)
				work := make([]float64, 1)
				impl.Dgeqrf(n, n, a, ld, tau, work, -1)
				work = make([]float64, int(work[0]))
				impl.Dgeqrf(n, n, a, ld, tau, work, len(work))
				return slices.Concat(a, tau)
			}},
			concurrentTask{fmt.Sprintf("Dsyev/%d", n), func(impl full) []float64 {
				a, w := slices.Clone(spd), make([]float64, n)
				work := make([]float64, 3*n)
				impl.Dsyev(lapack.EVNone, blas.Lower, n, a, ld, w, work, len(work))
				return w
			}},
			concurrentTask{fmt.Sprintf("Dgesvd/%d", n), func(impl full) []float64 {
				a, s := slices.Clone(a), make([]float64, n)
				work := make([]float64, 1)
				impl.Dgesvd(lapack.SVDNone, lapack.SVDNone, n, n, a, ld, s, nil, 1, nil, 1, work, -1)
				work = make([]float64, int(work[0]))
				impl.Dgesvd(lapack.SVDNone, lapack.SVDNone, n, n, a, ld, s, nil, 1, nil, 1, work, len(work))
				return s
			}},
			concurrentTask{fmt.Sprintf("Dlange+Dtrcon/%d", n), func(impl full) []float64 {
				work := make([]float64, 3*n)
				norm := impl.Dlange(lapack.MaxColumnSum, n, n, a, ld, work)
				rcond := impl.Dtrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, n, spd, ld, work, make([]int, n))
				return []float64{norm, rcond}
			}},
		)
	}
	return tasks
}
