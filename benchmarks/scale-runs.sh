#!/usr/bin/env bash
# Issue 15's scripted end-to-end runs (figures go to benchmarks/RESULTS.md, section Scale). Needs the
# jars: mvn -B -q -pl cli,benchmarks -am package -DskipTests.
#
# Usage: benchmarks/scale-runs.sh [WORKDIR [RUNS]]
#   WORKDIR  default /tmp/lambdasim-scale; the full runs write about 2.5 GB there: the synthetic day,
#            its binary cache and a 10 M-row native CSV (each made once, reused when present)
#   RUNS     which runs, comma-separated (default 1,2,3,4), e.g. 4 for the 10 M-row CSV alone:
#              1  the synthetic Azure 2019 day simulated from its text files, -Xmx2g, --jobs $JOBS
#              2  the day converted to the binary cache (lambdasim-bin)
#              3  the day simulated from the cache, -Xmx2g, --jobs $JOBS (made first if run 2 was not)
#              4  a 10 M-row native CSV (20 functions x 500/s x 1,000 s) simulated, -Xmx256m, --jobs $JOBS
# Environment: JOBS (default 2: the targets are "on 2 cores"); DAY_ARGS, extra options for the day's
# generator (e.g. "--functions 50 --invocations 100000" for a quick try); CSV_SECONDS (default 1000),
# the 10 M-row CSV's length. Each run prints wall time, CPU time and peak RSS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/lambdasim-scale}"
runs=",${2:-1,2,3,4},"
jobs="${JOBS:-2}"
cli="${LAMBDASIM_JAR:-$here/cli/target/lambdasim.jar}"
bench="${BENCHMARKS_JAR:-$here/benchmarks/target/benchmarks.jar}"
for jar in "$cli" "$bench"; do
  [ -f "$jar" ] || { echo "missing $jar: mvn -B -q -pl cli,benchmarks -am package -DskipTests" >&2; exit 2; }
done
case "$runs" in *[!0-9,]*|*,[05-9],*) echo "RUNS: comma-separated numbers from 1 to 4, not '${2:-}'" >&2; exit 2 ;; esac
selected() { [[ "$runs" == *",$1,"* ]]; }
mkdir -p "$work"
timed() { /usr/bin/time -f "  -> %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" "$@"; }
day="$work/invocations_per_function_md.anon.d01.csv"
cache="$work/day1.lsb"
if selected 1 || selected 2 || selected 3; then
  # shellcheck disable=SC2086 # DAY_ARGS is a list of options
  [ -f "$day" ] || java -cp "$bench" io.lambdasim.benchmarks.azure.SyntheticAzureDay --out "$work" ${DAY_ARGS:-}
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

if selected 1; then
  echo "1. synthetic Azure 2019 day, simulate from the text files, -Xmx2g, --jobs $jobs"
  timed java -Xmx2g -jar "$cli" simulate --trace "$day" --concurrency-limit 100000 --jobs "$jobs" --json > "$work/day-text.json"
fi

if selected 2; then
  echo "2. the same day converted once to the binary cache"
  timed java -Xmx2g -jar "$cli" trace convert "$day" --to lambdasim-bin -o "$cache"
fi

if selected 3; then
  if [ ! -f "$cache" ]; then
    echo "   (making the binary cache first, untimed)"
    java -Xmx2g -jar "$cli" trace convert "$day" --to lambdasim-bin -o "$cache" > /dev/null
  fi
  echo "3. simulate from the binary cache, -Xmx2g, --jobs $jobs"
  timed java -Xmx2g -jar "$cli" simulate --trace "$cache" --concurrency-limit 100000 --jobs "$jobs" --json > "$work/day-bin.json"
  if [ -f "$work/day-text.json" ]; then
    sed -e 's#"[^"]*day1.lsb"#"TRACE"#' -e '/rowsRead/d' "$work/day-bin.json" > "$work/a.json"
    sed -e 's#"[^"]*d01.csv"#"TRACE"#' -e '/rowsRead/d' "$work/day-text.json" > "$work/b.json"
    cmp -s "$work/a.json" "$work/b.json" && echo "  same result from text and cache" || echo "  RESULTS DIFFER (text vs cache)"
  fi
fi

if selected 4; then
  seconds="${CSV_SECONDS:-1000}"
  echo "4. native CSV (20 functions, poisson 500/s each, $seconds s: 10 M rows at 1,000 s), simulate, -Xmx256m, --jobs $jobs"
  csv="$work/10m.csv"
  [ "$seconds" = 1000 ] || csv="$work/csv-${seconds}s.csv"
  if [ ! -f "$csv" ]; then
    spec="poisson(500/s);duration=exp(100ms);horizon=${seconds}s;function=f1"
    for i in $(seq 2 20); do spec="$spec + poisson(500/s);duration=exp(100ms);horizon=${seconds}s;function=f$i"; done
    java -jar "$cli" trace generate "$spec" -o "$csv" > /dev/null
  fi
  timed java -Xmx256m -jar "$cli" simulate --trace "$csv" --jobs "$jobs" --json > "$work/10m.json"
  grep -m1 '"invocations"' "$work/10m.json"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
