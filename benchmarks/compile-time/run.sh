#!/usr/bin/env bash
# Compile-time benchmark: what jpaproto adds to a full javac compile, next to no processor and to Hibernate's
# metamodel processor. See README.md in this folder and BENCHMARKS.md at the repository root.
#
#   bash benchmarks/compile-time/run.sh                 # N = 100 1000 5000, 5 timed runs each
#   bash benchmarks/compile-time/run.sh --quick         # smoke test: N = 100, 1 timed run
#   bash benchmarks/compile-time/run.sh -r 3 2000       # N = 2000, 3 timed runs
#
# Options:
#   -r, --runs R     timed runs per configuration and N (default 5); each N also gets one untimed warm-up per
#                    configuration
#   --quick          N = 100 and R = 1, --max-wait 30 and --retries 1 (unless given too): a smoke test that takes
#                    well under 2 minutes even on a busy machine
#   --seed S         generator seed (default 42)
#   --basic-only     basic attributes only: no relations, embeddables or element collections (the mix of the
#                    first runs; the default mix has them, see gen_entities.py)
#   -o, --out FILE   the results file (default benchmarks/compile-time/results-<UTC time>[-quick].md)
#   --keep           keep the temporary directory (generated sources, outputs, logs)
#   --max-others C   a machine is quiet when other processes use at most C cores (default 0.25): each timed run
#                    waits for a quiet second first, and a run during which others used more than C cores on
#                    average is discarded and repeated
#   --retries K      repeat a disturbed run at most K times, then keep it and say so (default 3)
#   --max-wait S     wait at most S seconds in all for a quiet machine, then measure anyway (default 900); on a
#                    machine that is never quiet, the results say how busy it was (others' CPU of every run)
#
# Environment:
#   JAVA_HOME                   javac is $JAVA_HOME/bin/javac if set, else the javac on PATH
#   MVN                         the Maven command (default mvn); used only to resolve jars
#   JPAPROTO_VERSION            io.jpaproto artifacts to use (default 0.1.0-SNAPSHOT; run `mvn install
#                               -DskipTests` in the repository first so the local repository has the current build)
#   JPAPROTO_PROCESSOR_PATH     a ready processor path for jpaproto, instead of resolving it with Maven
#   HIBERNATE_PROCESSOR_VERSION default 7.4.15.Final
#   JAKARTA_PERSISTENCE_VERSION default 3.2.0
#   TMPDIR                      where the temporary directory goes (default /tmp)

set -euo pipefail

ORIG_ARGS="$*"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"

JPAPROTO_VERSION="${JPAPROTO_VERSION:-0.1.0-SNAPSHOT}"
HIBERNATE_PROCESSOR_VERSION="${HIBERNATE_PROCESSOR_VERSION:-7.4.15.Final}"
JAKARTA_PERSISTENCE_VERSION="${JAKARTA_PERSISTENCE_VERSION:-3.2.0}"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.11.0"
MVN="${MVN:-mvn}"

RUNS=""
SEED=42
QUICK=false
BASIC_ONLY=false
KEEP=false
OUT=""
MAX_OTHERS=0.25
RETRIES=""
MAX_WAIT=""
SIZES=()

die() {
  echo "run.sh: error: $*" >&2
  exit 1
}
log() {
  echo "[$(date -u +%H:%M:%S)] $*" >&2
}

while (($#)); do
  case "$1" in
    -r | --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --quick) QUICK=true; shift ;;
    --seed) SEED="${2:?--seed needs a number}"; shift 2 ;;
    --basic-only) BASIC_ONLY=true; shift ;;
    -o | --out) OUT="${2:?--out needs a file}"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    --max-others) MAX_OTHERS="${2:?--max-others needs a number of cores}"; shift 2 ;;
    --retries) RETRIES="${2:?--retries needs a number}"; shift 2 ;;
    --max-wait) MAX_WAIT="${2:?--max-wait needs seconds}"; shift 2 ;;
    -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$1'"; SIZES+=("$1"); shift ;;
  esac
