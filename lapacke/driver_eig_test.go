package lapacke

import (
	"fmt"
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// zdrvCheckEig checks eigenpairs of the Hermitian (or real symmetric) full:
// w[:m] ascending, ‖A V - V Λ‖ small and VᴴV = I for the m columns of v.
func zdrvCheckEig(t *testing.T, name string, full zdrvMat, w []float64, v *zdrvMat) {
	t.Helper()
	n := full.r
	tol := 1e-13 * float64(max(n, 1)) * max(1, full.norm1())
	for i := 1; i < len(w); i++ {
		if w[i] < w[i-1] {
			t.Errorf("%s: eigenvalues not ascending at %d", name, i)
			break
		}
	}
	if v == nil {
		return
	}
	av := full.mul(*v)
	for j := 0; j < v.c; j++ {
		for i := 0; i < n; i++ {
			av.d[i*v.c+j] -= v.at(i, j) * complex(w[j], 0)
		}
	}
	if e := av.maxAbs(); e > tol {
		t.Errorf("%s: A V - V Λ = %g", name, e)
	}
	if e := v.H().mul(*v).sub(zdrvEye(v.c)).maxAbs(); e > 1e-13*float64(max(n, 1)) {
		t.Errorf("%s: VᴴV - I = %g", name, e)
	}
}

// zdrvTrace returns the real part of the trace.
func zdrvTrace(m zdrvMat) float64 {
	var s float64
	for i := 0; i < m.r; i++ {
		s += real(m.at(i, i))
	}
	return s
}

// drvEvdRun runs Dsyevd or Zheevd on a Hermitian matrix (real routines on
// the real part) with the given workspace sizes; -1 queries.
type drvEvdRun func(jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, w []float64, lwork, lrwork, liwork int) (ok bool, opt [3]int)

func TestDriverSyevdHeevd(t *testing.T) {
	rnd := drvNewRand(91)
	impl := Implementation{}
	type routine struct {
		name string
		real bool
		mins func(wantz bool, n int) [3]int
		run  drvEvdRun
	}
	routines := []routine{
		{"Dsyevd", true, func(wantz bool, n int) [3]int { l, li := drvEvdSizes(wantz, n); return [3]int{l, 0, li} },
			func(jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, w []float64, lwork, _, liwork int) (bool, [3]int) {
				ra := make([]float64, len(a))
				for i, v := range a {
					ra[i] = real(v)
				}
				work, iwork := make([]float64, max(1, lwork)), make([]int, max(1, liwork))
				ok := impl.Dsyevd(jobz, ul, n, ra, lda, w, work, lwork, iwork, liwork)
				copy(a, drvToZ(ra))
				return ok, [3]int{int(work[0]), 0, iwork[0]}
			}},
		{"Zheevd", false, func(wantz bool, n int) [3]int { l, lr, li := zdrvEvdSizes(wantz, n); return [3]int{l, lr, li} },
			func(jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, w []float64, lwork, lrwork, liwork int) (bool, [3]int) {
				work, rwork, iwork := make([]complex128, max(1, lwork)), make([]float64, max(1, lrwork)), make([]int, max(1, liwork))
				ok := impl.Zheevd(jobz, ul, n, a, lda, w, work, lwork, rwork, lrwork, iwork, liwork)
				return ok, [3]int{int(real(work[0])), int(rwork[0]), iwork[0]}
			}},
	}
	for _, rt := range routines {
		for _, n := range drvSizes {
			for _, ul := range drvUplos {
				for _, jobz := range []lapack.EVJob{lapack.EVCompute, lapack.EVNone} {
					wantz := jobz == lapack.EVCompute
					lda := n + 2
					_, opt := rt.run(jobz, ul, n, nil, lda, nil, -1, -1, -1)
					mins := rt.mins(wantz, n)
					sweeps := [][3]int{mins, opt}
					for i := range 3 {
						if opt[i] < mins[i] && !(rt.real && i == 1) {
							t.Errorf("%s n=%d: optimal workspace %v below the minimum %v", rt.name, n, opt, mins)
						}
					}
					for _, sz := range sweeps {
						a := zdrvHerm(rnd, n, lda)
						if rt.real {
							for i := range a {
								a[i] = complex(real(a[i]), 0)
							}
						}
						full := zdrvMatOf(a, n, n, lda)
						zdrvScramble(a, n, lda, ul == blas.Upper)
						w := make([]float64, n)
						name := fmt.Sprintf("%s n=%d,%c,%c,work=%v", rt.name, n, ul, jobz, sz)
						var ok bool
						checkNoDiagnostics(t, func() { ok, _ = rt.run(jobz, ul, n, a, lda, w, sz[0], sz[1], sz[2]) })
						if !ok {
							t.Errorf("%s: not ok", name)
							continue
						}
						if n == 0 {
							continue
						}
						var sum float64
						for _, v := range w {
							sum += v
						}
						if tr := zdrvTrace(full); math.Abs(sum-tr) > 1e-12*float64(n)*full.norm1() {
							t.Errorf("%s: Σλ = %g, trace = %g", name, sum, tr)
						}
						var v *zdrvMat
						if wantz {
							v = zdrvSub(a, n, n, lda)
							pad := drvPadZ
							if rt.real {
								pad = complex(drvPad, 0)
							}
							zdrvCheckPadWith(t, name, a, n, n, lda, pad)
						}
						zdrvCheckEig(t, name, full, w, v)
					}
				}
			}
		}
	}
}

func TestDriverSyevrHeevr(t *testing.T) {
	rnd := drvNewRand(92)
	impl := Implementation{}
	for _, isReal := range []bool{true, false} {
		rname := "Zheevr"
		if isReal {
			rname = "Dsyevr"
		}
		// run calls the routine; lwork -1 queries and returns the optimum.
		run := func(jobz lapack.EVJob, rng EVRange, ul blas.Uplo, n int, a []complex128, lda int, vl, vu float64, il, iu int, w []float64, z []complex128, ldz int, isuppz []int, lwork, lrwork, liwork int) (int, bool, [3]int) {
			if isReal {
				ra := make([]float64, len(a))
				for i, v := range a {
					ra[i] = real(v)
				}
				rz := make([]float64, len(z))
				for i, v := range z {
					rz[i] = real(v)
				}
				work, iwork := make([]float64, max(1, lwork)), make([]int, max(1, liwork))
				m, ok := impl.Dsyevr(jobz, rng, ul, n, ra, lda, vl, vu, il, iu, 0, w, rz, ldz, isuppz, work, lwork, iwork, liwork)
				copy(z, drvToZ(rz))
				return m, ok, [3]int{int(work[0]), 0, iwork[0]}
			}
			work, rwork, iwork := make([]complex128, max(1, lwork)), make([]float64, max(1, lrwork)), make([]int, max(1, liwork))
			m, ok := impl.Zheevr(jobz, rng, ul, n, a, lda, vl, vu, il, iu, 0, w, z, ldz, isuppz, work, lwork, rwork, lrwork, iwork, liwork)
			return m, ok, [3]int{int(real(work[0])), int(rwork[0]), iwork[0]}
		}
		mins := func(n int) [3]int {
			if isReal {
				return [3]int{max(1, 26*n), 0, max(1, 10*n)}
			}
			return [3]int{max(1, 2*n), max(1, 24*n), max(1, 10*n)}
		}
		for _, n := range drvSizes {
			for _, ul := range drvUplos {
				lda := n + 1
				a0 := zdrvHerm(rnd, n, lda)
				if isReal {
					for i := range a0 {
						a0[i] = complex(real(a0[i]), 0)
					}
				}
				full := zdrvMatOf(a0, n, n, lda)
				// Reference eigenvalues from the full computation.
				ref := make([]float64, n)
				{
					a := append([]complex128(nil), a0...)
					_, _, opt := run(lapack.EVNone, RangeAll, ul, n, nil, lda, 0, 0, 0, -1, nil, nil, 1, nil, -1, -1, -1)
					run(lapack.EVNone, RangeAll, ul, n, a, lda, 0, 0, 0, -1, ref, nil, 1, nil, opt[0], max(1, opt[1]), opt[2])
				}
				type sel struct {
					rng    EVRange
					vl, vu float64
					il, iu int
					want   []float64
				}
				sels := []sel{{rng: RangeAll, iu: -1, want: ref}}
				if n >= 3 {
					il, iu := 1, n-2
					sels = append(sels, sel{rng: RangeIndex, il: il, iu: iu, want: ref[il : iu+1]})
					sels = append(sels, sel{rng: RangeIndex, il: 0, iu: n - 1, want: ref})
					vl, vu := (ref[0]+ref[1])/2, (ref[n-2]+ref[n-1])/2
					sels = append(sels, sel{rng: RangeValue, vl: vl, vu: vu, want: ref[1 : n-1]})
				}
				for _, s := range sels {
					for _, jobz := range []lapack.EVJob{lapack.EVCompute, lapack.EVNone} {
						wantz := jobz == lapack.EVCompute
						ncols := n
						if s.rng == RangeIndex {
							ncols = s.iu - s.il + 1
						}
						ldz := ncols + 2
						_, _, opt := run(jobz, s.rng, ul, n, nil, lda, s.vl, s.vu, s.il, s.iu, nil, nil, ldz, nil, -1, -1, -1)
						for _, sz := range [][3]int{mins(n), opt} {
							if isReal {
								sz[1] = 0
							}
							a := append([]complex128(nil), a0...)
							zdrvScramble(a, n, lda, ul == blas.Upper)
							w := make([]float64, n)
							z := zdrvGe(rnd, n, ncols, ldz)
							if isReal {
								for i := range z {
									z[i] = complex(real(z[i]), 0)
								}
							}
							isuppz := make([]int, 2*max(1, ncols))
							name := fmt.Sprintf("%s n=%d,%c,%c,%c(%g,%g,%d,%d),work=%v", rname, n, ul, jobz, s.rng, s.vl, s.vu, s.il, s.iu, sz)
							var m int
							var ok bool
							checkNoDiagnostics(t, func() {
								m, ok, _ = run(jobz, s.rng, ul, n, a, lda, s.vl, s.vu, s.il, s.iu, w, z, ldz, isuppz, sz[0], sz[1], sz[2])
							})
							if !ok {
								t.Errorf("%s: not ok", name)
								continue
							}
							if m != len(s.want) {
								t.Errorf("%s: found %d eigenvalues, want %d", name, m, len(s.want))
								continue
							}
							for i, v := range s.want {
								if math.Abs(w[i]-v) > 1e-12*max(1, full.norm1()) {
									t.Errorf("%s: w[%d] = %g, want %g", name, i, w[i], v)
									break
								}
							}
							if !wantz || n == 0 {
								continue
							}
							pad := drvPadZ
							if isReal {
								pad = complex(drvPad, 0)
							}
							for i := 0; i < n; i++ {
								for j := ncols; j < ldz && i*ldz+j < len(z); j++ {
									if z[i*ldz+j] != pad {
										t.Errorf("%s: padding of z modified", name)
									}
								}
							}
							v := zdrvSub(z, n, m, ldz)
							zdrvCheckEig(t, name, full, w[:m], v)
							if s.rng == RangeAll || (s.rng == RangeIndex && ncols == n) {
								// isuppz describes the eigenvectors of LAPACK's
								// internal tridiagonal matrix: check it is a
								// valid 0-based range for each vector.
								for j := 0; j < m; j++ {
									if lo, hi := isuppz[2*j], isuppz[2*j+1]; lo < 0 || hi >= n || lo > hi {
										t.Errorf("%s: isuppz[%d:%d] = %d,%d out of range", name, 2*j, 2*j+2, lo, hi)
									}
								}
							}
						}
					}
				}
			}
		}
	}
}

func TestDriverSygvdHegvd(t *testing.T) {
	rnd := drvNewRand(93)
	impl := Implementation{}
	for _, isReal := range []bool{true, false} {
		rname := "Zhegvd"
		if isReal {
			rname = "Dsygvd"
		}
		run := func(itype int, jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, b []complex128, ldb int, w []float64, lwork, lrwork, liwork int) (int, bool, [3]int) {
			if isReal {
				ra, rb := make([]float64, len(a)), make([]float64, len(b))
				for i, v := range a {
					ra[i] = real(v)
				}
				for i, v := range b {
					rb[i] = real(v)
				}
				work, iwork := make([]float64, max(1, lwork)), make([]int, max(1, liwork))
				minor, ok := impl.Dsygvd(itype, jobz, ul, n, ra, lda, rb, ldb, w, work, lwork, iwork, liwork)
				copy(a, drvToZ(ra))
				copy(b, drvToZ(rb))
				return minor, ok, [3]int{int(work[0]), 0, iwork[0]}
			}
			work, rwork, iwork := make([]complex128, max(1, lwork)), make([]float64, max(1, lrwork)), make([]int, max(1, liwork))
			minor, ok := impl.Zhegvd(itype, jobz, ul, n, a, lda, b, ldb, w, work, lwork, rwork, lrwork, iwork, liwork)
			return minor, ok, [3]int{int(real(work[0])), int(rwork[0]), iwork[0]}
		}
		mins := func(wantz bool, n int) [3]int {
			if isReal {
				l, li := drvEvdSizes(wantz, n)
				return [3]int{l, 0, li}
			}
			l, lr, li := zdrvEvdSizes(wantz, n)
			return [3]int{l, lr, li}
		}
		for _, n := range []int{0, 1, 2, 5, 33} {
			for _, itype := range []int{1, 2, 3} {
				for _, ul := range drvUplos {
					for _, jobz := range []lapack.EVJob{lapack.EVCompute, lapack.EVNone} {
						wantz := jobz == lapack.EVCompute
						lda, ldb := n+1, n+2
						_, _, opt := run(itype, jobz, ul, n, nil, lda, nil, ldb, nil, -1, -1, -1)
						for _, sz := range [][3]int{mins(wantz, n), opt} {
							a := zdrvHerm(rnd, n, lda)
							b := zdrvHPD(rnd, n, ldb)
							if isReal {
								for i := range a {
									a[i] = complex(real(a[i]), 0)
								}
								for i := range b {
									b[i] = complex(real(b[i]), 0)
								}
							}
							fa, fb := zdrvMatOf(a, n, n, lda), zdrvMatOf(b, n, n, ldb)
							zdrvScramble(a, n, lda, ul == blas.Upper)
							zdrvScramble(b, n, ldb, ul == blas.Upper)
							w := make([]float64, n)
							name := fmt.Sprintf("%s n=%d,itype=%d,%c,%c,work=%v", rname, n, itype, ul, jobz, sz)
							var minor int
							var ok bool
							checkNoDiagnostics(t, func() { minor, ok, _ = run(itype, jobz, ul, n, a, lda, b, ldb, w, sz[0], sz[1], sz[2]) })
							if !ok || minor != 0 {
								t.Errorf("%s: failed (minor %d)", name, minor)
								continue
							}
							if n == 0 {
								continue
							}
							if e := zdrvCholCheck(fb, b, n, ldb, ul); e > 1e-13*float64(n) {
								t.Errorf("%s: B factor error %g", name, e)
							}
							for i := 1; i < n; i++ {
								if w[i] < w[i-1] {
									t.Errorf("%s: eigenvalues not ascending", name)
								}
							}
							if !wantz {
								continue
							}
							x := zdrvMatOf(a, n, n, lda)
							// The residual of the itype's equation, column by
							// column, and the normalization.
							var lhs, rhs zdrvMat
							switch itype {
							case 1:
								lhs, rhs = fa.mul(x), fb.mul(x)
							case 2:
								lhs, rhs = fa.mul(fb.mul(x)), x
							case 3:
								lhs, rhs = fb.mul(fa.mul(x)), x
							}
							for j := 0; j < n; j++ {
								for i := 0; i < n; i++ {
									lhs.d[i*n+j] -= complex(w[j], 0) * rhs.at(i, j)
								}
							}
							scale := fa.norm1() * fb.norm1() * x.norm1() * float64(n)
							if e := lhs.maxAbs(); e > 1e-13*scale {
								t.Errorf("%s: eigen-equation residual %g (scale %g)", name, e, scale)
							}
							var g zdrvMat
							if itype == 3 {
								// Xᴴ B⁻¹ X = I ⟺ Bᴴ-solve: check X Xᴴ = B instead.
								g = x.mul(x.H()).sub(fb)
								if e := g.maxAbs(); e > 1e-12*fb.norm1()*float64(n) {
									t.Errorf("%s: X Xᴴ - B = %g", name, e)
								}
								continue
							}
							g = x.H().mul(fb.mul(x)).sub(zdrvEye(n))
							if e := g.maxAbs(); e > 1e-12*float64(n) {
								t.Errorf("%s: Xᴴ B X - I = %g", name, e)
							}
						}
					}
				}
			}
		}
		// B not positive definite: its leading minor of order 2 is negative.
		n := 3
		a := zdrvHerm(rnd, n, n)
		b := []complex128{1, 2, 0, 2, 1, 0, 0, 0, 1}
		w := make([]float64, n)
		minor, ok, _ := run(1, lapack.EVCompute, blas.Upper, n, a, n, b, n, w, 100, 100, 100)
		if ok || minor != 2 {
			t.Errorf("%s: indefinite B gave ok=%t minor=%d, want false, 2", rname, ok, minor)
		}
	}
}

func TestDriverZgeev(t *testing.T) {
	rnd := drvNewRand(94)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, jl := range []lapack.LeftEVJob{lapack.LeftEVCompute, lapack.LeftEVNone} {
			for _, jr := range []lapack.RightEVJob{lapack.RightEVCompute, lapack.RightEVNone} {
				lda, ldv := n+1, n+2
				work := make([]complex128, 1)
				impl.Zgeev(jl, jr, n, nil, lda, nil, nil, ldv, nil, ldv, work, -1, nil)
				for _, lwork := range drvLWorks(max(1, 2*n), int(real(work[0]))) {
					a := zdrvGe(rnd, n, n, lda)
					full := zdrvMatOf(a, n, n, lda)
					w := make([]complex128, n)
					vl, vr := zdrvGe(rnd, n, n, ldv), zdrvGe(rnd, n, n, ldv)
					ldvl, ldvr := ldv, ldv
					if jl == lapack.LeftEVNone {
						vl, ldvl = nil, 1
					}
					if jr == lapack.RightEVNone {
						vr, ldvr = nil, 1
					}
					name := fmt.Sprintf("n=%d,%c%c,lwork=%d", n, jl, jr, lwork)
					var first int
					checkNoDiagnostics(t, func() {
						first = impl.Zgeev(jl, jr, n, a, lda, w, vl, ldvl, vr, ldvr, make([]complex128, lwork), lwork, make([]float64, 2*n))
					})
					if first != 0 {
						t.Errorf("%s: first = %d", name, first)
						continue
					}
					if n == 0 {
						continue
					}
					var sum complex128
					for _, v := range w {
						sum += v
					}
					var tr complex128
					for i := 0; i < n; i++ {
						tr += full.at(i, i)
					}
					if cmplx.Abs(sum-tr) > 1e-12*float64(n)*full.norm1() {
						t.Errorf("%s: Σλ = %v, trace = %v", name, sum, tr)
					}
					tol := 1e-12 * float64(n) * full.norm1()
					check := func(v []complex128, left bool) {
						vm := zdrvMatOf(v, n, n, ldv)
						for j := 0; j < n; j++ {
							var res, nrm float64
							var big complex128
							for i := 0; i < n; i++ {
								nrm = math.Hypot(nrm, cmplx.Abs(vm.at(i, j)))
								if cmplx.Abs(vm.at(i, j)) > cmplx.Abs(big) {
									big = vm.at(i, j)
								}
								var s complex128
								for k := 0; k < n; k++ {
									if left {
										// (uᴴA)_i = Σ_k conj(u_k) A_ki
										s += cmplx.Conj(vm.at(k, j)) * full.at(k, i)
									} else {
										s += full.at(i, k) * vm.at(k, j)
									}
								}
								if left {
									s -= w[j] * cmplx.Conj(vm.at(i, j))
								} else {
									s -= w[j] * vm.at(i, j)
								}
								res = max(res, cmplx.Abs(s))
							}
							if res > tol || math.Abs(nrm-1) > 1e-13*float64(n) || math.Abs(imag(big)) > 1e-13 {
								t.Errorf("%s: vector %d (left %t): residual %g, norm %g, largest %v", name, j, left, res, nrm, big)
							}
						}
					}
					if vl != nil {
						check(vl, true)
					}
					if vr != nil {
						check(vr, false)
					}
				}
			}
		}
	}
}

