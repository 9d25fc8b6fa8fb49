#!/usr/bin/env bash
# bench-fft.sh: goscipy's scipy/fft against FFTW called from C, SciPy's
# scipy.fft and gonum's dsp/fourier, in one table (issue 4, point 8).
#
# Usage: scripts/bench-fft.sh [--quick] [--measure] [--cpu] [--count N] [--benchtime D]
#
#   (default)  the Go benchmarks BenchmarkFFT, BenchmarkRFFT, BenchmarkFFT2
#              (-benchtime 0.3s), the C program scripts/bench-fft.c and
#              scripts/bench_fft_scipy.py, all timed the same way: each
#              sample is the mean time of a loop lasting about -benchtime;
#              Go and C alternate for --count rounds (5), one sample of
#              every transform each per round, SciPy takes --count samples,
#              and the medians are printed; about three minutes.
#   --quick    -count 1, -benchtime 0.1s: a smoke test of the script, under
#              a minute, noisier.
#   --measure  plan with FFTW_MEASURE in Go (SetPlannerEffort(Measure, 0),
#              through go test's -fft.measure) and in C (bench-fft -m)
#              instead of FFTW_ESTIMATE; SciPy and gonum are unaffected.
#   --cpu      report the timing thread's CPU time instead of wall time
#              everywhere (the Go benchmarks' cpu-ns/op, bench-fft -p,
#              bench_fft_scipy.py -p): on a machine shared with other work,
#              CPU time is inflated only by the cache and memory traffic of
#              the others, wall time also by every time slice they take.
#              The allocating Go column then leaves out the work of Go's
#              background garbage-collector threads.
#   --count, --benchtime  override -count and -benchtime (seconds, "0.5s"),
#              for all three programs.
#
# Columns (times per transform, cached plans, one thread everywhere):
#   ours       FFTInto/RFFTInto/FFTNInto: no allocation, as the C program
#   ours+alloc FFT/RFFT/FFT2, which allocate their result as SciPy does
#   FFTW C     fftw_execute on FFTW_ESTIMATE plans made the plain way
#              (fftw_plan_dft_1d, _r2c_1d, _2d), as goscipy plans by default
#              (FFTW_MEASURE with --measure). Under Estimate goscipy composes
#              its plans for large c2c transforms (in place for 1-D powers of
#              two from 2^18, column blocks for N-D; scipy/fft/strategy.go),
#              so ours/C drops below 1 for fft n=1048576 and fft2; under
#              --measure both sides use FFTW's single MEASURE plan.
#   SciPy      scipy.fft (pocketfft), /usr/bin/python3
#   gonum      gonum.org/v1/gonum/dsp/fourier (pure Go; rows then columns for 2-D)
#   ours/C     the median over the rounds of ours/FFTW C within one round
#              (samples seconds apart, so the machine's drift cancels)
#   ours/SciPy the ratio of the medians (below 1: goscipy is faster)
# Run it on a quiet machine: other load shows up as noise in every column.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/benchlib.sh

quick=0
measure=0
cpu=0
count=""
benchtime=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1 ;;
	--measure) measure=1 ;;
	--count) count="${2:?--count needs a number}"; shift ;;
	--count=*) count="${1#--count=}" ;;
	--benchtime) benchtime="${2:?--benchtime needs a duration}"; shift ;;
	--benchtime=*) benchtime="${1#--benchtime=}" ;;
	--cpu) cpu=1 ;;
	-h | --help) sed -n '2,40p' "$0"; exit 0 ;;
	*) echo "bench-fft.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done
if [ "$quick" = 1 ]; then
	: "${count:=1}" "${benchtime:=0.1s}"
else
	: "${count:=5}" "${benchtime:=0.3s}"
fi
if ! [[ "$count" =~ ^[1-9][0-9]*$ ]]; then
	echo "bench-fft.sh: --count must be a positive integer, not $count" >&2
	exit 2
fi
# The C and SciPy programs take the sample length in seconds.
if ! [[ "$benchtime" =~ ^[0-9]*\.?[0-9]+s$ ]]; then
	echo "bench-fft.sh: --benchtime must be seconds such as 0.5s, not $benchtime" >&2
	exit 2
fi
ctime="${benchtime%s}"

goflags=()
cflags=()
pyflags=()
unit=ns/op
if [ "$measure" = 1 ]; then
	goflags=(-fft.measure)
	cflags=(-m)
fi
if [ "$cpu" = 1 ]; then
	unit=cpu-ns/op
	goflags+=(-fft.cpu)
	cflags+=(-p)
	pyflags=(-p)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

gcc -O2 -o "$tmp/bench-fft" scripts/bench-fft.c $(pkg-config --cflags --libs fftw3)
go test -c -o "$tmp/fft.test" ./scipy/fft/

