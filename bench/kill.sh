#!/usr/bin/env bash
# kill -9 of the server while a platform-model generation and an import wait for a slow
# (fake) provider, then a restart: half-written rows, quota and budget afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.KillCheck package
