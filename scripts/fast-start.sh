#!/usr/bin/env bash
# Starts GovGraph the fast way (docs/operations.md "Fast start-up"): the extracted jar with the class data
# sharing archive that scripts/cds-archive.sh recorded. Takes the same arguments as
# `java -jar target/govgraph.jar`; JVM options in JAVA_OPTS (default -Xms1g: a start allocates
# about 2 GB, and a heap that starts at 1 GB instead of 1/64 of the memory collects it in fewer
# pauses); JIT flags in JIT_OPTS (see below). GOVGRAPH_APP overrides target/app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(realpath -m "${GOVGRAPH_APP:-$here/../target/app}")
if [ ! -s "$app/govgraph.jsa" ]; then
	echo "No archive in $app: run scripts/cds-archive.sh after building the jar." >&2
	exit 2
fi
# -Xshare:auto (the default): an archive that does not match the jars or the JDK is reported and
# ignored, and the start is merely slower.
# The optimizing compiler (C2) waits for four times the usual call and loop counts before it compiles
# a method: during the start it otherwise spends much of a core compiling code that runs only then
# (schema scripts, the sample import, cold Cypher planning). A running server's hot methods still
# reach C2, a little later. Measured: fresh store 14.3–14.7 s → 13.2–14.1 s, restart 11.4–12.2 s →
# 10.5–12.0 s; throughput (axisReport, 2 clients) 8–11% lower in the first minute, the same from
# 90 s on. JIT_OPTS replaces these flags (empty: the JVM's defaults).
jit=${JIT_OPTS--XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=25000 -XX:Tier4BackEdgeThreshold=160000}
exec java -XX:SharedArchiveFile="$app/govgraph.jsa" ${JAVA_OPTS--Xms1g} $jit -jar "$app/govgraph.jar" "$@"