done
if $QUICK; then
  ((${#SIZES[@]})) || SIZES=(100)
  RUNS="${RUNS:-1}"
  MAX_WAIT="${MAX_WAIT:-30}"
  RETRIES="${RETRIES:-1}"
fi
MAX_WAIT="${MAX_WAIT:-900}"
RETRIES="${RETRIES:-3}"
((${#SIZES[@]})) || SIZES=(100 1000 5000)
RUNS="${RUNS:-5}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, got '$RUNS'"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, got '$SEED'"
[[ "$MAX_OTHERS" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--max-others must be a number of cores, got '$MAX_OTHERS'"
[[ "$RETRIES" =~ ^[0-9]+$ ]] || die "--retries must be a non-negative integer, got '$RETRIES'"
[[ "$MAX_WAIT" =~ ^[0-9]+$ ]] || die "--max-wait must be a number of seconds, got '$MAX_WAIT'"

if [[ -n "${JAVA_HOME:-}" ]]; then
  JAVAC="$JAVA_HOME/bin/javac"
  JAVA="$JAVA_HOME/bin/java"
else
  JAVAC="$(command -v javac)" || die "no javac on PATH and JAVA_HOME is not set"
  JAVA="$(dirname "$(readlink -f "$JAVAC")")/java"
fi
[[ -x "$JAVAC" ]] || die "$JAVAC is not executable"
command -v python3 >/dev/null || die "python3 is needed for the generator"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
if [[ -z "$OUT" ]]; then
  OUT="$SCRIPT_DIR/results-$STAMP$($QUICK && echo -quick || true).md"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jpaproto-compile-bench.XXXXXX")"
cleanup() {
  if $KEEP; then
    echo "run.sh: kept $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------------------
# Jars. Each set is resolved with Maven on a throwaway pom, then copied into $WORK so that a concurrent
# `mvn install` (which replaces SNAPSHOT jars in the local repository) cannot change them mid-run.

# resolve_path NAME DEPENDENCY_XML... -> prints a class path of copies under $WORK/jars/NAME
resolve_path() {
  local name="$1"
  shift
  local dir="$WORK/resolve/$name"
  mkdir -p "$dir" "$WORK/jars/$name"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo "<groupId>bench.throwaway</groupId><artifactId>$name</artifactId><version>1</version><dependencies>"
    printf '%s\n' "$@"
    echo '</dependencies></project>'
  } >"$dir/pom.xml"
  local goal="$DEPENDENCY_PLUGIN:build-classpath"
  local args=(-q -B -f "$dir/pom.xml" "$goal" -Dmdep.includeScope=runtime -Dmdep.outputFile="$dir/cp.txt")
  # Offline first (fast, and works without a network once everything is cached); online if something is missing.
  if ! "$MVN" -o "${args[@]}" >"$dir/mvn-offline.log" 2>&1; then
    if ! "$MVN" "${args[@]}" >"$dir/mvn.log" 2>&1; then
      cat "$dir/mvn.log" >&2
      die "Maven could not resolve the '$name' jars (pom: $dir/pom.xml). For io.jpaproto artifacts, run
  mvn install -DskipTests
in $REPO_DIR first."
    fi
  fi
  local jar copies=()
  IFS=: read -r -a jars <"$dir/cp.txt"
  ((${#jars[@]})) || die "Maven resolved no jars for '$name'"
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || die "resolved jar $jar does not exist"
    cp -p "$jar" "$WORK/jars/$name/"
    copies+=("$WORK/jars/$name/$(basename "$jar")")
  done
  (IFS=:; echo "${copies[*]}")
}

dep() { echo "<dependency><groupId>$1</groupId><artifactId>$2</artifactId><version>$3</version></dependency>"; }

log "resolving jars with Maven (jpaproto $JPAPROTO_VERSION, hibernate-processor $HIBERNATE_PROCESSOR_VERSION)"
CLASS_PATH="$(resolve_path classpath \
  "$(dep jakarta.persistence jakarta.persistence-api "$JAKARTA_PERSISTENCE_VERSION")" \
  "$(dep io.jpaproto jpaproto-runtime "$JPAPROTO_VERSION")")"
if [[ -n "${JPAPROTO_PROCESSOR_PATH:-}" ]]; then
  JPAPROTO_PATH="$JPAPROTO_PROCESSOR_PATH"
else
  JPAPROTO_PATH="$(resolve_path jpaproto "$(dep io.jpaproto jpaproto-processor "$JPAPROTO_VERSION")")"
fi
HIBERNATE_PATH="$(resolve_path hibernate \
  "$(dep org.hibernate.orm hibernate-processor "$HIBERNATE_PROCESSOR_VERSION")")"

PROCESSOR_JAR="$(tr ':' '\n' <<<"$JPAPROTO_PATH" | grep -m1 'jpaproto-processor' || true)"
[[ -n "$PROCESSOR_JAR" && -f "$PROCESSOR_JAR" ]] || die "no jpaproto-processor jar on the jpaproto processor path"
grep -q 'hibernate-processor' <<<"$HIBERNATE_PATH" || die "no hibernate-processor jar on its processor path"

# ---------------------------------------------------------------------------------------------------------------
# Machine and inputs.

machine_info() {
  local cpu mem os load head dirty
  cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
  mem="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
  os="$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s), kernel $(uname -r)"
  load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"
  head="$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  dirty="$(git -C "$REPO_DIR" --no-optional-locks status --porcelain 2>/dev/null | wc -l || true)"
  echo "- CPUs: $(nproc) ($cpu)"
  echo "- memory: $mem"
  echo "- OS: $os"
  echo "- javac: \`$JAVAC\`, $("$JAVAC" -version 2>&1)"
  echo "- java -version: $("$JAVA" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "- load average at start: $load"
  echo "- repository: $head, $dirty changed or untracked paths in the working tree"
  echo "- jpaproto processor: \`$(basename "$PROCESSOR_JAR")\`, sha256 $(sha256sum "$PROCESSOR_JAR" | cut -c1-16)…," \
    "built $(date -u -r "$PROCESSOR_JAR" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo '?')"
  echo "- hibernate-processor: $HIBERNATE_PROCESSOR_VERSION; jakarta.persistence-api $JAKARTA_PERSISTENCE_VERSION"
}

# ---------------------------------------------------------------------------------------------------------------
# One compile. Every run gets empty output folders; only the javac process itself is timed.

CONFIGS=(baseline jpaproto hibernate)
declare -A LABEL=([baseline]="no processor" [jpaproto]="jpaproto" [hibernate]="hibernate-processor")
CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"
JAVAC_PID=""

# CPU time the whole machine has spent busy so far, in ms (empty where there is no /proc/stat)
cpu_busy_ms() {
  [[ -r /proc/stat ]] || return 0
  awk -v hz="$CLK_TCK" '/^cpu / { printf "%d", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz }' /proc/stat
}

# children_cpu_ms FILE: CPU time (user + sys) of this shell's finished children so far, in ms, from the output of
# the `times` builtin, which must run in this shell (not in a $(...) subshell) and be redirected to FILE first
children_cpu_ms() {
  awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); sum += t[1] * 60000 + t[2] * 1000 }
    printf "%d", sum }' "$1"
}

# compile CONFIG N -> sets ELAPSED_MS (wall), CPU_MS (javac user + sys, all threads) and OTHER_MS (CPU that other
# processes used meanwhile; empty without /proc/stat). Fails the benchmark on any javac error or missing output.
compile() {
  local config="$1" n="$2"
  local src="$WORK/n$n" out="$WORK/out/$config"
  rm -rf "$out"
  mkdir -p "$out/classes" "$out/generated" "$out/proto"
  local args=(-encoding UTF-8 -cp "$CLASS_PATH" -d "$out/classes" -s "$out/generated")
  case "$config" in
    baseline) args+=(-proc:none) ;;
    jpaproto) args+=(-processorpath "$JPAPROTO_PATH" -Ajpaproto.protoDir="$out/proto") ;;
    hibernate) args+=(-processorpath "$HIBERNATE_PATH") ;;
  esac
  local start end busy_before busy_after status=0
  times >"$out/times.before"
  busy_before="$(cpu_busy_ms)"
  start="$(date +%s%N)"
  # In the background and waited for, so that a TERM/INT to this script can stop javac too (see on_signal).
  "$JAVAC" "${args[@]}" "@$src/sources.txt" >"$out/javac.log" 2>&1 &
  JAVAC_PID=$!
  wait "$JAVAC_PID" || status=$?
  end="$(date +%s%N)"
  JAVAC_PID=""
  busy_after="$(cpu_busy_ms)"
  times >"$out/times.after"
  ELAPSED_MS=$(((end - start) / 1000000))
  CPU_MS=$(($(children_cpu_ms "$out/times.after") - $(children_cpu_ms "$out/times.before")))
  OTHER_MS=""
  if [[ -n "$busy_before" && -n "$busy_after" ]]; then
    OTHER_MS=$((busy_after - busy_before - CPU_MS))
    ((OTHER_MS > 0)) || OTHER_MS=0
  fi
  if ((status != 0)); then
    tail -n 40 "$out/javac.log" >&2
    die "javac failed (exit $status) for configuration '$config' at N=$n; full log: $out/javac.log (use --keep)"
  fi
  check_output "$config" "$n" "$out"
}

on_signal() {
  [[ -z "$JAVAC_PID" ]] || kill "$JAVAC_PID" 2>/dev/null || true
  echo "run.sh: interrupted" >&2
  exit 130
}
trap on_signal INT TERM

# wait_for_quiet: before a timed run, wait (at most MAX_WAIT seconds in all) until other processes use less than
# MAX_OTHERS cores, measured over one second while this script does nothing.
WAITED=0
wait_for_quiet() {
  [[ -r /proc/stat ]] || return 0
  local before after used
  while :; do
    before="$(cpu_busy_ms)"
    sleep 1
    after="$(cpu_busy_ms)"
    used=$((after - before))
    if awk -v u="$used" -v m="$MAX_OTHERS" 'BEGIN { exit !(u <= m * 1000) }'; then
      return 0
    fi
    if ((WAITED >= MAX_WAIT)); then
      log "  other processes use $(awk -v u="$used" 'BEGIN { printf "%.2f", u / 1000 }') cores; waited" \
        "${MAX_WAIT}s in all already, measuring anyway"
      return 0
    fi
    ((WAITED % 30 == 0)) &&
      log "  waiting for other processes to calm down (they use $(awk -v u="$used" 'BEGIN { printf "%.2f", u / 1000 }') cores)"
    sleep 4
    WAITED=$((WAITED + 5))
  done
}

# timed_compile CONFIG N: compile on a quiet machine; a run during which other processes used more than MAX_OTHERS
# cores on average is discarded and repeated (at most RETRIES times, then kept and counted in DISTURBED)
DISCARDED=0
DISTURBED=0
timed_compile() {
  local attempt
  for ((attempt = 0; ; attempt++)); do
    wait_for_quiet
    compile "$1" "$2"
    [[ -n "$OTHER_MS" ]] || return 0
    if awk -v o="$OTHER_MS" -v w="$ELAPSED_MS" -v m="$MAX_OTHERS" 'BEGIN { exit !(o <= m * w) }'; then
      return 0
    fi
    if ((attempt >= RETRIES)); then
      DISTURBED=$((DISTURBED + 1))
      return 0
    fi
    DISCARDED=$((DISCARDED + 1))
    log "  discarded $1 at N=$2: $ELAPSED_MS ms while other processes used $OTHER_MS ms of CPU; repeating"
  done
}

# check_output CONFIG N OUT: the compile really did the work we claim to measure
check_output() {
  local config="$1" n="$2" out="$3" src="$WORK/n$2" classes missing
  classes="$(find "$out/classes" -name '*.class' | wc -l)"
  ((classes >= $(wc -l <"$src/sources.txt"))) ||
    die "'$config' at N=$n wrote only $classes class files for $(wc -l <"$src/sources.txt") sources"
  case "$config" in
    jpaproto)
      local messages expected
      expected=$(($(wc -l <"$src/entities.txt") + $(wc -l <"$src/embeddables.txt")))
      messages="$(find "$out/proto" -name '*.proto' -exec cat {} + | grep -c '^message ' || true)"
      ((messages == expected)) ||
        die "jpaproto wrote $messages proto messages at N=$n, expected $expected (one per entity and embeddable);" \
          "log: $out/javac.log"
      # Every entity by name: "message <Simple> {" in the proto file of its package (proto package <pkg>.v1).
      missing="$(find "$out/proto" -name '*.proto' -exec awk '
          /^package / { pkg = $2; sub(/;$/, "", pkg); sub(/\.v1$/, "", pkg) }
          /^message / { print pkg "." $2 }' {} + | sort | comm -23 <(sort "$src/entities.txt") -)"
      [[ -z "$missing" ]] || die "jpaproto wrote no message for: $(head -5 <<<"$missing" | tr '\n' ' ')..."
      ;;
    hibernate)
      missing="$(cd "$out/generated" && find . -name '*_.java' | sed 's:^\./::; s:_\.java$::; s:/:.:g' | sort |
        comm -23 <(sort "$src/entities.txt") -)"
      [[ -z "$missing" ]] ||
        die "hibernate-processor wrote no metamodel for: $(head -5 <<<"$missing" | tr '\n' ' ')...; log: $out/javac.log"
      ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# The runs.

BENCH_START="$(date +%s)"
{
  echo "# Compile-time benchmark, $STAMP"
  echo
  echo "Command: \`bash benchmarks/compile-time/run.sh${ORIG_ARGS:+ $ORIG_ARGS}\` (N = ${SIZES[*]}; $RUNS timed" \
    "run(s) each; seed $SEED; $($BASIC_ONLY && echo "basic attributes only" ||
      echo "relations, embeddables and element collections included"))"
  echo
  echo "## Machine"
  echo
  machine_info
} >"$WORK/header.md"
cat "$WORK/header.md" >&2

declare -A WALL CPU OTHER # "config,n" -> space-separated values of the timed runs, in run order
NOTES=()
GENERATED=()
for n in "${SIZES[@]}"; do
  src="$WORK/n$n"
  gen_args=(--count "$n" --seed "$SEED" --out "$src")
  $BASIC_ONLY && gen_args+=(--basic-only)
  python3 "$SCRIPT_DIR/gen_entities.py" "${gen_args[@]}"
  GENERATED+=("N=$n: $(cat "$src/summary.txt")")
  find "$src/src" -name '*.java' | sort >"$src/sources.txt"

  log "N=$n: warm-up (one untimed compile per configuration)"
  for config in "${CONFIGS[@]}"; do
    compile "$config" "$n"
    warnings="$(grep -c 'warning:' "$WORK/out/$config/javac.log" || true)"
    log "  $config: $ELAPSED_MS ms (warm-up), $warnings warning lines"
    ((warnings == 0)) || NOTES+=("N=$n, $config: $warnings warning lines in the javac output (first: \`$(
      grep -m1 'warning:' "$WORK/out/$config/javac.log" | cut -c1-160)\`)")
  done

  for ((round = 0; round < RUNS; round++)); do
    # Rotate the order each round, so no configuration always runs first (or right after the heaviest one).
    order=()
    for ((i = 0; i < ${#CONFIGS[@]}; i++)); do order+=("${CONFIGS[(i + round) % ${#CONFIGS[@]}]}"); done
    line="N=$n round $((round + 1))/$RUNS:"
    for config in "${order[@]}"; do
      timed_compile "$config" "$n"
      WALL[$config,$n]+="$ELAPSED_MS "
      CPU[$config,$n]+="$CPU_MS "
      OTHER[$config,$n]+="${OTHER_MS:-?} "
      line+=" $config $ELAPSED_MS ms (cpu $CPU_MS ms, others ${OTHER_MS:-?} ms),"
    done
    log "${line%,}"
  done
done
ELAPSED_TOTAL=$(($(date +%s) - BENCH_START))

# ---------------------------------------------------------------------------------------------------------------
# Report.

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
per_entity_us() { awk -v a="$1" -v n="$2" 'BEGIN { printf "%.0f", a * 1000 / n }'; }

# overhead_table METRIC-ARRAY-NAME: the table of medians and overheads for WALL or CPU
overhead_table() {
  local -n values="$1"
  echo "| N entities | no processor (ms) | jpaproto (ms) | hibernate-processor (ms) | jpaproto overhead (ms) | hibernate overhead (ms) | overhead ratio jpaproto / hibernate | jpaproto overhead per entity (µs) | hibernate overhead per entity (µs) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  local n base jp hib
  for n in "${SIZES[@]}"; do
    base="$(median <<<"${values[baseline,$n]}")"
    jp="$(median <<<"${values[jpaproto,$n]}")"
    hib="$(median <<<"${values[hibernate,$n]}")"
    echo "| $n | $base | $jp | $hib | $((jp - base)) | $((hib - base)) | $(ratio $((jp - base)) $((hib - base))) |" \
      "$(per_entity_us $((jp - base)) "$n") | $(per_entity_us $((hib - base)) "$n") |"
  done
}

# overhead N METRIC-ARRAY-NAME CONFIG: median(CONFIG) - median(no processor) in ms
overhead() {
  local -n values="$2"
  echo $(($(median <<<"${values[$3,$1]}") - $(median <<<"${values[baseline,$1]}")))
}

has_size() { [[ " ${SIZES[*]} " == *" $1 "* ]]; }

# targets: the issue's two compile-time targets, where the run has the N they are stated for
targets() {
  has_size 1000 || { echo "- (no N = 1000 in this run: the targets are stated for N = 1000 and 5000)"; return; }
  local metric label jp hib r jp5 per1 per5
  for metric in WALL CPU; do
    [[ $metric == WALL ]] && label="wall" || label="javac CPU"
    jp="$(overhead 1000 "$metric" jpaproto)"
    hib="$(overhead 1000 "$metric" hibernate)"
    r="$(ratio "$jp" "$hib")"
    echo "- jpaproto overhead at N = 1000 no larger than hibernate-processor's ($label): $jp ms vs $hib ms," \
      "ratio $r: $(awk -v r="$r" 'BEGIN { print (r != "n/a" && r <= 1.0) ? "**MET**" : "**NOT MET**" }')"
  done
  has_size 5000 || return 0
  for metric in WALL CPU; do
    [[ $metric == WALL ]] && label="wall" || label="javac CPU"
    per1="$(per_entity_us "$(overhead 1000 "$metric" jpaproto)" 1000)"
    per5="$(per_entity_us "$(overhead 5000 "$metric" jpaproto)" 5000)"
    r="$(ratio "$per5" "$per1")"
    echo "- jpaproto cost per entity roughly flat from N = 1000 to 5000 ($label; met if it grows by at most 25%):" \
      "$per1 µs -> $per5 µs, ratio $r:" \
      "$(awk -v r="$r" 'BEGIN { print (r != "n/a" && r <= 1.25) ? "**MET**" : "**NOT MET**" }')"
  done
}

# others_summary: how busy the rest of the machine was during the kept timed runs
others_summary() {
  local all_wall="" all_other="" n config
  for n in "${SIZES[@]}"; do
    for config in "${CONFIGS[@]}"; do
      all_wall+="${WALL[$config,$n]}"
      all_other+="${OTHER[$config,$n]}"
    done
  done
  grep -q '[0-9]' <<<"$all_other" || return 0
  paste -d' ' <(tr ' ' '\n' <<<"$all_wall" | grep .) <(tr ' ' '\n' <<<"$all_other" | grep .) | awk -v m="$MAX_OTHERS" '
    $2 != "?" { w += $1; o += $2; k++; c = $2 / $1; if (c > max) max = c; if (c > m) busy++ }
    END { printf "- other processes during the %d kept timed runs: %.2f cores on average (CPU time / wall time),", k, (w > 0 ? o / w : 0)
          printf " %.2f in the busiest run; %d run(s) above %s cores\n", max, busy, m }'
}

{
  echo
  echo "## Results"
  echo
  echo "Median wall time of a full \`javac\` compile (a fresh JVM each run) over $RUNS timed run(s) per" \
    "configuration and N, after one untimed warm-up each; overhead = median(with the processor) -" \
    "median(no processor)."
  echo
  overhead_table WALL
  echo
  echo "The same for the CPU time javac used (user + sys over all its threads; less sensitive to other load on the" \
    "machine, but it also counts the JIT and GC threads):"
  echo
  overhead_table CPU
  echo
  echo "### Targets"
  echo
  targets
  echo
  echo "### Generated sources"
  echo
  printf -- '- %s\n' "${GENERATED[@]}"
  echo
  echo "### Every timed run"
  echo
  echo "Wall ms / javac CPU ms / CPU ms that other processes used during the run, in run order (kept runs only)."
  echo
  echo "| N | configuration | wall (ms) | javac CPU (ms) | others' CPU (ms) |"
  echo "|---:|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    for config in "${CONFIGS[@]}"; do
      echo "| $n | ${LABEL[$config]} | $(sed 's/ $//; s/ /, /g' <<<"${WALL[$config,$n]}") |" \
        "$(sed 's/ $//; s/ /, /g' <<<"${CPU[$config,$n]}") | $(sed 's/ $//; s/ /, /g' <<<"${OTHER[$config,$n]}") |"
    done
  done
  echo
  echo "### Notes"
  echo
  ((${#NOTES[@]} == 0)) || printf -- '- %s\n' "${NOTES[@]}"
  echo "- quiet machine: other processes at most $MAX_OTHERS cores; $DISCARDED disturbed timed run(s) discarded" \
    "and repeated, $DISTURBED kept after $RETRIES repeats; ${WAITED}s spent waiting for quiet"
  others_summary
  echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo "- whole benchmark, jar resolution excluded: $((ELAPSED_TOTAL / 60)) min $((ELAPSED_TOTAL % 60)) s"
} >"$WORK/results.md"

cat "$WORK/header.md" "$WORK/results.md" >"$OUT"
cat "$WORK/results.md"
log "results written to $OUT"
