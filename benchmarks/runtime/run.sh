#!/usr/bin/env bash
# Builds and runs the runtime benchmarks (JMH) and prints a Markdown table of ns/op and B/op with ratios against the
# hand-written baseline and the generated mapper of the same run.
#
#   bash benchmarks/runtime/run.sh           full suite, about 13 minutes: $BENCH_ROUNDS (default 4) rounds, each
#                                            running every benchmark in one fork of 4 x 2 s warm-up and 5 x 1 s
#                                            measurement with -prof gc, in a random order
#   bash benchmarks/runtime/run.sh --smoke   CI, 30-40 s: 1 fork, 1 x 200 ms warm-up, 1 x 200 ms measurement, no
#                                            profiler; fails if any benchmark fails
#   bash benchmarks/runtime/run.sh --parts   diagnostic, about 4 minutes: the pieces of fromProto in which the
#                                            generated and the hand-written mapper differ (io.jpaproto.bench.parts,
#                                            which the full suite and the smoke run leave out), -prof gc
#
# Results (JMH's JSON and text output, the Markdown table) go to $BENCH_RESULTS_DIR, by default
# benchmarks/runtime/target/results/<mode>-<timestamp>. Exits non-zero if the build, a benchmark or the table fails.
# The table's header says how much CPU other processes used while JMH ran (from /proc/stat).
# The jpaproto artifacts must be in the local Maven repository; if the processor is missing, the root project is
# installed first (mvn install -DskipTests).
set -euo pipefail

mode=full
case "${1:-}" in
  "") ;;
  --smoke) mode=smoke ;;
  --parts) mode=parts ;;
  -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--smoke | --parts]" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
if [[ ! -f "$repo/io/jpaproto/jpaproto-processor/$version/jpaproto-processor-$version.jar" ]]; then
  echo "run.sh: jpaproto $version is not installed in $repo; installing the root project first" >&2
  mvn -q -B install -DskipTests
fi

echo "run.sh: building benchmarks/runtime (mode: $mode)" >&2
# package runs the round-trip unit test first: a broken mapping path fails here, before anything is measured.
mvn -q -B -f benchmarks/runtime/pom.xml package

results="${BENCH_RESULTS_DIR:-$here/target/results/$mode-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$results"

jar="$here/target/benchmarks.jar"
run_jmh() { # run_jmh <result.json> <jmh arguments>...: appends JMH's text output to jmh-output.txt
  local result="$1"
  shift
  set +e
  java -jar "$jar" "$@" -foe true -rf json -rff "$result" 2>&1 | tee -a "$results/jmh-output.txt"
  local status=${PIPESTATUS[0]}
  set -e
  if [[ $status -ne 0 ]]; then
    echo "run.sh: JMH failed with status $status; see $results/jmh-output.txt" >&2
    exit "$status"
  fi
}

# JMH measures wall-clock time: anything else busy on this 2-core machine inflates the benchmarks that run meanwhile.
# busy_ms: CPU time the whole machine has spent busy so far; children_ms FILE: CPU time of this shell's finished
# children, from the output of the `times` builtin (which must run in this shell, redirected to FILE).
clk_tck="$(getconf CLK_TCK 2>/dev/null || echo 100)"
busy_ms() {
  [[ -r /proc/stat ]] && awk -v hz="$clk_tck" '/^cpu / { printf "%d", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz }' /proc/stat
}
children_ms() {
  awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); sum += t[1] * 60000 + t[2] * 1000 } printf "%d", sum }' "$1"
}
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
times > "$results/times.before"
busy_before="$(busy_ms || true)"
start=$(date +%s)
if [[ "$mode" == smoke ]]; then
  jmh_args=(-f 1 -wi 1 -i 1 -w 200ms -r 200ms -e '^io\.jpaproto\.bench\.parts\.')
  run_jmh "$results/smoke.json" "${jmh_args[@]}"
elif [[ "$mode" == parts ]]; then
  jmh_args=('^io\.jpaproto\.bench\.parts\.' -prof gc)
  run_jmh "$results/parts.json" "${jmh_args[@]}"
else
  # Rounds: each round runs every benchmark once (one fork) in a new random order, so a burst of load from other
  # processes lands on different benchmarks in different rounds instead of on all forks of one benchmark. The table
  # merges the rounds. Warm-up is 8 s because Jackson needs about 6 s to reach its steady state on this machine.
  rounds="${BENCH_ROUNDS:-4}"
  jmh_args=(-f 1 -wi 4 -w 2s -i 5 -r 1s -prof gc)
  mapfile -t benchmarks < <(java -jar "$jar" -l | grep '^io\.jpaproto\.bench\.' | grep -v '^io\.jpaproto\.bench\.parts\.')
  for (( round = 1; round <= rounds; round++ )); do
    for benchmark in $(printf '%s\n' "${benchmarks[@]}" | shuf); do
      echo "run.sh: round $round of $rounds: $benchmark" >&2
      run_jmh "$results/round$round-${benchmark##*.}.json" "^${benchmark//./\\.}\$" "${jmh_args[@]}"
    done
  done
  jmh_args=(-f "$rounds" "${jmh_args[@]:2}")
fi
end=$(date +%s)
busy_after="$(busy_ms || true)"
times > "$results/times.after"
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
others="n/a"
if [[ -n "$busy_before" && -n "$busy_after" && $end -gt $start ]]; then
  own=$(( $(children_ms "$results/times.after") - $(children_ms "$results/times.before") ))
  others=$(awk -v b=$((busy_after - busy_before)) -v o="$own" -v s=$((end - start)) 'BEGIN {
    x = b - o; if (x < 0) x = 0
    printf "other processes used %.0f s of CPU (%.2f cores on average), the benchmark JVMs %.0f s (%.2f cores)",
      x / 1000, x / 1000 / s, o / 1000, o / 1000 / s }')
fi

set +e
{
  echo "## Results ($mode run, $(date -u +%Y-%m-%dT%H:%MZ), JMH $(( end - start )) s)"
  echo
  echo "JMH: ${jmh_args[*]}; load average (1/5/15 min) before: $load_before, after: $load_after; while JMH ran," \
    "$others."
  echo
  if [[ "$mode" == parts ]]; then
    echo '```'
    sed -n '/^Benchmark /,$p' "$results/jmh-output.txt"
    echo '```'
  else
    java -cp "$jar" io.jpaproto.bench.report.ResultsTable $([[ "$mode" == smoke ]] && echo --smoke) "$results"
  fi
} > "$results/table.md"
table_status=$?
set -e
echo
cat "$results/table.md"
echo
echo "run.sh: results in $results" >&2
exit "$table_status"