func TestDriverGgev(t *testing.T) {
	rnd := drvNewRand(95)
	impl := Implementation{}
	for _, isReal := range []bool{true, false} {
		rname := "Zggev"
		if isReal {
			rname = "Dggev"
		}
		// run returns the eigenvalue pairs as complex alpha and real-or-
		// complex beta, and the eigenvectors as complex columns.
		run := func(jl lapack.LeftEVJob, jr lapack.RightEVJob, n int, a []complex128, lda int, b []complex128, ldb int, lwork int) (alpha, beta []complex128, vl, vr *zdrvMat, first int, ok bool, opt int) {
			ldv := n + 1
			if isReal {
				ra, rb := make([]float64, len(a)), make([]float64, len(b))
				for i, v := range a {
					ra[i] = real(v)
				}
				for i, v := range b {
					rb[i] = real(v)
				}
				ar, ai, be := make([]float64, n), make([]float64, n), make([]float64, n)
				rvl, rvr := make([]float64, n*ldv), make([]float64, n*ldv)
				work := make([]float64, max(1, lwork))
				if lwork == -1 {
					ra, rb = nil, nil
				}
				first, ok = impl.Dggev(jl, jr, n, ra, lda, rb, ldb, ar, ai, be, rvl, ldv, rvr, ldv, work, lwork)
				opt = int(work[0])
				if lwork == -1 || !ok {
					return
				}
				alpha, beta = make([]complex128, n), make([]complex128, n)
				for j := 0; j < n; j++ {
					alpha[j], beta[j] = complex(ar[j], ai[j]), complex(be[j], 0)
				}
				// Unpack Dgeev-style real storage of complex pairs.
				unpack := func(rv []float64) *zdrvMat {
					m := zdrvMat{n, n, make([]complex128, n*n)}
					for j := 0; j < n; j++ {
						for i := 0; i < n; i++ {
							switch {
							case ai[j] == 0:
								m.d[i*n+j] = complex(rv[i*ldv+j], 0)
							case ai[j] > 0:
								m.d[i*n+j] = complex(rv[i*ldv+j], rv[i*ldv+j+1])
							default:
								m.d[i*n+j] = complex(rv[i*ldv+j-1], -rv[i*ldv+j])
							}
						}
					}
					return &m
				}
				if jl == lapack.LeftEVCompute {
					vl = unpack(rvl)
				}
				if jr == lapack.RightEVCompute {
					vr = unpack(rvr)
				}
				return
			}
			alpha, beta = make([]complex128, n), make([]complex128, n)
			zvl, zvr := make([]complex128, n*ldv), make([]complex128, n*ldv)
			work := make([]complex128, max(1, lwork))
			first, ok = impl.Zggev(jl, jr, n, a, lda, b, ldb, alpha, beta, zvl, ldv, zvr, ldv, work, lwork, make([]float64, 8*n))
			opt = int(real(work[0]))
			if jl == lapack.LeftEVCompute && n > 0 {
				vl = zdrvSub(zvl, n, n, ldv)
			}
			if jr == lapack.RightEVCompute && n > 0 {
				vr = zdrvSub(zvr, n, n, ldv)
			}
			return
		}
		minw := func(n int) int {
			if isReal {
				return max(1, 8*n)
			}
			return max(1, 2*n)
		}
		for _, n := range drvSizes {
			for _, jl := range []lapack.LeftEVJob{lapack.LeftEVCompute, lapack.LeftEVNone} {
				for _, jr := range []lapack.RightEVJob{lapack.RightEVCompute, lapack.RightEVNone} {
					lda, ldb := n+2, n+1
					_, _, _, _, _, _, opt := run(jl, jr, n, nil, lda, nil, ldb, -1)
					for _, lwork := range drvLWorks(minw(n), opt) {
						a, b := zdrvGe(rnd, n, n, lda), zdrvGe(rnd, n, n, ldb)
						if isReal {
							for i := range a {
								a[i] = complex(real(a[i]), 0)
							}
							for i := range b {
								b[i] = complex(real(b[i]), 0)
							}
						}
						fa, fb := zdrvMatOf(a, n, n, lda), zdrvMatOf(b, n, n, ldb)
						name := fmt.Sprintf("%s n=%d,%c%c,lwork=%d", rname, n, jl, jr, lwork)
						var alpha, beta []complex128
						var vl, vr *zdrvMat
						var first int
						var ok bool
						checkNoDiagnostics(t, func() { alpha, beta, vl, vr, first, ok, _ = run(jl, jr, n, a, lda, b, ldb, lwork) })
						if !ok || first != 0 {
							t.Errorf("%s: failed, first %d", name, first)
							continue
						}
						if n == 0 {
							continue
						}
						// det(β A - α B) = 0 is checked through the vectors:
						// β A v = α B v and β uᴴ A = α uᴴ B, relative to the
						// sizes involved.
						for j := 0; j < n; j++ {
							scale := (cmplx.Abs(beta[j])*fa.norm1() + cmplx.Abs(alpha[j])*fb.norm1()) * float64(n)
							if vr != nil {
								var res float64
								for i := 0; i < n; i++ {
									var s complex128
									for k := 0; k < n; k++ {
										s += (beta[j]*fa.at(i, k) - alpha[j]*fb.at(i, k)) * vr.at(k, j)
									}
									res = max(res, cmplx.Abs(s))
								}
								if res > 1e-13*scale {
									t.Errorf("%s: right vector %d residual %g (scale %g)", name, j, res, scale)
								}
								zdrvCheckGgevNorm(t, name, vr, j)
							}
							if vl != nil {
								var res float64
								for i := 0; i < n; i++ {
									var s complex128
									for k := 0; k < n; k++ {
										s += cmplx.Conj(vl.at(k, j)) * (beta[j]*fa.at(k, i) - alpha[j]*fb.at(k, i))
									}
									res = max(res, cmplx.Abs(s))
								}
								if res > 1e-13*scale {
									t.Errorf("%s: left vector %d residual %g (scale %g)", name, j, res, scale)
								}
								zdrvCheckGgevNorm(t, name, vl, j)
							}
						}
					}
				}
			}
		}
	}
}

// zdrvCheckGgevNorm checks ?ggev's normalization: the largest component of
// each eigenvector has |re| + |im| = 1.
func zdrvCheckGgevNorm(t *testing.T, name string, v *zdrvMat, j int) {
	t.Helper()
	var big float64
	for i := 0; i < v.r; i++ {
		big = max(big, math.Abs(real(v.at(i, j)))+math.Abs(imag(v.at(i, j))))
	}
	if math.Abs(big-1) > 1e-13 {
		t.Errorf("%s: vector %d has largest |re|+|im| = %g, want 1", name, j, big)
	}
}
