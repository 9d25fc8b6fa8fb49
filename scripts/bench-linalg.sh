#!/usr/bin/env bash
# bench-linalg.sh: goscipy's scipy/linalg against SciPy's scipy.linalg,
# gonum's pure-Go mat and the bare LAPACK calls from C, in one table
# (issue 5, point 6).
#
# Usage: scripts/bench-linalg.sh [--quick]
#
#   (default)  Go benchmarks BenchmarkSolve, Inv, Det, Cholesky, LU, QR, SVD,
#              Eigh, LstSq, Eig, Expm and
#              BenchmarkGonum/* at n = 10, 100, 1000 (-benchtime 0.5s) and
#              scripts/bench_linalg_scipy.py on the same shapes, and
#              scripts/bench-linalg.c: the LAPACK calls SciPy makes for each
#              function, from C on the same library (the "C" column: the
#              floor for anyone calling that LAPACK, SciPy and us included).
#   --quick    skip n=1000, -benchtime 0.1s: a smoke test of the script.
#
# Everything runs at OPENBLAS_NUM_THREADS=1 (one BLAS thread, the issue's
# reference setting). Columns: time per call for ours, the C floor, SciPy
# and gonum, and the ratios ours/C, ours/SciPy, C/SciPy and ours/gonum
# (below 1: the first is faster).
set -euo pipefail

cd "$(dirname "$0")/.."
quick=0
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1 ;;
	-h | --help) sed -n '2,16p' "$0"; exit 0 ;;
	*) echo "bench-linalg.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done
export OPENBLAS_NUM_THREADS=1
benchtime=0.5s
sizes='^n=(10|100|1000)$'
pyflags=()
if [ "$quick" = 1 ]; then
	benchtime=0.1s
	sizes='^n=(10|100)$'
	pyflags=(--quick)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -run '^$' -bench "^Benchmark(Solve|Inv|Det|Cholesky|LU|QR|SVD|Eigh|LstSq|Eig|Expm)\$/${sizes}" \
	-benchtime "$benchtime" ./scipy/linalg/ >"$tmp/go.txt"
go test -run '^$' -bench "^BenchmarkGonum\$/./${sizes}" \
	-benchtime "$benchtime" ./scipy/linalg/ >>"$tmp/go.txt"
/usr/bin/python3 scripts/bench_linalg_scipy.py "${pyflags[@]}" >"$tmp/py.txt"
gcc -O2 -o "$tmp/bench-linalg" scripts/bench-linalg.c $(pkg-config --cflags --libs lapacke blas) -lm
cflags=()
[ "$quick" = 1 ] && cflags=(-q -t 0.05)
"$tmp/bench-linalg" "${cflags[@]}" >"$tmp/c.txt"

awk -v gofile="$tmp/go.txt" -v cfile="$tmp/c.txt" '
function secs(ns) { return ns / 1e9 }
BEGIN {
	while ((getline line < gofile) > 0) {
		if (line !~ /^Benchmark/) continue
		split(line, f, /[ \t]+/)
		name = f[1]; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
		for (i = 2; i < length(f); i++) if (f[i+1] == "ns/op") ns = f[i]
		if (name ~ /^Gonum\//) { sub(/^Gonum\//, "", name); gonum[name] = secs(ns) }
		else { ours[name] = secs(ns); order[++n] = name }
	}
	while ((getline line < cfile) > 0) { split(line, f, " "); c[f[1]] = f[2] }
}
function ms(t) { return sprintf("%.3gms", t * 1e3) }
function ratio(p, q) { return sprintf("%.2f", p / q) }
{ scipy[$1] = $2 }
END {
	printf "%-16s %10s %10s %10s %10s %7s %10s %7s %10s\n", "benchmark", "ours", "C", "SciPy", "gonum",
		"ours/C", "ours/SciPy", "C/SciPy", "ours/gonum"
	for (i = 1; i <= n; i++) {
		k = order[i]
		printf "%-16s %10s %10s %10s %10s %7s %10s %7s %10s\n", k, ms(ours[k]),
			(k in c) ? ms(c[k]) : "-", (k in scipy) ? ms(scipy[k]) : "-", (k in gonum) ? ms(gonum[k]) : "-",
			(k in c) ? ratio(ours[k], c[k]) : "-", (k in scipy) ? ratio(ours[k], scipy[k]) : "-",
			(k in c && k in scipy) ? ratio(c[k], scipy[k]) : "-", (k in gonum) ? ratio(ours[k], gonum[k]) : "-"
	}
}' "$tmp/py.txt"
