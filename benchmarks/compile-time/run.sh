#!/usr/bin/env bash
# Compile-time benchmark: what jpaproto adds to a full javac compile, next to no processor, a processor that does
# nothing (what javac's annotation processing costs any processor) and Hibernate's metamodel processor, in the first
# pass of a build and in the second (mappers and services written and compiled against protoc's classes). See
# README.md in this folder and BENCHMARKS.md at the repository root.
#
#   bash benchmarks/compile-time/run.sh                 # N = 100 1000 5000, 5 timed runs each
#   bash benchmarks/compile-time/run.sh --quick         # smoke test: N = 100, 1 timed run
#   bash benchmarks/compile-time/run.sh -r 3 2000       # N = 2000, 3 timed runs
#   bash benchmarks/compile-time/run.sh --profile 1000  # also where jpaproto's time goes (JFR), per N
#
# Options:
#   -r, --runs R     timed runs per configuration and N (default 5); each N also gets one untimed warm-up per
#                    configuration
#   --quick          N = 100 and R = 1, --max-wait 30 and --retries 1 (unless given too): a smoke test that takes
#                    well under 2 minutes even on a busy machine
#   --seed S         generator seed (default 42)
#   --basic-only     basic attributes only: no relations, embeddables or element collections (the mix of the
#                    first runs; the default mix has them, see gen_entities.py)
#   --no-hibernate   leave hibernate-processor out (its compiles are the longest)
#   --no-pass2       leave the second pass out (it runs protoc and compiles its output first, untimed)
#   --profile        per N, one more compile of each pass under Java Flight Recorder (no processor, jpaproto, the
#                    javac plugin): the share of javac's samples inside jpaproto, the methods they are in, and the
#                    CPU time of javac's threads (its own, the JIT's, the collector's)
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
#   JPAPROTO_BEFORE_JAR         the processor jar of another jpaproto build (an earlier commit's
#                               processor/target/jpaproto-processor-*.jar) to measure beside this one in pass 1, with
#                               the same dependencies, as the processor and as the javac plugin: the "before" of a
#                               before/after table
#   HIBERNATE_PROCESSOR_VERSION default 7.4.15.Final
#   JAKARTA_PERSISTENCE_VERSION default 3.2.0
#   PROTOBUF_VERSION, COMMON_PROTOS_VERSION, GRPC_VERSION, GRPC_CODEGEN_VERSION
#                               protoc, its includes and grpc-java for the second pass (default 4.36.2, 2.64.1,
#                               1.85.1, and 1.83.1 for the code generator, the newest Central serves for linux-x86_64)
#   TMPDIR                      where the temporary directory goes (default /tmp)

set -euo pipefail

ORIG_ARGS="$*"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"

JPAPROTO_VERSION="${JPAPROTO_VERSION:-0.1.0-SNAPSHOT}"
HIBERNATE_PROCESSOR_VERSION="${HIBERNATE_PROCESSOR_VERSION:-7.4.15.Final}"
JAKARTA_PERSISTENCE_VERSION="${JAKARTA_PERSISTENCE_VERSION:-3.2.0}"
PROTOBUF_VERSION="${PROTOBUF_VERSION:-4.36.2}"
COMMON_PROTOS_VERSION="${COMMON_PROTOS_VERSION:-2.64.1}"
GRPC_VERSION="${GRPC_VERSION:-1.85.1}"
GRPC_CODEGEN_VERSION="${GRPC_CODEGEN_VERSION:-1.83.1}"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.11.0"
MVN="${MVN:-mvn}"

RUNS=""
HIBERNATE=true
PASS2=true
PROFILE=false
# The second pass's model has a CRUD service (@ProtoService) on every SERVICES_EVERY-th entity.
SERVICES_EVERY=10
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
    --no-hibernate) HIBERNATE=false; shift ;;
    --no-pass2) PASS2=false; shift ;;
    --profile) PROFILE=true; shift ;;
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
JAR="$(dirname "$(readlink -f "$JAVAC")")/jar"
JFR="$(dirname "$(readlink -f "$JAVAC")")/jfr"
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

# resolve_exe GROUP ARTIFACT VERSION -> prints the path of an executable copy of GROUP:ARTIFACT:VERSION:exe:linux-x86_64
resolve_exe() {
  local dir="$WORK/bin" file="$WORK/bin/$2-$3-linux-x86_64.exe"
  mkdir -p "$dir"
  local args=(-q -B "$DEPENDENCY_PLUGIN:copy" -Dartifact="$1:$2:$3:exe:linux-x86_64" -DoutputDirectory="$dir"
    -Dmdep.overWriteReleases=true)
  if ! "$MVN" -o "${args[@]}" >"$dir/$2-offline.log" 2>&1 && ! "$MVN" "${args[@]}" >"$dir/$2.log" 2>&1; then
    cat "$dir/$2.log" >&2
    die "Maven could not resolve $1:$2:$3:exe:linux-x86_64"
  fi
  chmod +x "$file"
  echo "$file"
}

