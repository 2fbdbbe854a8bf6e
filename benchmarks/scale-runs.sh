#!/usr/bin/env bash
# Issue 15's scripted end-to-end runs (figures go to benchmarks/RESULTS.md, section Scale). Needs the
# jars: mvn -B -q -pl cli,benchmarks -am package -DskipTests. Usage: benchmarks/scale-runs.sh [WORKDIR]
# Writes about 2.5 GB into WORKDIR (default /tmp/lambdasim-scale): the synthetic day, its binary
# cache and a 10 M-row native CSV. Each run prints wall time, CPU time and peak RSS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/lambdasim-scale}"
cli="${LAMBDASIM_JAR:-$here/cli/target/lambdasim.jar}"
bench="${BENCHMARKS_JAR:-$here/benchmarks/target/benchmarks.jar}"
mkdir -p "$work"
timed() { /usr/bin/time -f "  -> %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" "$@"; }
day="$work/invocations_per_function_md.anon.d01.csv"
[ -f "$day" ] || java -cp "$bench" io.lambdasim.benchmarks.azure.SyntheticAzureDay --out "$work"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

echo "1. synthetic Azure 2019 day, simulate from the text files, -Xmx2g"
timed java -Xmx2g -jar "$cli" simulate --trace "$day" --concurrency-limit 100000 --json > "$work/day-text.json"

echo "2. the same day converted once to the binary cache"
timed java -Xmx2g -jar "$cli" trace convert "$day" --to lambdasim-bin -o "$work/day1.lsb"
echo "3. simulate from the binary cache, -Xmx2g"
timed java -Xmx2g -jar "$cli" simulate --trace "$work/day1.lsb" --concurrency-limit 100000 --json > "$work/day-bin.json"
sed -e 's#"[^"]*day1.lsb"#"TRACE"#' -e '/rowsRead/d' "$work/day-bin.json" > "$work/a.json"
sed -e 's#"[^"]*d01.csv"#"TRACE"#' -e '/rowsRead/d' "$work/day-text.json" > "$work/b.json"
cmp -s "$work/a.json" "$work/b.json" && echo "  same result from text and cache" || echo "  RESULTS DIFFER (text vs cache)"

echo "4. 10 M-row native CSV (20 functions, poisson 500/s each, 1,000 s), simulate, -Xmx256m"
csv="$work/10m.csv"
if [ ! -f "$csv" ]; then
  spec="poisson(500/s);duration=exp(100ms);horizon=1000s;function=f1"
  for i in $(seq 2 20); do spec="$spec + poisson(500/s);duration=exp(100ms);horizon=1000s;function=f$i"; done
  java -jar "$cli" trace generate "$spec" -o "$csv" > /dev/null
fi
timed java -Xmx256m -jar "$cli" simulate --trace "$csv" --json > "$work/10m.json"
grep -m1 '"invocations"' "$work/10m.json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
