// bench-blas times the CBLAS calls that cblas/bench_test.go times, on the
// library that pkg-config's "blas" resolves to, so scripts/bench-blas.sh can
// put Go and C side by side. It is a measuring tool, not part of goscipy.
//
// Build (the script does this into a temporary directory):
//
//	gcc -O2 -o bench-blas scripts/bench-blas.c $(pkg-config --cflags --libs blas)
//
// Usage:
//
//	bench-blas [-i] [-t seconds] [-n 4,8,16] [Func ...]
//
// -i prints the header describing the library and exits; -t is the minimum
// measuring time per (Func, n), 0.2 s by default; -n the sizes, 4..2048 by
// powers of two by default; the Funcs are the names below (Ddot, Dgemm, ...),
// all by default. Each (Func, n) is run in samples of a calibrated number of
// calls until -t has passed and at least 5 samples (3 when one call is longer
// than -t) were taken; the median sample is printed.
//
// Output: lines starting with '#' describe the run; every other line is
//
//	Func n ns_per_op samples
//
// The operations match the Go benchmarks exactly: row-major, unit strides,
// leading dimension n, and
//
//	?dot/?dotu  n-vectors
//	?axpy       y += α x with α's sign alternating, so y stays bounded
//	?gemv       y = A x + 0.5 y, A n×n, NoTrans
//	?gemm       C = A B + 0.5 C, all n×n, NoTrans
//	?trsm       B = A⁻¹ B, Left, Upper, NoTrans, NonUnit, alternating A with
//	            its computed inverse so that B returns to itself every two calls
//	?syrk/?herk C = A Aᵀ + 0.5 C (Aᴴ for herk), Upper, NoTrans, k = n
//
// The input values differ from Go's (another generator), but both are
// uniform in [-1, 1) with the same structure, which is all timing depends on.
#define _GNU_SOURCE
#include <cblas.h>
#include <complex.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum kind { DOT, AXPY, GEMV, GEMM, TRSM, SYRK };
enum prec { S, D, C, Z };

struct bench {
	const char *name;
	enum prec prec;
	enum kind kind;
};

static const struct bench benches[] = {
	{"Sdot", S, DOT},   {"Saxpy", S, AXPY}, {"Sgemv", S, GEMV},
	{"Sgemm", S, GEMM}, {"Strsm", S, TRSM}, {"Ssyrk", S, SYRK},
	{"Ddot", D, DOT},   {"Daxpy", D, AXPY}, {"Dgemv", D, GEMV},
	{"Dgemm", D, GEMM}, {"Dtrsm", D, TRSM}, {"Dsyrk", D, SYRK},
	{"Cdotu", C, DOT},  {"Caxpy", C, AXPY}, {"Cgemv", C, GEMV},
	{"Cgemm", C, GEMM}, {"Ctrsm", C, TRSM}, {"Cherk", C, SYRK},
	{"Zdotu", Z, DOT},  {"Zaxpy", Z, AXPY}, {"Zgemv", Z, GEMV},
	{"Zgemm", Z, GEMM}, {"Ztrsm", Z, TRSM}, {"Zherk", Z, SYRK},
};

static const int default_sizes[] = {4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048};

// Reals per element: complex types are stored as interleaved pairs.
static int width(enum prec p) { return p == C || p == Z ? 2 : 1; }
static int is_single(enum prec p) { return p == S || p == C; }

// The operands of one (Func, n). Buffers are double or float according to
// prec and hold n*n elements (or n for vectors).
struct work {
	const struct bench *b;
	int n;
	void *a, *ainv, *bm, *b0, *c, *x, *y, *y0;
};

// sink keeps the dot products alive.
static volatile double sink;

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

// uniform returns a value in [-1, 1) from xorshift64*.
static double uniform(void) {
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	uint64_t r = rng_state * 0x2545f4914f6cdd1dull;
	return (double)(r >> 11) / 9007199254740992.0 * 2 - 1;
}

static void *alloc(const struct work *w, size_t elems) {
	size_t bytes = elems * width(w->b->prec) * (is_single(w->b->prec) ? sizeof(float) : sizeof(double));
	void *p = NULL;
	if (posix_memalign(&p, 64, bytes ? bytes : 64) != 0) {
		fprintf(stderr, "bench-blas: out of memory for %zu bytes\n", bytes);
		exit(1);
	}
	return p;
}