log "resolving jars with Maven (jpaproto $JPAPROTO_VERSION, hibernate-processor $HIBERNATE_PROCESSOR_VERSION)"
CLASS_PATH="$(resolve_path classpath \
  "$(dep jakarta.persistence jakarta.persistence-api "$JAKARTA_PERSISTENCE_VERSION")" \
  "$(dep io.jpaproto jpaproto-runtime "$JPAPROTO_VERSION")")"
if [[ -n "${JPAPROTO_PROCESSOR_PATH:-}" ]]; then
  JPAPROTO_PATH="$JPAPROTO_PROCESSOR_PATH"
else
  JPAPROTO_PATH="$(resolve_path jpaproto "$(dep io.jpaproto jpaproto-processor "$JPAPROTO_VERSION")")"
fi
HIBERNATE_PATH=""
if $HIBERNATE; then
  HIBERNATE_PATH="$(resolve_path hibernate \
    "$(dep org.hibernate.orm hibernate-processor "$HIBERNATE_PROCESSOR_VERSION")")"
  grep -q 'hibernate-processor' <<<"$HIBERNATE_PATH" || die "no hibernate-processor jar on its processor path"
fi

# A processor that does nothing: what javac's annotation processing costs any processor (the rounds, which make
# javac enter every class again), the floor under jpaproto's own cost.
NOOP_PATH="$WORK/noop/classes"
mkdir -p "$WORK/noop/src" "$NOOP_PATH/META-INF/services"
cat >"$WORK/noop/src/NoOpProcessor.java" <<'JAVA'
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Claims the entities' annotation, as jpaproto does, and does nothing with it. */
@SupportedAnnotationTypes("jakarta.persistence.Entity")
public final class NoOpProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
JAVA
"$JAVAC" -d "$NOOP_PATH" "$WORK/noop/src/NoOpProcessor.java" || die "could not compile the no-op processor"
echo NoOpProcessor >"$NOOP_PATH/META-INF/services/javax.annotation.processing.Processor"

# The second pass: protoc (and grpc-java's plugin) turn the first pass's protos into Java, compiled once per N
# (untimed); then the entities are compiled again with those classes on the class path, and jpaproto writes the
# mappers and services that javac compiles in the same run.
if $PASS2 && [[ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]]; then
  log "the second pass needs protoc for linux-x86_64 from Maven Central; leaving it out on $(uname -s)-$(uname -m)"
  PASS2=false
fi
if $PASS2; then
  PASS2_LIBS="$(resolve_path pass2 \
    "$(dep jakarta.persistence jakarta.persistence-api "$JAKARTA_PERSISTENCE_VERSION")" \
    "$(dep io.jpaproto jpaproto-runtime "$JPAPROTO_VERSION")" \
    "$(dep io.jpaproto jpaproto-grpc "$JPAPROTO_VERSION")" \
    "$(dep io.grpc grpc-protobuf "$GRPC_VERSION")" \
    "$(dep com.google.api.grpc proto-google-common-protos "$COMMON_PROTOS_VERSION")")"
  PROTOC="$(resolve_exe com.google.protobuf protoc "$PROTOBUF_VERSION")"
  GRPC_PLUGIN="$(resolve_exe io.grpc protoc-gen-grpc-java "$GRPC_CODEGEN_VERSION")"
  # protoc's includes: the well-known types from protobuf-java, google/type and google/api from the common protos,
  # buf/validate (the entities' rules) from protovalidate, a dependency of jpaproto-runtime.
  PROTO_INCLUDES=()
  for jar in $(tr ':' '\n' <<<"$PASS2_LIBS" | grep -E '/(protobuf-java|proto-google-common-protos|protovalidate)-[0-9]'); do
    dir="$WORK/include/$(basename "$jar" .jar)"
    mkdir -p "$dir"
    (cd "$dir" && "$JAR" xf "$jar") || die "could not extract the protos of $jar"
    PROTO_INCLUDES+=(-I "$dir")
  done
fi

PROCESSOR_JAR="$(tr ':' '\n' <<<"$JPAPROTO_PATH" | grep -m1 'jpaproto-processor' || true)"
[[ -n "$PROCESSOR_JAR" && -f "$PROCESSOR_JAR" ]] || die "no jpaproto-processor jar on the jpaproto processor path"
BEFORE_PATH=""
if [[ -n "${JPAPROTO_BEFORE_JAR:-}" ]]; then
  [[ -f "$JPAPROTO_BEFORE_JAR" ]] || die "JPAPROTO_BEFORE_JAR=$JPAPROTO_BEFORE_JAR is not a file"
  mkdir -p "$WORK/jars/before"
  cp -p "$JPAPROTO_BEFORE_JAR" "$WORK/jars/before/"
  BEFORE_PATH="$WORK/jars/before/$(basename "$JPAPROTO_BEFORE_JAR")$(tr ':' '\n' <<<"$JPAPROTO_PATH" |
    grep -v 'jpaproto-processor' | sed 's/^/:/' | tr -d '\n')"
