#!/usr/bin/env bash
# Exceptions thrown per request (Java Flight Recorder, jdk.JavaExceptionThrow) on the
# static, unauthenticated, authenticated-404, list and create paths, grouped by type and
# throwing frame. Builds the WAR, starts it on Payara Micro with an embedded PostgreSQL
# on loopback, stops it afterwards. About a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.ExceptionsPerRequest package
