#!/usr/bin/env bash
# Load test of POST /api/v1/search over HTTP on 127.0.0.1 with wrk, on the full real catalog (Release build):
# cache misses (random queries) and cache hits (a few repeated queries), then the LocalHost's resident memory.
# usage: tests/MediaDiscovery.Benchmarks/scripts/search-load.sh [catalog-dir] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
catalog=${1:-../shared/datasets/streaming-catalogs}
seconds=${2:-20}
port=5392
here=tests/MediaDiscovery.Benchmarks/scripts
dll=functions/MediaDiscovery.LocalHost/bin/Release/net10.0/MediaDiscovery.LocalHost.dll
command -v wrk >/dev/null || { echo "install wrk (apt-get install -y wrk)"; exit 1; }
[ -f "$dll" ] || dotnet build functions/MediaDiscovery.LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
data=${MD_BENCH_DATA:-.data/bench}
Logging__LogLevel__Default=Warning dotnet "$dll" --contentRoot "$(cd "$(dirname "$dll")" && pwd)" --catalog "$catalog" --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do sleep 0.2; done
# Warm up (tiered JIT settles after ~20 s of load) and fill the hit set.
wrk -t2 -c8 -d10s -s "$here/search-hit.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c8 -d20s -s "$here/search-miss.lua" "http://127.0.0.1:$port" >/dev/null
echo "== cache misses (random queries), ${seconds}s, 2 threads, 16 connections"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$here/search-miss.lua" "http://127.0.0.1:$port"
echo "== cache hits (8 repeated queries), ${seconds}s, 2 threads, 64 connections"
wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/search-hit.lua" "http://127.0.0.1:$port"
echo "== LocalHost resident memory after the load: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB (peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MiB)"
