package lapacke

// SciPy's eigenvalue predicates for the Schur drivers (see SchurSort).
// LAPACK calls them back, so they are C: a Go callback is ruled out by
// nocallback. The real standard ones take λ = wr + i*wi, the real
// generalized ones λ = (ar + i*ai)/b, the complex ones λ = *w and
// λ = *a / *b. Moduli are compared after scaling by the largest component,
// which needs no libm (the package links only what pkg-config names) and
// cannot overflow.

/*
#cgo nocallback goscipy_dselect2
#cgo nocallback goscipy_dselect3
#cgo nocallback goscipy_zselect1
#cgo nocallback goscipy_zselect2
#include <complex.h>
#include <lapacke.h>

static double goscipy_abs(double x) { return x < 0 ? -x : x; }
static double goscipy_max(double x, double y) { return x > y ? x : y; }

// goscipy_cmp_mod returns the sign of |x| - |y| for complex x and y.
static int goscipy_cmp_mod(double xr, double xi, double yr, double yi) {
	double s = goscipy_max(goscipy_max(goscipy_abs(xr), goscipy_abs(xi)),
		goscipy_max(goscipy_abs(yr), goscipy_abs(yi)));
	if (s == 0) {
		return 0;
	}
	xr /= s; xi /= s; yr /= s; yi /= s;
	double d = (xr*xr + xi*xi) - (yr*yr + yi*yi);
	return (d > 0) - (d < 0);
}

// goscipy_sign_re_div returns the sign of real(a/b) for b != 0: that of
// re(a)re(b) + im(a)im(b), computed on a and b each scaled by its largest
// component so that nothing overflows.
static int goscipy_sign_re_div(lapack_complex_double a, lapack_complex_double b) {
	double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
	double sa = goscipy_max(goscipy_abs(ar), goscipy_abs(ai));
	double sb = goscipy_max(goscipy_abs(br), goscipy_abs(bi));
	if (sa == 0) {
		return 0;
	}
	double d = (ar/sa)*(br/sb) + (ai/sa)*(bi/sb);
	return (d > 0) - (d < 0);
}

static lapack_logical goscipy_d2_lhp(const double *wr, const double *wi) { return *wr < 0; }
static lapack_logical goscipy_d2_rhp(const double *wr, const double *wi) { return *wr >= 0; }
static lapack_logical goscipy_d2_iuc(const double *wr, const double *wi) { return goscipy_cmp_mod(*wr, *wi, 1, 0) <= 0; }
static lapack_logical goscipy_d2_ouc(const double *wr, const double *wi) { return goscipy_cmp_mod(*wr, *wi, 1, 0) > 0; }

static lapack_logical goscipy_d3_lhp(const double *ar, const double *ai, const double *b) {
	return (*ar < 0 && *b > 0) || (*ar > 0 && *b < 0);
}
static lapack_logical goscipy_d3_rhp(const double *ar, const double *ai, const double *b) {
	return (*ar > 0 && *b > 0) || (*ar < 0 && *b < 0);
}
static lapack_logical goscipy_d3_iuc(const double *ar, const double *ai, const double *b) {
	return *b != 0 && goscipy_cmp_mod(*ar, *ai, *b, 0) < 0;
}
static lapack_logical goscipy_d3_ouc(const double *ar, const double *ai, const double *b) {
	if (*b == 0) {
		return *ar != 0 || *ai != 0;
	}
	return goscipy_cmp_mod(*ar, *ai, *b, 0) > 0;
}

static lapack_logical goscipy_z1_lhp(const lapack_complex_double *w) { return creal(*w) < 0; }
static lapack_logical goscipy_z1_rhp(const lapack_complex_double *w) { return creal(*w) >= 0; }
static lapack_logical goscipy_z1_iuc(const lapack_complex_double *w) {
	return goscipy_cmp_mod(creal(*w), cimag(*w), 1, 0) <= 0;
}
static lapack_logical goscipy_z1_ouc(const lapack_complex_double *w) {
	return goscipy_cmp_mod(creal(*w), cimag(*w), 1, 0) > 0;
}

static lapack_logical goscipy_z2_lhp(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_sign_re_div(*a, *b) < 0;
}
static lapack_logical goscipy_z2_rhp(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_sign_re_div(*a, *b) > 0;
}
static lapack_logical goscipy_z2_iuc(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_cmp_mod(creal(*a), cimag(*a), creal(*b), cimag(*b)) < 0;
}
static lapack_logical goscipy_z2_ouc(const lapack_complex_double *a, const lapack_complex_double *b) {
	if (*b == 0) {
		return *a != 0;
	}
	return goscipy_cmp_mod(creal(*a), cimag(*a), creal(*b), cimag(*b)) > 0;
}

// goscipy_dselect2, goscipy_dselect3, goscipy_zselect1 and goscipy_zselect2
// return the predicate for a SchurSort letter, or NULL for none.
static LAPACK_D_SELECT2 goscipy_dselect2(int kind) {
	switch (kind) {
	case 'L': return goscipy_d2_lhp;
	case 'R': return goscipy_d2_rhp;
	case 'I': return goscipy_d2_iuc;
	case 'O': return goscipy_d2_ouc;
	}
	return NULL;
}
static LAPACK_D_SELECT3 goscipy_dselect3(int kind) {
	switch (kind) {
	case 'L': return goscipy_d3_lhp;
	case 'R': return goscipy_d3_rhp;
	case 'I': return goscipy_d3_iuc;
	case 'O': return goscipy_d3_ouc;
	}
	return NULL;
}
static LAPACK_Z_SELECT1 goscipy_zselect1(int kind) {
	switch (kind) {
	case 'L': return goscipy_z1_lhp;
	case 'R': return goscipy_z1_rhp;
	case 'I': return goscipy_z1_iuc;
	case 'O': return goscipy_z1_ouc;
	}
	return NULL;
}
static LAPACK_Z_SELECT2 goscipy_zselect2(int kind) {
	switch (kind) {
	case 'L': return goscipy_z2_lhp;
	case 'R': return goscipy_z2_rhp;
	case 'I': return goscipy_z2_iuc;
	case 'O': return goscipy_z2_ouc;
	}
	return NULL;
}
*/
import "C"

// checkSchurSort panics unless sort is one of the SchurSort constants.
func checkSchurSort(sort SchurSort) {
	switch sort {
	case SortNone, SortLHP, SortRHP, SortIUC, SortOUC:
		return
	}
	panic(drvBadSchurSort)
}

// sortArgs returns LAPACK's SORT character for a validated sort and the
// logical workspace LAPACK needs when sorting an n×n problem (nil
// otherwise).
func sortArgs(sort SchurSort, n int) (C.char, []C.lapack_logical) {
	if sort == SortNone {
		return 'N', nil
	}
	return 'S', make([]C.lapack_logical, n)
}

// dselect2 returns dgees's predicate for sort (nil for SortNone).
func dselect2(sort SchurSort) C.LAPACK_D_SELECT2 { return C.goscipy_dselect2(C.int(sort)) }

// dselect3 returns dgges's predicate for sort (nil for SortNone).
func dselect3(sort SchurSort) C.LAPACK_D_SELECT3 { return C.goscipy_dselect3(C.int(sort)) }

// zselect1 returns zgees's predicate for sort (nil for SortNone).
func zselect1(sort SchurSort) C.LAPACK_Z_SELECT1 { return C.goscipy_zselect1(C.int(sort)) }

// zselect2 returns zgges's predicate for sort (nil for SortNone).
func zselect2(sort SchurSort) C.LAPACK_Z_SELECT2 { return C.goscipy_zselect2(C.int(sort)) }
