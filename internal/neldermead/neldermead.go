// Package neldermead is the downhill simplex method of Nelder and Mead
// (1965) as scipy.optimize.fmin and scipy.optimize.minimize(method=
// "Nelder-Mead") run it: the same initial simplex (5% steps, 0.00025 for
// zero coordinates), the same reflection, expansion, contraction and shrink
// coefficients (or Gao and Han's adaptive ones), the same order of function
// evaluations and the same stopping tests, so that a deterministic
// objective follows SciPy's path step for step up to rounding.
//
// It is internal so that scipy/stats (rv_continuous.fit) and a later
// scipy/optimize share one implementation.
package neldermead

import (
	"context"
	"errors"
	"math"
	"sort"
)

// Options are the settings of Minimize; the zero value of each field is
// SciPy's default.
type Options struct {
	// XTol is the absolute tolerance on the simplex's spread in every
	// coordinate (SciPy's xatol / fmin's xtol); 0 means 1e-4.
	XTol float64
	// FTol is the absolute tolerance on the spread of the function values
	// (fatol / ftol); 0 means 1e-4.
	FTol float64
	// MaxIter bounds the iterations and MaxFev the function evaluations;
	// 0 means 200·N for both when both are 0, and unbounded for the one
	// left 0 when the other is set (SciPy's rule).
	MaxIter, MaxFev int
	// Adaptive uses the dimension-dependent coefficients of Gao and Han
	// (2012) instead of (1, 2, 0.5, 0.5).
	Adaptive bool
	// InitialSimplex, if not nil, is the N+1 starting vertices (each of
	// length N) instead of the simplex built around x0.
	InitialSimplex [][]float64
}

// Status values of Result, SciPy's warnflag.
const (
	Success = 0 // converged within XTol and FTol
	MaxFev  = 1 // stopped at MaxFev function evaluations
	MaxIter = 2 // stopped at MaxIter iterations
)

// Result is the outcome of Minimize, with scipy.optimize.OptimizeResult's
// fields.
type Result struct {
	X       []float64 // best vertex
	Fun     float64   // f(X)
	NIt     int       // iterations
	NFev    int       // function evaluations
	Status  int       // Success, MaxFev or MaxIter
	Success bool      // Status == Success
	Message string    // SciPy's status message
}

// ErrInput reports an unusable x0 or InitialSimplex.
var ErrInput = errors.New("neldermead: invalid input")

// errMaxFev stops the iteration when the evaluation budget is spent, as
// SciPy's _MaxFuncCallError does.
var errMaxFev = errors.New("max fev")

