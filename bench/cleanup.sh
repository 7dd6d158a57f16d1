#!/usr/bin/env bash
# Cleanup of 1 000 000 expired generations by the EJB timer, and API p99 during it vs
# without it, in one run on loopback. Installs wrk if missing. Takes about four minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.CleanupLoadCheck package
