#!/usr/bin/env bash
# The full benchmark (see BENCHMARKS.md): builds tdkg.jar in its own build folder, puts the peer RDF4J
# (a provided dependency, not in tdkg.jar) on the classpath and runs `tdkg bench` with the given options,
# e.g.  bench/run.sh --sizes 1,10,100,1000
# Virtuoso is measured when bench/install-virtuoso.sh has installed it; JDK 25 variants of build and serve
# when TDKG_BENCH_JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64) holds a JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TDKG_BENCH_BUILD:-$PWD/target-bench}
if [ "${TDKG_BENCH_SKIP_BUILD:-}" != 1 ]; then
    mvn -q -B -ntp -Dtdkg.build.dir="$BUILD" -DskipTests package
fi
mvn -q -B -ntp -Dtdkg.build.dir="$BUILD" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$BUILD/bench.classpath" >/dev/null
JDK25=${TDKG_BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
exec java -Xmx4g -Dtdkg.bench.jdk25="$JDK25" -cp "$BUILD/tdkg.jar:$(cat "$BUILD/bench.classpath")" tw.gov.taichung.kg.cli.Main bench \
    --jar "$BUILD/tdkg.jar" --results "$BUILD/bench/results.json" --report "$BUILD/bench/report.md" "$@"