fi

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
  [[ -z "${JPAPROTO_BEFORE_JAR:-}" ]] || echo "- jpaproto before: \`$JPAPROTO_BEFORE_JAR\`, sha256" \
    "$(sha256sum "$JPAPROTO_BEFORE_JAR" | cut -c1-16)…"
}

# ---------------------------------------------------------------------------------------------------------------
# One compile. Every run gets empty output folders; only the javac process itself is timed.

CONFIGS=(baseline noop jpaproto proc-only plugin)
[[ -z "$BEFORE_PATH" ]] || CONFIGS+=(before plugin-before)
$HIBERNATE && CONFIGS+=(hibernate)
$PASS2 && CONFIGS+=(pass2-baseline pass2-jpaproto)
declare -A LABEL=([baseline]="no processor" [noop]="no-op processor" [jpaproto]="jpaproto"
  [proc-only]="jpaproto, -proc:only" [plugin]="jpaproto as javac plugin" [before]="jpaproto before"
  [plugin-before]="jpaproto before as javac plugin"
  [hibernate]="hibernate-processor" [pass2-baseline]="pass 2, no processor" [pass2-jpaproto]="pass 2, jpaproto")
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

# compile CONFIG N [JAVAC-OPTION...] -> sets ELAPSED_MS (wall), CPU_MS (javac user + sys, all threads), PROC_MS
# (jpaproto's own CPU time as its note JP005 reports it; empty for the other configurations) and OTHER_MS (CPU that
# other processes used meanwhile; empty without /proc/stat). Fails the benchmark on any javac error or missing output.
#
# The second pass compiles the model again with protoc's classes on the class path (pass2-cp.txt, made by
# prepare_pass2), starting from the first pass's protos and lock as a build does; without a processor it compiles the
# entities together with the mappers and services jpaproto wrote (pass2-sources.txt). Its model is the same one with
# @ProtoService on every SERVICES_EVERY-th entity (pass2-model-sources.txt), so it writes services too.
compile() {
  local config="$1" n="$2"
  shift 2
  local src="$WORK/n$n" out="$WORK/out/$config" sources="$WORK/n$n/sources.txt"
  rm -rf "$out"
  mkdir -p "$out/classes" "$out/generated" "$out/proto"
  local args=(-encoding UTF-8 -d "$out/classes" -s "$out/generated" "$@")
  case "$config" in
    baseline) args+=(-cp "$CLASS_PATH" -proc:none) ;;
    noop) args+=(-cp "$CLASS_PATH" -processorpath "$NOOP_PATH") ;;
    jpaproto) args+=(-cp "$CLASS_PATH" -processorpath "$JPAPROTO_PATH" -Ajpaproto.protoDir="$out/proto"
      -Ajpaproto.timing=true) ;;
    # The first pass of the one-module layout the README shows (<proc>only</proc>): protos, no class files.
    proc-only) args+=(-cp "$CLASS_PATH" -proc:only -processorpath "$JPAPROTO_PATH" -Ajpaproto.protoDir="$out/proto"
      -Ajpaproto.timing=true) ;;
    # The same first pass without annotation processing: jpaproto as a javac plugin (-Xplugin:JpaProto).
    plugin) args+=(-cp "$CLASS_PATH" -proc:none -processorpath "$JPAPROTO_PATH"
      "-Xplugin:JpaProto jpaproto.protoDir=$out/proto jpaproto.timing=true classOutput=$out/classes") ;;
    hibernate) args+=(-cp "$CLASS_PATH" -processorpath "$HIBERNATE_PATH") ;;
    before) args+=(-cp "$CLASS_PATH" -processorpath "$BEFORE_PATH" -Ajpaproto.protoDir="$out/proto"
      -Ajpaproto.timing=true) ;;
    plugin-before) args+=(-cp "$CLASS_PATH" -proc:none -processorpath "$BEFORE_PATH"
      "-Xplugin:JpaProto jpaproto.protoDir=$out/proto jpaproto.timing=true classOutput=$out/classes") ;;
    pass2-baseline) args+=(-cp "$(cat "$src/pass2-cp.txt")" -proc:none); sources="$src/pass2-sources.txt" ;;
    pass2-jpaproto)
      cp -R "$src/pass2-proto/." "$out/proto/"
      args+=(-cp "$(cat "$src/pass2-cp.txt")" -processorpath "$JPAPROTO_PATH" -Ajpaproto.protoDir="$out/proto"
        -Ajpaproto.timing=true)
      sources="$src/pass2-model-sources.txt" ;;
  esac
  local start end busy_before busy_after status=0
  times >"$out/times.before"
  busy_before="$(cpu_busy_ms)"
  start="$(date +%s%N)"
  # In the background and waited for, so that a TERM/INT to this script can stop javac too (see on_signal).
  "$JAVAC" "${args[@]}" "@$sources" >"$out/javac.log" 2>&1 &
  JAVAC_PID=$!
  local poller=""
  if [[ -n "$THREADS_FILE" && -d /proc/$JAVAC_PID/task ]]; then
    poll_threads "$JAVAC_PID" "$THREADS_FILE" &
    poller=$!
  fi
  wait "$JAVAC_PID" || status=$?
  [[ -z "$poller" ]] || wait "$poller" || true
  end="$(date +%s%N)"
  JAVAC_PID=""
  busy_after="$(cpu_busy_ms)"
  times >"$out/times.after"
  ELAPSED_MS=$(((end - start) / 1000000))
  CPU_MS=$(($(children_cpu_ms "$out/times.after") - $(children_cpu_ms "$out/times.before")))
  PROC_MS="$(sed -n 's/.*\[JP005\] jpaproto took \([0-9]*\) ms of CPU time.*/\1/p' "$out/javac.log" | head -1)"
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

