#!/usr/bin/env bash
# Measures `java -jar target/govgraph.jar` from launch to the first GraphQL answer, on a fresh
# store (the sample is loaded) and again on a restart of the same store. Not part of verify.
#   scripts/startup-time.sh [jar] [extra java/app args...]
set -euo pipefail
jar=${1:-target/govgraph.jar}
shift || true
store=$(mktemp -d /tmp/govgraph-startup.XXXXXX)
user=${GOVGRAPH_USER:-admin}
password=${GOVGRAPH_PASSWORD:-admin}
query='{"query":"{ crossAppointmentStats(scopeId: \"yz.minglou\") { compounds } }"}'

measure() {
	local label=$1 log=$store/$1.log port started now answer pid
	shift
	started=$(date +%s%N)
	GOVGRAPH_ADMIN_PASSWORD="$password" java -jar "$jar" --server.port=0 --govgraph.embedded.bolt-port=0 \
		--govgraph.embedded.path="$store/neo4j" "$@" >"$log" 2>&1 &
	pid=$!
	port=
	while :; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$label: the application exited; see $log" >&2
			exit 1
		fi
		if [ -z "$port" ]; then
			port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
		fi
		if [ -n "$port" ]; then
			answer=$(curl -s -u "$user:$password" -H 'Content-Type: application/json' \
				-d "$query" "http://127.0.0.1:$port/graphql" || true)
			if [[ $answer == *'"compounds"'* ]]; then
				break
			fi
		fi
		sleep 0.05
	done
	now=$(date +%s%N)
	printf '%-8s %6d ms to the first GraphQL answer (%s)\n' "$label" $(((now - started) / 1000000)) "$answer"
	kill "$pid"
	wait "$pid" || true
}

measure fresh "$@"
measure restart "$@"
rm -rf "$store"
