#!/usr/bin/env bash
# install-deps.sh: install goscipy's native dependencies from scripts/deps.lock.
#
# Usage: scripts/install-deps.sh [--check] [--no-go] [--lock FILE] [GROUP...]
#
# GROUP is a group of deps.lock (build, vendors, golden); the default is
# build. For each package of the chosen groups the script asks dpkg whether it
# is installed at exactly the locked version. When all are, it only checks the
# Go toolchain and pkg-config and returns (well under a second). Otherwise it
# runs `apt-get update` once, makes sure every locked version is available, and
# installs the missing ones with `apt-get install --no-install-recommends
# PACKAGE=VERSION ...`, as root directly or through sudo.
#
#	--check      report what is missing or not installable, install nothing;
#	             exit 1 if anything is missing
#	--no-go      skip the Go toolchain check (for images that add Go later)
#	--lock FILE  read FILE instead of scripts/deps.lock (used by the tests)
#
# Exit status: 0 all present, 1 something missing or failed, 2 bad usage.
#
# It is the only install path: the Makefile, .ci/run and the Dockerfiles call
# it, so it never prompts (DEBIAN_FRONTEND=noninteractive, apt-get -y, sudo -n
# when there is no terminal to type a password on).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lock=$here/deps.lock
check=0
nogo=0
groups=()

usage() {
	echo 'usage: scripts/install-deps.sh [--check] [--no-go] [--lock FILE] [GROUP...]  (groups: build (default), vendors, golden)' >&2
	exit 2
}

say() { printf 'install-deps: %s\n' "$*"; }
die() {
	printf 'install-deps: error: %s\n' "$*" >&2
	exit 1
}

while (($#)); do
	case $1 in
	--check) check=1 ;;
	--no-go) nogo=1 ;;
	--lock)
		(($# >= 2)) || usage
		lock=$2
		shift
		;;
	-h | --help) usage ;;
	-*) printf 'install-deps: unknown option %s\n' "$1" >&2 && usage ;;
	*) groups+=("$1") ;;
	esac
	shift
