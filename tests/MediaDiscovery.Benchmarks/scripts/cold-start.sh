#!/usr/bin/env bash
# Cold start of each function alone, as the Lambda Web Adapter sees it: process start -> first 200 from /health (the
# adapter's readiness check), then the time of the first request after it (GET /ready). Each function is published
# for linux-x64 in the given mode and started N times on 127.0.0.1 with the embedded defaults and a fresh data
# directory per start. Publishes go to bin/obj folders of their own (never the build the tests run).
# usage: tests/MediaDiscovery.Benchmarks/scripts/cold-start.sh [r2r|aot] [runs] [Name ...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-r2r}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
names=${*:-Search Intent Embeddings Recommendations Webhooks Availability CatalogSync}
out=${MD_COLDSTART_DIR:-/tmp/md-coldstart}/$mode
port=5470
mkdir -p "$out"
case $mode in
  r2r) flags=(-p:PublishReadyToRun=true --self-contained false -p:AppendRuntimeIdentifierToOutputPath=true) ;;
  aot) flags=(-p:PublishAot=true -p:SelfContained=true -p:TreatWarningsAsErrors=false -p:AppendRuntimeIdentifierToOutputPath=true ${MD_AOT_FLAGS:-}) ;;
  *) echo "mode must be r2r or aot" >&2; exit 2 ;;
esac
now_ms() { date +%s%3N; }
for name in $names; do
  dir="$out/$name"
  if [ ! -e "$dir/MediaDiscovery.Functions.$name" ]; then
    if ! dotnet publish "functions/MediaDiscovery.Functions.$name" -c Release -r linux-x64 "${flags[@]}" -o "$dir" -nologo >"$out-$name.log" 2>&1; then
      echo "$name ($mode): publish failed: $(grep -m1 -E ': error ' "$out-$name.log" || tail -1 "$out-$name.log")"
      continue
    fi
  fi
  size=$(du -sm "$dir" | cut -f1)
  results=()
  for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(now_ms)
    ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__DataDirectory="$data" Logging__LogLevel__Default=Warning \
      OpenSearch__Endpoint=http://127.0.0.1:9 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
      "$dir/MediaDiscovery.Functions.$name" >"$data/out.log" 2>&1 &
    pid=$!
    ready=""
    for _ in $(seq 1 3000); do
      if curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then ready=$(( $(now_ms) - start )); break; fi
      kill -0 $pid 2>/dev/null || break
      sleep 0.005
    done
    if [ -z "$ready" ]; then
      echo "$name ($mode): did not answer /health: $(tail -2 "$data/out.log" | tr '\n' ' ')"
      kill $pid 2>/dev/null || true; rm -rf "$data"; continue 2
    fi
    first_start=$(now_ms)
    curl -s -o /dev/null "http://127.0.0.1:$port/ready" || true
    first=$(( $(now_ms) - first_start ))
    rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$data"
    results+=("$ready/$first/$rss")
  done
  echo "$name ($mode, ${size} MB): start->/health ms / first request ms / RSS MiB: ${results[*]}"
done
