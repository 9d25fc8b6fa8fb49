package cblas

// A reflection harness that can call any method of Implementation and the
// same method of gonum's pure Go implementation on identical arguments. It
// knows each method's parameter names by parsing this package's sources
// (the generated files and routes.go), and builds arguments from the names:
// m, n, k, kL, kU are dimensions, lda/ldb/ldc leading dimensions, x and y
// strided vectors, a, b, c and ap matrices, tA/tB/ul/d/s flags. The
// differential, panic and zero-length tests are built on it.

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// hMethod is one BLAS method with its parameter names and both
// implementations bound.
type hMethod struct {
	name   string
	params []string
	types  []reflect.Type
	ours   reflect.Value
	ref    reflect.Value
}

// hMethods parses the package's non-test sources for the methods of
// Implementation and checks that they are exactly the methods of the four
// gonum BLAS interfaces.
func hMethods(t *testing.T) []hMethod {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	names := make(map[string][]string)
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || !fd.Name.IsExported() {
				continue
			}
			if id, ok := fd.Recv.List[0].Type.(*ast.Ident); !ok || id.Name != "Implementation" {
				continue
			}
			var ps []string
			for _, field := range fd.Type.Params.List {
				for _, n := range field.Names {
					ps = append(ps, n.Name)
				}
			}
			names[fd.Name.Name] = ps
		}
	}

	want := make(map[string]bool)
	for _, iface := range []reflect.Type{
		reflect.TypeFor[blas.Float32](), reflect.TypeFor[blas.Float64](),
		reflect.TypeFor[blas.Complex64](), reflect.TypeFor[blas.Complex128](),
	} {
		for i := range iface.NumMethod() {
			want[iface.Method(i).Name] = true
		}
	}
	if len(want) != 142 {
		t.Fatalf("gonum's four BLAS interfaces have %d methods, want 142", len(want))
	}
	var out []hMethod
	ours, ref := reflect.ValueOf(Implementation{}), reflect.ValueOf(hRef{})
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range want {
			if !yield(n) {
				return
			}
		}
	}) {
		ps, ok := names[name]
		if !ok {
			t.Fatalf("no source declaration of Implementation.%s found", name)
		}
		m := hMethod{name: name, params: ps, ours: ours.MethodByName(name), ref: ref.MethodByName(name)}
		typ := m.ours.Type()
		if typ.NumIn() != len(ps) {
			t.Fatalf("%s: parsed %d parameters, reflect says %d", name, len(ps), typ.NumIn())
		}
		for i := range typ.NumIn() {
			m.types = append(m.types, typ.In(i))
		}
		out = append(out, m)
	}
	if len(names) != len(want) {
		t.Errorf("Implementation has %d exported methods, the interfaces %d", len(names), len(want))
	}
	return out
}

// hCase holds the choices from which arguments are built.
type hCase struct {
	m, n, k, kL, kU int
	incX, incY      int
	pad             int // extra leading dimension and slice length
	tA, tB          blas.Transpose
	ul              blas.Uplo
	d               blas.Diag
	s               blas.Side
	alpha, beta     complex128 // converted to the parameter's type
	flag            blas.Flag
}

func (c hCase) String() string {
	return fmt.Sprintf("m=%d n=%d k=%d kL=%d kU=%d incX=%d incY=%d pad=%d tA=%c tB=%c ul=%c d=%c s=%c alpha=%v beta=%v flag=%d",
		c.m, c.n, c.k, c.kL, c.kU, c.incX, c.incY, c.pad, c.tA, c.tB, c.ul, c.d, c.s, c.alpha, c.beta, c.flag)
}

// hRandCase draws a case with dimensions from dims.
func hRandCase(rng *rand.Rand, dims []int) hCase {
	pick := func(s []int) int { return s[rng.IntN(len(s))] }
	incs := []int{1, 1, 2, -1, -3}
	trans := []blas.Transpose{blas.NoTrans, blas.Trans, blas.ConjTrans}
	scalar := func(special []complex128) complex128 {
		if rng.IntN(4) == 0 {
			return special[rng.IntN(len(special))]
		}
		return complex(2*rng.Float64()-1, 2*rng.Float64()-1)
	}
	small := []int{0, 1, 2, 3}
	return hCase{
		m: pick(dims), n: pick(dims), k: pick(dims), kL: pick(small), kU: pick(small),
		incX: pick(incs), incY: pick(incs), pad: rng.IntN(3),
		tA: trans[rng.IntN(3)], tB: trans[rng.IntN(3)],
		ul:    []blas.Uplo{blas.Upper, blas.Lower}[rng.IntN(2)],
		d:     []blas.Diag{blas.NonUnit, blas.Unit}[rng.IntN(2)],
		s:     []blas.Side{blas.Left, blas.Right}[rng.IntN(2)],
		alpha: scalar([]complex128{0, 1}),
		beta:  scalar([]complex128{0, 1}),
		flag:  blas.Flag(rng.IntN(4) - 2),
	}
}

