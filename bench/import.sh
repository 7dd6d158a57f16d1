#!/usr/bin/env bash
# Import speed: median extract + structure time per fixture document (warm JVM), and
# poppler's pdftotext on the same PDFs, in one run. Installs poppler-utils if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pdftotext >/dev/null; then
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
mvn -q -B -ntp -Pbench -Dbench.main=io.resumetailor.bench.ImportBench
