#!/usr/bin/env bash
# The full benchmark (see BENCHMARKS.md): builds tdkg.jar in its own build folder, puts the peer RDF4J
# (a provided dependency, not in tdkg.jar) on the classpath and runs `tdkg bench` with the given options,
# e.g.  bench/run.sh --sizes 1,10,100,1000
# Virtuoso is measured when bench/install-virtuoso.sh has installed it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TDKG_BENCH_BUILD:-$PWD/target-bench}
if [ "${TDKG_BENCH_SKIP_BUILD:-}" != 1 ]; then
    mvn -q -B -ntp -Dtdkg.build.dir="$BUILD" -DskipTests package
fi
mvn -q -B -ntp -Dtdkg.build.dir="$BUILD" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$BUILD/bench.classpath" >/dev/null
exec java -Xmx4g -cp "$BUILD/tdkg.jar:$(cat "$BUILD/bench.classpath")" tw.gov.taichung.kg.cli.Main bench \
    --jar "$BUILD/tdkg.jar" --results "$BUILD/bench/results.json" --report "$BUILD/bench/report.md" "$@"
