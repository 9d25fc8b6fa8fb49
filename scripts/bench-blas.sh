#!/usr/bin/env bash
# bench-blas.sh: goscipy's cblas against the same BLAS called from C and
# against gonum's pure Go, on one thread, in one table (issue 3, point 9).
#
# Usage: scripts/bench-blas.sh [--quick] [--crossover] [--funcs Ddot,Dgemm]
#                              [--count N] [--benchtime D] [--analyze LOG]
#
#   (default)    all functions at n = 4 ... 2048: the Go benchmarks 5 times
#                at -benchtime 0.2s and the C program 5 times at 0.1 s per
#                (func, n), one C pass before each Go pass; about 40 minutes.
#   --quick      n = 4, 16, 64, 512, 3 times, shorter runs: a smoke test
#                (with --crossover: the whole grid, 3 times, 20 ms runs).
#   --crossover  instead of the table, run cblas's BenchmarkCrossover (gonum's
#                pure Go against the C path forced by nativeOnly) 5 times at
#                50 ms per benchmark, about 25 minutes, and print per routine
#                the smallest size from which C is faster on the median; its
#                "suggested" column is what cblas/crossover.go records.
#   --funcs      comma-separated subset (the names in the table, e.g. Ddot,Zgemm;
#                with --crossover, family names as in BenchmarkCrossover/<Family>).
#   --count, --benchtime  override the repetitions and go test's -benchtime.
#   --analyze LOG  run nothing: print the table (or, with --crossover, the
#                crossovers) from LOG, the standard error of earlier runs,
#                which holds every raw Go and C result; logs of several runs
#                can be concatenated to pool their samples.
#
# One thread throughout: OPENBLAS_NUM_THREADS=1 is exported for the whole run
# and go test runs with -cpu 1 (gonum's Dgemm would otherwise use every core).
# Every figure is the median over the repetitions (for C, of each pass's
# median sample). Run it on a quiet machine: other load shows up as noise.
set -euo pipefail

cd "$(dirname "$0")/.."
command_line="scripts/bench-blas.sh"
for a in "$@"; do
	case "$a" in
	*[!A-Za-z0-9_.,=/+-]*) command_line+=" $(printf '%q' "$a")" ;;
	*) command_line+=" $a" ;;
	esac
done

quick=0
crossover=0
funcs=""
analyze=""
count=""
benchtime=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1 ;;
	--crossover) crossover=1 ;;
	--funcs) funcs="${2:?--funcs needs a list}"; shift ;;
	--funcs=*) funcs="${1#--funcs=}" ;;
	--analyze) analyze="${2:?--analyze needs a file}"; shift ;;
	--analyze=*) analyze="${1#--analyze=}" ;;
	--count) count="${2:?--count needs a number}"; shift ;;
	--count=*) count="${1#--count=}" ;;
	--benchtime) benchtime="${2:?--benchtime needs a duration}"; benchtime_given=1; shift ;;
	--benchtime=*) benchtime="${1#--benchtime=}"; benchtime_given=1 ;;
	-h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
	*) echo "bench-blas.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done

export OPENBLAS_NUM_THREADS=1

all_funcs="Ddot Daxpy Dgemv Dgemm Dtrsm Dsyrk Sdot Saxpy Sgemv Sgemm Strsm Ssyrk Zdotu Zaxpy Zgemv Zgemm Ztrsm Zherk Cdotu Caxpy Cgemv Cgemm Ctrsm Cherk"
if [ "$quick" = 1 ]; then
	sizes="4 16 64 512"
	: "${count:=3}" "${benchtime:=0.1s}"
	ctime=0.02
else
	sizes="4 8 16 32 64 128 256 512 1024 2048"
	: "${count:=5}" "${benchtime:=0.2s}"
	ctime=0.1
fi
# The crossover grid has about 2800 benchmarks: shorter runs, same count.
if [ "$crossover" = 1 ] && [ -z "${benchtime_given:-}" ]; then
	benchtime=$([ "$quick" = 1 ] && echo 20ms || echo 50ms)
fi
funcs="${funcs//,/ }"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "# command: $command_line"
if [ -n "$analyze" ]; then
	echo "# results read from $analyze (the run's own header is at the top of the output it came with)"
else
	gcc -O2 -o "$tmp/bench-blas" scripts/bench-blas.c $(pkg-config --cflags --libs blas)
	echo "# date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "# machine: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores, $(go version | cut -d' ' -f3-)"
	"$tmp/bench-blas" -i
	echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

regex_alt() { # "a b c" -> "a|b|c"
	echo "$*" | tr -s ' ' '\n' | grep -v '^$' | paste -sd'|'
}