# The Go benchmarks and the C program alternate, one sample of every
# transform each per round, so that ours/C compares samples taken a few
# seconds apart: this machine's speed drifts by several per cent over
# minutes (other tenants of the host), which a ratio of medians taken
# minutes apart would report as our overhead.
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $count rounds of: go test -run '^\$' -bench '^Benchmark(FFT|RFFT|FFT2)\$' -count 1 -benchtime $benchtime ./scipy/fft/ ${goflags[*]}; bench-fft ${cflags[*]} -t $ctime -c 1"
: >"$tmp/go.txt"
: >"$tmp/c.txt"
for round in $(seq "$count"); do
	(cd scipy/fft && "$tmp/fft.test" -test.run '^$' -test.bench '^Benchmark(FFT|RFFT|FFT2)$' -test.count 1 \
		-test.benchtime "$benchtime" "${goflags[@]}") | awk -v r="$round" '{ print r, $0 }' >>"$tmp/go.txt"
	"$tmp/bench-fft" "${cflags[@]}" -t "$ctime" -c 1 | awk -v r="$round" '{ print r, $0 }' >>"$tmp/c.txt"
done
echo "# /usr/bin/python3 scripts/bench_fft_scipy.py ${pyflags[*]} -t $ctime -c $count"
/usr/bin/python3 scripts/bench_fft_scipy.py "${pyflags[@]}" -t "$ctime" -c "$count" >"$tmp/py.txt"
{ awk '$2 == "#" && $1 == 1 { $1 = ""; sub(/^ /, ""); print }' "$tmp/c.txt"; grep -h '^#' "$tmp/py.txt"; }
if [ "$cpu" = 1 ]; then
	echo "# times: CPU time of the timing thread per transform (--cpu)"
fi
if [ "$measure" = 1 ]; then
	echo "# ours and FFTW C: one FFTW_MEASURE plan per transform"
else
	echo "# ours: Estimate plans, composed for fft n>=2^18 (in place) and fft2 (column blocks), scipy/fft/strategy.go;"
	echo "# FFTW C: one plain FFTW_ESTIMATE plan per transform"
fi

# Normalise everything to "source op size round ns" lines (SciPy: round 0).
{
	# 1 BenchmarkFFT/n=1024/goscipy-into-2  	  750768	      3476 ns/op ... 3401 cpu-ns/op
	awk -v unit="$unit" '$2 ~ /^Benchmark/ {
		v = ""
		for (i = 4; i <= NF; i++) if ($i == unit) v = $(i - 1)
		if (v == "") next
		split($2, p, "/"); sub(/^Benchmark/, "", p[1]); sub(/-[0-9]+$/, "", p[3])
		op = tolower(p[1]); size = p[2]; sub(/^n=/, "", size)
		print p[3], op, size, $1, v
	}' "$tmp/go.txt"
	awk '$2 != "#" { print "fftw", $2, $3, $1, $4 }' "$tmp/c.txt"
	awk '!/^#/ { print "scipy", $1, $2, 0, $3 }' "$tmp/py.txt"
} >"$tmp/all.txt"

awk "$awk_median"'
function fmt(ns) {
	if (ns == "") return "-"
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.2f µs", ns / 1e3)
	return sprintf("%.0f ns", ns)
}
{
	key = $1 SUBSEP $2 SUBSEP $3
	val[key, ++cnt[key]] = $5
	round[$1, $2, $3, $4] = $5
	if ($4 > rounds) rounds = $4
	if (!(($2, $3) in seen)) { seen[$2, $3] = 1; order[++nrows] = $2 SUBSEP $3 }
}
END {
	# ours/C: the median over rounds of the ratio of the two samples of
	# one round (taken seconds apart), not the ratio of the medians.
	for (r = 1; r <= nrows; r++) {
		split(order[r], k, SUBSEP)
		for (i = 1; i <= rounds; i++) {
			o = round["goscipy-into", k[1], k[2], i]; c = round["fftw", k[1], k[2], i]
			if (o != "" && c != "") val["ratio" SUBSEP k[1] SUBSEP k[2], ++cnt["ratio" SUBSEP k[1] SUBSEP k[2]]] = o / c
		}
	}
	printf "%-18s %11s %11s %11s %11s %11s %7s %10s\n", "transform", "ours", "ours+alloc", "FFTW C", "SciPy", "gonum", "ours/C", "ours/SciPy"
	for (r = 1; r <= nrows; r++) {
		split(order[r], k, SUBSEP)
		if (k[1] == "fft2") name = "fft2 " k[2]; else name = k[1] " n=" k[2]
		o = median("goscipy-into" SUBSEP k[1] SUBSEP k[2]); a = median("goscipy" SUBSEP k[1] SUBSEP k[2])
		c = median("fftw" SUBSEP k[1] SUBSEP k[2]); s = median("scipy" SUBSEP k[1] SUBSEP k[2])
		g = median("gonum" SUBSEP k[1] SUBSEP k[2]); q = median("ratio" SUBSEP k[1] SUBSEP k[2])
		printf "%-18s %11s %11s %11s %11s %11s %7s %10s\n", name, fmt(o), fmt(a), fmt(c), fmt(s), fmt(g),
			(q != "") ? sprintf("%.2f", q) : "-", (o != "" && s != "") ? sprintf("%.2f", o / s) : "-"
	}
}' "$tmp/all.txt"
