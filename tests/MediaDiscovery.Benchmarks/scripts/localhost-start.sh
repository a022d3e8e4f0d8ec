#!/usr/bin/env bash
# Time from process start to GET /ready == 200 for the LocalHost (Release build), first on an empty data
# directory (cold: ingests the catalog), then three times on the same directory (warm: nothing changed).
# usage: tests/MediaDiscovery.Benchmarks/scripts/localhost-start.sh [catalog-dir]
set -euo pipefail
cd "$(dirname "$0")/../../.."
catalog=${1:-../shared/datasets/streaming-catalogs}
port=5391
dll=functions/MediaDiscovery.LocalHost/bin/Release/net10.0/MediaDiscovery.LocalHost.dll
[ -f "$dll" ] || dotnet build functions/MediaDiscovery.LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local label=$1 t0 pid ms rss
  t0=$(date +%s%N)
  dotnet "$dll" --contentRoot "$(cd "$(dirname "$dll")" && pwd)" --catalog "$catalog" --data "$data" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do sleep 0.02; done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "$label: ready in ${ms} ms, RSS ${rss} MiB"
  kill $pid; wait $pid 2>/dev/null || true
}

start_once "cold (empty data directory, full ingest)"
for i in 1 2 3; do start_once "warm #$i (same data directory)"; done
