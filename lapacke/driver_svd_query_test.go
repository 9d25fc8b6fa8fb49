package lapacke

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/lapack"
)

// TestDriverGesddQueryAccepted checks that the size a workspace query
// returns is always accepted by the call itself. LAPACK's dgesdd/zgesdd
// answer with a path-specific size that can be below the documented minimum
// the methods enforce (square matrices with SVDAll: 3n²+7n against
// 4n²+7n), which once made "query, then call" panic.
func TestDriverGesddQueryAccepted(t *testing.T) {
	impl := Implementation{}
	jobs := []lapack.SVDJob{lapack.SVDAll, lapack.SVDStore, lapack.SVDOverwrite, lapack.SVDNone}
	for _, sz := range [][2]int{{1, 1}, {5, 5}, {48, 48}, {100, 100}, {30, 7}, {7, 30}, {100, 3}} {
		m, n := sz[0], sz[1]
		mn := min(m, n)
		for _, job := range jobs {
			t.Run(fmt.Sprintf("%c/%dx%d", job, m, n), func(t *testing.T) {
				a := make([]float64, m*n)
				za := make([]complex128, m*n)
				for i := range a {
					a[i] = float64((i*7919)%101) - 50
					za[i] = complex(a[i], float64((i*104729)%103)-51)
				}
				s := make([]float64, mn)
				u, vt := make([]float64, m*m), make([]float64, n*n)
				zu, zvt := make([]complex128, m*m), make([]complex128, n*n)
				iwork := make([]int, 8*mn)

				q := make([]float64, 1)
				impl.Dgesdd(job, m, n, a, n, s, u, m, vt, n, q, -1, iwork)
				work := make([]float64, int(q[0]))
				if !impl.Dgesdd(job, m, n, a, n, s, u, m, vt, n, work, len(work), iwork) {
					t.Fatalf("Dgesdd did not converge")
				}

				zq := make([]complex128, 1)
				rwork := make([]float64, 5*mn*mn+7*mn+2*max(m, n)*mn+2*mn*mn+mn)
				impl.Zgesdd(job, m, n, za, n, s, zu, m, zvt, n, zq, -1, rwork, iwork)
				zwork := make([]complex128, int(real(zq[0])))
				if !impl.Zgesdd(job, m, n, za, n, s, zu, m, zvt, n, zwork, len(zwork), rwork, iwork) {
					t.Fatalf("Zgesdd did not converge")
				}
			})
		}
	}
}
