#!/usr/bin/env bash
# Starts the Java library server (serve mode, seeded, on a free loopback port), runs the Node.js client tests against
# it with `node --test` (the gRPC client, then the validation cases: @bufbuild/protovalidate and the server must agree
# on each), and always stops the server. Needs only a JDK 17+, Maven, Node 20+ and npm; run it after
# `mvn install` (from any directory). CI runs it from .ci/run.
#   --curl   then calls every HTTP/JSON route on the same port with curl (../http/curl-checks.sh)
#   --page   builds the web page (../web: buf generate, tsc, esbuild), has the server serve it, and runs it in
#            headless Chromium (/usr/bin/chromium, or $CHROMIUM) with playwright-core against the same port
set -euo pipefail
with_curl=false
with_page=false
for arg in "$@"; do
  case "$arg" in
    --curl) with_curl=true ;;
    --page) with_page=true ;;
    *) echo "usage: run-against-server.sh [--curl] [--page]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
example=$(cd "$here/.." && pwd)
root=$(cd "$example/../.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
start_timeout=60

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true # SIGTERM: the server's shutdown hook stops gRPC and closes the database
    for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  echo "run-against-server.sh: $*" >&2
  if [ -s "$work/server.log" ]; then echo "-- server log:" >&2; cat "$work/server.log" >&2; fi
  exit 1
}

[ -d "$example/target/classes/io/jpaproto/examples/library/api" ] \
  || fail "no compiled server in $example/target/classes: run 'mvn install' in $root first"

echo "-- installing the Node.js client's dependencies (npm ci, from package-lock.json)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

echo "-- resolving the server's runtime class path"
(cd "$root" && mvn -B -ntp -q -pl examples/library dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt")
classpath="$example/target/classes:$(cat "$work/classpath.txt")"

# The protos the library's protos import, from the jars the Java server was built with: google/type/*.proto
# (model.proto imports google/type/date.proto) and google/api/*.proto (author_service.proto imports
# google/api/annotations.proto) from proto-google-common-protos, buf/validate/validate.proto (the entity protos'
# buf.validate rules) from protovalidate. (google/protobuf/*.proto ship with protobufjs.)
jar_on_classpath() { tr ':' '\n' < "$work/classpath.txt" | grep "/$1-[^/]*\.jar\$" | head -n 1 || true; }
common_protos=$(jar_on_classpath proto-google-common-protos)
[ -n "$common_protos" ] || fail "proto-google-common-protos is not on the server's class path"
protovalidate=$(jar_on_classpath protovalidate)
[ -n "$protovalidate" ] || fail "protovalidate is not on the server's class path"
mkdir -p "$work/imports"
(cd "$work/imports" && "$jar" xf "$common_protos" google/type google/api && "$jar" xf "$protovalidate" buf/validate)
for imported in google/type/date.proto google/api/annotations.proto buf/validate/validate.proto; do
  [ -f "$work/imports/$imported" ] || fail "$imported not found in the jars on the server's class path"
done

serve_args=(serve --port 0)
if [ "$with_page" = true ]; then
  echo "-- building the web page (npm ci, buf generate with the local protoc-gen-es, tsc, esbuild)"
  (cd "$example/web" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build) \
    || fail "the web page did not build"
  serve_args+=(--web "$example/web/dist")
fi

echo "-- starting the server (${serve_args[*]}: the server picks a free port and prints it)"
: > "$work/server.log" # exists before the background job opens it, so the loop below can always read it
"$java" -cp "$classpath" io.jpaproto.examples.library.LibraryApp "${serve_args[@]}" > "$work/server.log" 2>&1 &
server_pid=$!
port=""
deadline=$((SECONDS + start_timeout))
while :; do
  port=$(sed -n 's/^Library server listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1 || true)
  if [ -n "$port" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited before it listened"
  [ "$SECONDS" -lt "$deadline" ] || fail "the server did not listen within $start_timeout s"
  sleep 0.5
done
echo "-- server listening on 127.0.0.1:$port (pid $server_pid)"

echo "-- node --test against it"
cd "$here"
LIBRARY_ADDRESS="127.0.0.1:$port" IMPORT_PROTOS="$work/imports" node --test library.test.mjs \
  || fail "the Node.js client tests failed"

echo "-- the buf.validate rules in two languages: @bufbuild/protovalidate (buf generate, protoc-gen-es) and the server"
npm run --silent generate || fail "buf generate (protoc-gen-es) failed for the validation check"
LIBRARY_URL="http://127.0.0.1:$port" node --test validation.test.mjs \
  || fail "@bufbuild/protovalidate and the Java server disagree on a validation case"

if [ "$with_curl" = true ]; then
  echo "-- curl against the same port: every HTTP/JSON route"
  bash "$example/http/curl-checks.sh" "http://127.0.0.1:$port" || fail "the HTTP/JSON checks failed"
fi

if [ "$with_page" = true ]; then
  echo "-- the web page in headless Chromium (playwright-core), against the same port"
  (cd "$example/web" && LIBRARY_URL="http://127.0.0.1:$port" node --test test/page.test.mjs) \
    || fail "the web page tests failed"
fi