// set stores v at real index i of buf (interleaved for complex types).
static void set(const struct work *w, void *buf, size_t i, double v) {
	if (is_single(w->b->prec))
		((float *)buf)[i] = (float)v;
	else
		((double *)buf)[i] = v;
}

static void fill(const struct work *w, void *buf, size_t elems) {
	size_t reals = elems * width(w->b->prec);
	for (size_t i = 0; i < reals; i++)
		set(w, buf, i, uniform());
}

static void copy(const struct work *w, void *dst, const void *src, size_t elems) {
	memcpy(dst, src, elems * width(w->b->prec) * (is_single(w->b->prec) ? sizeof(float) : sizeof(double)));
}

// triangular fills a with a well-conditioned upper triangle: diagonal in
// [1, 2], off-diagonal entries uniform in [-1/n, 1/n), zeros below. None is
// zero, so no implementation can skip work on them.
static void triangular(const struct work *w, void *a) {
	int n = w->n, wd = width(w->b->prec);
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++) {
			for (int p = 0; p < wd; p++) {
				size_t k = ((size_t)i * n + j) * wd + p;
				double v = 0;
				if (j > i)
					v = uniform() / n;
				else if (j == i)
					v = p == 0 ? 1.5 + uniform() / 2 : uniform() / 2;
				set(w, a, k, v);
			}
		}
	}
}

// invert overwrites ainv with A⁻¹ by solving A X = I with the library's own
// trsm; the result is upper triangular and dense.
static void invert(const struct work *w) {
	int n = w->n, wd = width(w->b->prec);
	size_t reals = (size_t)n * n * wd;
	for (size_t k = 0; k < reals; k++)
		set(w, w->ainv, k, 0);
	for (int i = 0; i < n; i++)
		set(w, w->ainv, ((size_t)i * n + i) * wd, 1);
	float one_s = 1, one_c[2] = {1, 0};
	double one_d = 1, one_z[2] = {1, 0};
	switch (w->b->prec) {
	case S:
		cblas_strsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_s, w->a, n, w->ainv, n);
		break;
	case D:
		cblas_dtrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_d, w->a, n, w->ainv, n);
		break;
	case C:
		cblas_ctrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_c, w->a, n, w->ainv, n);
		break;
	case Z:
		cblas_ztrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_z, w->a, n, w->ainv, n);
		break;
	}
}

static void setup(struct work *w, const struct bench *b, int n) {
	memset(w, 0, sizeof *w);
	w->b = b;
	w->n = n;
	size_t nn = (size_t)n * n;
	switch (b->kind) {
	case DOT:
	case AXPY:
		w->x = alloc(w, n), w->y = alloc(w, n);
		fill(w, w->x, n), fill(w, w->y, n);
		break;
	case GEMV:
		w->a = alloc(w, nn), w->x = alloc(w, n), w->y = alloc(w, n);
		fill(w, w->a, nn), fill(w, w->x, n), fill(w, w->y, n);
		break;
	case GEMM:
		w->a = alloc(w, nn), w->bm = alloc(w, nn), w->c = alloc(w, nn);
		fill(w, w->a, nn), fill(w, w->bm, nn), fill(w, w->c, nn);
		break;
	case TRSM:
		w->a = alloc(w, nn), w->ainv = alloc(w, nn), w->bm = alloc(w, nn), w->b0 = alloc(w, nn);
		triangular(w, w->a);
		invert(w);
		fill(w, w->b0, nn);
		copy(w, w->bm, w->b0, nn);
		break;
	case SYRK:
		w->a = alloc(w, nn), w->c = alloc(w, nn);
		fill(w, w->a, nn), fill(w, w->c, nn);
		break;
	}
}

static void teardown(struct work *w) {
	free(w->a), free(w->ainv), free(w->bm), free(w->b0), free(w->c), free(w->x), free(w->y), free(w->y0);
}

// reset restores trsm's right-hand side before each sample, outside the
// timed region, so rounding drift cannot accumulate across samples.
static void reset(struct work *w) {
	if (w->b->kind == TRSM)
		copy(w, w->bm, w->b0, (size_t)w->n * w->n);
}

