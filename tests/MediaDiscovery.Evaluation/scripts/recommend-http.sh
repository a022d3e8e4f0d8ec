#!/usr/bin/env bash
# The recommendation protocol through the HTTP API (docs/evaluation.md): hold a third of the MovieLens users out,
# start the LocalHost (Release) on the real catalog with the rest as its audience, post the held-out users' earlier
# positives, retrain, and compare their top 20 with their later positives.
# usage: tests/MediaDiscovery.Evaluation/scripts/recommend-http.sh [seed] [work-dir] [run options, e.g. --first 3]
# MD_VECTORS=<data dir of an earlier LocalHost run> reuses its title vectors instead of embedding the catalog again;
# MD_LOCALHOST_ARGS adds LocalHost settings (e.g. "--Recommendations:Audience none" to measure without the audience).
set -euo pipefail
cd "$(dirname "$0")/../../.."
seed=${1:-1}
work=${2:-/tmp/md-recommend-http-$seed}
shift $(( $# > 2 ? 2 : $# ))
catalog=../shared/datasets/streaming-catalogs
movielens=../shared/datasets/movielens-latest-small
port=5395
rm -rf "$work" && mkdir -p "$work/data"
dotnet build tests/MediaDiscovery.Evaluation -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build functions/MediaDiscovery.LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
eval_dll=tests/MediaDiscovery.Evaluation/bin/Release/net10.0/MediaDiscovery.Evaluation.dll
dotnet "$eval_dll" recommend-http prepare --movielens "$movielens" --work "$work" --seed "$seed"
if [ -n "${MD_VECTORS:-}" ]; then cp "$MD_VECTORS"/vectors-*.bin "$work/data/" 2>/dev/null || true; fi
dll=$PWD/functions/MediaDiscovery.LocalHost/bin/Release/net10.0/MediaDiscovery.LocalHost.dll
Logging__LogLevel__Default=Warning dotnet "$dll" --contentRoot "$(dirname "$dll")" --catalog "$catalog" --data "$work/data" \
  --CatalogSync:MovieLens "$work/movielens" --urls "http://127.0.0.1:$port" ${MD_LOCALHOST_ARGS:-} >"$work/localhost.log" 2>&1 &
pid=$!
# MD_KEEP_LOCALHOST=1 leaves it running (its pid in <work>/localhost.pid), for a load test on the same state.
if [ -n "${MD_KEEP_LOCALHOST:-}" ]; then echo $pid > "$work/localhost.pid"; else trap 'kill $pid 2>/dev/null || true' EXIT; fi
until curl -sf "http://127.0.0.1:$port/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the LocalHost stopped; see $work/localhost.log"; exit 1; }
  sleep 1
done
dotnet "$eval_dll" recommend-http run --work "$work" --catalog "$catalog" --base "http://127.0.0.1:$port" "$@"
