#!/usr/bin/env bash
# bench-linalg.sh: goscipy's scipy/linalg against SciPy's scipy.linalg,
# gonum's pure-Go mat and the bare LAPACK calls from C, in one table
# (issue 5, point 6).
#
# Usage: scripts/bench-linalg.sh [--quick] [--rounds N]
#
#   (default)  3 rounds of: the Go benchmarks BenchmarkSolve, Inv, Det,
#              Cholesky, LU, QR, SVD, Eigh, LstSq, Eig, Expm at n = 10, 100,
#              1000 (-benchtime 0.5s), scripts/bench_linalg_scipy.py on the
#              same shapes, and scripts/bench-linalg.c: the LAPACK calls
#              SciPy makes for each function, from C on the same library
#              (the "C" column: the floor for anyone calling that LAPACK,
#              SciPy and us included); then BenchmarkGonum/* once. About
#              eight minutes.
#   --quick    one round, skip n=1000, -benchtime 0.1s: a smoke test.
#   --rounds   the number of rounds.
#
# Everything runs at OPENBLAS_NUM_THREADS=1 (one BLAS thread, the issue's
# reference setting). Columns: time per call for ours, the C floor, SciPy
# and gonum (medians over the rounds), and the ratios ours/C, ours/SciPy,
# C/SciPy (each the median over the rounds of the ratio within one round,
# whose three programs run a few minutes apart at most: this machine's
# speed drifts by several per cent over longer spans) and ours/gonum (of
# the medians). Below 1: the first is faster.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/benchlib.sh
quick=0
rounds=3
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1; rounds=1 ;;
	--rounds) rounds="${2:?--rounds needs a number}"; shift ;;
	--rounds=*) rounds="${1#--rounds=}" ;;
	-h | --help) sed -n '2,25p' "$0"; exit 0 ;;
	*) echo "bench-linalg.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
	echo "bench-linalg.sh: --rounds must be a positive integer, not $rounds" >&2
	exit 2
fi
export OPENBLAS_NUM_THREADS=1
benchtime=0.5s
sizes='^n=(10|100|1000)$'
pyflags=()
cflags=()
if [ "$quick" = 1 ]; then
	benchtime=0.1s
	sizes='^n=(10|100)$'
	pyflags=(--quick)
	cflags=(-q -t 0.05)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/linalg.test" ./scipy/linalg/
gcc -O2 -o "$tmp/bench-linalg" scripts/bench-linalg.c $(pkg-config --cflags --libs lapacke blas) -lm
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $rounds rounds of: linalg.test -test.bench '^Benchmark(Solve|...|Expm)\$/$sizes' -test.benchtime $benchtime;" \
	"bench_linalg_scipy.py ${pyflags[*]}; bench-linalg ${cflags[*]}"
: >"$tmp/go.txt"
: >"$tmp/py.txt"
: >"$tmp/c.txt"
for round in $(seq "$rounds"); do
	(cd scipy/linalg && "$tmp/linalg.test" -test.run '^$' \
		-test.bench "^Benchmark(Solve|Inv|Det|Cholesky|LU|QR|SVD|Eigh|LstSq|Eig|Expm)\$/${sizes}" \
		-test.benchtime "$benchtime") | awk -v r="$round" '{ print r, $0 }' >>"$tmp/go.txt"
	/usr/bin/python3 scripts/bench_linalg_scipy.py "${pyflags[@]}" | awk -v r="$round" '{ print r, $0 }' >>"$tmp/py.txt"
	"$tmp/bench-linalg" "${cflags[@]}" | awk -v r="$round" '{ print r, $0 }' >>"$tmp/c.txt"
done
(cd scipy/linalg && "$tmp/linalg.test" -test.run '^$' -test.bench "^BenchmarkGonum\$/./${sizes}" \
	-test.benchtime "$benchtime") | awk '{ print 0, $0 }' >>"$tmp/go.txt"

# Normalise to "source name round seconds" lines.
{
	awk '$2 ~ /^Benchmark/ {
		name = $2; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
		ns = ""
		for (i = 3; i < NF; i++) if ($(i + 1) == "ns/op") ns = $i
		if (ns == "") next
		src = "ours"
		if (name ~ /^Gonum\//) { sub(/^Gonum\//, "", name); src = "gonum" }
		print src, name, $1, ns / 1e9
	}' "$tmp/go.txt"
	awk '{ print "scipy", $2, $1, $3 }' "$tmp/py.txt"
	awk '{ print "c", $2, $1, $3 }' "$tmp/c.txt"
} >"$tmp/all.txt"

awk "$awk_median"'
function add(key, x) { val[key, ++cnt[key]] = x }
function ms(t) { return t == "" ? "-" : sprintf("%.3gms", t * 1e3) }
function fmt(r) { return r == "" ? "-" : sprintf("%.2f", r) }
{
	add($1 SUBSEP $2, $4)
	at[$1, $2, $3] = $4
	if ($3 > rounds) rounds = $3
	if ($1 == "ours" && !($2 in seen)) { seen[$2] = 1; order[++n] = $2 }
}
END {
	for (i = 1; i <= n; i++) {
		k = order[i]
		for (r = 1; r <= rounds; r++) {
			o = at["ours", k, r]; c = at["c", k, r]; s = at["scipy", k, r]
			if (o != "" && c != "") add("oc" SUBSEP k, o / c)
			if (o != "" && s != "") add("os" SUBSEP k, o / s)
			if (c != "" && s != "") add("cs" SUBSEP k, c / s)
		}
	}
	printf "%-16s %10s %10s %10s %10s %7s %10s %7s %10s\n", "benchmark", "ours", "C", "SciPy", "gonum",
		"ours/C", "ours/SciPy", "C/SciPy", "ours/gonum"
	for (i = 1; i <= n; i++) {
		k = order[i]
		o = median("ours" SUBSEP k); g = median("gonum" SUBSEP k)
		printf "%-16s %10s %10s %10s %10s %7s %10s %7s %10s\n", k, ms(o), ms(median("c" SUBSEP k)),
			ms(median("scipy" SUBSEP k)), ms(g), fmt(median("oc" SUBSEP k)), fmt(median("os" SUBSEP k)),
			fmt(median("cs" SUBSEP k)), (g != "") ? fmt(o / g) : "-"
	}
}' "$tmp/all.txt"
