#!/usr/bin/env bash
# Issue 15, exact parallel simulation: `simulate --jobs 1` against `--jobs 2` on a multi-function
# trace, alternating, with wall time, CPU time and peak RSS each, and a check that the JSON is the
# same byte for byte. Usage: benchmarks/jobs-runs.sh [TRACE.csv] [ROUNDS]
# Without a trace it generates 20 functions x 250/s x 1000 s (about 5 M invocations) to /tmp.
# The account limit is raised to 5,000: at the default 1,000 the cold start of the first second
# (about 1,750 in flight) reaches it, and --jobs 2 then reruns on one thread (LIMIT=1000 to see that).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/cli/target/lambdasim.jar"
trace=${1:-/tmp/jobs-5m.csv}
rounds=${2:-3}
limit=${LIMIT:-5000}
if [ ! -f "$trace" ]; then
  spec=""
  for i in $(seq 1 20); do spec="$spec${spec:+ + }poisson(250/s);duration=exp(100ms);function=f$i"; done
  spec="${spec/function=f1/horizon=1000s;function=f1}"
  java -jar "$jar" trace generate "$spec" -o "$trace"
fi
out=$(mktemp -d)
for r in $(seq 1 "$rounds"); do
  for jobs in 1 2; do
    /usr/bin/time -f "jobs=$jobs round=$r: %e s wall, %U s user + %S s sys, %M KB maxrss" \
      java -Xmx512m -jar "$jar" simulate --trace "$trace" --json --jobs "$jobs" --concurrency-limit "$limit" > "$out/jobs$jobs.json"
  done
  cmp "$out/jobs1.json" "$out/jobs2.json" && echo "round $r: JSON identical"
done
rm -rf "$out"
