#!/usr/bin/env bash
# Accuracy of the built-in parser on real resumes without a server: io.resumetailor.bench.ParseCorpus
# (the import's extraction and parser in a plain JVM, a user without a profile, the content
# validated with the seed's rules; the time is the third run of each file) writes answers as
# ../shared/tools/score_import.py run does, and score_import.py score prints the per-field
# table, the import time and the SUMMARY line. No Payara, no lock needed.
#
#   bench/parse-corpus.sh [CORPUS]    CORPUS: PDF/DOCX files with truth.json (default ../shared/corpus/resumes)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=$(cd "${1:-../shared/corpus/resumes}" && pwd)
SCORE=${SCORE_IMPORT:-../shared/tools/score_import.py}
OUT=target/bench/parse-corpus/$(basename "$CORPUS")
rm -rf "$OUT" && mkdir -p "$OUT/answers"
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" io.resumetailor.bench.ParseCorpus "$CORPUS" "$OUT/answers" | tail -1
python3 "$SCORE" score --corpus "$CORPUS" --out "$OUT/answers" --details "$OUT/mismatches.md" > "$OUT/score.md"
sed -n '/micro-averaged, all files/,/micro-averaged, files with/p' "$OUT/score.md" | grep -v "files with"
grep -E "import time|SUMMARY" "$OUT/score.md"
echo "per-file table: $OUT/score.md; mismatches: $OUT/mismatches.md"
