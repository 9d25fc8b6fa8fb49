package linalg

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestTransposeInto checks the tiled transpose against the definition on
// shapes below, at and across the tile order, with strides larger than the
// rows.
func TestTransposeInto(t *testing.T) {
	const bs = transposeBlockSize
	for _, s := range [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 70}, {70, 1}, {bs, bs}, {bs + 1, bs - 1}, {2*bs + 5, 3}, {37, 101}} {
		r, c := s[0], s[1]
		lds, ldd := c+3, r+2
		src := make([]float64, r*lds)
		for i := range src {
			src[i] = float64(i + 1)
		}
		dst := make([]float64, c*ldd)
		for i := range dst {
			dst[i] = -1
		}
		transposeInto(dst, ldd, src, lds, r, c)
		for j := 0; j < c; j++ {
			for i := 0; i < ldd; i++ {
				want := -1.0 // padding beyond r must be untouched
				if i < r {
					want = src[i*lds+j]
				}
				if got := dst[j*ldd+i]; got != want {
					t.Fatalf("%d×%d: dst[%d,%d] = %v, want %v", r, c, j, i, got, want)
				}
			}
		}
	}
}

// TestLUMatchesLUFactor checks that LU, which factors a transposed copy of
// a column-major and transposes the factors back tile by tile, returns
// exactly the factors LUFactor's dgetrf (LAPACKE's own row-major path)
// computes, on shapes that cross the transpose tile in both directions, for
// contiguous, strided and non-Raw inputs.
func TestLUMatchesLUFactor(t *testing.T) {
	// Both sides of LU's small-size threshold (4 tiles) and both
	// tiled branches (m >= n and m < n).
	for _, s := range [][2]int{{33, 33}, {70, 40}, {40, 70}, {100, 1}, {1, 100}, {65, 64}, {90, 70}, {64, 81}, {130, 130}} {
		m, n := s[0], s[1]
		big := randDense(m+3, n+5, int64(m*1000+n))
		inputs := map[string]mat.Matrix{
			"contiguous": mat.DenseCopyOf(big.Slice(1, m+1, 2, n+2)),
			"strided":    big.Slice(1, m+1, 2, n+2),
			"non-raw":    mat.DenseCopyOf(big.Slice(1, m+1, 2, n+2).T()).T(),
		}
		for name, a := range inputs {
			r, err := LU(a, nil)
			if err != nil {
				t.Fatalf("%v %s: %v", s, name, err)
			}
			f, err := LUFactor(a, nil)
			if err != nil {
				t.Fatalf("%v %s: %v", s, name, err)
			}
			k := min(m, n)
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					want := 0.0
					switch {
					case j < i:
						want = f.LU.At(i, j)
					case j == i:
						want = 1
					}
					if got := r.L.At(i, j); got != want {
						t.Fatalf("%v %s: L[%d,%d] = %v, want %v", s, name, i, j, got, want)
					}
				}
			}
			for i := 0; i < k; i++ {
				for j := 0; j < n; j++ {
					want := 0.0
					if j >= i {
						want = f.LU.At(i, j)
					}
					if got := r.U.At(i, j); got != want {
						t.Fatalf("%v %s: U[%d,%d] = %v, want %v", s, name, i, j, got, want)
					}
				}
			}
			// P·(L·U) = a: row perm[i] of a is row i of L·U, with perm
			// the interchanges applied to the identity.
			perm := make([]int, m)
			for i := range perm {
				perm[i] = i
			}
			for i, p := range f.Piv {
				perm[i], perm[p] = perm[p], perm[i]
			}
			for i, row := range perm {
				for j := 0; j < m; j++ {
					want := 0.0
					if j == i {
						want = 1
					}
					if got := r.P.At(row, j); got != want {
						t.Fatalf("%v %s: P[%d,%d] = %v, want %v", s, name, row, j, got, want)
					}
				}
			}
		}
	}
}

// TestScratchPool checks getScratch's lengths and putScratch's refusal of
// buffers it did not make.
func TestScratchPool(t *testing.T) {
	for _, n := range []int{0, 1, scratchMin - 1, scratchMin, scratchMin + 1, 10000} {
		s := getScratch(n)
		if len(s) != n {
			t.Fatalf("getScratch(%d) has length %d", n, len(s))
		}
		for i := range s {
			s[i] = float64(i) // the whole length is usable
		}
		putScratch(s)
	}
	// A buffer whose capacity is not a pooled power of two is not pooled,
	// so a later getScratch cannot hand it out.
	foreign := make([]float64, 3*scratchMin)
	putScratch(foreign)
	for range 8 {
		if s := getScratch(3 * scratchMin); &s[0] == &foreign[0] {
			t.Fatal("putScratch pooled a buffer getScratch did not make")
		}
	}
}

