#!/usr/bin/env bash
# Builds one Go command from the Go module proxy once per version and prints its path last.
# Usage: go-tool.sh <name> <module> <version> <package> [extra -ldflags]
# The build runs in a throw-away module whose only requirement is <module>@<version>, so the
# dependency versions are that module's own (`go install pkg@version` would do the same, but it
# also reads the module's version list for deprecations, which the proxy here does not serve for
# every module). Cache: $LLM_ROUTER_E2E_CACHE (default /var/cache/llm-router-e2e): bin/<name>-<version>/
# for the binary, go/build and go/mod for the Go caches that promtool and the kind bootstrap use too.
set -euo pipefail
name=$1 module=$2 version=$3 pkg=$4 ldflags=${5:-}

cache_root="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
out="$cache_root/bin/$name-$version"
bin="$out/$(basename "$pkg")"
if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi
command -v go >/dev/null || { echo "$name: go is not on PATH (bash scripts/prerequisites.sh --install)" >&2; exit 1; }

mkdir -p "$out" "$cache_root/work"
exec 9>"$out.lock"
flock 9
if [[ ! -x "$bin" ]]; then
  export GOCACHE="$cache_root/go/build" GOMODCACHE="$cache_root/go/mod" GOPATH="$cache_root/go/path"
  export GOTOOLCHAIN=local GOFLAGS="-mod=mod -trimpath -buildvcs=false" CGO_ENABLED=0
  work="$(mktemp -d "$cache_root/work/$name.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  # the running Go as the language version, so a module that needs a newer one than ours says so
  printf 'module llm-router/build/%s\n\ngo %s\n\nrequire %s %s\n' "$name" "$(go env GOVERSION | sed 's/^go//')" "$module" "$version" >"$work/go.mod"
  start=$(date +%s)
  echo "$name: building $pkg from $module@$version (Go module proxy; cold: minutes)" >&2
  (cd "$work" && go build -ldflags "-s -w $ldflags" -o "$bin.tmp" "$pkg") >&2
  mv "$bin.tmp" "$bin"
  echo "$name: built in $(( $(date +%s) - start )) s" >&2
fi
echo "$bin"
