#!/usr/bin/env bash
# Counts the instructions the injection detector spends on one pass over a
# benchmark corpus, with callgrind: the test binary scans the corpus 10
# times, then 20 times; the difference over 10 is one pass, free of the
# start-up (rule compilation) both runs share. Counts are not times, but
# unlike times they do not move with the machine's load: run to run they
# vary by about ±12% (map hash seeds).
#
# Usage: scripts/icount.sh [traffic|prose|results|generated]...
#        scripts/icount.sh --check
# --check counts the corpora of scripts/icount-budget.txt and fails if one
# costs more than its budget: the guard against a rule that makes the scan
# several times slower (a regexp left on the slow engine did, 10x, and no
# test noticed). The budgets are 1.5x a measured count; lower them when
# the scan gets cheaper.
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
budgets=$PWD/scripts/icount-budget.txt
check=false
if [ "${1:-}" = "--check" ]; then
	check=true
	shift
	set -- $(awk '!/^#/ && NF { print $1 }' "$budgets")
fi
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
failed=0
for c in "${@:-traffic prose results generated}"; do
	for corpus in $c; do
		a=$(count "$corpus" 10)
		b=$(count "$corpus" 20)
		n=$(((b - a) / 10))
		if ! $check; then
			echo "$corpus: $n instructions per pass"
			continue
		fi
		budget=$(awk -v c="$corpus" '$1 == c { print $2 }' "$budgets")
		if [ "$n" -gt "$budget" ]; then
			echo "$corpus: $n instructions per pass, over the budget of $budget (scripts/icount-budget.txt)"
			failed=1
		else
			echo "$corpus: $n instructions per pass (budget $budget)"
		fi
	done
done
exit $failed
