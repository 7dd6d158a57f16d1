#!/usr/bin/env bash
# PDF export time for a two-page resume (warm JVM) vs the same resume as HTML printed to
# PDF by headless Chromium, in one run. Installs Debian's chromium if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.main=io.resumetailor.bench.ExportBench