// call makes call number i of the benchmark; i's parity selects the sign of
// α in axpy and the matrix in trsm.
static void call(struct work *w, long i) {
	const int n = w->n;
	const int odd = (int)(i & 1);
	const float sgn_s = odd ? -0.5f : 0.5f;
	const double sgn_d = odd ? -0.5 : 0.5;
	const float axpy_c[2] = {sgn_s, sgn_s / 2};
	const double axpy_z[2] = {sgn_d, sgn_d / 2};
	const float one_c[2] = {1, 0}, half_c[2] = {0.5f, 0};
	const double one_z[2] = {1, 0}, half_z[2] = {0.5, 0};
	const void *tri = odd ? w->ainv : w->a;
	switch (w->b->prec) {
	case S:
		switch (w->b->kind) {
		case DOT: sink = cblas_sdot(n, w->x, 1, w->y, 1); break;
		case AXPY: cblas_saxpy(n, sgn_s, w->x, 1, w->y, 1); break;
		case GEMV: cblas_sgemv(CblasRowMajor, CblasNoTrans, n, n, 1, w->a, n, w->x, 1, 0.5f, w->y, 1); break;
		case GEMM: cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, w->a, n, w->bm, n, 0.5f, w->c, n); break;
		case TRSM: cblas_strsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, 1, tri, n, w->bm, n); break;
		case SYRK: cblas_ssyrk(CblasRowMajor, CblasUpper, CblasNoTrans, n, n, 1, w->a, n, 0.5f, w->c, n); break;
		}
		break;
	case D:
		switch (w->b->kind) {
		case DOT: sink = cblas_ddot(n, w->x, 1, w->y, 1); break;
		case AXPY: cblas_daxpy(n, sgn_d, w->x, 1, w->y, 1); break;
		case GEMV: cblas_dgemv(CblasRowMajor, CblasNoTrans, n, n, 1, w->a, n, w->x, 1, 0.5, w->y, 1); break;
		case GEMM: cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, w->a, n, w->bm, n, 0.5, w->c, n); break;
		case TRSM: cblas_dtrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, 1, tri, n, w->bm, n); break;
		case SYRK: cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, n, n, 1, w->a, n, 0.5, w->c, n); break;
		}
		break;
	case C: {
		float r[2];
		switch (w->b->kind) {
		case DOT: cblas_cdotu_sub(n, w->x, 1, w->y, 1, r); sink = r[0]; break;
		case AXPY: cblas_caxpy(n, axpy_c, w->x, 1, w->y, 1); break;
		case GEMV: cblas_cgemv(CblasRowMajor, CblasNoTrans, n, n, one_c, w->a, n, w->x, 1, half_c, w->y, 1); break;
		case GEMM: cblas_cgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, one_c, w->a, n, w->bm, n, half_c, w->c, n); break;
		case TRSM: cblas_ctrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_c, tri, n, w->bm, n); break;
		case SYRK: cblas_cherk(CblasRowMajor, CblasUpper, CblasNoTrans, n, n, 1, w->a, n, 0.5f, w->c, n); break;
		}
		break;
	}
	case Z: {
		double r[2];
		switch (w->b->kind) {
		case DOT: cblas_zdotu_sub(n, w->x, 1, w->y, 1, r); sink = r[0]; break;
		case AXPY: cblas_zaxpy(n, axpy_z, w->x, 1, w->y, 1); break;
		case GEMV: cblas_zgemv(CblasRowMajor, CblasNoTrans, n, n, one_z, w->a, n, w->x, 1, half_z, w->y, 1); break;
		case GEMM: cblas_zgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, one_z, w->a, n, w->bm, n, half_z, w->c, n); break;
		case TRSM: cblas_ztrsm(CblasRowMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, n, one_z, tri, n, w->bm, n); break;
		case SYRK: cblas_zherk(CblasRowMajor, CblasUpper, CblasNoTrans, n, n, 1, w->a, n, 0.5, w->c, n); break;
		}
		break;
	}
	}
}

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// sample runs iters calls (an even number, so trsm and axpy end where they
// began) and returns the seconds they took.
static double sample(struct work *w, long iters) {
	reset(w);
	double t0 = now();
	for (long i = 0; i < iters; i++)
		call(w, i);
	return now() - t0;
}

