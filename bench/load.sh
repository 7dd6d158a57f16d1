#!/usr/bin/env bash
# Load: authenticated GET /api/vacancies (page of 20) and POST /api/vacancies with wrk,
# against pgbench running the same SQL and a static Payara response, in one run, on
# loopback; also startup time and RSS. Installs wrk and pgbench (postgresql-contrib) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql-contrib >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.LoadBench -Dbench.jvm="${JVM:-}" package
