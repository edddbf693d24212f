#!/usr/bin/env bash
# Measures GovGraph from launch to the first GraphQL answer, on a fresh store (the sample is
# loaded) and again on a restart of the same store, RUNS times each. Not part of verify.
#   scripts/startup-time.sh [--runs N] [jar|fast|both] [app args...]
# jar:  java -jar target/govgraph.jar (JAR=… for another jar)
# fast: scripts/fast-start.sh (run scripts/cds-archive.sh first)
# both (default): both launches, one after the other. JVM options for both in JAVA_OPTS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/first-answer.sh"
runs=1
if [ "${1:-}" = --runs ]; then
	runs=$2
	shift 2
fi
launches=both
case "${1:-}" in
	jar | fast | both) launches=$1; shift ;;
esac
[ "$launches" = both ] && launches="jar fast"
work=$(mktemp -d /tmp/govgraph-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

launch() {
	case $1 in
		jar) echo java ${JAVA_OPTS:-} -jar "${JAR:-target/govgraph.jar}" ;;
		fast) echo "$here/fast-start.sh" ;;
	esac
}

measure() {
	local launch=$1 label=$2 store=$3 log started now
	shift 3
	log=$work/$launch-$label.log
	started=$(date +%s%N)
	start_govgraph "$log" "$store" $(launch "$launch") "$@"
	await_first_answer "$log"
	now=$(date +%s%N)
	printf '%-5s %-8s %6d ms to the first GraphQL answer (%s)\n' "$launch" "$label" \
		$(((now - started) / 1000000)) "$GOVGRAPH_ANSWER"
	stop_govgraph
}

for launch in $launches; do
	for ((run = 1; run <= runs; run++)); do
		store=$work/neo4j-$launch-$run
		measure "$launch" fresh "$store" "$@"
		measure "$launch" restart "$store" "$@"
		rm -rf "$store"
	done
done
