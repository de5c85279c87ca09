#!/usr/bin/env bash
# conformance.sh runs the official MCP server conformance suite against one
# Streamable HTTP endpoint and leaves a per-check result in OUTDIR.
#
#   scripts/conformance.sh SPEC URL OUTDIR
#
# SPEC picks the suite release pinned in testdata/npm/package.json:
#   2025-11-25  @modelcontextprotocol/conformance@0.1.16, active suite
#               (40 checks against the Go SDK everything-server -stateless=false)
#   2026-07-28  @modelcontextprotocol/conformance@0.2.0-alpha.12, --suite all
#               (153 checks against the stateless Go SDK everything-server)
#
# OUTDIR (created; must not already hold a raw/ directory) receives:
#   suite.log    the suite's own stdout and stderr
#   raw/         the suite's -o output: one server-SCENARIO-TIMESTAMP/checks.json
#                per scenario, the full check objects (details, errorMessage)
#   results.tsv  one line per check, in run order:
#                  SCENARIO<TAB>CHECK<TAB>STATUS[<TAB>MESSAGE]
#                CHECK is "id/name" (neither is unique alone: several checks
#                share an id, a few share both), with "#N" appended to the Nth
#                repeat of the same id/name in a scenario. STATUS is PASS,
#                FAIL, WARN, INFO or SKIP (the suite's SUCCESS, FAILURE,
#                WARNING, INFO, SKIPPED); the suite's "N passed" counts PASS
#                only. MESSAGE (non-PASS only) is the check's errorMessage.
#                A scenario that threw before writing checks.json gets one
#                line: SCENARIO<TAB>scenario-error<TAB>FAIL.
#
# Exit status: 0 when every check passed, 1 when some did not (results.tsv is
# written either way), 2 for a usage or setup error.
#
# Environment:
#   MCPSHIELD_NODE22              Node 22 binary (default: the one in testdata/npm)
#   CONFORMANCE_SCENARIO_TIMEOUT_MS  per-scenario timeout, 2026-07-28 suite only
#                                 (the suite's default is 30000)
set -euo pipefail

usage() {
	echo "usage: $0 SPEC URL OUTDIR   (SPEC: 2025-11-25 or 2026-07-28)" >&2
	exit 2
}

[[ $# -eq 3 ]] || usage
spec=$1 url=$2 outdir=$3

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
modules=$root/testdata/npm/node_modules
node=${MCPSHIELD_NODE22:-$modules/node22/bin/node}

case $spec in
2025-11-25)
	suite=$modules/conformance-0.1/dist/index.js
	args=(server --url "$url" --spec-version 2025-11-25)
	;;
2026-07-28)
	suite=$modules/conformance-0.2/dist/index.js
	args=(server --url "$url" --spec-version 2026-07-28 --suite all)
	if [[ -n ${CONFORMANCE_SCENARIO_TIMEOUT_MS:-} ]]; then
		args+=(--timeout "$CONFORMANCE_SCENARIO_TIMEOUT_MS")
	fi
	;;
*) usage ;;
esac

if [[ ! -x $node ]]; then
	echo "conformance: no Node 22 at $node (cd testdata/npm && npm ci)" >&2
	exit 2
fi
if [[ ! -f $suite ]]; then
	echo "conformance: suite not installed at $suite (cd testdata/npm && npm ci)" >&2
	exit 2
fi
if [[ -e $outdir/raw ]]; then
	echo "conformance: $outdir/raw already exists; use a new OUTDIR" >&2
	exit 2
fi
mkdir -p "$outdir/raw"

status=0
"$node" "$suite" "${args[@]}" -o "$outdir/raw" >"$outdir/suite.log" 2>&1 || status=$?
if [[ $status -gt 1 ]]; then
	echo "conformance: suite exited with status $status; see $outdir/suite.log" >&2
fi

# Convert raw/*/checks.json into results.tsv. Node is already required, so the
# conversion needs nothing else (no jq).
"$node" - "$outdir" <<'EOF'
const fs = require('fs');
const path = require('path');
const outdir = process.argv[2];
const rawdir = path.join(outdir, 'raw');
const log = fs.readFileSync(path.join(outdir, 'suite.log'), 'utf8');
const statusOf = { SUCCESS: 'PASS', FAILURE: 'FAIL', WARNING: 'WARN', INFO: 'INFO', SKIPPED: 'SKIP' };
const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ');
// Directory names are server-SCENARIO-<ISO timestamp with : and . as ->.
const dirRe = /^server-(.+)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)$/;
const dirs = fs.readdirSync(rawdir)
  .map((d) => ({ d, m: dirRe.exec(d) }))
  .filter((x) => x.m)
  .sort((a, b) => a.m[2].localeCompare(b.m[2]));
const lines = [];
let notPassed = 0;
for (const { d, m } of dirs) {
  const scenario = m[1];
  const file = path.join(rawdir, d, 'checks.json');
  if (!fs.existsSync(file)) {
    if (log.includes(`SKIPPED: scenario '${scenario}'`)) {
      lines.push([scenario, 'scenario-skipped', 'SKIP']);
    } else {
      lines.push([scenario, 'scenario-error', 'FAIL', 'scenario threw before writing checks.json; see suite.log']);
      notPassed++;
    }
    continue;
  }
  const seen = new Map();
  for (const c of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    const key = `${clean(c.id)}/${clean(c.name)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const status = statusOf[c.status] ?? `UNKNOWN-${clean(c.status)}`;
    const line = [scenario, n > 1 ? `${key}#${n}` : key, status];
    if (status !== 'PASS') {
      line.push(clean(c.errorMessage ?? c.description));
      notPassed++;
    }
    lines.push(line);
  }
}
if (lines.length === 0) {
  console.error(`conformance: no results under ${rawdir}; see ${path.join(outdir, 'suite.log')}`);
  process.exit(2);
}
fs.writeFileSync(path.join(outdir, 'results.tsv'), lines.map((l) => l.join('\t')).join('\n') + '\n');
const passed = lines.length - notPassed;
console.log(`conformance: ${passed} of ${lines.length} checks passed (${dirs.length} scenarios); results in ${path.join(outdir, 'results.tsv')}`);
EOF

if [[ $status -ne 0 ]]; then
	exit 1
fi
# The suite exits 0 when nothing FAILed; a WARNING still means "not passed".
if grep -qv $'\tPASS$' "$outdir/results.tsv"; then
	exit 1
fi
exit 0
