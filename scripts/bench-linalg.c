// bench-linalg times, from C, the LAPACK calls that SciPy 1.10's
// scipy.linalg makes for each function scripts/bench-linalg.sh compares, on
// the library that pkg-config's "lapacke" resolves to: the floor that
// neither SciPy nor goscipy can go below with the same LAPACK, since both
// copy the input and then make these calls. It is a measuring tool, not part
// of goscipy.
//
// Build (the script does this into a temporary directory):
//
//	gcc -O2 -o bench-linalg scripts/bench-linalg.c $(pkg-config --cflags --libs lapacke blas) -lm
//
// Usage:
//
//	bench-linalg [-t seconds] [-q]
//
// -t is the time budget per function and size (0.3 s by default, as
// bench_linalg_scipy.py); -q skips n = 1000. Output, one line per call:
//
//	Func/n=N seconds_per_call
//
// the median of 3 to 7 samples, each a calibrated number of calls, the way
// bench_linalg_scipy.py times SciPy. Every call starts with the copy of
// the input into column-major work storage that LAPACK overwrites (SciPy's
// f2py makes the same copy), then runs, with workspaces sized by a query
// made once before timing:
//
//	Solve     dlange('1') + dgetrf + dgetrs + dgecon   (scipy.linalg.solve)
//	Inv       dgetrf + dgetri                          (inv)
//	Det       dgetrf + product of U's diagonal         (det's Fortran flinalg)
//	Cholesky  dpotrf('U')                              (cholesky)
//	LU        dgetrf                                   (lu; building P, L, U not counted)
//	QR        dgeqrf + dorgqr                          (qr, mode 'full')
//	SVD       dgesdd('A')                              (svd)
//	Eigh      dsyevr('V', 'A', 'L')                    (eigh, driver 'evr')
//	LstSq     dgelsd                                   (lstsq, driver 'gelsd')
//	Eig       dgeev('N', 'V')                          (eig)
//
// Expm is SciPy-side Python around several LAPACK and BLAS calls and has no
// single floor. The matrices have the structure of scipy/linalg's Go
// benchmarks (standard normal entries; A·Aᵀ + n·I for Cholesky and Eigh)
// from another generator, which is all the timing depends on.
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static unsigned long long rng = 88172645463325252ULL;

// normal returns a standard normal deviate (xorshift64 and Box-Muller).
static double normal(void) {
	double u[2];
	for (int i = 0; i < 2; i++) {
		rng ^= rng << 13;
		rng ^= rng >> 7;
		rng ^= rng << 17;
		u[i] = ((rng >> 11) + 0.5) * 0x1p-53;
	}
	return sqrt(-2 * log(u[0])) * cos(2 * M_PI * u[1]);
}

static void *xmalloc(size_t n) {
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "bench-linalg: out of memory\n");
		exit(1);
	}
	return p;
}

// The state every call works on: inputs a (general), s (SPD), b (n×1),
// work copies w and x, outputs and LAPACK workspaces sized for n.
static int n;
static double *a, *s, *b, *w, *x, *u, *vt, *ev, *wr, *wi, *work;
static lapack_int *ipiv, *iwork, *isuppz;
static lapack_int lwork, liwork;

static void check(const char *fn, lapack_int info) {
	if (info < 0) {
		fprintf(stderr, "bench-linalg: %s: argument %d rejected\n", fn, (int)-info);
		exit(1);
	}
}

static void solve(void) {
	memcpy(w, a, sizeof(double) * n * n);
	memcpy(x, b, sizeof(double) * n);
	double anorm = LAPACKE_dlange_work(LAPACK_COL_MAJOR, '1', n, n, w, n, work), rcond;
	check("dgetrf", LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, n, n, w, n, ipiv));
	check("dgetrs", LAPACKE_dgetrs_work(LAPACK_COL_MAJOR, 'N', n, 1, w, n, ipiv, x, n));
	check("dgecon", LAPACKE_dgecon_work(LAPACK_COL_MAJOR, '1', n, w, n, anorm, &rcond, work, iwork));
}

static void inv(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgetrf", LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, n, n, w, n, ipiv));
	check("dgetri", LAPACKE_dgetri_work(LAPACK_COL_MAJOR, n, w, n, ipiv, work, lwork));
}

static volatile double sink;

static void det(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgetrf", LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, n, n, w, n, ipiv));
	double d = 1;
	for (int i = 0; i < n; i++) d *= ipiv[i] == i + 1 ? w[i * n + i] : -w[i * n + i];
	sink = d;
}

static void cholesky(void) {
	memcpy(w, s, sizeof(double) * n * n);
	check("dpotrf", LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, 'U', n, w, n));
}

static void lu(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgetrf", LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, n, n, w, n, ipiv));
}

static void qr(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgeqrf", LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, n, n, w, n, ev, work, lwork));
	check("dorgqr", LAPACKE_dorgqr_work(LAPACK_COL_MAJOR, n, n, n, w, n, ev, work, lwork));
}

static void svd(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgesdd", LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 'A', n, n, w, n, ev, u, n, vt, n, work, lwork, iwork));
}

static void eigh(void) {
	memcpy(w, s, sizeof(double) * n * n);
	lapack_int m;
	check("dsyevr", LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, 'V', 'A', 'L', n, w, n, 0, 0, 0, 0, 0, &m, ev, u, n,
		isuppz, work, lwork, iwork, liwork));
}

static void lstsq(void) {
	memcpy(w, a, sizeof(double) * n * n);
	memcpy(x, b, sizeof(double) * n);
	lapack_int rank;
	check("dgelsd", LAPACKE_dgelsd_work(LAPACK_COL_MAJOR, n, n, 1, w, n, x, n, ev, -1, &rank, work, lwork, iwork));
}

