#!/usr/bin/env bash
# Starts the Spring Boot example (H2, seeded, on a free loopback port), runs the library example's Node.js client
# tests (examples/library/node-client) against it with this example's own protos, and always stops the server.
# The two examples serve the same schema (library.v1) from the same entity model, so one client tests both. Needs a
# JDK 17+, Maven, Node 20+ and npm; run it after `mvn install` (from any directory). CI runs it from .ci/run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
client="$root/examples/library/node-client"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
start_timeout=90

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true # SIGTERM: Spring closes the gRPC server and the database
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  echo "run-node-client.sh: $*" >&2
  if [ -s "$work/server.log" ]; then echo "-- server log:" >&2; cat "$work/server.log" >&2; fi
  exit 1
}

[ -f "$here/target/classes/META-INF/jpaproto/services" ] \
  || fail "no compiled application in $here/target/classes: run 'mvn install' in $root first"

echo "-- installing the Node.js client's dependencies (npm ci, from package-lock.json)"
(cd "$client" && npm ci --no-audit --no-fund --loglevel=error)

echo "-- resolving the application's runtime class path"
(cd "$root" && mvn -B -ntp -q -pl examples/spring-boot dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt")
classpath="$here/target/classes:$(cat "$work/classpath.txt")"

# google/type/*.proto and google/api/*.proto from the proto-google-common-protos jar the application was built with,
# buf/validate/validate.proto (the entity protos' buf.validate rules) from its protovalidate jar.
jar_on_classpath() { tr ':' '\n' < "$work/classpath.txt" | grep "/$1-[^/]*\.jar\$" | head -n 1 || true; }
common_protos=$(jar_on_classpath proto-google-common-protos)
[ -n "$common_protos" ] || fail "proto-google-common-protos is not on the application's class path"
protovalidate=$(jar_on_classpath protovalidate)
[ -n "$protovalidate" ] || fail "protovalidate is not on the application's class path"
mkdir -p "$work/imports"
(cd "$work/imports" && "$jar" xf "$common_protos" google/type google/api && "$jar" xf "$protovalidate" buf/validate)

echo "-- starting the application (spring.grpc.server.port=0: Spring gRPC picks a free port and logs it)"
: > "$work/server.log"
"$java" -cp "$classpath" io.jpaproto.examples.spring.LibraryApplication \
  --spring.grpc.server.port=0 --spring.grpc.server.address=127.0.0.1 > "$work/server.log" 2>&1 &
server_pid=$!
port=""
deadline=$((SECONDS + start_timeout))
while :; do
  port=$(sed -n 's/.*gRPC Server started, listening on address: .*, port: \([0-9][0-9]*\).*/\1/p' "$work/server.log" \
    | head -n 1 || true)
  # The seed data is written by an ApplicationRunner, after the port opens: wait for SeedData.READY too.
  if [ -n "$port" ] && grep -q 'library catalogue ready' "$work/server.log" \
    && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || fail "the application exited before it listened"
  [ "$SECONDS" -lt "$deadline" ] || fail "the application did not listen within $start_timeout s"
  sleep 0.5
done
echo "-- application listening on 127.0.0.1:$port (pid $server_pid)"

echo "-- node --test against it"
cd "$client"
LIBRARY_ADDRESS="127.0.0.1:$port" LIBRARY_PROTOS="$here/src/main/proto" IMPORT_PROTOS="$work/imports" \
  node --test library.test.mjs || fail "the Node.js client tests failed against the Spring Boot example"
