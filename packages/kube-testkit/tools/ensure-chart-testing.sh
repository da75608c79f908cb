#!/usr/bin/env bash
# Helm's chart-testing `ct` (its `ct lint` runs in the chart tests), built from the Go module proxy
# once per version; prints its path. Its lint config (etc/chart_schema.yaml, etc/lintconf.yaml)
# is read from the same module in the Go module cache (`ct-config-dir` prints that directory).
# The version is pinned here and nowhere else.
set -euo pipefail
CHART_TESTING_VERSION=v3.13.0
module=github.com/helm/chart-testing/v3
if [[ "${1:-}" == ct-config-dir ]]; then
  cache_root="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
  dir=$(cd / && GOMODCACHE="$cache_root/go/mod" GOFLAGS=-mod=mod GOTOOLCHAIN=local go mod download -json "$module@$CHART_TESTING_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [[ -f "$dir/etc/lintconf.yaml" ]] || { echo "chart-testing: no etc/lintconf.yaml in $module@$CHART_TESTING_VERSION" >&2; exit 1; }
  echo "$dir/etc"
  exit 0
fi
exec bash "$(dirname "$0")/go-tool.sh" chart-testing "$module" "$CHART_TESTING_VERSION" "$module/ct" \
  "-X $module/ct/cmd.Version=$CHART_TESTING_VERSION"