// hBuild returns arguments for m built from c. Slices are random and long
// enough for any reading of the dimensions, plus c.pad elements, so that
// writes past the end of what a routine may touch are compared too.
func hBuild(m hMethod, c hCase, rng *rand.Rand) []reflect.Value {
	band := strings.Contains(m.name, "tb") || strings.Contains(m.name, "sbmv") || strings.Contains(m.name, "hbmv")
	k := c.k
	if band {
		k = c.kL // band routines take their k from the small set
	}
	maxDim := max(c.m, c.n, k, 1)
	ld := max(c.m, c.n, k+1, c.kL+c.kU+1, 1) + c.pad
	args := make([]reflect.Value, len(m.params))
	for i, name := range m.params {
		typ := m.types[i]
		v := reflect.New(typ).Elem()
		switch typ.Kind() {
		case reflect.Int:
			switch name {
			case "m":
				v.SetInt(int64(c.m))
			case "n":
				v.SetInt(int64(c.n))
			case "k":
				v.SetInt(int64(k))
			case "kL":
				v.SetInt(int64(c.kL))
			case "kU":
				v.SetInt(int64(c.kU))
			case "lda", "ldb", "ldc":
				v.SetInt(int64(ld))
			case "incX":
				v.SetInt(int64(c.incX))
			case "incY":
				v.SetInt(int64(c.incY))
			default:
				panic("harness: unknown int parameter " + name)
			}
		case reflect.Slice:
			var n int
			switch name {
			case "x":
				n = (maxDim-1)*hAbs(c.incX) + 1
			case "y":
				n = (maxDim-1)*hAbs(c.incY) + 1
			case "ap":
				n = maxDim * (maxDim + 1) / 2
			case "a", "b", "c":
				n = ld * maxDim
			default:
				panic("harness: unknown slice parameter " + name)
			}
			v = hRandSlice(rng, typ, n+c.pad)
		case reflect.Float32, reflect.Float64:
			switch name {
			case "alpha":
				hSetScalar(v, c.alpha)
			case "beta":
				hSetScalar(v, c.beta)
			case "d1", "d2":
				hSetScalar(v, complex(0.5+rng.Float64(), 0))
			default: // rot's c and s, rotg's a and b, rotmg's b1 and b2
				hSetScalar(v, complex(2*rng.Float64()-1, 0))
			}
		case reflect.Complex64, reflect.Complex128:
			switch name {
			case "alpha":
				hSetScalar(v, c.alpha)
			case "beta":
				hSetScalar(v, c.beta)
			default:
				panic("harness: unknown complex parameter " + name)
			}
		case reflect.Uint8:
			switch typ {
			case reflect.TypeFor[blas.Transpose]():
				if name == "tB" {
					v.SetUint(uint64(c.tB))
				} else {
					v.SetUint(uint64(c.tA))
				}
			case reflect.TypeFor[blas.Uplo]():
				v.SetUint(uint64(c.ul))
			case reflect.TypeFor[blas.Diag]():
				v.SetUint(uint64(c.d))
			case reflect.TypeFor[blas.Side]():
				v.SetUint(uint64(c.s))
			default:
				panic("harness: unknown flag type " + typ.String())
			}
		case reflect.Struct: // DrotmParams, SrotmParams
			v.Field(0).SetInt(int64(c.flag))
			h := v.Field(1)
			for j := range h.Len() {
				hSetScalar(h.Index(j), complex(2*rng.Float64()-1, 0))
			}
		default:
			panic("harness: unknown parameter type " + typ.String())
		}
		args[i] = v
	}
	if hSolves(m.name) {
		hDominate(m, args, c, k)
	}
	return args
}