# run_go PATTERN [CPASS]: the Go benchmarks matching PATTERN, -count times.
# The test binary is built once and run once per repetition (-test.count
# 1), so the repetitions of any one benchmark are spread over the whole run
# and a burst of load from elsewhere spoils at most one of them; the medians
# drop it. With CPASS, a shell function, CPASS runs before each Go pass, so
# that the C and Go repetitions alternate and this machine's drift over the
# run (several per cent over minutes) affects both columns alike. A pass
# that fails (a crash, a signal from outside) is reported and run again
# once.
run_go() {
	if [ -n "$analyze" ]; then
		grep '^Benchmark' "$analyze" >"$tmp/go.txt" || true
		return
	fi
	go test -c -o "$tmp/bench-blas-go.test" ./cblas/
	echo "# go: go test -c ./cblas/, then $count times, in cblas/: OPENBLAS_NUM_THREADS=1 cblas.test -test.run '^\$' -test.bench '$1' -test.count 1 -test.cpu 1 -test.benchtime $benchtime"
	: >"$tmp/go.txt"
	local i try
	for ((i = 1; i <= count; i++)); do
		[ -z "${2:-}" ] || "$2"
		for try in 1 2; do
			# The pass streams to stderr as it runs; only complete passes count.
			if (cd cblas && "$tmp/bench-blas-go.test" -test.run '^$' -test.bench "$1" -test.count 1 -test.cpu 1 -test.benchtime "$benchtime") | tee "$tmp/pass.txt" >&2; then
				cat "$tmp/pass.txt" >>"$tmp/go.txt"
				break
			fi
			echo "bench-blas.sh: Go benchmark pass $i failed (try $try)" >&2
			[ "$try" = 2 ] && exit 1
		done
	done
}

# median_go reads go test -bench output and prints, for every benchmark name,
# its slash-separated parts without "Benchmark" and "key=" prefixes, then the
# median and the minimum ns/op over the repeated runs, and their number:
#   BenchmarkDgemm/n=512/impl=gonum                  -> Dgemm 512 gonum <med> <min> <runs>
#   BenchmarkCrossover/Dot/Ddot/size=32/impl=native  -> Crossover Dot Ddot 32 native <med> <min> <runs>
median_go() {
	awk '
	$1 ~ /^Benchmark/ && $4 == "ns/op" {
		k = split($1, part, "/")
		sub(/^Benchmark/, "", part[1]); sub(/-[0-9]+$/, "", part[k])
		key = part[1]
		for (i = 2; i <= k; i++) { p = part[i]; sub(/^[a-z]+=/, "", p); key = key " " p }
		if (!(key in cnt)) order[++nk] = key
		val[key, ++cnt[key]] = $3 + 0
	}
	END {
		for (i = 1; i <= nk; i++) {
			key = order[i]; m = cnt[key]
			for (a = 1; a <= m; a++) v[a] = val[key, a]
			for (a = 2; a <= m; a++) { x = v[a]; for (b = a - 1; b >= 1 && v[b] > x; b--) v[b+1] = v[b]; v[b+1] = x }
			med = (m % 2) ? v[(m+1)/2] : (v[m/2] + v[m/2+1]) / 2
			print key, med, v[1], m
		}
	}'
}

if [ "$crossover" = 1 ]; then
	sel="^BenchmarkCrossover\$"
	[ -n "$funcs" ] && sel="^BenchmarkCrossover\$/^($(regex_alt "$funcs"))\$"
	run_go "$sel"
	[ -n "$analyze" ] || echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
	median_go <"$tmp/go.txt" >"$tmp/go.med"
	# Fields: Crossover family routine size impl median min runs.
	awk '
	$1 == "Crossover" {
		r = $2 " " $3; ns[r, $4, $5] = $6; mn[r, $4, $5] = $7
		if (!((r, $4) in seen)) { seen[r, $4] = 1; size[r, ++nn[r]] = $4 + 0 }
		if (!(r in rseen)) { rseen[r] = 1; ro[++nr] = r }
	}
	function faster(t, r, s) { return t[r, s, "native"] < t[r, s, "gonum"] }
	# from(t, r): the smallest measured size from which native is faster at
	# that size and at every larger one, by the statistic in t; "" if none.
	function from(t, r,   j, f) {
		for (j = nn[r]; j >= 1 && faster(t, r, size[r, j]); j--) f = size[r, j]
		return f
	}
	# describe(t, r): from(t, r) in words, with the first size at which native
	# wins when that is smaller (native wins there, loses again above).
	function describe(t, r,   j, f, first, msg) {
		f = from(t, r)
		for (j = 1; j <= nn[r]; j++) if (faster(t, r, size[r, j])) { first = size[r, j]; break }
		msg = (f == "") ? "none" : f
		if (first != "" && first != f) msg = msg " (also at " first ")"
		return msg
	}
	END {
		printf "%-8s %-7s %6s %12s %12s %8s %12s %12s %8s\n", "family", "routine", "size", "gonum med", "native med", "nat/gon", "gonum min", "native min", "nat/gon"
		for (i = 1; i <= nr; i++) {
			r = ro[i]; split(r, fr, " ")
			for (j = 1; j <= nn[r]; j++) {
				s = size[r, j]; g = ns[r, s, "gonum"]; c = ns[r, s, "native"]; gm = mn[r, s, "gonum"]; cm = mn[r, s, "native"]
				printf "%-8s %-7s %6d %12.1f %12.1f %8.2f %12.1f %12.1f %8.2f\n", fr[1], fr[2], s, g, c, (g > 0 ? c / g : 0), gm, cm, (gm > 0 ? cm / gm : 0)
			}
		}
		print ""
		print "Crossover per routine: the smallest measured size from which native is faster"
		print "at that size and at every larger measured size, by the median ns/op and, as a"
		print "check on a loaded machine, by the minimum. \"suggested\" is the median'"'"'s value,"
		print "else the minimum'"'"'s, else (gonum never slower) the largest size measured."
		printf "%-12s %-7s %-22s %-22s %s\n", "constant", "routine", "median", "minimum", "suggested"
		for (i = 1; i <= nr; i++) {
			r = ro[i]; split(r, fr, " ")
			sug = from(ns, r); if (sug == "") sug = from(mn, r); if (sug == "") sug = size[r, nn[r]] " (none)"
			# Single-precision routines have their own constants, named after
			# the routine (crossSdot, crossCgemm; cblas/crossover.go).
			cn = "cross" fr[1]; if (fr[2] ~ /^[SC]/) { cn = "cross" fr[2]; sub(/dotu$/, "dot", cn) }
			printf "%-12s %-7s %-22s %-22s %s\n", cn, fr[2], describe(ns, r), describe(mn, r), sug
		}
	}' "$tmp/go.med"
	exit 0
