#!/usr/bin/env bash
# Prepares the fast production launch (docs/operations.md "Fast start-up"): extracts the jar into DIR (Spring
# Boot's CDS-friendly layout: DIR/govgraph.jar + DIR/lib/) and records a class data sharing
# archive DIR/govgraph.jsa in a training run. Run it again after every build, with the JDK that
# will run the application (an archive belongs to one JDK and one set of jar files).
#   scripts/cds-archive.sh [jar] [dir]      (defaults: target/govgraph.jar, target/app)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/first-answer.sh"
jar=$(realpath "${1:-target/govgraph.jar}")
dir=$(realpath -m "${2:-target/app}")

rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir"

# The JVM does not archive classes of signed jars ("Skipping …: Signed JAR"): eclipse-collections,
# which Neo4j uses everywhere, would be loaded and verified anew at every start (about 750
# classes). Its signature only says who built it; nothing here checks it. The copies in DIR lose
# it, the jar in target/ keeps it.
for lib in "$dir"/lib/*.jar; do
	if unzip -Z1 "$lib" | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' >/dev/null; then
		zip -q -d "$lib" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null || true
	fi
done

# The training run goes as far as a real start does: the DBMS on a throwaway store, the schema
# scripts, the sample import, the web server and a first GraphQL answer, so that the classes of
# all of them (Neo4j's Cypher planner above all) are in the archive. The JVM writes the archive
# when it exits.
store=$(mktemp -d /tmp/govgraph-cds.XXXXXX)
trap 'rm -rf "$store"' EXIT
start_govgraph "$store/training.log" "$store/neo4j" \
	java -XX:ArchiveClassesAtExit="$dir/govgraph.jsa" -jar "$dir/govgraph.jar"
if ! await_first_answer "$store/training.log"; then
	cat "$store/training.log" >&2
	exit 1
fi
stop_govgraph
if [ ! -s "$dir/govgraph.jsa" ]; then
	echo "The training run wrote no archive; its log:" >&2
	cat "$store/training.log" >&2
	exit 1
fi
echo "Wrote $dir/govgraph.jsa ($(du -h "$dir/govgraph.jsa" | cut -f1)); start with scripts/fast-start.sh"
