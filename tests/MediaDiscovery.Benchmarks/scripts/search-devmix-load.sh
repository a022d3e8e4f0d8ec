#!/usr/bin/env bash
# Load test of POST /api/v1/search over HTTP on 127.0.0.1 with wrk, every cache off (responses and query vectors):
# the queries of an evaluation set (the dev set by default), cycled, on the full real catalog (Release build).
# usage: tests/MediaDiscovery.Benchmarks/scripts/search-devmix-load.sh [query-set.jsonl] [catalog-dir] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
set_file=$(realpath "${1:-../shared/eval/dev.jsonl}")
catalog=${2:-../shared/datasets/streaming-catalogs}
seconds=${3:-20}
port=5393
here=tests/MediaDiscovery.Benchmarks/scripts
dll=functions/MediaDiscovery.LocalHost/bin/Release/net10.0/MediaDiscovery.LocalHost.dll
command -v wrk >/dev/null || { echo "install wrk (apt-get install -y wrk)"; exit 1; }
[ -f "$dll" ] || dotnet build functions/MediaDiscovery.LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
data=${MD_BENCH_DATA:-.data/bench}
Cache__Backend=none Embeddings__QueryCacheEntries=0 Logging__LogLevel__Default=Warning \
  dotnet "$dll" --contentRoot "$(cd "$(dirname "$dll")" && pwd)" --catalog "$catalog" --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do sleep 0.2; done
export MD_QUERY_SET=$set_file
# Warm up: tiered JIT settles after ~20 s of load.
wrk -t2 -c16 -d30s -s "$here/search-devmix.lua" "http://127.0.0.1:$port" >/dev/null
echo "== $(basename "$set_file") query mix, every cache off, ${seconds}s, 2 threads, 16 connections"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$here/search-devmix.lua" "http://127.0.0.1:$port"
echo "== LocalHost resident memory after the load: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB (peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MiB)"