# poll_threads PID FILE: until PID exits, reads the CPU time of each of its threads from /proc every 100 ms, then
# writes the last reading of each as "name<TAB>ms" lines to FILE (threads that ended early keep their last reading)
THREADS_FILE=""
poll_threads() {
  local pid="$1" file="$2" task stat name tid
  local -A names=() ticks=()
  local -a fields
  while kill -0 "$pid" 2>/dev/null; do
    for task in /proc/"$pid"/task/*; do
      # Builtin reads only: a process per thread and reading would cost the machine more than javac's threads.
      { read -r stat <"$task/stat" && read -r name <"$task/comm"; } 2>/dev/null || continue
      tid="${task##*/}"
      read -r -a fields <<<"${stat##*) }"
      ((${#fields[@]} > 12)) || continue
      names[$tid]="$name"
      ticks[$tid]=$((fields[11] + fields[12]))   # utime + stime: fields 14 and 15 of stat
    done
    sleep 0.1
  done
  : >"$file"
  for tid in "${!ticks[@]}"; do
    printf '%s\t%d\n' "${names[$tid]}" $((ticks[$tid] * 1000 / CLK_TCK)) >>"$file"
  done
}

# thread_table FILE: the CPU time of javac's threads by kind (C2 compiler threads together, and so on), largest first
thread_table() {
  echo '| threads | CPU (ms) |'
  echo '|---|---:|'
  awk -F'\t' '{ name = $1; sub(/#?[0-9]+$/, "", name); sub(/ +$/, "", name); ms[name] += $2 }
    END { for (name in ms) if (ms[name] >= 10) printf "%d\t%s\n", ms[name], name }' "$1" | sort -rn |
    awk -F'\t' '{ printf "| `%s` | %d |\n", $2, $1 }'
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
  ((classes >= $(wc -l <"$src/sources.txt"))) || [[ $config == proc-only ]] ||
    die "'$config' at N=$n wrote only $classes class files for $(wc -l <"$src/sources.txt") sources"
  if [[ ( "$config" == *jpaproto || "$config" == proc-only || "$config" == plugin ) && -z "$PROC_MS" ]]; then
    die "jpaproto reported no JP005 note at N=$n ($config); log: $out/javac.log"
  fi
  case "$config" in
    jpaproto | proc-only | plugin | before | plugin-before)
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
    pass2-jpaproto)
      local mappers services entities
      entities="$(wc -l <"$src/entities.txt")"
      mappers="$(find "$out/generated" -name '*Mapper.java' | wc -l)"
      services="$(find "$out/generated" -name '*JpaService.java' | wc -l)"
      ((mappers >= entities && services * SERVICES_EVERY >= entities)) ||
        die "jpaproto's second pass wrote $mappers mappers and $services services for $entities entities at N=$n;" \
          "log: $out/javac.log"
      ;;
    hibernate)
      missing="$(cd "$out/generated" && find . -name '*_.java' | sed 's:^\./::; s:_\.java$::; s:/:.:g' | sort |
        comm -23 <(sort "$src/entities.txt") -)"
      [[ -z "$missing" ]] ||
        die "hibernate-processor wrote no metamodel for: $(head -5 <<<"$missing" | tr '\n' ' ')...; log: $out/javac.log"
      ;;
  esac
}

