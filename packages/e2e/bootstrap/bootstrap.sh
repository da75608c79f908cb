#!/usr/bin/env bash
# One entry point for the kind toolchain (`npx nx run e2e:bootstrap`).
# Online (stock kind + kindest/node reachable): uses them. Offline, or LLM_ROUTER_E2E_OFFLINE=1:
# builds everything from the package registries (Go module proxy, Debian) and caches it by version.
# E2E_KUBERNETES_VERSION=1.32 picks another minor's pins (versions.env; default E2E_DEFAULT_MINOR).
# Ends by writing $CACHE_ROOT/toolchain-<minor>.env (KIND, KUBECTL, KIND_NODE_IMAGE, KUBERNETES_VERSION)
# for the tests; for the default minor also $CACHE_ROOT/toolchain.env.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

START=$(date +%s)
mem_used_kib() { awk '/^MemTotal:/{t=$2} /^MemAvailable:/{a=$2} END{print t-a}' /proc/meminfo; }
BASELINE_KIB=$(mem_used_kib)
PEAK_FILE="$WORK_DIR/bootstrap-peak-mem"
echo "$BASELINE_KIB" >"$PEAK_FILE"
# system-wide sampler: docker builds run in dockerd, not as our children, so rusage would miss them
( while sleep 1; do u=$(mem_used_kib); p=$(cat "$PEAK_FILE" 2>/dev/null || echo 0); [[ $u -gt $p ]] && echo "$u" >"$PEAK_FILE"; done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT

CURRENT_STEP=""
step() {
  local name="$1"; shift
  CURRENT_STEP="$name"
  local t0; t0=$(date +%s)
  log "==> $name"
  if ! "$@"; then
    log "FAILED step '$name' after $(( $(date +%s) - t0 )) s: $*"
    log "logs: $LOG_DIR"
    exit 1
  fi
  log "<== $name done in $(( $(date +%s) - t0 )) s"
}

host_packages() {
  local missing=()
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  # the e2e publishes the chart to a local OCI registry first
  command -v docker-registry >/dev/null || [[ -x /usr/bin/docker-registry ]] || missing+=(docker-registry)
  command -v gcc >/dev/null || missing+=(gcc libc6-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  [[ -f /usr/lib/x86_64-linux-gnu/libseccomp.a || -f /usr/lib/$(uname -m)-linux-gnu/libseccomp.a ]] || missing+=(libseccomp-dev)
  [[ -x /usr/bin/busybox ]] && file_is_static /usr/bin/busybox || missing+=(busybox-static)
  command -v go >/dev/null || die "go is not installed (Go >= 1.24 needed to build from the module proxy)"
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    run_logged "$LOG_DIR/apt.log" apt-get update
    DEBIAN_FRONTEND=noninteractive run_logged "$LOG_DIR/apt.log" apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}
file_is_static() { ! ldd "$1" >/dev/null 2>&1; }

online_available() {
  [[ "${LLM_ROUTER_E2E_OFFLINE:-0}" != 1 ]] || return 1
  timeout 60 docker pull "$ONLINE_NODE_IMAGE" >/dev/null 2>&1
}

online_tools() {
  local d="$BIN_CACHE/online-$KIND_VERSION-$ONLINE_KUBERNETES_VERSION"
  mkdir -p "$d"
  [[ -x "$d/kind" ]] || curl -fsSLo "$d/kind" "https://kind.sigs.k8s.io/dl/$KIND_VERSION/kind-linux-amd64"
  [[ -x "$d/kubectl" ]] || curl -fsSLo "$d/kubectl" "https://dl.k8s.io/release/$ONLINE_KUBERNETES_VERSION/bin/linux/amd64/kubectl"
  chmod +x "$d/kind" "$d/kubectl"
  KIND_BIN="$d/kind"; KUBECTL_BIN="$d/kubectl"; NODE_IMAGE="$ONLINE_NODE_IMAGE"; K8S_VERSION="$ONLINE_KUBERNETES_VERSION"
}

go_build() { nice -n "${LLM_ROUTER_E2E_NICE:-19}" "$BOOTSTRAP_DIR/build-go.sh" "$1"; }

# Two build chains side by side: Kubernetes (the long pole) and everything else. One go build
# rarely keeps both cores busy (downloads, links), so this is much shorter than one chain.
GO_CHAIN_OTHERS="kind etcd containerd runc crictl cni-plugins coredns kindnet kube-router local-path-provisioner"
go_chain() {
  local c t0
  for c in "$@"; do
    t0=$(date +%s)
    go_build "$c" || return 1
    log "    go build $c: $(( $(date +%s) - t0 )) s"
  done
}
go_builds() {
  go_chain kubernetes & local k8s=$!
  go_chain $GO_CHAIN_OTHERS & local others=$!
  local rc=0
  wait "$k8s" || rc=1
  wait "$others" || rc=1
  return $rc
}
rootfs() { ROOTFS_IMAGE="$("$BOOTSTRAP_DIR/build-rootfs.sh")"; }
images() { nice -n 10 "$BOOTSTRAP_DIR/build-images.sh" "$ROOTFS_IMAGE"; }
node_image() { NODE_IMAGE="$(nice -n 10 "$BOOTSTRAP_DIR/build-node.sh" "$ROOTFS_IMAGE")"; }

write_toolchain() {
  cat >"$TOOLCHAIN_FILE.tmp" <<ENV
KIND=$KIND_BIN
KUBECTL=$KUBECTL_BIN
KIND_NODE_IMAGE=$NODE_IMAGE
KUBERNETES_VERSION=$K8S_VERSION
ENV
  mv "$TOOLCHAIN_FILE.tmp" "$TOOLCHAIN_FILE"
  [[ "$E2E_MINOR" == "$E2E_DEFAULT_MINOR" ]] || return 0
  # the default minor: also the unversioned names (tools/kind, tools/kubectl, toolchain.env)
  ln -sf "$KIND_BIN" "$TOOLS_DIR/kind"
  ln -sf "$KUBECTL_BIN" "$TOOLS_DIR/kubectl"
  sed "s#^KIND=.*#KIND=$TOOLS_DIR/kind#; s#^KUBECTL=.*#KUBECTL=$TOOLS_DIR/kubectl#" "$TOOLCHAIN_FILE" >"$CACHE_ROOT/toolchain.env.tmp"
  mv "$CACHE_ROOT/toolchain.env.tmp" "$CACHE_ROOT/toolchain.env"
}

log "Kubernetes $E2E_MINOR: $KUBERNETES_VERSION with kind $KIND_VERSION (cache: $CACHE_ROOT)"
step "host packages" host_packages
step "docker engine" "$BOOTSTRAP_DIR/ensure-docker.sh"
if online_available; then
  log "online: using stock $ONLINE_NODE_IMAGE and released kind/kubectl"
  step "online tools" online_tools
else
  log "offline build (LLM_ROUTER_E2E_OFFLINE=${LLM_ROUTER_E2E_OFFLINE:-0}; stock images unreachable or disabled)"
  step "go builds (kubernetes | $GO_CHAIN_OTHERS)" go_builds
  step "debian rootfs" rootfs
  step "component images" images
  step "node image" node_image
  KIND_BIN="$BIN_CACHE/kind-$KIND_VERSION/kind"
  KUBECTL_BIN="$BIN_CACHE/kubernetes-$KUBERNETES_VERSION/kubectl"
  K8S_VERSION="$KUBERNETES_VERSION"
fi
step "toolchain file" write_toolchain

kill $SAMPLER 2>/dev/null || true
PEAK_KIB=$(cat "$PEAK_FILE")
log "node image: $NODE_IMAGE"
log "toolchain:  $TOOLCHAIN_FILE$([[ "$E2E_MINOR" == "$E2E_DEFAULT_MINOR" ]] && echo " and $CACHE_ROOT/toolchain.env")"
log "wall time:  $(( $(date +%s) - START )) s"
# CPU of this script and its children (the Go builds; not the docker builds dockerd runs): on a
# shared machine the wall time depends on the load, this does not; on n free cores wall >= cpu / n
to_s() { awk -v t="$1" 'BEGIN { split(t, a, /[ms]/); printf "%d", a[1] * 60 + a[2] }'; }
times >"$WORK_DIR/bootstrap-times"  # the builtin in this shell: a pipe would time a subshell
read -r cu cs < <(tail -n 1 "$WORK_DIR/bootstrap-times")
log "cpu time:   $(( $(to_s "$cu") + $(to_s "$cs") )) s user+sys (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
log "peak memory: $(( PEAK_KIB / 1024 )) MiB used system-wide ($(( (PEAK_KIB - BASELINE_KIB) / 1024 )) MiB above the $(( BASELINE_KIB / 1024 )) MiB in use at start)"
