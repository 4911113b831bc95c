#!/usr/bin/env bash
# Calls every HTTP/JSON route of the library example with curl, as a REST client would, and checks the answers:
# GET one, GET a filtered page, POST, PATCH with an update mask, DELETE, and errors as JSON google.rpc.Status with the
# HTTP status of their gRPC code (404, 400). Usage: curl-checks.sh http://127.0.0.1:PORT (a seeded server, such as
# run-against-server.sh starts).
set -euo pipefail
url=${1:?usage: curl-checks.sh http://HOST:PORT}
failures=0

# call METHOD PATH [BODY]: sets $status and $body
call() {
  local out
  out=$(curl -sS -X "$1" ${3:+-H 'content-type: application/json' --data "$3"} -w '\n%{http_code}' "$url$2")
  status=${out##*$'\n'}
  body=${out%$'\n'*}
  echo "$1 $2${3:+ $3}"
  echo "  -> $status $body"
}
expect() { # expect STATUS TEXT...: the last call answered STATUS and its body contains every TEXT
  local want=$1; shift
  if [ "$status" != "$want" ]; then echo "  FAILED: expected HTTP $want" >&2; failures=$((failures + 1)); fi
  for text in "$@"; do
    case "$body" in *"$text"*) ;; *) echo "  FAILED: the body lacks $text" >&2; failures=$((failures + 1)) ;; esac
  done
}

call GET /v1/books/1
expect 200 '"title":"A Wizard of Earthsea"' '"copiesSold":"1000000"' '"publishedOn":{"year":1968,"month":11,"day":1}'

call GET '/v1/authors?filter.name=Ursula%20K.%20Le%20Guin&page_size=1&order_by=name'
expect 200 '"authors":[{"id":"1","name":"Ursula K. Le Guin"'
case "$body" in *'"id":"2"'*) echo "  FAILED: the filter let another author through" >&2; failures=$((failures + 1)) ;; esac

call GET '/v1/books?page_size=2'
expect 200 '"nextPageToken":"'

call POST /v1/books '{"title":"The Lathe of Heaven","authorId":"1","price":"11.25","copiesSold":"9007199254740993","genre":"GENRE_FICTION"}'
expect 200 '"title":"The Lathe of Heaven"' '"copiesSold":"9007199254740993"' '"price":"11.25"'
id=$(printf '%s' "$body" | sed -n 's/^{"book":{"id":"\([0-9]*\)".*/\1/p')
[ -n "$id" ] || { echo "FAILED: no id in the created book" >&2; exit 1; }

call PATCH "/v1/books/$id?update_mask=title" '{"title":"The Lathe of Heaven (1971)","price":"0.01"}'
expect 200 '"title":"The Lathe of Heaven (1971)"' '"price":"11.25"' '"version":"1"'

call DELETE "/v1/books/$id"
expect 200 '{}'

call GET "/v1/books/$id"
expect 404 '{"code":5,"message":"book '"$id"' does not exist"}'

call PATCH '/v1/books/1?update_mask=titel' '{"title":"x"}'
expect 400 '{"code":3,"message":"update mask path \"titel\" names no field of Book'

call GET /v1/books/not-a-number
expect 400 '"code":3' 'invalid request for library.v1.LibraryService/GetBook'

call POST /library.v1.LibraryService/GetBook '{"id":"2"}'
expect 200 '"title":"The Dispossessed"'

if [ "$failures" -gt 0 ]; then
  echo "curl-checks.sh: $failures check(s) failed" >&2
  exit 1
fi
echo "curl-checks.sh: every HTTP/JSON route answered as expected"
