#!/usr/bin/env bash
# Two instances on one PostgreSQL (loopback): migration once, a limit of N across both,
# settings propagation, cleanup timers on both. Prints a table; non-zero exit on failure.
# Then throughput of GET /api/vacancies: one instance directly vs both behind nginx (from
# Debian; installed if missing). Takes about four minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light wrk >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.ScaleOutCheck package
