// bench-fft times FFTW called from C on the transforms that
// scipy/fft/bench_test.go times, so scripts/bench-fft.sh can put goscipy,
// FFTW's own speed, SciPy and gonum side by side. It is a measuring tool,
// not part of goscipy.
//
// Build (the script does this into a temporary directory):
//
//	gcc -O2 -o bench-fft scripts/bench-fft.c $(pkg-config --cflags --libs fftw3)
//
// Usage:
//
//	bench-fft [-m] [-p] [-t seconds] [-c count]
//
// Plans are made with FFTW_ESTIMATE (goscipy's default), or FFTW_MEASURE
// with -m (goscipy's SetPlannerEffort(Measure, 0)), in the plain way a C
// program calls FFTW (fftw_plan_dft_1d, _r2c_1d, _2d), on fftw_malloc'ed,
// out-of-place arrays, once, outside the timing. Each transform is then
// timed as go test times the Go benchmarks with -benchtime seconds -count
// count: a number of fftw_execute calls calibrated to last about -t seconds
// (0.5 by default) makes one sample, count samples (3 by default) are
// taken, and the median sample is printed, as nanoseconds per transform:
//
//	fft n ns      (c2c forward, complex double, n points)
//	rfft n ns     (r2c, n real points)
//	fft2 RxC ns   (2-D c2c)
//
// scripts/bench-fft.sh passes its go test -benchtime and -count here, so
// that both columns are the median of equally long means. With -p the
// times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID) instead of
// wall time, as the Go benchmarks' cpu-ns/op (bench-fft.sh --cpu).
//
// Inputs follow scripts/golden/fft.py's formula, as the Go benchmarks',
// written after planning (FFTW_MEASURE overwrites the arrays).
#include <fftw3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// clock is CLOCK_MONOTONIC (wall time), or the thread's CPU time with -p.
static clockid_t clock_id = CLOCK_MONOTONIC;

static double now(void) {
	struct timespec ts;
	clock_gettime(clock_id, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double input(long j, long seed) {
	return (double)((j * 7919 + seed * 104729) % 1009) / 1009.0 - 0.5;
}

static int cmp(const void *a, const void *b) {
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

// timeplan returns the median over count samples of the mean time of one
// execution of p, in ns, each sample a loop lasting about sampletime
// seconds.
static double timeplan(fftw_plan p, double sampletime, int count) {
	long reps = 1;
	for (;;) { // calibrate on a growing loop, as go test does
		double t0 = now();
		for (long i = 0; i < reps; i++)
			fftw_execute(p);
		double dt = now() - t0;
		if (dt >= sampletime / 10 || reps >= (1L << 30)) {
			if (dt > 0)
				reps = (long)(reps * sampletime / dt) + 1;
			break;
		}
		reps *= (dt > 0 && dt < sampletime / 100) ? 10 : 2;
	}
	double samples[1000];
	int ns = 0;
	while (ns < count && ns < 1000) {
		double t0 = now();
		for (long i = 0; i < reps; i++)
			fftw_execute(p);
		samples[ns++] = (now() - t0) / reps * 1e9;
	}
	qsort(samples, ns, sizeof samples[0], cmp);
	return ns % 2 ? samples[ns / 2] : (samples[ns / 2 - 1] + samples[ns / 2]) / 2;
}

int main(int argc, char **argv) {
	double mintime = 0.5;
	int count = 3;
	unsigned flags = FFTW_ESTIMATE;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-t") && i + 1 < argc)
			mintime = atof(argv[++i]);
		else if (!strcmp(argv[i], "-c") && i + 1 < argc)
			count = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-m"))
			flags = FFTW_MEASURE;
		else if (!strcmp(argv[i], "-p"))
			clock_id = CLOCK_THREAD_CPUTIME_ID;
		else {
			fprintf(stderr, "usage: bench-fft [-m] [-p] [-t seconds] [-c count]\n");
			return 2;
		}
	}
	if (count < 1 || !(mintime > 0)) {
		fprintf(stderr, "bench-fft: -t must be > 0 and -c ≥ 1\n");
		return 2;
	}
	printf("# %s, %s, out of place, median of %d samples of %.2f s%s\n", fftw_version,
	       flags == FFTW_MEASURE ? "FFTW_MEASURE" : "FFTW_ESTIMATE", count, mintime,
	       clock_id == CLOCK_MONOTONIC ? "" : " of thread CPU time");
	long sizes[] = {64, 1024, 4096, 65536, 1L << 20, 1009};
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		long n = sizes[k];
		fftw_complex *in = fftw_malloc(sizeof(fftw_complex) * n);
		fftw_complex *out = fftw_malloc(sizeof(fftw_complex) * n);
		fftw_plan p = fftw_plan_dft_1d(n, in, out, FFTW_FORWARD, flags);
		for (long j = 0; j < n; j++) {
			in[j][0] = input(j, 1);
			in[j][1] = input(j, 2);
		}
		printf("fft %ld %.1f\n", n, timeplan(p, mintime, count));
		fftw_destroy_plan(p);
		fftw_free(in);
		fftw_free(out);

		double *rin = fftw_malloc(sizeof(double) * n);
		fftw_complex *rout = fftw_malloc(sizeof(fftw_complex) * (n / 2 + 1));
		p = fftw_plan_dft_r2c_1d(n, rin, rout, flags);
		for (long j = 0; j < n; j++)
			rin[j] = input(j, 2);
		printf("rfft %ld %.1f\n", n, timeplan(p, mintime, count));
		fftw_destroy_plan(p);
		fftw_free(rin);
		fftw_free(rout);
		fflush(stdout);
	}
	int r = 512, c = 512;
	fftw_complex *in = fftw_malloc(sizeof(fftw_complex) * r * c);
	fftw_complex *out = fftw_malloc(sizeof(fftw_complex) * r * c);
	fftw_plan p = fftw_plan_dft_2d(r, c, in, out, FFTW_FORWARD, flags);
	for (long j = 0; j < (long)r * c; j++) {
		in[j][0] = input(j, 7);
		in[j][1] = input(j, 8);
	}
	printf("fft2 %dx%d %.1f\n", r, c, timeplan(p, mintime, count));
	fftw_destroy_plan(p);
	fftw_free(in);
	fftw_free(out);
	return 0;
}
