#!/usr/bin/env bash
# test-install-deps.sh: tests of install-deps.sh's failure modes, run by
# `make test`. Each case writes a small lock file and checks the exit status
# and that the message names the package at fault.
#
# Usage: scripts/test-install-deps.sh [--with-apt]
#
# By default only --check mode runs: it reads dpkg's database and apt's
# current package lists, needs neither root nor network, and takes well under
# a second. --with-apt also runs the install mode on a lock whose version does
# not exist, which runs `apt-get update` (root or sudo, network) and must stop
# before apt-get install with a message naming the package.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
script=$here/install-deps.sh
withapt=0
[[ ${1:-} == --with-apt ]] && withapt=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
n=0

# expect NAME WANT_STATUS PATTERN LOCK_CONTENT [ARGS...]: runs install-deps.sh
# on a lock holding LOCK_CONTENT and checks status and output.
expect() {
	local name=$1 want=$2 pattern=$3 content=$4
	shift 4
	n=$((n + 1))
	printf '%s\n' "$content" >"$tmp/lock"
	local out status=0
	out=$(bash "$script" --no-go --lock "$tmp/lock" "$@" 2>&1) || status=$?
	if [[ $status -ne $want ]]; then
		printf 'FAIL %s: exit status %d, want %d; output:\n%s\n' "$name" "$status" "$want" "$out"
		fails=$((fails + 1))
	elif ! grep -Eq -- "$pattern" <<<"$out"; then
		printf 'FAIL %s: output does not match /%s/:\n%s\n' "$name" "$pattern" "$out"
		fails=$((fails + 1))
	else
		printf 'ok   %s\n' "$name"
	fi
}

# make is in the build group, so it is installed wherever this runs; its real
# version gives a lock line that must pass.
makever=$(dpkg-query -W -f='${Version}' make)

expect "present package passes --check" 0 "ok: 1 package" \
	"t make $makever" --check t

expect "version newer than installed: named as not installable" 1 \
	"make=99:0-goscipy-test.*not available" \
	"t make 99:0-goscipy-test" --check t

expect "unknown package: named, apt offers nothing" 1 \
	"goscipy-no-such-package=1.0-1.*no version of this package" \
	"t goscipy-no-such-package 1.0-1" --check t

expect "installed version newer than lock: named, nothing downgraded" 1 \
	"make \(installed $makever, locked 0:0.1-1" \
	"t make 0:0.1-1" --check t

expect "only the chosen group is checked" 0 "ok: 1 package" \
	"t make $makever
u goscipy-no-such-package 1.0-1" --check t

expect "unknown group is named" 1 "no group 'nosuchgroup'" \
	"t make $makever" --check nosuchgroup

expect "malformed line reports its line number" 1 "lock:2: want 'GROUP PACKAGE VERSION'" \
	"# comment
t make" --check t

if ((withapt)); then
	expect "install mode stops before apt-get install, naming the package" 1 \
		"make=99:0-goscipy-test.*not available" \
		"t make 99:0-goscipy-test" t
else
	echo "skip install mode (needs apt-get update, root and network): run with --with-apt"
fi

if ((fails)); then
	echo "test-install-deps: $fails of $n cases failed"
	exit 1
fi
echo "test-install-deps: all $n cases passed"
