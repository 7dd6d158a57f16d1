#!/usr/bin/env bash
# PostgreSQL stopped and started again under write load: recovery time of the connection
# pool, errors after recovery, acknowledged writes lost. Prints a table; non-zero exit on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.DatabaseRestartCheck package