# prepare_pass2 N: what a build has before its second compile, made once per N and untimed: the first pass's protos
# and lock (services included), protoc's and grpc-java's classes for them (pass2-cp.txt) and, for the compile without
# a processor, the mappers and services jpaproto writes (pass2-sources.txt)
prepare_pass2() {
  local n="$1" src="$WORK/n$1" dir="$WORK/pass2/n$1"
  rm -rf "$dir" "$src/pass2-proto"
  mkdir -p "$dir/pass1-classes" "$dir/pass1-generated" "$src/pass2-proto" "$dir/protoc-java" "$dir/protoc-classes"
  log "N=$n: preparing the second pass (first pass with services, protoc, protoc's classes; untimed)"
  "$JAVAC" -encoding UTF-8 -cp "$CLASS_PATH" -d "$dir/pass1-classes" -s "$dir/pass1-generated" \
    -processorpath "$JPAPROTO_PATH" -Ajpaproto.protoDir="$src/pass2-proto" \
    "@$src/pass2-model-sources.txt" >"$dir/pass1.log" 2>&1 || { tail -n 40 "$dir/pass1.log" >&2; die "the first pass failed at N=$n"; }
  (cd "$src/pass2-proto" && find . -name '*.proto' | sed 's:^\./::' | sort >"$dir/protos.txt")
  (cd "$src/pass2-proto" && "$PROTOC" -I . "${PROTO_INCLUDES[@]}" --java_out="$dir/protoc-java" \
    --plugin=protoc-gen-grpc-java="$GRPC_PLUGIN" --grpc-java_out=@generated=omit:"$dir/protoc-java" \
    "@$dir/protos.txt") >"$dir/protoc.log" 2>&1 || { tail -n 40 "$dir/protoc.log" >&2; die "protoc failed at N=$n"; }
  find "$dir/protoc-java" -name '*.java' | sort >"$dir/protoc-sources.txt"
  "$JAVAC" -encoding UTF-8 -proc:none -nowarn -cp "$PASS2_LIBS" -d "$dir/protoc-classes" "@$dir/protoc-sources.txt" \
    >"$dir/protoc-javac.log" 2>&1 ||
    { tail -n 40 "$dir/protoc-javac.log" >&2; die "protoc's Java did not compile at N=$n"; }
  echo "$PASS2_LIBS:$dir/protoc-classes" >"$src/pass2-cp.txt"
  compile pass2-jpaproto "$n"
  mkdir -p "$dir/generated"
  cp -R "$WORK/out/pass2-jpaproto/generated/." "$dir/generated/"
  { cat "$src/pass2-model-sources.txt"; find "$dir/generated" -name '*.java' | sort; } >"$src/pass2-sources.txt"
  log "  $(wc -l <"$dir/protos.txt") protos, $(wc -l <"$dir/protoc-sources.txt") protoc sources;" \
    "jpaproto's second pass wrote $(find "$dir/generated" -name '*.java' | wc -l) sources"
}

