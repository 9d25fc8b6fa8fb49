#!/usr/bin/env bash
# bench-special.sh: goscipy's scipy/special against SciPy's vectorized
# ufuncs and gonum, per 1e6 points (issue 7, point 6).
#
# Usage: scripts/bench-special.sh [--stats] [--quick] [--count N] [--benchtime D]
#
#   --stats    scipy/stats instead: BenchmarkNormCDF, NormPPF, TCDF (frozen
#              distributions; gonum's distuv.Normal and StudentsT) against
#              scripts/bench_stats_scipy.py (make bench-stats)
#   --tests    scipy/stats' hypothesis tests at n = 100 and 1e4
#              (BenchmarkTests, -benchtime 200ms) against
#              scripts/bench_tests_scipy.py (0.5 s per test and size)
#   --fit      Fit (norm, gamma, weibull_min at n = 100, 1e4) against
#              scripts/bench_fit_scipy.py
#   --mvn      MultivariateNormal LogPDF and CDF against
#              scripts/bench_mvn_scipy.py
#   (default)  go test -bench '^Benchmark(Ndtr|Ndtri|Gammainc|Jv|…)$' with
#              -count 3 -benchtime 5x (the median of the counts), and
#              scripts/bench_special_scipy.py (1 s per function, median call)
#   --quick    -count 1 -benchtime 2x, 0.2 s per SciPy function: a smoke test
#   --count, --benchtime  override go test's -count and -benchtime
#
# Columns (time per 1e6 evaluations, one thread everywhere):
#   ours       the scalar function in a loop over a []float64 (BenchmarkXxx/…/goscipy)
#   SciPy      the scipy.special ufunc on a numpy array of 1e6 points, out= preallocated
#   gonum      distuv.UnitNormal.CDF / .Quantile, mathext.GammaIncReg in the same loop
#   ours/SciPy, ours/gonum   time ratios (below 1: goscipy is faster)
# The inputs are the same on both sides: Ndtr on linspace(-10, 10), Ndtri on
# linspace(1e-9, 1-1e-9), Gammainc(a, a) on a = linspace(0.5, 50).
# Run it on a quiet machine: other load shows up as noise in every column.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/benchlib.sh

quick=0
tests=0
key=first # which part of a Go benchmark's name SciPy's side prints
pkg=special
bench='^Benchmark(Ndtr|Ndtri|Gammainc|Jv|J0|Kv|Hyp2f1|Hyp1f1|Airy|Ellipk|Lambertw|Wofz|OwensT)$'
pyscript=scripts/bench_special_scipy.py
count=""
benchtime=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1 ;;
	--stats) pkg=stats bench='^Benchmark(NormCDF|NormPPF|TCDF)$' pyscript=scripts/bench_stats_scipy.py ;;
	--tests) pkg=stats bench='^BenchmarkTests$' pyscript=scripts/bench_tests_scipy.py tests=1 key=rest ;;
	--fit) pkg=stats bench='^BenchmarkFit$' pyscript=scripts/bench_fit_scipy.py tests=1 key=rest ;;
	--mvn) pkg=stats bench='^BenchmarkMVN(LogPDF|CDF)$' pyscript=scripts/bench_mvn_scipy.py tests=1 key=all ;;
	--count) count="${2:?--count needs a number}"; shift ;;
	--count=*) count="${1#--count=}" ;;
	--benchtime) benchtime="${2:?--benchtime needs a duration}"; shift ;;
	--benchtime=*) benchtime="${1#--benchtime=}" ;;
	-h | --help) sed -n '2,30p' "$0"; exit 0 ;;
	*) echo "bench-special.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done
if [ "$quick" = 1 ]; then
	: "${count:=1}" "${benchtime:=2x}"
	ptime=0.2
elif [ "$tests" = 1 ]; then
	# A test at n = 100 takes microseconds: five calls would time a cold
	# cache, where SciPy's side takes the median of many.
	: "${count:=3}" "${benchtime:=200ms}"
	ptime=0.5
else
	: "${count:=3}" "${benchtime:=5x}"
	ptime=1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# go test -run '^\$' -bench '$bench' -count $count -benchtime $benchtime ./scipy/$pkg/"
go test -run '^$' -bench "$bench" -count "$count" -benchtime "$benchtime" "./scipy/$pkg/" >"$tmp/go.txt"
echo "# /usr/bin/python3 $pyscript -t $ptime"
/usr/bin/python3 "$pyscript" -t "$ptime" >"$tmp/py.txt"
grep -h '^#' "$tmp/py.txt"

# Normalise everything to "source func ns" lines.
{
	# BenchmarkNdtr/n=1000000/goscipy-2   5   21880938 ns/op       (key=first: ndtr)
	# BenchmarkTests/TTestInd/n=100/goscipy-2   ...                  (key=rest: ttestind/n=100)
	# BenchmarkMVNCDF/d=2-2   ...                                     (key=all: mvncdf/d=2)
	# The last part names the source when it is goscipy or gonum.
	awk -v key="$key" '$1 ~ /^Benchmark/ && $4 == "ns/op" {
		n = split($1, p, "/"); sub(/^Benchmark/, "", p[1]); sub(/-[0-9]+$/, "", p[n])
		src = "goscipy"
		if (n > 1 && (p[n] == "goscipy" || p[n] == "gonum")) { src = p[n]; n-- }
		if (key == "first") name = p[1]
		else {
			name = ""
			for (i = (key == "rest" ? 2 : 1); i <= n; i++) name = name (name == "" ? "" : "/") p[i]
		}
		print src, tolower(name), $3
	}' "$tmp/go.txt"
	awk '!/^#/ { print "scipy", tolower($1), $2 }' "$tmp/py.txt"
} >"$tmp/all.txt"

awk "$awk_median"'
function fmt(ns) {
	if (ns == "") return "-"
	if (ns >= 1e6) return sprintf("%.1f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.1f µs", ns / 1e3)
	return sprintf("%.0f ns", ns)
}
{
	key = $1 SUBSEP $2
	val[key, ++cnt[key]] = $3
	if (!($2 in seen)) { seen[$2] = 1; order[++nrows] = $2 }
}
END {
	printf "%-22s %10s %10s %10s %11s %11s\n", "function", "ours", "SciPy", "gonum", "ours/SciPy", "ours/gonum"
	for (r = 1; r <= nrows; r++) {
		f = order[r]
		o = median("goscipy" SUBSEP f); s = median("scipy" SUBSEP f); g = median("gonum" SUBSEP f)
		printf "%-22s %10s %10s %10s %11s %11s\n", f, fmt(o), fmt(s), fmt(g),
			(o != "" && s != "") ? sprintf("%.2f", o / s) : "-", (o != "" && g != "") ? sprintf("%.2f", o / g) : "-"
	}
}' "$tmp/all.txt"
