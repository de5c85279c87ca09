#!/usr/bin/env bash
# Counts the instructions the injection detector spends on one pass over a
# benchmark corpus, with callgrind: the test binary scans the corpus 10
# times, then 20 times; the difference over 10 is one pass, free of the
# start-up (rule compilation) both runs share.
#
# Usage: scripts/icount.sh [traffic|prose|results|generated]...
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/injection.test
go test -c -o "$bin" ./internal/detect/injection
cd internal/detect/injection
count() {
	local out
	out=$(mktemp)
	MCPSHIELD_SCAN_CORPUS=$1 MCPSHIELD_SCAN_PASSES=$2 GOGC=off GODEBUG=asyncpreemptoff=1 \
		valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" -test.run '^TestScanPasses$' >/dev/null 2>&1
	callgrind_annotate "$out" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }'
	rm -f "$out"
}
for c in "${@:-traffic prose results generated}"; do
	for corpus in $c; do
		a=$(count "$corpus" 10)
		b=$(count "$corpus" 20)
		echo "$corpus: $(((b - a) / 10)) instructions per pass"
	done
done
