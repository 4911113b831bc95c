#!/usr/bin/env bash
# Startup time to the first answered call: the plain library example (LibraryApp serve: Hibernate bootstrapped by
# hand, grpc-java's server) against the Spring Boot example (Spring Boot 4.1, Spring Data JPA, Spring gRPC, the
# generated services auto-configured), both on H2 in memory with the same seeded catalogue, measured in the same run,
# rounds alternating. The time runs from the JVM's spawn to the first OK answer of AuthorService/ListAuthors.
#
#   bash benchmarks/startup/run.sh             5 rounds each (about a minute)
#   bash benchmarks/startup/run.sh --smoke     1 round each (CI: the benchmark keeps working)
#   bash benchmarks/startup/run.sh --rounds N
#
# Run it after `mvn install` (it uses both examples' target/classes). Maven's local repository: $MAVEN_REPO_LOCAL
# when set. Prints a Markdown table (median, min and max per server, and the Spring example's median over the plain
# one's) and writes it to $BENCH_RESULTS_DIR (default benchmarks/startup/target/results/<mode>-<time>.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

rounds=5
mode=full
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) rounds=1; mode=smoke ;;
    --rounds) rounds="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

for example in library spring-boot; do
  [[ -d "examples/$example/target/classes/io" ]] \
    || { echo "run.sh: examples/$example is not built: run 'mvn install' first" >&2; exit 1; }
done

mvn_args=(-q -B -ntp)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for example in library spring-boot; do
  mvn "${mvn_args[@]}" -pl "examples/$example" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/$example.deps"
  printf '%s:%s' "$root/examples/$example/target/classes" "$(cat "$work/$example.deps")" > "$work/$example.classpath"
done

(cd examples/library/node-client && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

results="${BENCH_RESULTS_DIR:-$here/target/results}"
mkdir -p "$results"
out="$results/$mode-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Startup to the first answered call ($rounds round(s) each, $(nproc) cores, $(java -version 2>&1 | head -n 1), load average before: $(cut -d" " -f1-3 /proc/loadavg))"
  echo
  node "$here/startup.mjs" "$rounds" "$work/library.classpath" "$work/spring-boot.classpath"
} | tee "$out"
