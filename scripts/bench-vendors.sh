#!/usr/bin/env bash
# bench-vendors.sh: run the same `goscipy bench` against every BLAS installed
# on this machine, then `goscipy compare` all of them.
#
# Usage: scripts/bench-vendors.sh [--suite NAME] [--threads LIST] [--out DIR]
#                                 [--vendors LIST] [--goscipy BIN] [--format png|svg]
#
#	--suite    bench suite (quick, standard, full; default quick)
#	--threads  thread counts for every vendor (default 1: the count every
#	           vendor can run, so all cases compare; 1,N adds the threaded
#	           runs, which single-threaded vendors record as skipped)
#	--out      directory for the documents, the table and the plots
#	           (default bench-results/HOSTNAME)
#	--vendors  comma-separated subset, in order, the first is the baseline
#	           (default reference,openblas-serial,openblas-pthread,blis-pthread)
#	--goscipy  use this goscipy binary instead of building one
#	--format   plot format (default png)
#
# The binary is built once and never recompiled: it links the generic
# libblas.so.3, and each run puts one vendor's Debian directory first on
# LD_LIBRARY_PATH (the same mechanism as Debian's alternatives, for one
# process). Before each run `goscipy info -expect-vendor` checks that the
# library answering is the one intended; a vendor whose directory is missing
# is skipped with the package that provides it (install them all with
# `bash scripts/install-deps.sh vendors`).
#
# LAPACK is not switched: with the reference BLAS or BLIS first, LAPACK still
# comes from the liblapack.so.3 of Debian's alternatives (OpenBLAS's here),
# so the LAPACK rows compare mostly the same code and show the noise floor.
#
# Several machine types: run this script on each (same commit, same suite,
# same --threads), copy each --out directory into one place, e.g.
# results/c6i.2xlarge/ and results/c7a.2xlarge/, and compare across them:
#
#	goscipy compare results/c6i.2xlarge/openblas-pthread.json \
#	    results/c7a.2xlarge/openblas-pthread.json -plot results/plots
#
# Every document carries the machine (CPU model and flags, caches, DMI
# product name, which names the instance type on most clouds) and the exact
# libraries; compare warns when core types or thread counts differ.
#
# Exit status: 0 if every available vendor ran, 1 if a run or its check
# failed, 2 on bad usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
suite=quick
threads=1
out=
vendors=reference,openblas-serial,openblas-pthread,blis-pthread
bin=
format=png

usage() {
	sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
	exit 2
}
while (($#)); do
	case $1 in
	--suite | --threads | --out | --vendors | --goscipy | --format)
		(($# >= 2)) || usage
		case $1 in
		--suite) suite=$2 ;;
		--threads) threads=$2 ;;
		--out) out=$2 ;;
		--vendors) vendors=$2 ;;
		--goscipy) bin=$2 ;;
		--format) format=$2 ;;
		esac
		shift
		;;
	-h | --help) usage ;;
	*) printf 'bench-vendors: unknown argument %s\n' "$1" >&2 && usage ;;
	esac
	shift
done
out=${out:-bench-results/$(hostname -s 2>/dev/null || echo host)}
mkdir -p "$out"

if [[ -z $bin ]]; then
	export PATH=$PATH:/usr/local/go/bin
	bin=$out/goscipy
	echo "bench-vendors: building goscipy into $bin (once; every vendor runs this binary)"
	(cd "$root" && go build -o "$bin" ./cmd/goscipy) || exit 1
fi
[[ -x $bin ]] || { echo "bench-vendors: $bin is not executable" >&2; exit 2; }

triplet=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
libdir=/usr/lib/$triplet

# vendor → directory holding its libblas.so.3, the vendor name `goscipy
# info` reports, and the Debian package (deps.lock group vendors or build).
declare -A dir=(
	[reference]=$libdir/blas
	[openblas-serial]=$libdir/openblas-serial
	[openblas-pthread]=$libdir/openblas-pthread
	[blis-pthread]=$libdir/blis-pthread
)
declare -A expect=([reference]=reference [openblas-serial]=OpenBLAS [openblas-pthread]=OpenBLAS [blis-pthread]=BLIS)
declare -A package=([reference]=libblas3 [openblas-serial]=libopenblas0-serial [openblas-pthread]=libopenblas0-pthread [blis-pthread]=libblis4-pthread)

docs=()
failed=0
first_threads=${threads%%,*}
IFS=, read -ra list <<<"$vendors"
for v in "${list[@]}"; do
	if [[ -z ${dir[$v]:-} ]]; then
		echo "bench-vendors: unknown vendor $v (known: ${!dir[*]})" >&2
		exit 2
	fi
	if [[ ! -e ${dir[$v]}/libblas.so.3 ]]; then
		echo "bench-vendors: skipping $v: ${dir[$v]}/libblas.so.3 not found (package ${package[$v]}; bash scripts/install-deps.sh vendors)"
		continue
	fi
	env=(LD_LIBRARY_PATH="${dir[$v]}")
	# Debian's BLIS libblas.so.3 reads its thread count once, from the
	# environment; the other thread counts are recorded as skipped.
	[[ $v == blis-pthread ]] && env+=(BLIS_NUM_THREADS="$first_threads")
	if ! env "${env[@]}" "$bin" info -q -expect-vendor "${expect[$v]}"; then
		echo "bench-vendors: $v: goscipy info failed under LD_LIBRARY_PATH=${dir[$v]}; not benchmarked" >&2
		failed=1
		continue
	fi
	doc=$out/$v.json
	echo "bench-vendors: $v (${dir[$v]})"
	if env "${env[@]}" "$bin" bench -suite "$suite" -threads "$threads" -label "$v" -o "$doc" >"$out/$v.txt"; then
		docs+=("$doc")
	else
		status=$?
		echo "bench-vendors: $v: goscipy bench exited $status" >&2
		((status == 130)) && exit 130
		failed=1
	fi
done

if ((${#docs[@]} == 0)); then
	echo "bench-vendors: no vendor ran" >&2
	exit 1
fi
"$bin" compare -plot "$out/plots" -format "$format" "${docs[@]}" | tee "$out/compare.txt"
echo "bench-vendors: documents, table (compare.txt) and plots in $out"
exit $failed
