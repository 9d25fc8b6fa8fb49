#!/usr/bin/env bash
# bench-linalg.sh: goscipy's scipy/linalg against SciPy's scipy.linalg and
# gonum's pure-Go mat, in one table (issue 5, point 6).
#
# Usage: scripts/bench-linalg.sh [--quick]
#
#   (default)  Go benchmarks BenchmarkSolve, Inv, Det, Cholesky, LU, QR, SVD,
#              Eigh, LstSq, Eig, Expm and
#              BenchmarkGonum/* at n = 10, 100, 1000 (-benchtime 0.5s) and
#              scripts/bench_linalg_scipy.py on the same shapes.
#   --quick    skip n=1000, -benchtime 0.1s: a smoke test of the script.
#
# Everything runs at OPENBLAS_NUM_THREADS=1 (one BLAS thread, the issue's
# reference setting). Columns: time per call for ours, SciPy and gonum, and
# the ratios ours/SciPy and ours/gonum (below 1: goscipy is faster).
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

awk -v gofile="$tmp/go.txt" '
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
}
{ scipy[$1] = $2 }
END {
	printf "%-16s %12s %12s %12s %11s %11s\n", "benchmark", "ours", "SciPy", "gonum", "ours/SciPy", "ours/gonum"
	for (i = 1; i <= n; i++) {
		k = order[i]
		rs = (k in scipy) ? sprintf("%.2f", ours[k] / scipy[k]) : "-"
		rg = (k in gonum) ? sprintf("%.2f", ours[k] / gonum[k]) : "-"
		printf "%-16s %10.3gms %10sms %10sms %11s %11s\n", k, ours[k] * 1e3,
			(k in scipy) ? sprintf("%.3g", scipy[k] * 1e3) : "-",
			(k in gonum) ? sprintf("%.3g", gonum[k] * 1e3) : "-", rs, rg
	}
}' "$tmp/py.txt"
