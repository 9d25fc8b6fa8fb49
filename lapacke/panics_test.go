package lapacke

import (
	"fmt"
	"maps"
	"math"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// The panic tests give every method a small valid call, check that gonum's
// pure-Go implementation and this one both accept it, and then mutate one
// argument at a time (negative and off-by-one sizes, short and nil slices,
// invalid flag bytes, out-of-range index values, NaN scalars). For each
// mutation gonum's behaviour is the oracle:
//
//   - gonum panics with a string: this package must panic with the same
//     string, before calling C;
//   - gonum panics with a runtime error (an index out of range it does not
//     check for): this package must panic too, with any value, and must not
//     have handed the bad argument to C;
//   - gonum does not panic: neither may this package, unless the case is
//     listed in knownDifferences with the reason.
//
// The whole run is wrapped in checkNoDiagnostics, so an argument LAPACKE or
// LAPACK complains about fails the test even if no panic resulted.

// panicCall is one method call: the method name and its arguments.
type panicCall struct {
	method string
	args   []any
}

// knownDifferences lists mutations ("Method/argument index/mutation") that
// panic here but not in gonum, each deliberately.
var knownDifferences = map[string]string{
	// gonum's Dlapmr treats k[i] == -1 or -2 as "already in place" and
	// returns garbage; LAPACK's dlapmt would index k out of bounds.
	"Dlapmr/5/elem[0]=-2": "k checked", "Dlapmr/5/elem[0]=-1": "k checked",
	"Dlapmr/5/elem[3]=-2": "k checked", "Dlapmr/5/elem[3]=-1": "k checked",
}

// gonumOnlyPanics lists mutations where gonum panics with a runtime error and
// this package, correctly, does not.
var gonumOnlyPanics = map[string]string{
	// gonum's Dgesvd workspace query slices a; LAPACK's never reads it.
	"Dgesvd/4/nil/query": "query ignores a",
}

// lworkArg is the index of the lwork argument of the methods that take one;
// every mutation of their calls is also tried as a workspace query.
var lworkArg = map[string]int{
	"Dgeev": 12, "Dgels": 9, "Dgelqf": 6, "Dgeqp3": 7, "Dgeqrf": 6, "Dgesvd": 12,
	"Dgetri": 5, "Dggsvd3": 19, "Dorgqr": 7, "Dorglq": 7, "Dormqr": 11, "Dormlq": 11,
	"Dsyev": 7, "Dgehrd": 7, "Dgerqf": 6, "Dorghr": 7, "Dsytrd": 8, "Dorgtr": 6,
}

// mat returns an r×c row-major matrix with leading dimension ld and the
// minimum length gonum accepts, diagonally dominant so that factorizations of
// the square ones succeed.
func mat(r, c, ld int) []float64 {
	if r == 0 || c == 0 {
		return nil
	}
	a := make([]float64, (r-1)*ld+c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			a[i*ld+j] = 1 / float64(1+i+j)
			if i == j {
				a[i*ld+j] += 4
			}
		}
	}
	return a
}

func vec(n int, v float64) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// band returns an n×n symmetric positive definite band matrix with kd
// off-diagonals in gonum's band storage (any uplo) with ldab = kd+1.
func band(n, kd int) []float64 {
	ab := make([]float64, (n-1)*(kd+1)+kd+1)
	for i := range ab {
		ab[i] = 0.5
	}
	for i := 0; i < n; i++ {
		ab[i*(kd+1)] = 4 // Upper: diagonal first in each row.
		ab[i*(kd+1)+kd] = 4
	}
	return ab
}

