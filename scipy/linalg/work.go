package linalg

import (
	"math"

	"gonum.org/v1/gonum/lapack"
)

// The lapacke package checks workspace lengths against LAPACK's documented
// minimum formulas, while LAPACK's own workspace query may answer less on
// some paths (dgesdd's square path, for one): every workspace here is the
// larger of the query's answer and the documented minimum, so a query that
// is smaller than the check never makes lapacke panic.

// lworkOf returns max(query, min, 1) with the query read from work[0].
func lworkOf(query float64, min int) int {
	return max(int(query), min, 1)
}

// gesddMinWork is dgesdd's documented minimum lwork.
func gesddMinWork(job lapack.SVDJob, m, n int) int {
	mn, mx := min(m, n), max(m, n)
	if mn == 0 {
		return 1
	}
	switch job {
	case lapack.SVDNone:
		return 3*mn + max(mx, 7*mn)
	case lapack.SVDStore:
		return 4*mn*mn + 7*mn
	default:
		return 4*mn*mn + 6*mn + mx
	}
}

// gesvdMinWork is dgesvd's documented minimum lwork.
func gesvdMinWork(m, n int) int {
	mn, mx := min(m, n), max(m, n)
	if mn == 0 {
		return 1
	}
	return max(3*mn+mx, 5*mn)
}

// gelsdMinWork is dgelsd's documented minimum lwork (nrhs raised to 1).
func gelsdMinWork(m, n, nrhs int) int {
	mn := min(m, n)
	if mn == 0 {
		return 1
	}
	const smlsiz = 25
	nlvl := max(0, int(math.Log2(float64(mn)/float64(smlsiz+1)))+1)
	nrhs = max(nrhs, 1)
	return 12*mn + 2*mn*smlsiz + 8*mn*nlvl + mn*nrhs + (smlsiz+1)*(smlsiz+1)
}

// gelsdMinIWork is dgelsd's documented minimum iwork length.
func gelsdMinIWork(m, n int) int {
	mn := min(m, n)
	const smlsiz = 25
	nlvl := max(0, int(math.Log2(float64(max(mn, 1))/float64(smlsiz+1)))+1)
	return max(1, 3*mn*nlvl+11*mn)
}

// gelssMinWork is a sufficient dgelss lwork per lapacke's documentation.
func gelssMinWork(m, n, nrhs int) int {
	mn, mx := min(m, n), max(m, n)
	return max(1, 3*mn+max(2*mn, mx, max(nrhs, 1)))
}

// gelsyMinWork is dgelsy's documented minimum lwork.
func gelsyMinWork(m, n, nrhs int) int {
	mn := min(m, n)
	return max(1, mn+3*n+1, 2*mn+nrhs)
}