fi

[ -n "$funcs" ] || funcs="$all_funcs"
for f in $funcs; do
	case " $all_funcs " in *" $f "*) ;; *) echo "bench-blas.sh: unknown function $f" >&2; exit 2 ;; esac
done

# The C program runs -count passes over all (func, n), like the Go
# benchmarks and alternating with them (c_pass before each Go pass), and its
# per-pass medians are rewritten as benchmark lines of an implementation "C"
# so that one median function serves both.
nlist="$(echo $sizes | tr ' ' ',')"
[ -n "$analyze" ] || echo "# C: gcc -O2 scripts/bench-blas.c \$(pkg-config --cflags --libs blas), then $count times, before each Go pass: OPENBLAS_NUM_THREADS=1 bench-blas -t $ctime -n $nlist $funcs"
: >"$tmp/c.txt"
c_pass() {
	"$tmp/bench-blas" -t "$ctime" -n "$nlist" $funcs | tee -a "$tmp/c.txt" >&2
}
if [ -n "$analyze" ]; then
	grep -E '^[SDCZ][a-z]+ [0-9]+ ' "$analyze" >"$tmp/c.txt" || true
	run_go "^Benchmark($(regex_alt "$funcs"))\$/^n=($(regex_alt "$sizes"))\$/"
else
	run_go "^Benchmark($(regex_alt "$funcs"))\$/^n=($(regex_alt "$sizes"))\$/" c_pass
fi
[ -n "$analyze" ] || echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
{
	awk '$1 !~ /^#/ { print "Benchmark" $1 "/n=" $2 "/impl=C", $4, $3, "ns/op" }' "$tmp/c.txt"
	cat "$tmp/go.txt"
} | median_go >"$tmp/go.med"

# The table: one row per (func, n) in the order the functions were asked for.
# GFLOP/s uses the flop counts of bench_test.go (complex: 4× real).
awk -v order="$funcs" '
{ g[$1, $2, $3] = $4; if ($3 != "C" && !(($1, $2) in seen)) { seen[$1, $2] = 1; sizes[$1, ++ns[$1]] = $2 } }
function flops(f, n,   k, r) {
	k = substr(f, 2); r = (f ~ /^[CZ]/) ? 4 : 1
	if (k ~ /^dot/ || k == "axpy") return r * 2 * n
	if (k == "gemv") return r * 2 * n * n
	if (k == "gemm") return r * 2 * n * n * n
	if (k == "trsm") return r * n * n * n
	if (k == "syrk" || k == "herk") return r * n * n * (n + 1)
	return 0
}
function num(x, fmt) { return x == "" ? "-" : sprintf(fmt, x) }
function ratio(x, y) { return (x == "" || y == "" || y == 0) ? "-" : sprintf("%.2f", x / y) }
function gf(f, n, x) { return (x == "" || x == 0) ? "-" : sprintf("%.2f", flops(f, n) / x) }
END {
	printf "%-6s %5s %14s %14s %14s %10s %13s %11s %9s\n", "func", "n", "goscipy ns/op", "C ns/op", "gonum ns/op", "goscipy/C", "goscipy/gonum", "goscipy GF/s", "C GF/s"
	nf = split(order, fl, " ")
	for (i = 1; i <= nf; i++) {
		f = fl[i]
		for (j = 1; j <= ns[f]; j++) {
			n = sizes[f, j]; gs = g[f, n, "goscipy"]; gn = g[f, n, "gonum"]; cc = g[f, n, "C"]
			printf "%-6s %5d %14s %14s %14s %10s %13s %11s %9s\n", f, n, num(gs, "%.1f"), num(cc, "%.1f"), num(gn, "%.1f"), ratio(gs, cc), ratio(gs, gn), gf(f, n, gs), gf(f, n, cc)
		}
	}
}' "$tmp/go.med"