static int cmp_double(const void *a, const void *b) {
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

enum { MAX_SAMPLES = 1000 };

static void measure(const struct bench *b, int n, double mintime) {
	struct work w;
	setup(&w, b, n);
	// Calibrate: double the calls per sample until one sample takes a tenth
	// of the measuring time, which also warms caches and the library.
	long iters = 2;
	double t = sample(&w, iters);
	while (t < mintime / 10 && iters < (1L << 40)) {
		iters *= 2;
		t = sample(&w, iters);
	}
	static double per_op[MAX_SAMPLES];
	int ns = 0;
	double total = 0;
	int want = t > mintime ? 3 : 5;
	while (ns < MAX_SAMPLES && (total < mintime || ns < want)) {
		double s = sample(&w, iters);
		per_op[ns++] = s / iters * 1e9;
		total += s;
	}
	qsort(per_op, ns, sizeof per_op[0], cmp_double);
	double med = ns % 2 ? per_op[ns / 2] : (per_op[ns / 2 - 1] + per_op[ns / 2]) / 2;
	printf("%s %d %.6g %d\n", b->name, n, med, ns);
	fflush(stdout);
	teardown(&w);
}

// describe prints the vendor facts a reader needs to trust the numbers. The
// OpenBLAS queries are looked up at run time so the program also runs on
// another BLAS selected through the alternatives system.
static void describe(void) {
	const char *(*corename)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "openblas_get_corename");
	const char *(*config)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "openblas_get_config");
	int (*threads)(void) = (int (*)(void))dlsym(RTLD_DEFAULT, "openblas_get_num_threads");
	if (corename && config) {
		printf("# vendor OpenBLAS corename=%s threads=%d\n", corename(), threads ? threads() : -1);
		printf("# config %s\n", config());
	} else {
		printf("# vendor unknown (no openblas_get_corename)\n");
	}
	const char *env = getenv("OPENBLAS_NUM_THREADS");
	printf("# OPENBLAS_NUM_THREADS=%s\n", env ? env : "");
}

static void usage(void) {
	fprintf(stderr, "usage: bench-blas [-i] [-t seconds] [-n 4,8,16] [Func ...]\nFuncs:");
	for (size_t i = 0; i < sizeof benches / sizeof benches[0]; i++)
		fprintf(stderr, " %s", benches[i].name);
	fprintf(stderr, "\n");
	exit(2);
}

int main(int argc, char **argv) {
	double mintime = 0.2;
	int sizes[64], nsizes = 0;
	int argi = 1, info_only = 0;
	for (; argi < argc && argv[argi][0] == '-'; argi++) {
		if (strcmp(argv[argi], "-i") == 0) {
			info_only = 1;
		} else if (strcmp(argv[argi], "-t") == 0 && argi + 1 < argc) {
			mintime = atof(argv[++argi]);
			if (mintime <= 0)
				usage();
		} else if (strcmp(argv[argi], "-n") == 0 && argi + 1 < argc) {
			char *list = argv[++argi], *tok;
			for (tok = strtok(list, ","); tok && nsizes < 64; tok = strtok(NULL, ",")) {
				int v = atoi(tok);
				if (v < 1)
					usage();
				sizes[nsizes++] = v;
			}
		} else {
			usage();
		}
	}
	if (nsizes == 0) {
		nsizes = sizeof default_sizes / sizeof default_sizes[0];
		memcpy(sizes, default_sizes, sizeof default_sizes);
	}
	size_t nb = sizeof benches / sizeof benches[0];
	const struct bench *chosen[sizeof benches / sizeof benches[0]];
	size_t nchosen = 0;
	if (argi == argc) {
		for (size_t i = 0; i < nb; i++)
			chosen[nchosen++] = &benches[i];
	}
	for (; argi < argc; argi++) {
		size_t i;
		for (i = 0; i < nb && strcmp(benches[i].name, argv[argi]) != 0; i++)
			;
		if (i == nb) {
			fprintf(stderr, "bench-blas: unknown function %s\n", argv[argi]);
			usage();
		}
		if (nchosen < nb)
			chosen[nchosen++] = &benches[i];
	}
	describe();
	if (info_only)
		return 0;
	printf("# mintime %gs per (func, n); columns: func n ns_per_op samples\n", mintime);
	for (size_t i = 0; i < nchosen; i++)
		for (int j = 0; j < nsizes; j++)
			measure(chosen[i], sizes[j], mintime);
	return 0;
}
