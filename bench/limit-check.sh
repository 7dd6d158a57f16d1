#!/usr/bin/env bash
# Daily-limit check latency with 1 000 vs 1 000 000 usage_logs rows, on an embedded
# PostgreSQL, in one run. Prints a table and the ratio (target <= 1.2). Needs only a JDK
# and Maven; takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.main=io.resumetailor.bench.LimitCheckBench