done
((${#groups[@]})) || groups=(build)
[[ -r $lock ]] || die "cannot read lock file $lock"

# --- read the lock -----------------------------------------------------------
declare -A known=() want=()
for g in "${groups[@]}"; do want[$g]=1; done
pkgs=() vers=() grps=()
lineno=0
while IFS= read -r line || [[ -n $line ]]; do
	lineno=$((lineno + 1))
	line=${line%%#*}
	read -r g p v extra <<<"$line" || true
	[[ -z ${g:-} ]] && continue
	if [[ -z ${v:-} || -n ${extra:-} ]]; then
		die "$lock:$lineno: want 'GROUP PACKAGE VERSION', got: $line"
	fi
	known[$g]=1
	if [[ -n ${want[$g]:-} ]]; then
		pkgs+=("$p") vers+=("$v") grps+=("$g")
	fi
done <"$lock"
for g in "${groups[@]}"; do
	[[ -n ${known[$g]:-} ]] || die "no group '$g' in $lock (groups: ${!known[*]})"
done

# --- what is installed? One dpkg-query call for all packages. ---------------
# A package counts as present when dpkg has it fully installed ("ii", or "hi"
# if held) at exactly the locked version. Multi-arch packages may print one
# line per architecture; any matching line is enough.
declare -A ok=() installed=()
while read -r name status ver; do
	[[ $status == [ih]i ]] || continue
	installed[$name]=$ver
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev} ${Version}\n' "${pkgs[@]}" 2>/dev/null || true)
missing=() # indices into pkgs
newer=()
for i in "${!pkgs[@]}"; do
	p=${pkgs[i]} v=${vers[i]}
	have=${installed[$p]:-}
	if [[ $have == "$v" ]]; then
		ok[$p]=1
	elif [[ -n $have ]] && dpkg --compare-versions "$have" gt "$v"; then
		newer+=("$p (installed $have, locked ${v}, group ${grps[i]})")
	else
		missing+=("$i")
	fi
done

if ((${#newer[@]})); then
	# Downgrading system packages behind the user's back would be worse than
	# stopping: the lock is out of date, so say which entries to refresh.
	die "installed packages are newer than scripts/deps.lock; refresh these entries (apt-cache policy PACKAGE) or reinstall the locked versions:
$(printf '  %s\n' "${newer[@]}")"
fi

# notinstallable prints the missing packages whose locked version apt does
# not know about, one per line, with the version apt would install instead.
notinstallable() {
	local i p v cand
	for i in "${missing[@]}"; do
		p=${pkgs[i]} v=${vers[i]}
		# apt-cache exits 0 with no output for an unknown version of a known
		# package, so look for the version in what it prints.
		# Capture first: with pipefail, grep -q closing the pipe early makes
		# apt-cache die of SIGPIPE on long package descriptions.
		local shown
		shown=$(apt-cache show --no-all-versions "$p=$v" 2>/dev/null || true)
		if ! grep -qxF "Version: $v" <<<"$shown"; then
			cand=$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: //p')
			printf '  %s=%s (group %s): not available from the configured apt sources; apt offers %s\n' \
				"$p" "$v" "${grps[i]}" "${cand:-no version of this package}"
		fi
	done
}

specs=()
for i in "${missing[@]}"; do specs+=("${pkgs[i]}=${vers[i]}"); done

if ((${#missing[@]})); then
	if ((check)); then
		say "missing (not installed at the locked version):"
		for i in "${missing[@]}"; do
			printf '  %s=%s (group %s, installed: %s)\n' "${pkgs[i]}" "${vers[i]}" "${grps[i]}" "${installed[${pkgs[i]}]:-none}"
		done
		bad=$(notinstallable)
		if [[ -n $bad ]]; then
			say "not installable with the current package lists:"
			printf '%s\n' "$bad"
		fi
		exit 1
	fi

	sudo=()
	if ((EUID != 0)); then
		if command -v sudo >/dev/null 2>&1; then
			# sudo may ask for a password on a terminal; without one (CI,
			# docker build) it must fail rather than hang.
			if [[ -t 0 ]]; then sudo=(sudo); else sudo=(sudo -n); fi
		else
			die "these packages are missing and installing them needs root (no sudo found):
$(printf '  %s\n' "${specs[@]}")
run as root:  apt-get update && apt-get install -y --no-install-recommends ${specs[*]}"
		fi
	fi

	say "installing ${#specs[@]} package(s): ${specs[*]}"
	"${sudo[@]}" apt-get update -q || die "apt-get update failed"
	bad=$(notinstallable)
	if [[ -n $bad ]]; then
		die "locked versions cannot be installed (see the header of $lock for how to refresh it):
$bad"
	fi
	"${sudo[@]}" apt-get install -y -q --no-install-recommends "${specs[@]}" ||
		die "apt-get install failed for: ${specs[*]}"
	# Verify: apt may resolve differently than asked (it should not with
	# pinned versions, but the lock is a promise worth checking).
	for i in "${missing[@]}"; do
		p=${pkgs[i]} v=${vers[i]}
		have=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || true)
		[[ $have == "$v" ]] || die "$p: after installing, dpkg reports version '${have:-none}', lock says $v"
	done
fi

# --- Go toolchain ---------------------------------------------------------------
# The script cannot install Go (Debian's golang in bookworm is 1.19, too old
# for go.mod). Any Go >= 1.22 works: go.mod says `go 1.26`, and with the
# default GOTOOLCHAIN=auto the go command downloads that toolchain from the
# module proxy on first use. GOTOOLCHAIN=local below reports the toolchain
# installed here without triggering that download.
if ((!nogo)); then
	gobin=$(command -v go || true)
	onpath=1
	if [[ -z $gobin && -x /usr/local/go/bin/go ]]; then
		gobin=/usr/local/go/bin/go
		onpath=0
	fi
	[[ -n $gobin ]] || die "no Go toolchain: install Go >= 1.22 from https://go.dev/dl/ (this script cannot; Debian bookworm's golang package is too old) and put its bin directory on PATH"
	gover=$(GOTOOLCHAIN=local "$gobin" env GOVERSION 2>/dev/null || true)
	if [[ $gover =~ ^go1\.([0-9]+) ]]; then
		((BASH_REMATCH[1] >= 22)) || die "$gobin is $gover; goscipy needs Go >= 1.22 (then go.mod's toolchain line fetches the rest)"
	else
		die "cannot tell the version of $gobin (go env GOVERSION said '$gover')"
	fi
	if ((!onpath)); then
		say "note: Go found at $gobin but not on PATH; the Makefile adds /usr/local/go/bin, add it to PATH for direct use"
	fi
fi

# --- pkg-config names the cgo packages link through ---------------------------
if [[ -n ${want[build]:-} ]]; then
	for pc in blas lapacke fftw3; do
		pkg-config --exists "$pc" 2>/dev/null ||
			die "pkg-config cannot find '$pc' although the build group is installed; check 'pkg-config --modversion $pc' and Debian's alternatives (update-alternatives --display blas.pc-x86_64-linux-gnu)"
	done
fi

if ((${#missing[@]} == 0)); then
	say "ok: ${#pkgs[@]} package(s) of ${groups[*]} at their locked versions${gover:+; $gover}"
else
	say "ok: installed ${#missing[@]} package(s); ${#pkgs[@]} package(s) of ${groups[*]} at their locked versions${gover:+; $gover}"
fi
