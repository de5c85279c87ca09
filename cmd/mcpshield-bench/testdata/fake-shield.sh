#!/bin/sh
# A stand-in for mcpshield, for the smoke test of the shield plumbing: `serve --listen A
# --upstream U` runs the bench's HTTP floor, `run -- CMD` its stdio floor. $BENCH_SELF is
# the bench binary.
case "$1" in
serve)
	shift
	while [ $# -gt 0 ]; do
		case "$1" in
		--listen) l=$2; shift 2 ;;
		--upstream) u=${2%/mcp}; shift 2 ;;
		*) shift ;;
		esac
	done
	exec "$BENCH_SELF" floor-proxy -listen "$l" -upstream "$u" ;;
run)
	shift
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do shift; done
	shift
	exec "$BENCH_SELF" floor-relay -- "$@" ;;
esac
echo "fake shield: unknown command $1" >&2
exit 2