// panicCalls returns a valid call of every method covered here.
func panicCalls() []panicCall {
	const m, n, p, nrhs = 4, 3, 2, 2
	U, N, T := blas.Upper, blas.NoTrans, blas.NonUnit
	return []panicCall{
		{"Dgecon", []any{lapack.MaxColumnSum, n, mat(n, n, n), n, 1.0, vec(4*n, 0), make([]int, n)}},
		{"Dgeev", []any{lapack.LeftEVCompute, lapack.RightEVCompute, n, mat(n, n, n), n, vec(n, 0), vec(n, 0), mat(n, n, n), n, mat(n, n, n), n, vec(4*n, 0), 4 * n}},
		{"Dgeev", []any{lapack.LeftEVNone, lapack.RightEVNone, n, mat(n, n, n), n, vec(n, 0), vec(n, 0), []float64(nil), 1, []float64(nil), 1, vec(3*n, 0), 3 * n}},
		{"Dgels", []any{N, m, n, nrhs, mat(m, n, n), n, mat(m, nrhs, nrhs), nrhs, vec(n+n, 0), n + n}},
		{"Dgelqf", []any{n, m, mat(n, m, m), m, vec(n, 0), vec(n, 0), n}},
		{"Dgeqp3", []any{m, n, mat(m, n, n), n, []int{-1, 0, -1}, vec(n, 0), vec(3*n+1, 0), 3*n + 1}},
		{"Dgeqrf", []any{m, n, mat(m, n, n), n, vec(n, 0), vec(n, 0), n}},
		{"Dgesvd", []any{lapack.SVDAll, lapack.SVDAll, m, n, mat(m, n, n), n, vec(n, 0), mat(m, m, m), m, mat(n, n, n), n, vec(15, 0), 15}},
		{"Dgesvd", []any{lapack.SVDStore, lapack.SVDNone, n, m, mat(n, m, m), m, vec(n, 0), mat(n, n, n), n, []float64(nil), 1, vec(15, 0), 15}},
		{"Dgetrf", []any{m, n, mat(m, n, n), n, make([]int, n)}},
		{"Dgetri", []any{n, mat(n, n, n), n, []int{0, 1, 2}, vec(n, 0), n}},
		{"Dgetrs", []any{N, n, nrhs, mat(n, n, n), n, []int{2, 1, 2}, mat(n, nrhs, nrhs), nrhs}},
		{"Dggsvd3", []any{lapack.GSVDU, lapack.GSVDV, lapack.GSVDQ, m, n, p, mat(m, n, n), n, mat(p, n, n), n, vec(n, 0), vec(n, 0), mat(m, m, m), m, mat(p, p, p), p, mat(n, n, n), n, vec(ggsvd3MinWork(m, n, p), 0), ggsvd3MinWork(m, n, p), make([]int, n)}},
		{"Dggsvd3", []any{lapack.GSVDNone, lapack.GSVDNone, lapack.GSVDNone, m, n, p, mat(m, n, n), n, mat(p, n, n), n, vec(n, 0), vec(n, 0), []float64(nil), 1, []float64(nil), 1, []float64(nil), 1, vec(ggsvd3MinWork(m, n, p), 0), ggsvd3MinWork(m, n, p), make([]int, n)}},
		{"Dlange", []any{lapack.MaxColumnSum, m, n, mat(m, n, n), n, vec(n, 0)}},
		{"Dlansy", []any{lapack.MaxRowSum, U, n, mat(n, n, n), n, vec(n, 0)}},
		{"Dlantr", []any{lapack.MaxColumnSum, U, T, m, n, mat(m, n, n), n, vec(n, 0)}},
		{"Dlapmr", []any{true, m, n, mat(m, n, n), n, []int{1, 0, 3, 2}}},
		{"Dlapmt", []any{false, m, n, mat(m, n, n), n, []int{2, 0, 1}}},
		{"Dorgqr", []any{m, n, 2, mat(m, n, n), n, vec(2, 0.5), vec(n, 0), n}},
		{"Dorglq", []any{n, m, 2, mat(n, m, m), m, vec(2, 0.5), vec(n, 0), n}},
		{"Dormqr", []any{blas.Left, N, m, n, 2, mat(m, 2, 2), 2, vec(2, 0.5), mat(m, n, n), n, vec(n, 0), n}},
		{"Dormqr", []any{blas.Right, blas.Trans, m, n, 2, mat(n, 2, 2), 2, vec(2, 0.5), mat(m, n, n), n, vec(m, 0), m}},
		{"Dormlq", []any{blas.Left, N, m, n, 2, mat(2, m, m), m, vec(2, 0.5), mat(m, n, n), n, vec(n, 0), n}},
		{"Dormlq", []any{blas.Right, blas.Trans, m, n, 2, mat(2, n, n), n, vec(2, 0.5), mat(m, n, n), n, vec(m, 0), m}},
		{"Dpbcon", []any{U, m, 1, band(m, 1), 2, 1.0, vec(3*m, 0), make([]int, m)}},
		{"Dpbtrf", []any{blas.Lower, m, 1, band(m, 1), 2}},
		{"Dpbtrs", []any{U, m, 1, nrhs, band(m, 1), 2, mat(m, nrhs, nrhs), nrhs}},
		{"Dpocon", []any{U, n, mat(n, n, n), n, 1.0, vec(3*n, 0), make([]int, n)}},
		{"Dpotrf", []any{U, n, mat(n, n, n), n}},
		{"Dpotri", []any{blas.Lower, n, mat(n, n, n), n}},
		{"Dpotrs", []any{U, n, nrhs, mat(n, n, n), n, mat(n, nrhs, nrhs), nrhs}},
		{"Dpstrf", []any{U, n, mat(n, n, n), n, make([]int, n), -1.0, vec(2*n, 0)}},
		{"Dsyev", []any{lapack.EVCompute, U, n, mat(n, n, n), n, vec(n, 0), vec(3*n-1, 0), 3*n - 1}},
		{"Dtbtrs", []any{U, N, T, m, 1, nrhs, band(m, 1), 2, mat(m, nrhs, nrhs), nrhs}},
		{"Dtrcon", []any{lapack.MaxRowSum, U, T, n, mat(n, n, n), n, vec(3*n, 0), make([]int, n)}},
		{"Dtrtri", []any{U, T, n, mat(n, n, n), n}},
		{"Dtrtrs", []any{blas.Lower, blas.Trans, blas.Unit, n, nrhs, mat(n, n, n), n, mat(n, nrhs, nrhs), nrhs}},

		{"Dgehrd", []any{m, 0, m - 1, mat(m, m, m), m, vec(m-1, 0), vec(m, 0), m}},
		{"Dgelq2", []any{n, m, mat(n, m, m), m, vec(n, 0), vec(n, 0)}},
		{"Dgeqr2", []any{m, n, mat(m, n, n), n, vec(n, 0), vec(n, 0)}},
		{"Dgerqf", []any{n, m, mat(n, m, m), m, vec(n, 0), vec(n, 0), n}},
		{"Dgesv", []any{n, nrhs, mat(n, n, n), n, make([]int, n), mat(n, nrhs, nrhs), nrhs}},
		{"Dgetf2", []any{m, n, mat(m, n, n), n, make([]int, n)}},
		{"Dgtsv", []any{m, nrhs, vec(m-1, 1), vec(m, 4), vec(m-1, 1), mat(m, nrhs, nrhs), nrhs}},
		{"Dlauum", []any{U, n, mat(n, n, n), n}},
		{"Dorghr", []any{m, 0, m - 1, mat(m, m, m), m, vec(m-1, 0.5), vec(m-1, 0), m - 1}},
		{"Dptcon", []any{m, vec(m, 4), vec(m-1, 1), 1.0, vec(m, 0)}},
		{"Dptsv", []any{m, nrhs, vec(m, 4), vec(m-1, 1), mat(m, nrhs, nrhs), nrhs}},
		{"Dpttrf", []any{m, vec(m, 4), vec(m-1, 1)}},
		{"Dpttrs", []any{m, nrhs, vec(m, 4), vec(m-1, 1), mat(m, nrhs, nrhs), nrhs}},
		{"Dsytrd", []any{U, n, mat(n, n, n), n, vec(n, 0), vec(n-1, 0), vec(n-1, 0), vec(1, 0), 1}},
		{"Dsytrd", []any{blas.Lower, n, mat(n, n, n), n, vec(n, 0), vec(n-1, 0), vec(n-1, 0), vec(1, 0), 1}},
		{"Dorgtr", []any{U, n, mat(n, n, n), n, vec(n-1, 0.5), vec(n-1, 0), n - 1}},
		{"Dsteqr", []any{lapack.EVOrig, m, vec(m, 4), vec(m-1, 1), mat(m, m, m), m, vec(2*m-2, 0)}},
		{"Dsteqr", []any{lapack.EVTridiag, m, vec(m, 4), vec(m-1, 1), mat(m, m, m), m, vec(2*m-2, 0)}},
		{"Dsteqr", []any{lapack.EVCompNone, m, vec(m, 4), vec(m-1, 1), []float64(nil), 1, []float64(nil)}},
		{"Dsterf", []any{m, vec(m, 4), vec(m-1, 1)}},
	}
}

