#!/usr/bin/env bash
# Availability sweep and on-demand verification under platform faults, over HTTP on 127.0.0.1 (Release build):
#  1. a sweep of the full catalog against the LocalHost's platform simulator (titles/s);
#  2. the same sweep while one platform fails 30% of requests and stalls 2 s on 30%, with searches under load
#     (wrk, random queries; every top result re-verified on demand: Availability:FreshFor 0) -> p95, failures,
#     and how many of that platform's entries were left stale.
# usage: tests/MediaDiscovery.Benchmarks/scripts/availability-sweep.sh [catalog-dir] [seconds] [faulty-platform] [connections]
# (seconds 0: no searches during the faulty sweep; FRESH_FOR=01:00:00 in the environment: the default TTL)
set -euo pipefail
cd "$(dirname "$0")/../../.."
catalog=${1:-../shared/datasets/streaming-catalogs}
seconds=${2:-20}
faulty=${3:-hulu}
connections=${4:-4}
port=5393
base="http://127.0.0.1:$port"
here=tests/MediaDiscovery.Benchmarks/scripts
dll=functions/MediaDiscovery.LocalHost/bin/Release/net10.0/MediaDiscovery.LocalHost.dll
command -v wrk >/dev/null || { echo "install wrk (apt-get install -y wrk)"; exit 1; }
[ -f "$dll" ] || dotnet build functions/MediaDiscovery.LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
data=$(mktemp -d)
Logging__LogLevel__Default=Warning dotnet "$dll" --contentRoot "$(cd "$(dirname "$dll")" && pwd)" --catalog "$catalog" --data "$data" --urls "$base" \
  --Availability:Sweep:DueAfter 00:00:00 --Availability:Sweep:MaxTitlesPerPlatform 100000 \
  --Availability:FreshFor "${FRESH_FOR:-00:00:00}" --RateLimiting:Enabled false >"$data/localhost.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; cp "$data/localhost.log" /tmp/availability-localhost.log 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "$base/ready" >/dev/null 2>&1; do sleep 0.2; done
# /ready polls before the catalog is loaded log health-check errors: count only what is logged after this line.
ready_lines=$(wc -l <"$data/localhost.log")
# The simulator loads each platform's feed on first use; load them before timing.
for p in netflix prime-video disney-plus hulu; do curl -sf "$base/simulator/$p/stats" >/dev/null; done
# The sweep endpoint is admin-only; the LocalHost (Development) issues tokens.
token=$(curl -sf -X POST "$base/api/v1/auth/dev-token" -H 'content-type: application/json' -d '{"sub":"bench","roles":["admin"]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
# Warm up the search path (JIT) before measuring it.
wrk -t2 -c4 -d15s -s "$here/search-miss.lua" "$base" >/dev/null

sweep() {
  local start end
  start=$(date +%s.%N)
  curl -sS --fail-with-body -X POST -H "authorization: Bearer $token" "$base/api/v1/admin/availability/sweep" >"$data/summary.json"
  end=$(date +%s.%N)
  python3 - "$data/summary.json" "$start" "$end" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); secs = float(sys.argv[3]) - float(sys.argv[2])
checked = sum(p["checked"] for p in s["platforms"])
stale = sum(p["staleTitles"] for p in s["platforms"])
print(f"sweep {s['sweepId']}: {checked} checked + {stale} left stale in {secs:.1f} s = {(checked + stale) / secs:.0f} titles/s")
for p in s["platforms"]:
    print(f"  {p['platform']:12} batches {p['batches']:4}  checked {p['checked']:5}  changed {p['changed']:3}  stale batches {p['staleBatches']:3}  stale titles {p['staleTitles']:5}")
PY
}

echo "== 1. sweep of the full catalog, healthy platforms"
sweep

echo "== 2. $faulty: 30% errors, 30% 2 s stalls; sweep while searches run (${seconds}s, wrk 2 threads, $connections connections)"
curl -sf -X PUT "$base/simulator/$faulty/faults" -H 'content-type: application/json' \
  -d '{"errorRate":0.3,"stallRate":0.3,"stallMs":2000}' >/dev/null
echo "$faulty catalog entries before: $(curl -sf "$base/simulator/$faulty/stats")"
sweep >"$data/sweep2.txt" &
sweep_pid=$!
# seconds 0: the faulty sweep alone, no searches.
if [ "$seconds" -gt 0 ]; then
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/search-miss.lua" "$base"
fi
wait $sweep_pid
cat "$data/sweep2.txt"
echo "circuits: $(curl -sf -H "authorization: Bearer $token" "$base/api/v1/admin/availability/platforms")"
echo "$faulty simulator: $(curl -sf "$base/simulator/$faulty/stats")"
echo "== LocalHost errors logged after ready: $(tail -n +$((ready_lines + 1)) "$data/localhost.log" | grep -c '"LogLevel":"Error"' || true)"
