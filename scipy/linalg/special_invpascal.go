package linalg

import (
	"math/big"

	"gonum.org/v1/gonum/mat"
)

// InvPascal returns the inverse of the n×n Pascal matrix, like
// scipy.linalg.invpascal: kind "symmetric" (the default when empty),
// "lower" or "upper", matching Pascal's kinds. The entries are integers
// computed exactly (math/big) and then rounded to the nearest float64, so
// each is SciPy's exact=True integer correctly rounded. They are all exact
// in float64 while their magnitude stays below 2⁵³: for n ≤ 57 with
// "lower" and "upper" (the entries are ±binomial(i, j)), and for n ≤ 30
// with "symmetric", whose entries grow faster; beyond that the largest
// entries carry a relative rounding error of at most 2⁻⁵³. A negative n is
// treated as 0 and gives the empty matrix.
//
// The symmetric inverse is the exact sum
//
//	inv[i][j] = (−1)^(i+j) Σ_{k=max(i,j)}^{n−1} C(k,i)·C(k,j),
//
// SciPy's formula. Cost O(n³) big-integer operations.
//
// Errors: ErrValue (naming "kind") for another kind.
func InvPascal(n int, kind string) (*mat.Dense, error) {
	n = max(n, 0)
	if kind == "" {
		kind = "symmetric"
	}
	if kind != "symmetric" && kind != "lower" && kind != "upper" {
		return nil, newErr(ErrValue, "InvPascal", "kind", "%q is not \"symmetric\", \"lower\" or \"upper\"", kind)
	}
	// c[k*n+i] = C(k, i) for 0 <= i <= k < n, by Pascal's rule.
	c := make([]big.Int, n*n)
	for k := 0; k < n; k++ {
		c[k*n].SetInt64(1)
		for i := 1; i <= k; i++ {
			c[k*n+i].Add(&c[(k-1)*n+i-1], &c[(k-1)*n+i])
		}
	}
	d := make([]float64, n*n)
	var v, t big.Int
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch kind {
			case "lower":
				if j > i {
					continue
				}
				v.Set(&c[i*n+j])
			case "upper":
				if i > j {
					continue
				}
				v.Set(&c[j*n+i])
			case "symmetric":
				if j > i {
					continue // filled from (j, i) below
				}
				v.SetInt64(0)
				for k := i; k < n; k++ {
					v.Add(&v, t.Mul(&c[k*n+i], &c[k*n+j]))
				}
				if (i+j)%2 == 1 {
					v.Neg(&v)
				}
				d[i*n+j], _ = new(big.Float).SetInt(&v).Float64()
				d[j*n+i] = d[i*n+j]
				continue
			}
			if (i+j)%2 == 1 {
				v.Neg(&v)
			}
			// A fresh Float takes v's full precision: one rounding only.
			d[i*n+j], _ = new(big.Float).SetInt(&v).Float64()
		}
	}
	return newDense(n, n, d), nil
}
