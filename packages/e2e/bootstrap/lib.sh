# Shared helpers for the bootstrap scripts: paths, versions, Go environment, step logging.
# Sourced, never executed.
set -euo pipefail

BOOTSTRAP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$BOOTSTRAP_DIR/versions.env"

CACHE_ROOT="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
BIN_CACHE="$CACHE_ROOT/bin"
IMAGE_CACHE="$CACHE_ROOT/images"
LOG_DIR="$CACHE_ROOT/logs"
WORK_DIR="$CACHE_ROOT/work"
# the toolchain users call: kind, kubectl, helm-free (helm comes from npm)
TOOLS_DIR="$CACHE_ROOT/tools"
mkdir -p "$BIN_CACHE" "$IMAGE_CACHE" "$LOG_DIR" "$WORK_DIR" "$TOOLS_DIR"

# Persistent Go caches so a second build only links (or is skipped entirely).
export GOCACHE="$CACHE_ROOT/go/build"
export GOMODCACHE="$CACHE_ROOT/go/mod"
export GOPATH="$CACHE_ROOT/go/path"
export GOTOOLCHAIN=local
export GOFLAGS="-mod=mod -trimpath -buildvcs=false"
export CGO_ENABLED=0

# content hash of one of our own source directories (cache key for what we build from it)
src_hash() { (cd "$BOOTSTRAP_DIR/$1" && find . -type f | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-12); }
# the kindnet image tag carries its source hash so a source change means a new image
KINDNET_IMAGE_REF="$KINDNET_IMAGE-$(src_hash kindnet)"

# runc-capfilter (our Go program), built once per source hash; prints the binary's path
capfilter_bin() {
  local out="$BIN_CACHE/runc-capfilter-$(src_hash runc-capfilter)"
  if [[ ! -x "$out/runc-capfilter" ]]; then
    mkdir -p "$out"
    (cd "$BOOTSTRAP_DIR/runc-capfilter" && go build -ldflags "-s -w" -o "$out/runc-capfilter.$$" . \
      && mv "$out/runc-capfilter.$$" "$out/runc-capfilter") >&2 || return 1
  fi
  echo "$out/runc-capfilter"
}

log() { printf '[bootstrap %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# run_logged <logfile> <cmd...>: run a command with output in a log file; on failure
# name the command and show the log tail so the cause is visible without digging.
run_logged() {
  local logfile="$1"; shift
  if ! "$@" >>"$logfile" 2>&1; then
    log "command failed: $*"
    log "last lines of $logfile:"
    tail -n 30 "$logfile" >&2
    return 1
  fi
}
