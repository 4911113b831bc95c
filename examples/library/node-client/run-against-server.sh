#!/usr/bin/env bash
# Starts the Java library server on a free local port, runs the Node.js client tests against it, and stops it.
# Needs JDK, Maven, Node 20+ and npm; run after `mvn install` (from anywhere).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
example=$(cd "$here/.." && pwd)
root=$(cd "$example/../.." && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- resolving the server's class path"
(cd "$root" && mvn -B -ntp -q -pl examples/library dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt")
common_protos=$(tr ':' '\n' < "$work/classpath.txt" | grep 'proto-google-common-protos' | head -n 1)
mkdir -p "$work/google-type"
(cd "$work/google-type" && unzip -q -o "$common_protos" 'google/type/*.proto')

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "-- starting the server on 127.0.0.1:$port"
java -cp "$example/target/classes:$(cat "$work/classpath.txt")" io.jpaproto.examples.library.LibraryApp serve "$port" \
  > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; echo "the server exited" >&2; exit 1; fi
  sleep 0.5
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$work/server.log"; echo "the server did not listen within 60 s" >&2; exit 1; }

echo "-- running the Node.js client"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
LIBRARY_ADDRESS="127.0.0.1:$port" GOOGLE_TYPE_PROTOS="$work/google-type" node --test
