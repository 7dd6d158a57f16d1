#!/usr/bin/env bash
# Match scoring against a labelled set: extraction P/R, must/nice, noise, evidence P/R/F1,
# ranking vs a TF-IDF baseline, time per score. Java SE, no Payara, no lock needed.
# Usage: bench/matching.sh [set-dir]   (default bench/matching/set; BENCH_VERBOSE=1 lists every miss;
#        BENCH_SCORES=N times N scores per resume instead of 60, for longer profiles)
set -euo pipefail
SET="$(realpath "${1:-$(dirname "$0")/matching/set}")"
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never test-compile
CP="$(mvn -B -ntp -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec java ${BENCH_VERBOSE:+-Dbench.verbose=1} ${BENCH_SCORES:+-Dbench.scores=$BENCH_SCORES} -cp "target/classes:target/test-classes:$CP" io.resumetailor.bench.MatchingBench "$SET" 2> >(grep -v SLF4J >&2)
