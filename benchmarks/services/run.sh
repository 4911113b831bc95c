#!/usr/bin/env bash
# The service benchmark: generated CRUD services on a throwaway PostgreSQL cluster with 100,000 rows.
#
#   bash benchmarks/services/run.sh           List latency of page 1 against page 2,000 (with statements per page,
#                                             against plain JDBC), then a bounded mixed load of 12 clients for 45 s
#                                             against a one-client baseline, then the integrity check; 3-5 minutes
#   bash benchmarks/services/run.sh --smoke   CI: 2,000 rows, 4 clients for 3 s; under a minute with the build;
#                                             fails if a call fails or the integrity check does
#   Any other arguments go to ServiceBenchmark (--rows N, --clients N, --seconds S, --max-ops N, --samples N).
#
# Needs the PostgreSQL server binaries (apt-get install postgresql) and the jpaproto artifacts in the local Maven
# repository (installed first when missing). The cluster listens on 127.0.0.1 only and is removed afterwards.
# The Markdown results go to $BENCH_RESULTS_DIR (default benchmarks/services/target/results/<mode>-<time>.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

mode=full
args=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke; args+=("$arg") ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

mvn_args=(-q -B)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
if [[ ! -f "$repo/io/jpaproto/jpaproto-testing-postgresql/$version/jpaproto-testing-postgresql-$version.jar" ]]; then
  echo "run.sh: jpaproto $version is not installed in $repo; installing the root project first" >&2
  mvn "${mvn_args[@]}" install -DskipTests
fi

results="${BENCH_RESULTS_DIR:-$here/target/results}"
mkdir -p "$results"
out="$results/$mode-$(date -u +%Y%m%dT%H%M%SZ).md"
echo "run.sh: building and running benchmarks/services (mode: $mode)" >&2
mvn "${mvn_args[@]}" -f benchmarks/services/pom.xml compile exec:java \
  -Dexec.args="${args[*]:-} --out $out"