// hSolves reports whether m solves a triangular system, whose random
// matrix must be made well conditioned for results to be comparable.
func hSolves(name string) bool {
	for _, s := range []string{"trsv", "tbsv", "tpsv", "trsm"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// hDominate scales the off-diagonal entries of a triangular solve's matrix
// down and sets its diagonal to 1 ± small, in whichever storage the routine
// uses, so the solution is well conditioned.
func hDominate(m hMethod, args []reflect.Value, c hCase, k int) {
	idx := slices.Index(m.params, "a")
	if idx < 0 {
		idx = slices.Index(m.params, "ap")
	}
	a := args[idx]
	n := c.n
	if strings.HasSuffix(m.name, "trsm") && c.s == blas.Left {
		n = c.m
	}
	scale := 0.5 / float64(max(n, 1))
	for i := range a.Len() {
		hSetScalar(a.Index(i), hGet(a.Index(i))*complex(scale, 0))
	}
	ld := 0
	if j := slices.Index(m.params, "lda"); j >= 0 {
		ld = int(args[j].Int())
	}
	upper := c.ul == blas.Upper
	for i := range n {
		var p int
		switch {
		case strings.HasSuffix(m.name, "tpsv"):
			if upper {
				p = i*n - i*(i-1)/2
			} else {
				p = i*(i+1)/2 + i
			}
		case strings.HasSuffix(m.name, "tbsv"):
			if upper {
				p = i * ld
			} else {
				p = i*ld + k
			}
		default:
			p = i*ld + i
		}
		if p < a.Len() {
			hSetScalar(a.Index(p), 1+hGet(a.Index(p))*0.1)
		}
	}
}

func hAbs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func hRandSlice(rng *rand.Rand, typ reflect.Type, n int) reflect.Value {
	u := func() float64 { return 2*rng.Float64() - 1 }
	switch typ.Elem().Kind() {
	case reflect.Float32:
		s := make([]float32, n)
		for i := range s {
			s[i] = float32(u())
		}
		return reflect.ValueOf(s)
	case reflect.Float64:
		s := make([]float64, n)
		for i := range s {
			s[i] = u()
		}
		return reflect.ValueOf(s)
	case reflect.Complex64:
		s := make([]complex64, n)
		for i := range s {
			s[i] = complex(float32(u()), float32(u()))
		}
		return reflect.ValueOf(s)
	case reflect.Complex128:
		s := make([]complex128, n)
		for i := range s {
			s[i] = complex(u(), u())
		}
		return reflect.ValueOf(s)
	}
	panic("harness: unknown slice type " + typ.String())
}

// hSetScalar sets a float or complex value; floats take the real part.
func hSetScalar(v reflect.Value, z complex128) {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		v.SetFloat(real(z))
	case reflect.Complex64, reflect.Complex128:
		v.SetComplex(z)
	default:
		panic("harness: not a scalar: " + v.Type().String())
	}
}

func hGet(v reflect.Value) complex128 {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return complex(v.Float(), 0)
	case reflect.Complex64, reflect.Complex128:
		return v.Complex()
	}
	panic("harness: not a scalar: " + v.Type().String())
}

// hClone deep-copies arguments so both implementations see the same input.
func hClone(args []reflect.Value) []reflect.Value {
	out := make([]reflect.Value, len(args))
	for i, a := range args {
		if a.Kind() == reflect.Slice {
			if a.IsNil() {
				out[i] = a
				continue
			}
			c := reflect.MakeSlice(a.Type(), a.Len(), a.Len())
			reflect.Copy(c, a)
			out[i] = c
			continue
		}
		out[i] = a
	}
	return out
}

// hOutcome is what a call did: its panic message, or its results.
type hOutcome struct {
	panicked bool
	msg      string
	results  []reflect.Value
}

// hCall calls f, recovering a panic. A panic whose value is not a string
// (a runtime error such as an index out of range) is reported as such, so
// it never matches one of gonum's messages.
func hCall(f reflect.Value, args []reflect.Value) (out hOutcome) {
	defer func() {
		if r := recover(); r != nil {
			out.panicked = true
			if s, ok := r.(string); ok {
				out.msg = s
			} else {
				out.msg = fmt.Sprintf("non-string panic %T: %v", r, r)
			}
		}
	}()
	out.results = f.Call(args)
	return out
}

// hCompare runs m on args with both implementations and reports any
// difference in panics, results or the contents of the slice arguments.
// tol is the relative tolerance for floating-point values.
func hCompare(m hMethod, args []reflect.Value, tol float64) error {
	refArgs, ourArgs := hClone(args), hClone(args)
	want := hCall(m.ref, refArgs)
	got := hCall(m.ours, ourArgs)
	if want.panicked || got.panicked {
		if want.panicked != got.panicked || want.msg != got.msg {
			return fmt.Errorf("gonum panicked=%v %q, ours panicked=%v %q", want.panicked, want.msg, got.panicked, got.msg)
		}
		return nil
	}
	for i := range want.results {
		if err := hEqual(got.results[i], want.results[i], tol, 1); err != nil {
			return fmt.Errorf("result %d: %v", i, err)
		}
	}
	for i, name := range m.params {
		if refArgs[i].Kind() != reflect.Slice {
			continue
		}
		if err := hEqualSlices(ourArgs[i].Interface(), refArgs[i].Interface(), tol); err != nil {
			return fmt.Errorf("%s%v", name, err)
		}
	}
	return nil
}

