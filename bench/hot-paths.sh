#!/usr/bin/env bash
# Where the server's CPU goes for one request shape, from a flight recording under wrk load:
# execution samples summed by top frame and by frame on the stack. Builds the WAR, starts it
# on Payara Micro with an embedded PostgreSQL on loopback, stops it afterwards.
# bench/hot-paths.sh [url]   (default /api/vacancies?size=20; POST=true for the create;
#                             PROBLEMS=true for a ladder step that answers 401/404 by design)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.HotPaths \
  -Dbench.url="${1:-/api/vacancies?size=20}" -Dbench.post="${POST:-false}" -Dbench.problems="${PROBLEMS:-false}" -Dbench.warm="${WARM:-40}" package
