# Sourced by scripts/startup-time.sh and scripts/cds-archive.sh: starts GovGraph on a store of
# its own and waits for its first GraphQL answer.

GOVGRAPH_USER=${GOVGRAPH_USER:-admin}
GOVGRAPH_PASSWORD=${GOVGRAPH_PASSWORD:-admin}
FIRST_QUERY='{"query":"{ crossAppointmentStats(scopeId: \"yz.minglou\") { compounds } }"}'

# start_govgraph LOG STORE COMMAND... — runs COMMAND (a java launch) with random ports on STORE,
# its output in LOG; sets GOVGRAPH_PID.
start_govgraph() {
	local log=$1 store=$2
	shift 2
	GOVGRAPH_ADMIN_PASSWORD="$GOVGRAPH_PASSWORD" "$@" --server.port=0 --govgraph.embedded.bolt-port=0 \
		--govgraph.embedded.path="$store" >"$log" 2>&1 &
	GOVGRAPH_PID=$!
}

# await_first_answer LOG — polls until the started GovGraph answers FIRST_QUERY; sets GOVGRAPH_PORT
# and GOVGRAPH_ANSWER; fails if the process exits first.
await_first_answer() {
	local log=$1
	GOVGRAPH_PORT=
	while :; do
		if ! kill -0 "$GOVGRAPH_PID" 2>/dev/null; then
			echo "GovGraph exited before it answered; see $log" >&2
			return 1
		fi
		if [ -z "$GOVGRAPH_PORT" ]; then
			GOVGRAPH_PORT=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
		fi
		if [ -n "$GOVGRAPH_PORT" ]; then
			GOVGRAPH_ANSWER=$(graphql "$FIRST_QUERY" || true)
			if [[ $GOVGRAPH_ANSWER == *'"compounds"'* ]]; then
				return 0
			fi
		fi
		sleep 0.05
	done
}

# graphql JSON — posts a GraphQL request body to the started GovGraph and prints the answer.
graphql() {
	curl -s -u "$GOVGRAPH_USER:$GOVGRAPH_PASSWORD" -H 'Content-Type: application/json' -d "$1" \
		"http://127.0.0.1:$GOVGRAPH_PORT/graphql"
}

# stop_govgraph — stops the started GovGraph (SIGTERM: a graceful shutdown) and waits for it.
stop_govgraph() {
	kill "$GOVGRAPH_PID"
	wait "$GOVGRAPH_PID" || true
}