static void eig(void) {
	memcpy(w, a, sizeof(double) * n * n);
	check("dgeev", LAPACKE_dgeev_work(LAPACK_COL_MAJOR, 'N', 'V', n, w, n, wr, wi, NULL, 1, vt, n, work, lwork));
}

// sizework sets lwork and liwork to the largest workspace any call above
// asks for at order n (LAPACK's workspace queries), plus slack.
static void sizework(void) {
	double q[8];
	lapack_int iq = 0, m, rank;
	lwork = 64 * n + 64;
	liwork = 10 * n + 64;
	LAPACKE_dgetri_work(LAPACK_COL_MAJOR, n, w, n, ipiv, q, -1);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, n, n, w, n, ev, q, -1);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	LAPACKE_dorgqr_work(LAPACK_COL_MAJOR, n, n, n, w, n, ev, q, -1);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 'A', n, n, w, n, ev, u, n, vt, n, q, -1, iwork);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, 'V', 'A', 'L', n, w, n, 0, 0, 0, 0, 0, &m, ev, u, n, isuppz, q, -1, &iq, -1);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	if (iq > liwork) liwork = iq;
	LAPACKE_dgelsd_work(LAPACK_COL_MAJOR, n, n, 1, w, n, x, n, ev, -1, &rank, q, -1, &iq);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
	if (iq > liwork) liwork = iq;
	LAPACKE_dgeev_work(LAPACK_COL_MAJOR, 'N', 'V', n, w, n, wr, wi, NULL, 1, vt, n, q, -1);
	if (q[0] > lwork) lwork = (lapack_int)q[0];
}

static void setup(int order) {
	n = order;
	size_t nn = (size_t)n * n;
	a = xmalloc(sizeof(double) * nn);
	s = xmalloc(sizeof(double) * nn);
	w = xmalloc(sizeof(double) * nn);
	u = xmalloc(sizeof(double) * nn);
	vt = xmalloc(sizeof(double) * nn);
	b = xmalloc(sizeof(double) * n);
	x = xmalloc(sizeof(double) * n);
	ev = xmalloc(sizeof(double) * n);
	wr = xmalloc(sizeof(double) * n);
	wi = xmalloc(sizeof(double) * n);
	ipiv = xmalloc(sizeof(lapack_int) * n);
	isuppz = xmalloc(sizeof(lapack_int) * 2 * n);
	for (size_t i = 0; i < nn; i++) a[i] = normal();
	for (int i = 0; i < n; i++) b[i] = normal();
	// s = g·gᵀ + n·I for a fresh normal g, kept in w meanwhile.
	for (size_t i = 0; i < nn; i++) w[i] = normal();
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++) {
			double t = i == j ? n : 0;
			for (int k = 0; k < n; k++) t += w[i + k * n] * w[j + k * n];
			s[i + j * n] = t;
		}
	}
	iwork = xmalloc(sizeof(lapack_int) * (10 * n + 64));
	sizework();
	free(iwork);
	iwork = xmalloc(sizeof(lapack_int) * liwork);
	work = xmalloc(sizeof(double) * lwork);
}

static void teardown(void) {
	free(a), free(s), free(w), free(u), free(vt), free(b), free(x);
	free(ev), free(wr), free(wi), free(ipiv), free(isuppz), free(iwork), free(work);
}

static int cmp(const void *p, const void *q) {
	double x = *(const double *)p, y = *(const double *)q;
	return (x > y) - (x < y);
}

// timecall prints the median time of one call of f, as
// bench_linalg_scipy.py does for SciPy: a number of calls lasting at least
// 0.2 s makes one sample (timeit's autorange), and as many samples as fit
// the budget, 3 to 7, are taken.
static void timecall(const char *name, void (*f)(void), double budget) {
	long number = 1;
	double t;
	for (;;) {
		double t0 = now();
		for (long i = 0; i < number; i++) f();
		t = now() - t0;
		if (t >= 0.2) break;
		number *= t > 0.02 ? 2 : 10;
	}
	int reps = (int)(budget / (t / number) / number);
	reps = reps < 3 ? 3 : reps > 7 ? 7 : reps;
	double sample[7];
	for (int r = 0; r < reps; r++) {
		double t0 = now();
		for (long i = 0; i < number; i++) f();
		sample[r] = (now() - t0) / number;
	}
	qsort(sample, reps, sizeof(double), cmp);
	printf("%s/n=%d %.9g\n", name, n, sample[reps / 2]);
	fflush(stdout);
}

int main(int argc, char **argv) {
	double budget = 0.3;
	int quick = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-t") && i + 1 < argc) {
			budget = atof(argv[++i]);
		} else if (!strcmp(argv[i], "-q")) {
			quick = 1;
		} else {
			fprintf(stderr, "usage: bench-linalg [-t seconds] [-q]\n");
			return 2;
		}
	}
	static const struct {
		const char *name;
		void (*f)(void);
	} calls[] = {
		{"Solve", solve}, {"Inv", inv}, {"Det", det}, {"Cholesky", cholesky}, {"LU", lu},
		{"QR", qr}, {"SVD", svd}, {"Eigh", eigh}, {"LstSq", lstsq}, {"Eig", eig},
	};
	int sizes[] = {10, 100, 1000};
	for (int k = 0; k < (quick ? 2 : 3); k++) {
		setup(sizes[k]);
		for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) timecall(calls[c].name, calls[c].f, budget);
		teardown();
	}
	return 0;
}
