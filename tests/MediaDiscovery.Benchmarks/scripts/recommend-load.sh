#!/usr/bin/env bash
# Load test of GET /api/v1/recommendations over HTTP with wrk: the LocalHost (Release, real catalog, MovieLens minus a
# held-out third as its audience) with every cache off, the held-out users' earlier positives posted and the model
# retrained (recommend-http run), then wrk cycling through those with 10-500 events.
# usage: tests/MediaDiscovery.Benchmarks/scripts/recommend-load.sh [seconds]   (MD_VECTORS=<data dir> reuses title vectors)
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
here=tests/MediaDiscovery.Benchmarks/scripts
work=/tmp/md-recommend-load
command -v wrk >/dev/null || { echo "install wrk (apt-get install -y wrk)"; exit 1; }
MD_LOCALHOST_ARGS="--Cache:Backend none" MD_KEEP_LOCALHOST=1 tests/MediaDiscovery.Evaluation/scripts/recommend-http.sh 1 "$work" --tokens-out "$work/tokens.txt" | grep -E "load_users|product.recall|http_errors"
pid=$(cat "$work/localhost.pid")
trap 'kill $pid 2>/dev/null || true' EXIT
export MD_USER_TOKENS=$work/tokens.txt
wrk -t2 -c16 -d15s -s "$here/recommend-load.lua" http://127.0.0.1:5395 >/dev/null
echo "== recommendations, every cache off, ${seconds}s, 2 threads, 16 connections"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$here/recommend-load.lua" http://127.0.0.1:5395
echo "== LocalHost resident memory: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB"
