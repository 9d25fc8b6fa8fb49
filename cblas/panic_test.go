package cblas

// Panic tests: for every method of the four interfaces, tables of invalid
// argument sets made by perturbing valid ones (every integer argument over
// a range including negative and too-small values, every slice cut to every
// shorter length and to nil, every flag set to invalid bytes, and random
// pairs of such changes, so the order of the checks is tested too). On each
// set, Implementation must do what gonum does: panic with exactly gonum's
// message, or, where gonum accepts the arguments, give gonum's result. The
// calls recover their panics, so a message mismatch is a test failure, not a
// crash; a bad argument that reached OpenBLAS would kill the process through
// its xerbla.

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// panicWant maps a parameter name to the message gonum panics with when
// that argument alone is invalid. The test requires every message listed
// for a method's parameters to have been produced by the tables.
var panicWant = map[string]string{
	"m": mLT0, "n": nLT0, "k": kLT0, "kL": kLLT0, "kU": kULT0,
	"lda": badLdA, "ldb": badLdB, "ldc": badLdC,
	"incX": zeroIncX, "incY": zeroIncY,
	"x": shortX, "y": shortY, "a": shortA, "ap": shortAP, "b": shortB, "c": shortC,
	"tA": badTranspose, "tB": badTranspose, "ul": badUplo, "d": badDiag, "s": badSide,
}

// hMutation replaces argument i by v.
type hMutation struct {
	i int
	v reflect.Value
}

// hMutations lists the single-argument changes tried on args.
func hMutations(m hMethod, args []reflect.Value) []hMutation {
	var out []hMutation
	for i, a := range args {
		switch a.Kind() {
		case reflect.Int:
			vals := []int{-3, -2, -1, 0, 1, 2, 3, 4, 5, int(a.Int()) - 1, int(a.Int()) + 1}
			for _, v := range vals {
				out = append(out, hMutation{i, reflect.ValueOf(v)})
			}
		case reflect.Slice:
			out = append(out, hMutation{i, reflect.Zero(a.Type())})
			for l := range a.Len() {
				out = append(out, hMutation{i, a.Slice(0, l)})
			}
		case reflect.Uint8:
			for _, b := range []byte{0, 'X', 'N', 'T', 'C', 'U', 'L', 'A', 'R'} {
				v := reflect.New(a.Type()).Elem()
				v.SetUint(uint64(b))
				out = append(out, hMutation{i, v})
			}
		case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
			if name := m.params[i]; name == "alpha" || name == "beta" {
				for _, z := range []complex128{0, 1} {
					v := reflect.New(a.Type()).Elem()
					hSetScalar(v, z)
					out = append(out, hMutation{i, v})
				}
			}
		case reflect.Struct:
			for f := blas.Flag(-3); f <= 2; f++ {
				v := reflect.New(a.Type()).Elem()
				v.Set(a)
				v.Field(0).SetInt(int64(f))
				out = append(out, hMutation{i, v})
			}
		}
	}
	return out
}

func hApply(args []reflect.Value, ms ...hMutation) []reflect.Value {
	out := slices.Clone(args)
	for _, m := range ms {
		out[m.i] = m.v
	}
	return out
}

func TestPanics(t *testing.T) {
	methods := hMethods(t)
	conformance(t, func(t *testing.T) {
		for _, m := range methods {
			t.Run(m.name, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(len(m.name)), 11))
				tol := hTol(m)
				seen := make(map[string]bool)
				tables := 0
				try := func(args []reflect.Value) {
					tables++
					if out := hCall(m.ref, hClone(args)); out.panicked {
						seen[out.msg] = true
					}
					if err := hCompare(m, args, tol); err != nil {
						t.Fatalf("args %v: %v", hShow(m, args), err)
					}
				}
				for range 3 {
					c := hRandCase(rng, []int{1, 2, 3})
					c.pad = rng.IntN(2)
					base := hBuild(m, c, rng)
					ms := hMutations(m, base)
					for _, mu := range ms {
						try(hApply(base, mu))
					}
					for range min(200, len(ms)*len(ms)) {
						a, b := ms[rng.IntN(len(ms))], ms[rng.IntN(len(ms))]
						if a.i != b.i {
							try(hApply(base, a, b))
						}
					}
				}
				for _, p := range m.params {
					want, ok := panicWant[p]
					switch m.types[slices.Index(m.params, p)].Kind() {
					case reflect.Int, reflect.Slice, reflect.Uint8:
					default:
						ok = false // rot's s and rotg's a, b are scalars
					}
					if !ok {
						continue
					}
					if !seen[want] {
						t.Errorf("no table made gonum panic with %q (parameter %s); messages seen: %v", want, p, seen)
					}
				}
				if len(m.params) > 0 && m.types[0].Kind() != reflect.Float32 && m.types[0].Kind() != reflect.Float64 && tables < 100 {
					t.Errorf("only %d argument sets tried", tables)
				}
			})
		}
	})
}

// hShow formats arguments with their names, slices by length only.
func hShow(m hMethod, args []reflect.Value) string {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += " "
		}
		s += m.params[i] + "="
		switch {
		case a.Kind() == reflect.Slice && a.IsNil():
			s += "nil"
		case a.Kind() == reflect.Slice:
			s += fmt.Sprintf("len%d", a.Len())
		case a.Kind() == reflect.Uint8:
			s += string(rune(a.Uint()))
		default:
			s += fmt.Sprint(a)
		}
	}
	return s
}
