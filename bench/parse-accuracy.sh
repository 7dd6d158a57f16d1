#!/usr/bin/env bash
# Accuracy of the resume import on real resumes: starts the app as the README does (mvn -Prun;
# on a shared machine run this script under the machine's lock), uploads every file of a
# corpus with ../shared/tools/score_import.py run, prints its per-field table and SUMMARY
# line (score), and stops the app.
#
#   bench/parse-accuracy.sh [CORPUS]            built-in parser (?engine=builtin)
#   bench/parse-accuracy.sh --model [CORPUS]    the model path, against a fake OpenAI-compatible
#       server on loopback that records the text each import sends and answers a fixed resume:
#       prints how much of the truth that text holds and whether each job's company, position
#       and start stay together in it, next to the same figures for the text the import
#       extracted before (PDFBox's stripper in stream order)
#
# CORPUS is a folder of PDF/DOCX files with truth.json (default ../shared/corpus/resumes).
# Not a test: mvn verify never needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=builtin
if [ "${1:-}" = "--model" ]; then MODE=model; shift; fi
CORPUS=$(cd "${1:-../shared/corpus/resumes}" && pwd)
SCORE=${SCORE_IMPORT:-../shared/tools/score_import.py}
PORT=${PORT:-8080}
MODEL_PORT=${MODEL_PORT:-8089}
OUT=target/bench/parse-accuracy
ANSWERS=$OUT/answers
rm -rf "$OUT" && mkdir -p "$ANSWERS"

mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

PIDS=()
stop() { for p in "${PIDS[@]}"; do kill -- -"$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

if [ "$MODE" = model ]; then
  setsid java -cp "$CP" io.resumetailor.bench.FakeModelServer "$MODEL_PORT" "$OUT/model-texts" > "$OUT/fake-model.log" 2>&1 &
  PIDS+=($!)
  export LLM_OPENAI_BASE_URL="http://127.0.0.1:$MODEL_PORT/v1" LLM_OPENAI_API_KEY="sk-fake-platform-key"
fi
setsid mvn -B -ntp -Prun > "$OUT/server.log" 2>&1 &
RUN=$!
PIDS+=("$RUN")
for _ in $(seq 1 300); do
  curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$RUN" 2>/dev/null || { tail -50 "$OUT/server.log"; exit 1; }
  sleep 1
done

if [ "$MODE" = builtin ]; then
  # a first pass on the freshly started server (JIT, class loading, connection pool), then the measured pass
  python3 "$SCORE" run --base "http://localhost:$PORT" --corpus "$CORPUS" --out "$OUT/cold" --engine builtin > /dev/null
  python3 "$SCORE" score --corpus "$CORPUS" --out "$OUT/cold" | grep "import time" | sed 's/^/first pass on a fresh server: /'
  python3 "$SCORE" run --base "http://localhost:$PORT" --corpus "$CORPUS" --out "$ANSWERS" --engine builtin
  python3 "$SCORE" score --corpus "$CORPUS" --out "$ANSWERS" --details "$OUT/mismatches.md" > "$OUT/score.md"
  sed -n '/micro-averaged, all files/,/micro-averaged, files with/p' "$OUT/score.md" | grep -v "files with"
  grep -E "import time|SUMMARY" "$OUT/score.md"
  echo "per-file table: $OUT/score.md; mismatches: $OUT/mismatches.md"
else
  python3 "$SCORE" run --base "http://localhost:$PORT" --corpus "$CORPUS" --out "$ANSWERS" --engine default
  # the fake saw the imports in the order score_import.py sent them: sorted truth keys
  mkdir -p "$OUT/new-text"
  python3 - "$CORPUS" "$OUT/model-texts" "$OUT/new-text" <<'PY'
import json, os, shutil, sys
corpus, texts, out = sys.argv[1:4]
names = sorted(json.load(open(os.path.join(corpus, "truth.json"))))
seen = sorted(os.listdir(texts))
if len(seen) != len(names):
    sys.exit(f"the fake model saw {len(seen)} imports for {len(names)} files")
for name, text in zip(names, seen):
    shutil.copy(os.path.join(texts, text), os.path.join(out, name + ".txt"))
PY
  java -cp "$CP" io.resumetailor.bench.PlainPdfBoxText "$CORPUS" "$OUT/old-text"
  # score_import.py's own --svctext tally stops at a file it has no pdftotext/pandoc baseline for,
  # so its text_baseline is called directly, once per text dump
  python3 - "$SCORE" "$CORPUS" "$OUT/old-text" "$OUT/new-text" <<'PY'
import importlib.util, json, os, sys
score, corpus, old, new = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("score_import", score)
tool = importlib.util.module_from_spec(spec); spec.loader.exec_module(tool)
truth = json.load(open(os.path.join(corpus, "truth.json")))
for label, folder in (("before (PDFBox stripper, stream order)", old), ("now (layout-aware extraction)", new)):
    found = wanted = local = checked = 0
    for name in sorted(truth):
        b = tool.text_baseline(truth[name], open(os.path.join(folder, name + ".txt")).read())
        found += b["found"]; wanted += b["wanted"]; local += b["jobs_local"]; checked += b["jobs_checked"]
    print(f"text the model path gets {label}: {found}/{wanted} truth strings present ({found / wanted:.0%}); "
          f"{local}/{checked} jobs keep company, position and start year within 250 chars")
PY
  echo "(the fake model's answers are fixed; field scores of this run say nothing about a real model)"
fi
