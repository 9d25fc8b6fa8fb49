package linalg

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// randDense returns an r×c matrix of standard normal entries from a fixed
// seed, for property tests (golden tests use SciPy's stored inputs).
func randDense(r, c int, seed int64) *mat.Dense {
	rnd := rand.New(rand.NewPCG(uint64(seed), 42))
	d := make([]float64, r*c)
	for i := range d {
		d[i] = rnd.NormFloat64()
	}
	return mat.NewDense(r, c, d)
}
