# Shared helpers for the bootstrap scripts: paths, versions, Go environment, step logging.
# Sourced, never executed.
set -euo pipefail

BOOTSTRAP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$BOOTSTRAP_DIR/versions.env"

# The Kubernetes minor to build a toolchain for: E2E_KUBERNETES_VERSION=1.32 (or v1.32, 1.32.13)
# selects the K1_32_* pins of versions.env.
E2E_MINOR="${E2E_KUBERNETES_VERSION:-$E2E_DEFAULT_MINOR}"
E2E_MINOR="$(echo "${E2E_MINOR#v}" | cut -d. -f1,2)"
select_minor() {
  local prefix="K${E2E_MINOR/./_}_" name value
  [[ " $E2E_MINORS " == *" $E2E_MINOR "* ]] \
    || { echo "E2E_KUBERNETES_VERSION=${E2E_KUBERNETES_VERSION:-}: no pins for Kubernetes $E2E_MINOR in versions.env (supported: $E2E_MINORS)" >&2; exit 1; }
  for name in KUBERNETES_VERSION KIND_VERSION ONLINE_NODE_IMAGE ETCD_VERSION ETCD_IMAGE_TAG COREDNS_VERSION PAUSE_KUBEADM_TAG; do
    value="${prefix}${name}"
    [[ -n "${!value:-}" ]] || { echo "versions.env: $value is missing" >&2; exit 1; }
    printf -v "$name" '%s' "${!value}"
  done
  # optional: staging modules whose release for this patch is missing on the proxy ("module=version ...")
  value="${prefix}STAGING_OVERRIDES"
  STAGING_OVERRIDES="${!value:-}"
}
select_minor
# staging modules (k8s.io/api, client-go, ...) are published as v0.<minor>.<patch>
KUBERNETES_STAGING_VERSION="v0.${KUBERNETES_VERSION#v1.}"
ONLINE_KUBERNETES_VERSION="${ONLINE_NODE_IMAGE##*:}"

CACHE_ROOT="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
BIN_CACHE="$CACHE_ROOT/bin"
# per Kubernetes version: the component images of one node image, logs and scratch space
# (bootstraps of two minors may run side by side)
IMAGE_CACHE="$CACHE_ROOT/images/$KUBERNETES_VERSION"
LOG_DIR="$CACHE_ROOT/logs/$KUBERNETES_VERSION"
WORK_DIR="$CACHE_ROOT/work/$KUBERNETES_VERSION"
# the toolchain file of this minor; the default minor's is also toolchain.env
TOOLCHAIN_FILE="$CACHE_ROOT/toolchain-$E2E_MINOR.env"
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