# profile CONFIG N: one more compile under Java Flight Recorder (a sample per millisecond), summarised by jfr_top.py
profile() {
  local config="$1" n="$2" recording="$WORK/profile/$1-n$2.jfr"
  mkdir -p "$WORK/profile"
  if [[ ! -f "$WORK/profile/settings.jfc" ]]; then
    sed 's#<setting name="period" control="method-sampling-java-interval">[^<]*</setting>#<setting name="period" control="method-sampling-java-interval">1 ms</setting>#' \
      "$(dirname "$(dirname "$(readlink -f "$JAVAC")")")/lib/jfr/profile.jfc" >"$WORK/profile/settings.jfc"
  fi
  THREADS_FILE="$WORK/profile/$1-n$2.threads"
  compile "$config" "$n" "-J-XX:StartFlightRecording=filename=$recording,settings=$WORK/profile/settings.jfc"
  THREADS_FILE=""
  {
    echo "#### ${LABEL[$config]}, N = $n"
    echo
    if grep -q '\[JP005\]' "$WORK/out/$config/javac.log"; then
      echo "JP005: \`$(grep -o '\[JP005\].*' "$WORK/out/$config/javac.log" | head -1)\`"
      echo
    fi
    python3 "$SCRIPT_DIR/jfr_top.py" --jfr "$JFR" "$recording"
    echo
    if [[ -s "$WORK/profile/$1-n$2.threads" ]]; then
      echo "CPU time of javac's threads in this compile (from /proc, read every 100 ms, names as the kernel keeps"
      echo "them; the JIT's compiler threads and the collector's run beside javac's own and compete with it for the"
      echo "machine's cores):"
      echo
      thread_table "$WORK/profile/$1-n$2.threads"
      echo
    fi
  } >>"$WORK/profile.md"
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

declare -A WALL CPU PROC OTHER # "config,n" -> space-separated values of the timed runs, in run order
NOTES=()
GENERATED=()
for n in "${SIZES[@]}"; do
  src="$WORK/n$n"
  gen_args=(--count "$n" --seed "$SEED" --out "$src")
  $BASIC_ONLY && gen_args+=(--basic-only)
  python3 "$SCRIPT_DIR/gen_entities.py" "${gen_args[@]}"
  GENERATED+=("N=$n: $(cat "$src/summary.txt")")
  find "$src/src" -name '*.java' | sort >"$src/sources.txt"
  if $PASS2; then
    pass2_args=(--count "$n" --seed "$SEED" --out "$src/pass2-model" --services-every "$SERVICES_EVERY")
    $BASIC_ONLY && pass2_args+=(--basic-only)
    python3 "$SCRIPT_DIR/gen_entities.py" "${pass2_args[@]}" >/dev/null
    find "$src/pass2-model/src" -name '*.java' | sort >"$src/pass2-model-sources.txt"
  fi

  ! $PASS2 || prepare_pass2 "$n"
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
      [[ -z "$PROC_MS" ]] || PROC[$config,$n]+="$PROC_MS "
      OTHER[$config,$n]+="${OTHER_MS:-?} "
      line+=" $config $ELAPSED_MS ms (cpu $CPU_MS ms, others ${OTHER_MS:-?} ms),"
    done
    log "${line%,}"
  done
  if $PROFILE; then
    log "N=$n: profiling (untimed)"
    profile baseline "$n"
    profile jpaproto "$n"
    profile plugin "$n"
    ! $PASS2 || profile pass2-jpaproto "$n"
  fi
done
ELAPSED_TOTAL=$(($(date +%s) - BENCH_START))

# ---------------------------------------------------------------------------------------------------------------
# Report.

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
per_entity_us() { awk -v a="$1" -v n="$2" 'BEGIN { printf "%.0f", a * 1000 / n }'; }

# pass1_table METRIC-ARRAY-NAME: medians of the first pass for WALL or CPU, and their ratios to no processor
pass1_table() {
  local -n values="$1"
  local head="| N entities | no processor (ms) | no-op processor (ms) | jpaproto (ms) | jpaproto -proc:only (ms) | jpaproto as javac plugin (ms) |"
  local rule="|---:|---:|---:|---:|---:|---:|"
  $HIBERNATE && head+=" hibernate-processor (ms) |" && rule+="---:|"
  [[ -z "$BEFORE_PATH" ]] || { head+=" jpaproto before (ms) | before / no processor | plugin before (ms) |"
    head+=" plugin before / no processor |"; rule+="---:|---:|---:|---:|"; }
  head+=" no-op / no processor | **jpaproto / no processor** | jpaproto / no-op | **-proc:only / no processor** |"
  head+=" **plugin / no processor** |"
  rule+="---:|---:|---:|---:|---:|"
  $HIBERNATE && head+=" hibernate / no processor |" && rule+="---:|"
  head+=" jpaproto overhead per entity (µs) |" && rule+="---:|"
  echo "$head"
  echo "$rule"
  local n base noop jp only plug hib line
  for n in "${SIZES[@]}"; do
    base="$(median <<<"${values[baseline,$n]}")"
    noop="$(median <<<"${values[noop,$n]}")"
    jp="$(median <<<"${values[jpaproto,$n]}")"
    only="$(median <<<"${values[proc-only,$n]}")"
    plug="$(median <<<"${values[plugin,$n]}")"
    line="| $n | $base | $noop | $jp | $only | $plug |"
    if $HIBERNATE; then
      hib="$(median <<<"${values[hibernate,$n]}")"
      line+=" $hib |"
    fi
    if [[ -n "$BEFORE_PATH" ]]; then
      local before plugin_before
      before="$(median <<<"${values[before,$n]}")"
      plugin_before="$(median <<<"${values[plugin-before,$n]}")"
      line+=" $before | $(ratio "$before" "$base") | $plugin_before | $(ratio "$plugin_before" "$base") |"
    fi
    line+=" $(ratio "$noop" "$base") | **$(ratio "$jp" "$base")** | $(ratio "$jp" "$noop") |"
    line+=" **$(ratio "$only" "$base")** | **$(ratio "$plug" "$base")** |"
    ! $HIBERNATE || line+=" $(ratio "$hib" "$base") |"
    echo "$line $(per_entity_us $((jp - base)) "$n") |"
  done
}

# paired_ratios CONFIG N: CONFIG's wall time over the no-processor compile's of the same round, one per line, sorted
paired_ratios() {
  local base_runs runs i
  read -r -a base_runs <<<"${WALL[baseline,$2]}"
  read -r -a runs <<<"${WALL[$1,$2]}"
  for i in "${!runs[@]}"; do ratio "${runs[$i]}" "${base_runs[$i]}"; echo; done | sort -n
}
# paired_median CONFIG N: the median of those ratios, to two decimals
paired_median() {
  paired_ratios "$1" "$2" |
    awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# paired_table: per first-pass configuration, the median over rounds of its wall time divided by the no-processor
# compile's in the same round, and the range of those ratios. Each round runs every configuration once, so a machine
# whose speed drifts during the run (a virtual machine's often does) moves both sides of each ratio alike; a ratio of
# medians can pair a fast run with a slow one.
paired_table() {
  echo "| N entities | configuration | **median of paired ratios** | lowest | highest | ratio of medians |"
  echo "|---:|---|---:|---:|---:|---:|"
  local n config ratios
  for n in "${SIZES[@]}"; do
    for config in "${CONFIGS[@]}"; do
      [[ "$config" != baseline && "$config" != pass2-* && -n "${WALL[$config,$n]:-}" ]] || continue
      ratios="$(paired_ratios "$config" "$n")"
      echo "| $n | ${LABEL[$config]} | **$(paired_median "$config" "$n")** |" \
        "$(head -1 <<<"$ratios") | $(tail -1 <<<"$ratios") |" \
        "$(ratio "$(median <<<"${WALL[$config,$n]}")" "$(median <<<"${WALL[baseline,$n]}")") |"
    done
  done
}

# pass2_table: medians of the second pass, wall and CPU, and the ratio to the same sources without a processor
pass2_table() {
  echo "| N entities | no processor, wall (ms) | jpaproto, wall (ms) | **ratio, wall** | no processor, CPU (ms) | jpaproto, CPU (ms) | ratio, CPU |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  local n bw jw bc jc
  for n in "${SIZES[@]}"; do
    bw="$(median <<<"${WALL[pass2-baseline,$n]}")"
    jw="$(median <<<"${WALL[pass2-jpaproto,$n]}")"
    bc="$(median <<<"${CPU[pass2-baseline,$n]}")"
    jc="$(median <<<"${CPU[pass2-jpaproto,$n]}")"
    echo "| $n | $bw | $jw | **$(ratio "$jw" "$bw")** | $bc | $jc | $(ratio "$jc" "$bc") |"
  done
}

# share PASS-CONFIG N: jpaproto's own CPU time (JP005, median) as a percentage of javac's (median)
share() { awk -v p="$(median <<<"${PROC[$1,$2]}")" -v c="$(median <<<"${CPU[$1,$2]}")" 'BEGIN { printf "%.1f", 100 * p / c }'; }

declare -A PASS_LABEL=([jpaproto]="1" [proc-only]="1, -proc:only" [plugin]="1, javac plugin" [pass2-jpaproto]="2"
  [before]="1, jpaproto before" [plugin-before]="1, jpaproto before as javac plugin")

# share_table: jpaproto's own CPU time in each pass
share_table() {
  echo "| N entities | pass | jpaproto's own CPU, JP005 (ms) | javac CPU, all threads (ms) | **jpaproto's share** | jpaproto's own CPU per entity (µs) |"
  echo "|---:|---|---:|---:|---:|---:|"
  local n config proc
  for n in "${SIZES[@]}"; do
    for config in jpaproto proc-only plugin before plugin-before pass2-jpaproto; do
      [[ -n "${PROC[$config,$n]:-}" ]] || continue
      proc="$(median <<<"${PROC[$config,$n]}")"
      echo "| $n | ${PASS_LABEL[$config]} | $proc | $(median <<<"${CPU[$config,$n]}") |" \
        "**$(share "$config" "$n")%** | $(per_entity_us "$proc" "$n") |"
    done
  done
}

has_size() { [[ " ${SIZES[*]} " == *" $1 "* ]]; }
met() { awk "BEGIN { exit !($1) }" && echo "**MET**" || echo "**NOT MET**"; }

# targets: the compile-time targets, where the run has the N they are stated for
targets() {
  local n base noop jp r
  for n in 1000 5000; do
    has_size "$n" || { echo "- (no N = $n in this run)"; continue; }
    base="$(median <<<"${WALL[baseline,$n]}")"
    noop="$(median <<<"${WALL[noop,$n]}")"
    jp="$(median <<<"${WALL[jpaproto,$n]}")"
    r="$(ratio "$jp" "$base")"
    echo "- pass 1 at N = $n: javac with jpaproto within 1.25x of javac without it (wall, medians): $r: $(met "$r <= 1.25")" \
      "(a processor that does nothing: $(ratio "$noop" "$base")x; jpaproto's first pass with -proc:only, as the" \
      "one-module layout runs it: $(ratio "$(median <<<"${WALL[proc-only,$n]}")" "$base")x)"
    r="$(ratio "$(median <<<"${WALL[plugin,$n]}")" "$base")"
    echo "- the same with jpaproto as the javac plugin (-proc:none -Xplugin:JpaProto): $r: $(met "$r <= 1.25")" \
      "(median of the ratios paired by round: $(paired_median plugin "$n")x)"
    if $PASS2; then
      r="$(share pass2-jpaproto "$n")"
      echo "- pass 2 at N = $n: jpaproto's own share of the compile's CPU time at most 20%: $r%: $(met "$r <= 20")" \
        "(the compile takes $(ratio "$(median <<<"${WALL[pass2-jpaproto,$n]}")" "$(median <<<"${WALL[pass2-baseline,$n]}")")x" \
        "the wall time of one without the processor)"
    fi
  done
  if has_size 1000 && has_size 5000; then
    local per1 per5
    per1="$(per_entity_us "$(median <<<"${PROC[jpaproto,1000]}")" 1000)"
    per5="$(per_entity_us "$(median <<<"${PROC[jpaproto,5000]}")" 5000)"
    r="$(ratio "$per5" "$per1")"
    echo "- jpaproto's own cost per entity flat or falling from N = 1000 to 5000 (pass 1, JP005 CPU; met if it grows" \
      "by at most 5%): $per1 µs -> $per5 µs, ratio $r: $(met "$r <= 1.05")"
    per1="$(per_entity_us $(($(median <<<"${WALL[jpaproto,1000]}") - $(median <<<"${WALL[baseline,1000]}"))) 1000)"
    per5="$(per_entity_us $(($(median <<<"${WALL[jpaproto,5000]}") - $(median <<<"${WALL[baseline,5000]}"))) 5000)"
    echo "- the same for the whole overhead over no processor (pass 1, wall): $per1 µs -> $per5 µs, ratio" \
      "$(ratio "$per5" "$per1")"
  fi
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
    "configuration and N, after one untimed warm-up each. Pass 1: what the entity module of the two-module layout" \
    "compiles (jpaproto), and the one-module layout's first pass, \`-proc:only\` (protos, no class files); the" \
    "no-op processor is what javac's annotation processing costs any processor:"
  echo
  pass1_table WALL
  echo
  echo "The same for the CPU time javac used (user + sys over all its threads; less sensitive to other load on the" \
    "machine, but it also counts the JIT and GC threads):"
  echo
  pass1_table CPU
  echo
  echo "The same wall times paired by round: each configuration's time over the no-processor compile's in the same" \
    "round (the configurations run in turn, in a rotating order), the median of those ratios and their range:"
  echo
  paired_table
  echo
  if $PASS2; then
    echo "Pass 2: the same entities, \`@ProtoService\` on every ${SERVICES_EVERY}th, with protoc's and grpc-java's" \
      "classes on the class path; jpaproto writes a mapper per entity and embeddable and a CRUD service per" \
      "\`@ProtoService\` entity, which javac compiles in the same run. Without the processor, javac compiles the" \
      "entities together with those generated sources:"
    echo
    pass2_table
    echo
  fi
  echo "jpaproto's own CPU time, as its note JP005 reports it (\`-Ajpaproto.timing=true\`: javac's thread while the" \
    "processor works, symbols javac completes for it included), against javac's CPU time over all threads:"
  echo
  share_table
  echo
  echo "### Targets"
  echo
  targets
  echo
  if $PROFILE; then
    echo "### Profile"
    echo
    echo "One more compile per N and pass under Java Flight Recorder (method samples every millisecond of javac's" \
      "threads running Java code)."
    echo
    cat "$WORK/profile.md"
  fi
  echo "### Generated sources"
  echo
  printf -- '- %s\n' "${GENERATED[@]}"
  echo
  echo "### Every timed run"
  echo
  echo "Wall ms / javac CPU ms / jpaproto's own CPU ms (JP005) / CPU ms that other processes used during the run, in" \
    "run order (kept runs only)."
  echo
  echo "| N | configuration | wall (ms) | javac CPU (ms) | jpaproto CPU (ms) | others' CPU (ms) |"
  echo "|---:|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    for config in "${CONFIGS[@]}"; do
      echo "| $n | ${LABEL[$config]} | $(sed 's/ $//; s/ /, /g' <<<"${WALL[$config,$n]}") |" \
        "$(sed 's/ $//; s/ /, /g' <<<"${CPU[$config,$n]}") | $(sed 's/ $//; s/ /, /g' <<<"${PROC[$config,$n]:-}") |" \
        "$(sed 's/ $//; s/ /, /g' <<<"${OTHER[$config,$n]}") |"
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