// hEqualSlices compares two slices of the same type element by element,
// within tol relative to 1 + the largest magnitude in want.
func hEqualSlices(got, want any, tol float64) error {
	switch w := want.(type) {
	case []float32:
		return hEqualTyped(got.([]float32), w, tol)
	case []float64:
		return hEqualTyped(got.([]float64), w, tol)
	case []complex64:
		return hEqualTyped(got.([]complex64), w, tol)
	case []complex128:
		return hEqualTyped(got.([]complex128), w, tol)
	}
	return fmt.Errorf(": cannot compare %T", want)
}

func hEqualTyped[T float32 | float64 | complex64 | complex128](got, want []T, tol float64) error {
	z := func(v T) complex128 {
		switch v := any(v).(type) {
		case float32:
			return complex(float64(v), 0)
		case float64:
			return complex(v, 0)
		case complex64:
			return complex128(v)
		case complex128:
			return v
		}
		panic("unreachable")
	}
	var scale float64
	for _, v := range want {
		scale = math.Max(scale, cmplx.Abs(z(v)))
	}
	for j := range want {
		g, w := z(got[j]), z(want[j])
		if g == w || cmplx.IsNaN(g) && cmplx.IsNaN(w) {
			continue
		}
		if cmplx.IsNaN(g) || cmplx.IsNaN(w) || cmplx.Abs(g-w) > tol*(1+math.Max(scale, cmplx.Abs(w))) {
			return fmt.Errorf("[%d]: got %v, want %v", j, g, w)
		}
	}
	return nil
}

// hEqual compares two values of the same type: ints exactly, floats and
// complexes within tol relative to 1+scale (NaNs must match), structs
// field by field.
func hEqual(got, want reflect.Value, tol, scale float64) error {
	switch want.Kind() {
	case reflect.Int:
		if got.Int() != want.Int() {
			return fmt.Errorf("got %d, want %d", got.Int(), want.Int())
		}
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		g, w := hGet(got), hGet(want)
		if cmplx.IsNaN(w) || cmplx.IsNaN(g) {
			if cmplx.IsNaN(w) != cmplx.IsNaN(g) {
				return fmt.Errorf("got %v, want %v", g, w)
			}
			return nil
		}
		if g == w {
			return nil
		}
		if cmplx.Abs(g-w) > tol*(1+math.Max(scale, cmplx.Abs(w))) {
			return fmt.Errorf("got %v, want %v", g, w)
		}
	case reflect.Struct:
		for i := range want.NumField() {
			if err := hEqual(got.Field(i), want.Field(i), tol, scale); err != nil {
				return fmt.Errorf("field %s: %v", want.Type().Field(i).Name, err)
			}
		}
	case reflect.Array:
		for i := range want.Len() {
			if err := hEqual(got.Index(i), want.Index(i), tol, scale); err != nil {
				return fmt.Errorf("[%d]: %v", i, err)
			}
		}
	default:
		return fmt.Errorf("cannot compare %s", want.Type())
	}
	return nil
}

// hTol is the comparison tolerance for a method's precision.
func hTol(m hMethod) float64 {
	for _, t := range m.types {
		if t.Kind() == reflect.Slice {
			switch t.Elem().Kind() {
			case reflect.Float32, reflect.Complex64:
				return 1e-4
			}
			return 1e-11
		}
	}
	for _, t := range m.types {
		if t.Kind() == reflect.Float32 {
			return 1e-5
		}
	}
	return 1e-13
}

// hLevel returns the BLAS level of m from its first parameters.
func hLevel(m hMethod) int {
	switch {
	case slices.Contains(m.params, "c") && m.types[slices.Index(m.params, "c")].Kind() == reflect.Slice,
		slices.Contains(m.params, "b") && m.types[slices.Index(m.params, "b")].Kind() == reflect.Slice:
		return 3
	case slices.Contains(m.params, "a") && m.types[slices.Index(m.params, "a")].Kind() == reflect.Slice,
		slices.Contains(m.params, "ap"):
		return 2
	}
	return 1
}
