#!/usr/bin/env bash
# Two instances on one PostgreSQL (loopback): migration once, a limit of N across both,
# settings propagation, cleanup timers on both. Prints a table; non-zero exit on failure.
# Takes about three minutes (the cleanup timers fire once a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.ScaleOutCheck package
