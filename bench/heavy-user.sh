#!/usr/bin/env bash
# A heavy user's lists (100 000 vacancies, 100 000 generations, 10 000 resumes) against a
# light user's (100 of each) on one server: first and 500th page, median per request and
# the heavy/light ratio. Builds the WAR, starts it on Payara Micro with an embedded
# PostgreSQL on loopback, stops it afterwards. About three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -Dbench.phase=package -Dbench.main=io.resumetailor.bench.HeavyUserBench package
