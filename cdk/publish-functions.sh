#!/usr/bin/env bash
# Publishes every Lambda function ReadyToRun for the CDK app: artifacts/publish/<Name>/ (the stack's default asset
# directory). Usage: cdk/publish-functions.sh [x86_64|arm64] [output-directory]
# The architecture must match the stack's (cdk.json context "architecture", or -c architecture=...).
set -euo pipefail
cd "$(dirname "$0")/.."
architecture=${1:-arm64}
output=${2:-artifacts/publish}
case "$architecture" in
  x86_64) rid=linux-x64 ;;
  arm64) rid=linux-arm64 ;;
  *) echo "architecture must be x86_64 or arm64, not '$architecture'" >&2; exit 2 ;;
esac
for name in Search Intent Embeddings Recommendations Webhooks Availability CatalogSync; do
  rm -rf "$output/$name"
  dotnet publish "functions/MediaDiscovery.Functions.$name" -c Release -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -o "$output/$name" -nologo -clp:ErrorsOnly
done
echo "published $rid functions to $output"
