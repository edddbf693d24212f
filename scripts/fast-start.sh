#!/usr/bin/env bash
# Starts GovGraph the fast way (README "Fast start-up"): the extracted jar with the class data
# sharing archive that scripts/cds-archive.sh recorded. Takes the same arguments as
# `java -jar target/govgraph.jar`; JVM options in JAVA_OPTS (default -Xms1g: a start allocates
# about 2 GB, and a heap that starts at 1 GB instead of 1/64 of the memory collects it in fewer
# pauses). GOVGRAPH_APP overrides target/app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(realpath -m "${GOVGRAPH_APP:-$here/../target/app}")
if [ ! -s "$app/govgraph.jsa" ]; then
	echo "No archive in $app: run scripts/cds-archive.sh after building the jar." >&2
	exit 2
fi
# -Xshare:auto (the default): an archive that does not match the jars or the JDK is reported and
# ignored, and the start is merely slower.
exec java -XX:SharedArchiveFile="$app/govgraph.jsa" ${JAVA_OPTS--Xms1g} -jar "$app/govgraph.jar" "$@"