// extraMethods are the methods beyond lapack.Float64 that this part of the
// package provides (drivers in driver_*.go are tested by their own files).
var extraMethods = []string{
	"Dgehrd", "Dgelq2", "Dgeqr2", "Dgerqf", "Dgesv", "Dgetf2", "Dgtsv",
	"Dlauum", "Dorghr", "Dorgtr", "Dptcon", "Dptsv", "Dpttrf", "Dpttrs",
	"Dsteqr", "Dsterf", "Dsytrd",
}

// coveredMethods returns the names every test of this part must cover: the
// lapack.Float64 interface and extraMethods.
func coveredMethods(t *testing.T) []string {
	var names []string
	it := reflect.TypeFor[lapack.Float64]()
	for i := range it.NumMethod() {
		names = append(names, it.Method(i).Name)
	}
	if len(names) != 33 {
		t.Fatalf("lapack.Float64 has %d methods, want 33", len(names))
	}
	ours := reflect.TypeFor[Implementation]()
	for _, name := range extraMethods {
		if _, ok := ours.MethodByName(name); !ok {
			t.Fatalf("Implementation has no method %s", name)
		}
	}
	return append(names, extraMethods...)
}

// deepCopy copies the slices among args so each call gets fresh memory.
func deepCopy(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case []float64:
			if v != nil {
				a = slices.Clone(v)
			}
		case []int:
			if v != nil {
				a = slices.Clone(v)
			}
		}
		out[i] = a
	}
	return out
}

