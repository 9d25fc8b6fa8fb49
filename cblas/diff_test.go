package cblas

// Differential tests: every method of all four interfaces against gonum's
// pure Go implementation, on random arguments with strides (negative ones
// included), every transpose, triangle, diagonal and side, special alpha
// and beta (0 and 1), and sizes on both sides of the crossovers; under the
// normal dispatch and with every call forced to the native library.
// testblas covers Float64 and Complex128 more deeply; for Float32 and
// Complex64 this is the main test.

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// Sizes per level, from tiny to beyond the largest crossover in
// crossover.go (n up to 9000 for Level 1, n*n up to 10⁴ for Level 2, n³ up
// to 8000 for Level 3), so the normal dispatch takes both paths.
var (
	diffDims1 = []int{0, 1, 2, 5, 16, 17, 33, 64, 65, 100, 300, 1000, 3000, 9000}
	diffDims2 = []int{0, 1, 2, 3, 5, 8, 16, 17, 24, 40, 70, 100}
	diffDims3 = []int{0, 1, 2, 3, 5, 8, 10, 13, 16, 20}
)

// diffCases is the number of random cases per method and mode.
const diffCases = 150

func TestDifferential(t *testing.T) {
	methods := hMethods(t)
	conformance(t, func(t *testing.T) {
		for _, m := range methods {
			t.Run(m.name, func(t *testing.T) {
				dims := [][]int{nil, diffDims1, diffDims2, diffDims3}[hLevel(m)]
				rng := rand.New(rand.NewPCG(uint64(len(m.name)), 7))
				tol := hTol(m)
				failures := 0
				for i := range diffCases {
					c := hRandCase(rng, dims)
					args := hBuild(m, c, rng)
					if err := hCompare(m, args, tol); err != nil {
						t.Errorf("case %d (%v): %v", i, c, err)
						if failures++; failures == 5 {
							t.Fatal("too many failures")
						}
					}
				}
			})
		}
	})
}

// TestZeroLength calls every method with all dimensions zero and nil or
// empty slices: nothing may crash, and the outcome (usually a quick
// return, sometimes gonum's panic on a leading dimension) must be gonum's.
func TestZeroLength(t *testing.T) {
	methods := hMethods(t)
	conformance(t, func(t *testing.T) {
		for _, m := range methods {
			for _, empty := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/empty=%v", m.name, empty), func(t *testing.T) {
					rng := rand.New(rand.NewPCG(1, 1))
					c := hRandCase(rng, []int{0})
					c.incX, c.incY, c.pad, c.kL, c.kU = 1, 1, 0, 0, 0
					args := hBuild(m, c, rng)
					for i, a := range args {
						if a.Kind() == reflect.Slice {
							if empty {
								args[i] = a.Slice(0, 0)
							} else {
								args[i] = reflect.Zero(a.Type())
							}
						}
					}
					if err := hCompare(m, args, hTol(m)); err != nil {
						t.Error(err)
					}
				})
			}
		}
	})
}