// Minimize minimizes f starting from x0 (length N ≥ 1), which it does not
// modify; f receives a fresh copy of each point. It returns ctx.Err() if
// ctx is cancelled (checked once per iteration), ErrInput for an empty x0 or
// a malformed initial simplex. Non-convergence is reported in
// Result.Status, not as an error, as SciPy does.
func Minimize(ctx context.Context, f func(x []float64) float64, x0 []float64, opts *Options) (Result, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if ctx == nil {
		ctx = context.Background()
	}
	xtol, ftol := o.XTol, o.FTol
	if xtol == 0 {
		xtol = 1e-4
	}
	if ftol == 0 {
		ftol = 1e-4
	}
	n := len(x0)
	if n == 0 {
		return Result{}, ErrInput
	}
	rho, chi, psi, sigma := 1.0, 2.0, 0.5, 0.5
	if o.Adaptive {
		dim := float64(n)
		chi = 1 + 2/dim
		psi = 0.75 - 1/(2*dim)
		sigma = 1 - 1/dim
	}

	sim := make([][]float64, n+1)
	if o.InitialSimplex != nil {
		if len(o.InitialSimplex) != n+1 {
			return Result{}, ErrInput
		}
		for k, v := range o.InitialSimplex {
			if len(v) != n {
				return Result{}, ErrInput
			}
			sim[k] = append([]float64(nil), v...)
		}
	} else {
		sim[0] = append([]float64(nil), x0...)
		for k := 0; k < n; k++ {
			y := append([]float64(nil), x0...)
			if y[k] != 0 {
				y[k] *= 1.05
			} else {
				y[k] = 0.00025
			}
			sim[k+1] = y
		}
	}

	maxIter, maxFev := o.MaxIter, o.MaxFev
	switch {
	case maxIter <= 0 && maxFev <= 0:
		maxIter, maxFev = 200*n, 200*n
	case maxIter <= 0:
		maxIter = math.MaxInt
	case maxFev <= 0:
		maxFev = math.MaxInt
	}

	nfev := 0
	buf := make([]float64, n)
	eval := func(x []float64) (float64, error) {
		if nfev >= maxFev {
			return 0, errMaxFev
		}
		nfev++
		copy(buf, x)
		return f(buf), nil
	}

	fsim := make([]float64, n+1)
	for k := range fsim {
		fsim[k] = math.Inf(1)
	}
	for k := 0; k <= n; k++ {
		v, err := eval(sim[k])
		if err != nil {
			break
		}
		fsim[k] = v
	}
	order(sim, fsim)

	xbar := make([]float64, n)
	point := func(a, b float64) []float64 { // a·xbar + b·sim[n]
		p := make([]float64, n)
		for j := range p {
			p[j] = a*xbar[j] + b*sim[n][j]
		}
		return p
	}
	iterations := 1
	for nfev < maxFev && iterations < maxIter {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		if converged(sim, fsim, xtol, ftol) {
			break
		}
		err := func() error {
			for j := range xbar {
				s := 0.0
				for k := 0; k < n; k++ {
					s += sim[k][j]
				}
				xbar[j] = s / float64(n)
			}
			xr := point(1+rho, -rho)
			fxr, err := eval(xr)
			if err != nil {
				return err
			}
			if fxr < fsim[0] {
				xe := point(1+rho*chi, -rho*chi)
				fxe, err := eval(xe)
				if err != nil {
					return err
				}
				if fxe < fxr {
					sim[n], fsim[n] = xe, fxe
				} else {
					sim[n], fsim[n] = xr, fxr
				}
				return nil
			}
			if fxr < fsim[n-1] {
				sim[n], fsim[n] = xr, fxr
				return nil
			}
			shrink := false
			if fxr < fsim[n] {
				xc := point(1+psi*rho, -psi*rho)
				fxc, err := eval(xc)
				if err != nil {
					return err
				}
				if fxc <= fxr {
					sim[n], fsim[n] = xc, fxc
				} else {
					shrink = true
				}
			} else {
				xcc := point(1-psi, psi)
				fxcc, err := eval(xcc)
				if err != nil {
					return err
				}
				if fxcc < fsim[n] {
					sim[n], fsim[n] = xcc, fxcc
				} else {
					shrink = true
				}
			}
			if shrink {
				for k := 1; k <= n; k++ {
					for j := range sim[k] {
						sim[k][j] = sim[0][j] + sigma*(sim[k][j]-sim[0][j])
					}
					v, err := eval(sim[k])
					if err != nil {
						return err
					}
					fsim[k] = v
				}
			}
			return nil
		}()
		if err == nil {
			iterations++
		}
		order(sim, fsim)
	}

	best := 0
	for k := range fsim {
		if less(fsim[k], fsim[best]) {
			best = k
		}
	}
	r := Result{X: append([]float64(nil), sim[0]...), Fun: fsim[best], NIt: iterations, NFev: nfev}
	switch {
	case nfev >= maxFev:
		r.Status, r.Message = MaxFev, "Maximum number of function evaluations has been exceeded."
	case iterations >= maxIter:
		r.Status, r.Message = MaxIter, "Maximum number of iterations has been exceeded."
	default:
		r.Success, r.Message = true, "Optimization terminated successfully."
	}
	return r, nil
}

// less orders function values as NumPy's sort does: NaN after everything.
func less(a, b float64) bool {
	if math.IsNaN(b) {
		return !math.IsNaN(a)
	}
	return a < b
}

// order sorts the vertices by function value, stably (NumPy's argsort of
// at most 16 values is an insertion sort, which is stable).
func order(sim [][]float64, fsim []float64) {
	idx := make([]int, len(fsim))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return less(fsim[idx[i]], fsim[idx[j]]) })
	s2 := make([][]float64, len(sim))
	f2 := make([]float64, len(fsim))
	for i, k := range idx {
		s2[i], f2[i] = sim[k], fsim[k]
	}
	copy(sim, s2)
	copy(fsim, f2)
}

// converged is SciPy's test: every coordinate of every vertex within xtol
// of the best one and every function value within ftol of the best (a NaN
// or infinite spread is not convergence).
func converged(sim [][]float64, fsim []float64, xtol, ftol float64) bool {
	for k := 1; k < len(sim); k++ {
		for j := range sim[k] {
			if !(math.Abs(sim[k][j]-sim[0][j]) <= xtol) {
				return false
			}
		}
		if !(math.Abs(fsim[0]-fsim[k]) <= ftol) {
			return false
		}
	}
	return true
}
