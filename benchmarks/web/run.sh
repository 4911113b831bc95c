#!/usr/bin/env bash
# The protocol benchmark: the library example's GetBook over gRPC (grpc-java, HTTP/2), gRPC-Web (binary, HTTP/1.1)
# and HTTP/JSON (GET /v1/books/{id}, HTTP/1.1) against one jpaproto-web server on loopback, in one JVM and one run.
#
#   bash benchmarks/web/run.sh           latency (sequential calls, interleaved rounds) and throughput (8 clients for
#                                        10 s per protocol), with ratios against gRPC; about 1.5 minutes
#   bash benchmarks/web/run.sh --smoke   CI: a few calls of each; fails if a call fails; measures nothing
#   Any other arguments go to ProtocolBenchmark (--rounds N, --calls N, --clients N, --seconds S).
#
# Needs the jpaproto artifacts (the example included) in the local Maven repository (installed first when missing).
# The Markdown results go to $BENCH_RESULTS_DIR (default benchmarks/web/target/results/<mode>-<time>.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

mode=full
args=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke; args+=("$arg") ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

mvn_args=(-q -B)
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then mvn_args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
if [[ ! -f "$repo/io/jpaproto/jpaproto-example-library/$version/jpaproto-example-library-$version.jar" ]]; then
  echo "run.sh: jpaproto $version is not installed in $repo; installing the root project first" >&2
  mvn "${mvn_args[@]}" install -DskipTests
fi

results="${BENCH_RESULTS_DIR:-$here/target/results}"
mkdir -p "$results"
out="$results/$mode-$(date -u +%Y%m%dT%H%M%SZ).md"
echo "run.sh: building and running benchmarks/web (mode: $mode)" >&2
mvn "${mvn_args[@]}" -f benchmarks/web/pom.xml compile exec:java -Dexec.args="${args[*]:-} --out $out"
