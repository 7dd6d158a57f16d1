#!/usr/bin/env bash
# The slow-body attack (issue 13, item 2): 200 connections trickling a request body one byte
# every 2 s while readiness and an authenticated read are measured before, during and after.
# Prints success rates, latency percentiles and how the trickled requests ended.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.SlowBodiesBench package
