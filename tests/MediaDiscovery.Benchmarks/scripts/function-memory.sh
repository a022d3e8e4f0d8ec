#!/usr/bin/env bash
# Peak memory of each function alone, doing its representative work, as the Native AOT linux-x64 build of the same
# sources (published by cold-start.sh into its folders): the peak resident set (VmHWM) after
#   CatalogSync      a sync of the four real catalogs (23k rows) into an empty store, triggered as EventBridge does;
#   Recommendations  its start-up training on that catalog with the MovieLens audience (EASE and neighbours);
#   Search           the sentence encoder loaded at start, then 300 searches of the dev queries' kinds;
#   Embeddings       a batch of 10 content changes from that catalog, encoded by the sentence encoder (arctic-embed-xs,
#                    loaded then; the index writes then fail, as no OpenSearch runs here: the figure is the encoding);
#   Intent           300 intent extractions;  Webhooks, Availability: started and ready.
# The embedded store stands in for DynamoDB/OpenSearch, so the figures are the function's own memory.
# usage: tests/MediaDiscovery.Benchmarks/scripts/function-memory.sh   (needs ../shared/datasets)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
datasets=$root/../shared/datasets
out=${MD_COLDSTART_DIR:-/tmp/md-coldstart}/aot
names="CatalogSync Recommendations Embeddings Search Intent Webhooks Availability"
missing=()
for name in $names; do [ -e "$out/$name/MediaDiscovery.Functions.$name" ] || missing+=("$name"); done
if [ ${#missing[@]} -gt 0 ]; then tests/MediaDiscovery.Benchmarks/scripts/cold-start.sh aot 0 "${missing[@]}" >/dev/null; fi
port=5480
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start() { # name, then VAR=value...
  local name=$1; shift
  env ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__DataDirectory="$data" Logging__LogLevel__Default=Warning \
    OpenSearch__Endpoint=http://127.0.0.1:9 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 "$@" \
    "$out/$name/MediaDiscovery.Functions.$name" >"$data/$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "$name did not start: $(tail -2 "$data/$name.log")" >&2; exit 1
}
report() { # name, what
  local rss hwm
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status); hwm=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
  echo "$1: peak $hwm MiB, now $rss MiB ($2)"
  kill $pid; wait $pid 2>/dev/null || true
}
post_queries() { # path [numbered: each query ends with its number, so every search misses the cache]
  local i suffix=""
  for i in $(seq 1 300); do
    [ "${2:-}" = numbered ] && suffix=" $i"
    curl -s -o /dev/null -X POST "http://127.0.0.1:$port$1" -H 'content-type: application/json' \
      -d "{\"query\":\"${queries[$((i % ${#queries[@]}))]}$suffix\"}"
  done
}
queries=("a rom-com streaming tonight on Netflix" "the one where a clownfish dad crosses the ocean" "korean thriller series"
  "stranger thngs" "documentaries about space on disney plus" "90s action movies under 2 hours" "anime for kids")

start CatalogSync CatalogSync__Directory="$datasets/streaming-catalogs" CatalogSync__MovieLens="$datasets/movielens-latest-small"
synced=$(curl -s -X POST "http://127.0.0.1:$port/events" -H 'content-type: application/json' -d '{"detail-type":"Scheduled Event","detail":{}}' | head -c 160)
report CatalogSync "synced: $synced..."

start Recommendations Recommendations__Audience="$datasets/movielens-latest-small" Logging__LogLevel__MediaDiscovery.Hosting.Recommendations=Information
for _ in $(seq 1 600); do grep -q -i "trained" "$data/Recommendations.log" && break; sleep 0.1; done
sleep 1
report Recommendations "after its start-up training: $(grep -m1 -o 'trained: recs[^ ]* in [0-9.]* s' "$data/Recommendations.log" || echo 'no training logged')"

start Embeddings Embeddings__Model=arctic-embed-xs
ids=$(for db in "$data"/*.db; do sqlite3 "$db" "select id from titles limit 10" 2>/dev/null && break; done)
batch=$(python3 -c '
import json, sys
ids = sys.argv[1].split()
print(json.dumps({"Records": [{"messageId": f"m{i}", "receiptHandle": f"h{i}", "eventSource": "aws:sqs",
  "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:content-changes", "awsRegion": "us-east-1",
  "body": json.dumps({"titleId": t, "kind": "TitleUpdated", "at": "2026-12-07T00:00:00+00:00", "source": "memory"})}
  for i, t in enumerate(ids)]}))' "$ids")
answer=$(curl -s -X POST "http://127.0.0.1:$port/events" -H 'content-type: application/json' -d "$batch")
report Embeddings "a batch of $(echo "$ids" | wc -w) changes encoded; index writes failed for $(echo "$answer" | grep -o itemIdentifier | wc -l) (no OpenSearch)"

rm -rf "${data:?}"/*
start Search
post_queries /api/v1/search numbered
report Search "300 searches"

start Intent
post_queries /api/v1/intent
report Intent "300 extractions"

for name in Webhooks Availability; do
  start $name
  curl -s -o /dev/null "http://127.0.0.1:$port/ready"
  report $name "ready"
done