// outcome is what a call did: no panic, a string panic, or another panic.
type outcome struct {
	panicked bool
	msg      string // the panic value if it was a string
	runtime  bool   // the panic value was a runtime.Error
	value    any
}

func (o outcome) String() string {
	switch {
	case !o.panicked:
		return "no panic"
	case o.runtime:
		return fmt.Sprintf("runtime panic %q", o.value)
	case o.msg != "":
		return fmt.Sprintf("panic %q", o.msg)
	}
	return fmt.Sprintf("panic %v", o.value)
}

func invoke(impl any, method string, args []any) (o outcome) {
	fn := reflect.ValueOf(impl).MethodByName(method)
	in := make([]reflect.Value, len(args))
	ft := fn.Type()
	for i, a := range args {
		if a == nil {
			in[i] = reflect.Zero(ft.In(i))
			continue
		}
		in[i] = reflect.ValueOf(a).Convert(ft.In(i))
	}
	defer func() {
		if r := recover(); r != nil {
			o.panicked = true
			o.value = r
			if s, ok := r.(string); ok {
				o.msg = s
			}
			_, o.runtime = r.(runtime.Error)
		}
	}()
	fn.Call(in)
	return o
}

// mutation is one argument change.
type mutation struct {
	label string
	value any
}

// mutations returns the changes tried for an argument.
func mutations(arg any) []mutation {
	var ms []mutation
	switch v := arg.(type) {
	case int:
		for _, w := range []struct {
			label string
			v     int
		}{{"-1", -1}, {"-2", -2}, {"0", 0}, {"v-1", v - 1}, {"v+1", v + 1}} {
			if w.v != v {
				ms = append(ms, mutation{w.label, w.v})
			}
		}
	case float64:
		ms = append(ms, mutation{"-1", -1.0}, mutation{"NaN", math.NaN()}, mutation{"+Inf", math.Inf(1)}, mutation{"0", 0.0})
	case bool:
		ms = append(ms, mutation{"!v", !v})
	case []float64:
		ms = append(ms, mutation{"nil", []float64(nil)})
		if len(v) > 0 {
			ms = append(ms, mutation{"short", slices.Clone(v[:len(v)-1])})
		}
	case []int:
		ms = append(ms, mutation{"nil", []int(nil)})
		if len(v) > 0 {
			ms = append(ms, mutation{"short", slices.Clone(v[:len(v)-1])})
			for _, at := range []int{0, len(v) - 1} {
				for _, bad := range []int{-2, -1, len(v), len(v) + 5} {
					w := slices.Clone(v)
					w[at] = bad
					ms = append(ms, mutation{fmt.Sprintf("elem[%d]=%d", at, bad), w})
				}
			}
		}
	default:
		// A flag (a byte type): an invalid byte and zero.
		rv := reflect.ValueOf(arg)
		if rv.Kind() == reflect.Uint8 {
			for _, b := range []uint8{'X', 0} {
				w := reflect.New(rv.Type()).Elem()
				w.SetUint(uint64(b))
				ms = append(ms, mutation{fmt.Sprintf("%q", b), w.Interface()})
			}
		}
	}
	return ms
}

