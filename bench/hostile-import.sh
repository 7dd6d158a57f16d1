#!/usr/bin/env bash
# CPU-seconds the server spends per hostile import, counted from the server process's own
# CPU time (/proc/<pid>/stat) until five seconds after the answer, so work that goes on in
# the background after the 422 is counted too. Starts the app as the README does (mvn -Prun;
# on a shared machine run this script under the machine's lock), uploads each file once,
# then three nested-forms files at once from one user (one extraction per user at a time),
# and stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench/hostile
PORT=${PORT:-8080}
BASE=http://localhost:$PORT
mkdir -p "$OUT"

mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" io.resumetailor.bench.WriteHostileFiles "$OUT/files"
ls -l "$OUT/files"

setsid mvn -B -ntp -Prun > "$OUT/server.log" 2>&1 &
RUN=$!
stop() { kill -- -"$RUN" 2>/dev/null || true; wait "$RUN" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 300); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$RUN" 2>/dev/null || { tail -50 "$OUT/server.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null

# the Payara JVM: the descendant of our mvn whose command line runs payara-micro
descendants() { local p; for p in $(cat /proc/"$1"/task/*/children 2>/dev/null); do echo "$p"; descendants "$p"; done; }
SERVER=""
for p in $(descendants "$RUN"); do
  if tr '\0' ' ' < /proc/"$p"/cmdline 2>/dev/null | grep -q 'payara-micro'; then SERVER=$p; fi
done
[ -n "$SERVER" ] || { echo "Payara process not found"; exit 1; }
echo "server pid $SERVER"

python3 - "$BASE" "$SERVER" "$OUT/files" <<'PY'
import json, os, sys, time, uuid, urllib.request, urllib.error, threading
base, pid, files = sys.argv[1], sys.argv[2], sys.argv[3]
tick = os.sysconf("SC_CLK_TCK")

def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def token(email):
    req = urllib.request.Request(base + "/api/auth/dev", data=json.dumps({"email": email}).encode(),
                                 headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req, timeout=60))["token"]

def upload(tok, name):
    data = open(os.path.join(files, name), "rb").read()
    b = "----hostile-" + uuid.uuid4().hex
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode() + data + f"\r\n--{b}--\r\n".encode()
    req = urllib.request.Request(base + "/api/resumes?engine=builtin", data=body, method="POST",
                                 headers={"Content-Type": "multipart/form-data; boundary=" + b, "Authorization": "Bearer " + tok})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    return status, time.monotonic() - start, text

stamp = time.strftime("%H%M%S")
tok = token(f"hostile-{stamp}@example.com")
upload(tok, "ordinary.pdf")  # warm the import path once
print("\n| file | size | HTTP | answer after (s) | server CPU until 5 s after the answer (s) |")
print("|---|---:|---:|---:|---:|")
c0 = cpu(); time.sleep(5); idle = cpu() - c0
print(f"| (idle, 5 s) | | | | {idle:.2f} |")
for name in ["ordinary.pdf", "shared-stream-1gib.pdf", "nested-forms.pdf"]:
    c0 = cpu()
    status, secs, text = upload(tok, name)
    time.sleep(5)
    used = cpu() - c0
    detail = json.loads(text).get("detail", "") if status >= 400 else ""
    print(f"| {name} | {os.path.getsize(os.path.join(files, name))} | {status} | {secs:.1f} | {used:.2f} |" + (f" {detail}" if detail else ""))

tok2 = token(f"hostile-parallel-{stamp}@example.com")
results = []
def one():
    results.append(upload(tok2, "nested-forms.pdf")[0])
c0 = cpu()
threads = [threading.Thread(target=one) for _ in range(3)]
[t.start() for t in threads]; [t.join() for t in threads]
time.sleep(5)
print(f"\nthree nested-forms uploads at once from one user: HTTP {sorted(results)}, server CPU {cpu() - c0:.2f} s")
PY
