#!/usr/bin/env bash
# Builds Prometheus's promtool from the Go module proxy (once per version) and prints its path.
# The alerting-rule unit tests (`promtool test rules`) call this; CI calls it before `npm test`
# so a cold build shows up as its own step. Cache: $LLM_ROUTER_E2E_CACHE (default
# /var/cache/llm-router-e2e), the same Go caches the kind bootstrap uses.
set -euo pipefail

# github.com/prometheus/prometheus tags Prometheus 3.x as Go module v0.3xx.y (v0.316.0 = 3.16.0)
PROMETHEUS_MODULE_VERSION="${PROMETHEUS_MODULE_VERSION:-v0.316.0}"
# promtool only reads files here: without the optional service-discovery plugins (AWS, Azure, GCE,
# ...) the build compiles far less (kubernetes and file discovery stay: promtool imports them)
BUILD_TAGS=remove_all_sd

cache_root="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
out="$cache_root/bin/promtool-$PROMETHEUS_MODULE_VERSION-$BUILD_TAGS"
if [[ -x "$out/promtool" ]]; then
  echo "$out/promtool"
  exit 0
fi
command -v go >/dev/null || { echo "ensure-promtool: go is not on PATH (needed to build promtool from the Go module proxy)" >&2; exit 1; }

mkdir -p "$out" "$cache_root/work"
exec 9>"$out.lock"
flock 9
if [[ ! -x "$out/promtool" ]]; then
  export GOCACHE="$cache_root/go/build" GOMODCACHE="$cache_root/go/mod" GOPATH="$cache_root/go/path"
  export GOTOOLCHAIN=local GOFLAGS="-mod=mod -trimpath -buildvcs=false" CGO_ENABLED=0
  work="$(mktemp -d "$cache_root/work/promtool.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  printf 'module llm-router/build/promtool\n\ngo 1.25\n\nrequire github.com/prometheus/prometheus %s\n' "$PROMETHEUS_MODULE_VERSION" >"$work/go.mod"
  start=$(date +%s)
  echo "ensure-promtool: building promtool $PROMETHEUS_MODULE_VERSION (cold: several minutes)" >&2
  (cd "$work" && go build -tags "$BUILD_TAGS" -ldflags "-s -w" -o "$out/promtool.tmp" github.com/prometheus/prometheus/cmd/promtool) >&2
  mv "$out/promtool.tmp" "$out/promtool"
  echo "ensure-promtool: built in $(( $(date +%s) - start )) s" >&2
fi
echo "$out/promtool"
