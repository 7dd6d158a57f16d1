#!/usr/bin/env bash
# Server-side time per generation (zero-latency fake model, and the built-in engine) and
# scoring time per resume/vacancy pair. Builds the WAR, starts it on Payara Micro with an
# embedded PostgreSQL on loopback, stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.TailoringBench package