// TestScratchNotAliased checks that no result shares memory with a pooled
// buffer: results of one call are copied, then every pooled function runs
// many times (reusing the pool's buffers), and the first results must be
// unchanged to the bit.
func TestScratchNotAliased(t *testing.T) {
	const n = 40 // n² > scratchMin: every copy and workspace is pooled
	a := randDense(n, n, 7)
	b := randDense(n, 2, 8)
	var spd mat.Dense
	spd.Mul(a, a.T())
	run := func() []*mat.Dense {
		var out []*mat.Dense
		s, err := Solve(a, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		lu, err := LU(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		qr, err := QR(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		sv, err := SVD(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		eh, err := Eigh(&spd, nil)
		if err != nil {
			t.Fatal(err)
		}
		ls, err := LstSq(a, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		inv, err := Inv(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		ex, err := Expm(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		ev, err := Eig(a, &EigOptions{Left: true})
		if err != nil {
			t.Fatal(err)
		}
		vr := mat.NewDense(n, 2*n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				vr.Set(i, 2*j, real(ev.VR.At(i, j)))
				vr.Set(i, 2*j+1, imag(ev.VL.At(i, j)))
			}
		}
		out = append(out, s.X, lu.P, lu.L, lu.U, qr.Q, qr.R, sv.U, sv.Vh, eh.V, ls.X, inv, ex, vr,
			mat.NewDense(1, n, sv.S), mat.NewDense(1, n, eh.W))
		return out
	}
	first := run()
	saved := make([]*mat.Dense, len(first))
	for i, m := range first {
		saved[i] = mat.DenseCopyOf(m)
	}
	for range 5 {
		run()
	}
	for i := range first {
		if !mat.Equal(first[i], saved[i]) {
			t.Errorf("result %d changed after later calls: it shares memory with a pooled buffer", i)
		}
	}
}

// TestScratchConcurrent runs every function that uses the scratch pools
// from 16 goroutines at once (run it with -race) and checks each result
// against the serial one: a buffer handed to two calls at once would
// corrupt one of them.
func TestScratchConcurrent(t *testing.T) {
	const n = 40
	a := randDense(n, n, 11)
	b := randDense(n, 3, 12)
	var spd mat.Dense
	spd.Mul(a, a.T())
	calls := []func() (*mat.Dense, error){
		func() (*mat.Dense, error) { r, err := Solve(a, b, nil); return speedSolveX(r, err) },
		func() (*mat.Dense, error) { return Inv(a, nil) },
		func() (*mat.Dense, error) {
			d, err := Det(a, nil)
			return mat.NewDense(1, 1, []float64{d}), err
		},
		func() (*mat.Dense, error) {
			r, err := LU(a, nil)
			if err != nil {
				return nil, err
			}
			return r.U, nil
		},
		func() (*mat.Dense, error) {
			r, err := QR(a, nil)
			if err != nil {
				return nil, err
			}
			return r.Q, nil
		},
		func() (*mat.Dense, error) {
			r, err := SVD(a, nil)
			if err != nil {
				return nil, err
			}
			return r.Vh, nil
		},
		func() (*mat.Dense, error) {
			r, err := Eigh(&spd, nil)
			if err != nil {
				return nil, err
			}
			return r.V, nil
		},
		func() (*mat.Dense, error) {
			r, err := LstSq(a, b, nil)
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (*mat.Dense, error) {
			r, err := Eig(a, nil)
			if err != nil {
				return nil, err
			}
			v := mat.NewDense(n, n, nil)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					v.Set(i, j, real(r.VR.At(i, j))+imag(r.VR.At(i, j)))
				}
			}
			return v, nil
		},
		func() (*mat.Dense, error) {
			s := mat.DenseCopyOf(a)
			s.Scale(0.1, s)
			return Expm(s, nil)
		},
	}
	want := make([]*mat.Dense, len(calls))
	for i, c := range calls {
		w, err := c()
		if err != nil {
			t.Fatal(err)
		}
		want[i] = w
	}
	const workers, rounds = 16, 4
	errs := make(chan string, workers*rounds*len(calls))
	done := make(chan struct{})
	for g := range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for r := range rounds {
				for k := range calls {
					i := (g + r + k) % len(calls)
					got, err := calls[i]()
					if err != nil {
						errs <- err.Error()
						continue
					}
					// Tolerance, not equality: a threaded BLAS may sum in
					// another order from one call to the next.
					if !mat.EqualApprox(got, want[i], 1e-9) {
						errs <- "call " + string(rune('0'+i)) + " differs from its serial result"
					}
				}
			}
		}()
	}
	for range workers {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func speedSolveX(r *SolveResult, err error) (*mat.Dense, error) {
	if err != nil {
		return nil, err
	}
	return r.X, nil
}