func TestPanicsMatchGonum(t *testing.T) {
	calls := panicCalls()
	seen := make(map[string]bool)
	for _, c := range calls {
		seen[c.method] = true
	}
	for _, name := range coveredMethods(t) {
		if !seen[name] {
			t.Errorf("no panic test for %s", name)
		}
	}

	var nMut, nSame, nRuntime, nQuiet int
	used := make(map[string]bool)
	checkNoDiagnostics(t, func() {
		for _, c := range calls {
			ref := invoke(gonum.Implementation{}, c.method, deepCopy(c.args))
			got := invoke(Implementation{}, c.method, deepCopy(c.args))
			if ref.panicked || got.panicked {
				t.Errorf("%s base call: gonum %v, lapacke %v; want no panic", c.method, ref, got)
				continue
			}
			lw, hasLwork := lworkArg[c.method]
			if hasLwork {
				// The index must point at lwork, just after work.
				if w, ok := c.args[lw-1].([]float64); !ok || len(w) != c.args[lw].(int) {
					t.Fatalf("%s: lworkArg %d is not the lwork argument", c.method, lw)
				}
			}
			type variant struct {
				args []any
				key  string
				mu   mutation
			}
			var variants []variant
			for i, arg := range c.args {
				for _, mu := range mutations(arg) {
					args := deepCopy(c.args)
					args[i] = mu.value
					key := fmt.Sprintf("%s/%d/%s", c.method, i, mu.label)
					variants = append(variants, variant{args, key, mu})
					if hasLwork && i != lw {
						q := deepCopy(args)
						q[lw] = -1
						variants = append(variants, variant{q, key + "/query", mu})
					}
				}
			}
			for _, v := range variants {
				args, key, mu := v.args, v.key, v.mu
				ref := invoke(gonum.Implementation{}, c.method, deepCopy(args))
				got := invoke(Implementation{}, c.method, deepCopy(args))
				nMut++
				switch {
				case !ref.panicked:
					nQuiet++
				case ref.msg != "" && got.msg == ref.msg:
					nSame++
				default:
					nRuntime++
				}
				if strings.HasPrefix(got.msg, "lapacke:") {
					t.Errorf("%s: LAPACKE rejected an argument: %v", key, got)
					continue
				}
				switch {
				case ref.panicked && strings.HasPrefix(mu.label, "elem["):
					// An index value gonum does not validate: it fails
					// wherever the index is first used (often a BLAS
					// length check), this package before C with its own
					// message. Only the fact of the panic must match.
					if !got.panicked {
						t.Errorf("%s: gonum %v, lapacke did not panic", key, ref)
					}
				case ref.panicked && !ref.runtime && ref.msg != "":
					if got.msg != ref.msg {
						t.Errorf("%s: gonum %v, lapacke %v", key, ref, got)
					}
				case ref.panicked:
					if !got.panicked {
						if _, ok := gonumOnlyPanics[key]; !ok {
							t.Errorf("%s: gonum %v, lapacke did not panic", key, ref)
						}
						used[key] = true
					}
				case got.panicked:
					if _, ok := knownDifferences[key]; !ok {
						t.Errorf("%s: gonum did not panic, lapacke %v", key, got)
					}
					used[key] = true
				}
			}
		}
	})
	for key := range maps.Keys(knownDifferences) {
		if !used[key] {
			t.Errorf("knownDifferences entry %s was not exercised", key)
		}
	}
	for key := range maps.Keys(gonumOnlyPanics) {
		if !used[key] {
			t.Errorf("gonumOnlyPanics entry %s was not exercised", key)
		}
	}
	t.Logf("%d mutations: %d identical gonum panic messages, %d other panics in both, %d accepted by gonum",
		nMut, nSame, nRuntime, nQuiet)
	if nSame < 10*len(calls) {
		t.Errorf("only %d mutations produced a gonum panic message; the test has lost its teeth", nSame)
	}
}
