package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/cblas128"
	"gonum.org/v1/gonum/blas/cblas64"
	"gonum.org/v1/gonum/blas/gonum"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/lapacke"
)

// runDemo prints Info, then times the same gonum mat operations first on
// gonum's pure Go BLAS/LAPACK and then after cblas.Use and lapacke.Use, and
// prints both times, the speed-up and how far the two results differ.
func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("demo", stderr)
	reps := fs.Int("reps", 3, "time each operation `n` times and keep the fastest")
	sizesFlag := fs.String("sizes", "512,1024", "comma-separated matrix `orders` for Mul and Solve; SVD uses the smallest")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	sizes, err := parseSizes(*sizesFlag)
	if err != nil || *reps < 1 {
		if err == nil {
			err = fmt.Errorf("-reps must be at least 1, got %d", *reps)
		}
		fmt.Fprintf(stderr, "goscipy demo: %v\n", err)
		fs.Usage()
		return exitUsage
	}

	printInfo(stdout)
	fmt.Fprintln(stdout)
	ops := demoOps(sizes)
	// Both runs start from gonum's defaults; the deferred call restores them
	// so that the process is left as it was found.
	defer usePureGo()

	usePureGo()
	pure := make([]result, len(ops))
	for i, op := range ops {
		pure[i] = measure(op, *reps)
	}
	cblas.Use()
	lapacke.Use()
	native := make([]result, len(ops))
	for i, op := range ops {
		native[i] = measure(op, *reps)
	}

	fmt.Fprintf(stdout, "gonum mat, fastest of %d runs (native: %s, threads: %d)\n", *reps, cblas.Info().Vendor, cblas.Threads())
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "operation\tpure Go\tnative\tspeed-up\tmax rel. diff\t")
	for i, op := range ops {
		p, n := pure[i], native[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f×\t%.1e\t\n", op.name, ms(p.time), ms(n.time),
			p.time.Seconds()/n.time.Seconds(), relDiff(p.values, n.values))
	}
	tw.Flush()
	return exitOK
}

// parseSizes reads "512,1024" into positive matrix orders.
func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("-sizes: %q is not a positive matrix order", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// usePureGo installs gonum's own implementations, gonum's defaults.
func usePureGo() {
	blas64.Use(gonum.Implementation{})
	blas32.Use(gonum.Implementation{})
	cblas128.Use(gonum.Implementation{})
	cblas64.Use(gonum.Implementation{})
	lapack64.Use(gonumlapack.Implementation{})
}

// demoOp is one timed operation; run returns the numbers it computed so
// that the pure-Go and native results can be compared.
type demoOp struct {
	name string
	run  func() []float64
}

type result struct {
	time   time.Duration
	values []float64
}

// demoOps builds the workload: Dense.Mul and Dense.Solve (LU) at every
// size, and a thin SVD at the smallest, all on fixed random matrices.
func demoOps(sizes []int) []demoOp {
	rnd := rand.New(rand.NewPCG(1, 1))
	random := func(r, c int) *mat.Dense {
		d := make([]float64, r*c)
		for i := range d {
			d[i] = rnd.NormFloat64()
		}
		return mat.NewDense(r, c, d)
	}
	var ops []demoOp
	for _, n := range sizes {
		a, b, rhs := random(n, n), random(n, n), random(n, 1)
		ops = append(ops, demoOp{fmt.Sprintf("Dense.Mul %d×%d", n, n), func() []float64 {
			var c mat.Dense
			c.Mul(a, b)
			return c.RawMatrix().Data
		}})
		ops = append(ops, demoOp{fmt.Sprintf("Dense.Solve %d×%d", n, n), func() []float64 {
			var x mat.Dense
			if err := x.Solve(a, rhs); err != nil {
				panic(err) // a Gaussian random matrix is nonsingular with probability 1
			}
			return x.RawMatrix().Data
		}})
	}
	n := sizes[0]
	for _, s := range sizes {
		n = min(n, s)
	}
	a := random(n, n)
	ops = append(ops, demoOp{fmt.Sprintf("SVD %d×%d (thin, with vectors)", n, n), func() []float64 {
		var svd mat.SVD
		if !svd.Factorize(a, mat.SVDThin) {
			panic("SVD did not converge")
		}
		return svd.Values(nil)
	}})
	return ops
}

// measure runs op reps times and keeps the fastest time and the last result.
func measure(op demoOp, reps int) result {
	var r result
	for i := range reps {
		start := time.Now()
		v := op.run()
		d := time.Since(start)
		if i == 0 || d < r.time {
			r.time = d
		}
		r.values = v
	}
	return r
}

// relDiff is max|a-b| / max|a|: how far the native result is from the pure
// Go one, relative to the result's scale.
func relDiff(a, b []float64) float64 {
	var diff, scale float64
	for i := range a {
		diff = max(diff, math.Abs(a[i]-b[i]))
		scale = max(scale, math.Abs(a[i]))
	}
	if scale == 0 {
		return diff
	}
	return diff / scale
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}
