#!/usr/bin/env bash
# Builds one toolchain component from the Go module proxy into $BIN_CACHE/<name>-<version>/.
# Usage: build-go.sh <component>   (kubernetes|etcd|containerd|runc|crictl|cni-plugins|coredns|kind|kindnet|kube-router|local-path-provisioner|
#        prometheus|prometheus-operator|metrics-server|keda)
# A finished build leaves a .done marker; the build is skipped when it is present.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

component="${1:?component name required}"

# gomod_work <dir> <module line> <require...>: fresh throwaway module to build a main package
# whose own go.mod cannot be used by `go install` (replace directives, staging paths).
gomod_work() {
  local dir="$1"; shift
  rm -rf "$dir"; mkdir -p "$dir"
  printf 'module llm-router-e2e/build/%s\n\ngo 1.24.0\n' "$(basename "$dir")" >"$dir/go.mod"
}

build_kubernetes() {
  local out="$1" w="$WORK_DIR/kubernetes"
  gomod_work "$w"
  local gomod
  gomod="$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",/\1/p')"
  {
    echo "require k8s.io/kubernetes $KUBERNETES_VERSION"
    echo "replace ("
    # every staging module k8s.io/kubernetes points at ./staging gets its published release
    # (or the version STAGING_OVERRIDES names for it)
    local m v o
    for m in $(sed -n 's#^[[:space:]]*\(k8s.io/[^ ]*\) => ./staging/.*#\1#p' "$gomod"); do
      v="$KUBERNETES_STAGING_VERSION"
      for o in $STAGING_OVERRIDES; do [[ "${o%%=*}" == "$m" ]] && v="${o#*=}"; done
      printf '\t%s => %s %s\n' "$m" "$m" "$v"
    done
    echo ")"
  } >>"$w/go.mod"
  local v="$KUBERNETES_VERSION" major minor
  major="$(echo "$v" | sed 's/^v\([0-9]*\)\..*/\1/')"
  minor="$(echo "$v" | sed 's/^v[0-9]*\.\([0-9]*\)\..*/\1/')"
  local ld="-s -w" key val
  for kv in "gitVersion=$v" "gitMajor=$major" "gitMinor=$minor" "gitTreeState=clean" \
            "gitCommit=0000000000000000000000000000000000000000" "buildDate=1970-01-01T00:00:00Z"; do
    key="${kv%%=*}"; val="${kv#*=}"
    ld="$ld -X k8s.io/client-go/pkg/version.$key=$val -X k8s.io/component-base/version.$key=$val"
  done
  (cd "$w" && go build -ldflags "$ld" -o "$out/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kube-proxy \
    k8s.io/kubernetes/cmd/kubelet k8s.io/kubernetes/cmd/kubeadm k8s.io/kubernetes/cmd/kubectl)
}

build_etcd() {
  local out="$1" w="$WORK_DIR/etcd" m
  gomod_work "$w"
  echo "require go.etcd.io/etcd/server/v3 $ETCD_VERSION" >>"$w/go.mod"
  # etcdctl is a convenience in the image (kubeadm talks to etcd itself); some releases
  # (e.g. etcdctl v3.5.24) are not on the proxy
  local ctl=1 siblings="api/v3 client/pkg/v3 client/v3 pkg/v3 server/v3"
  [[ "$ETCD_VERSION" == v3.5.* ]] && siblings="$siblings raft/v3"
  if (cd "$w" && go mod download "go.etcd.io/etcd/etcdctl/v3@$ETCD_VERSION"); then
    siblings="$siblings etcdctl/v3 etcdutl/v3"
  else
    ctl=0
    log "etcd: go.etcd.io/etcd/etcdctl/v3@$ETCD_VERSION is not on the module proxy: image without etcdctl"
  fi
  # etcd's server module replaces its sibling modules locally; pin them to the same release
  {
    echo "replace ("
    for m in $siblings; do
      echo "  go.etcd.io/etcd/$m => go.etcd.io/etcd/$m $ETCD_VERSION"
    done
    echo ")"
  } >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w" -o "$out/etcd" go.etcd.io/etcd/server/v3) || return 1
  ((ctl == 0)) || (cd "$w" && go build -ldflags "-s -w" -o "$out/etcdctl" go.etcd.io/etcd/etcdctl/v3)
}

build_containerd() {
  local out="$1" w="$WORK_DIR/containerd"
  gomod_work "$w"
  echo "require github.com/containerd/containerd/v2 $CONTAINERD_VERSION" >>"$w/go.mod"
  local ld="-s -w -X github.com/containerd/containerd/v2/version.Version=$CONTAINERD_VERSION"
  (cd "$w" && go build -tags "no_aufs no_zfs no_btrfs no_devmapper" -ldflags "$ld" -o "$out/" \
    github.com/containerd/containerd/v2/cmd/containerd \
    github.com/containerd/containerd/v2/cmd/containerd-shim-runc-v2 \
    github.com/containerd/containerd/v2/cmd/ctr)
}

build_runc() {
  # runc needs cgo (libseccomp); built with Debian's libseccomp-dev, linked statically
  local out="$1" w="$WORK_DIR/runc"
  gomod_work "$w"
  echo "require github.com/opencontainers/runc $RUNC_VERSION" >>"$w/go.mod"
  (cd "$w" && CGO_ENABLED=1 go build -tags "seccomp urfave_cli_no_docs netgo osusergo" \
    -ldflags "-s -w -extldflags -static -X main.version=${RUNC_VERSION#v}" -o "$out/runc" github.com/opencontainers/runc)
}

build_crictl() {
  local out="$1" w="$WORK_DIR/crictl"
  gomod_work "$w"
  echo "require sigs.k8s.io/cri-tools $CRICTL_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w -X sigs.k8s.io/cri-tools/pkg/version.Version=$CRICTL_VERSION" \
    -o "$out/crictl" sigs.k8s.io/cri-tools/cmd/crictl)
}

build_cni_plugins() {
  local out="$1" w="$WORK_DIR/cni-plugins" p
  gomod_work "$w"
  echo "require github.com/containernetworking/plugins $CNI_PLUGINS_VERSION" >>"$w/go.mod"
  local pkgs=()
  for p in main/bridge main/host-device main/ipvlan main/loopback main/macvlan main/ptp main/vlan \
           ipam/host-local ipam/static meta/portmap meta/bandwidth meta/firewall meta/tuning; do
    pkgs+=("github.com/containernetworking/plugins/plugins/$p")
  done
  (cd "$w" && go build -ldflags "-s -w" -o "$out/" "${pkgs[@]}")
}

build_coredns() {
  local out="$1" w="$WORK_DIR/coredns"
  gomod_work "$w"
  echo "require github.com/coredns/coredns $COREDNS_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w" -o "$out/coredns" github.com/coredns/coredns)
}

build_kind() {
  local out="$1" w="$WORK_DIR/kind"
  gomod_work "$w"
  echo "require sigs.k8s.io/kind $KIND_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w" -o "$out/kind" sigs.k8s.io/kind)
}

build_kube_router() {
  local out="$1" w="$WORK_DIR/kube-router"
  gomod_work "$w"
  echo "require github.com/cloudnativelabs/kube-router/v2 $KUBE_ROUTER_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w -X github.com/cloudnativelabs/kube-router/v2/pkg/version.Version=$KUBE_ROUTER_VERSION" \
    -o "$out/kube-router" github.com/cloudnativelabs/kube-router/v2/cmd/kube-router)
}

build_local_path_provisioner() {
  local out="$1" w="$WORK_DIR/local-path-provisioner"
  gomod_work "$w"
  echo "require github.com/rancher/local-path-provisioner $LOCAL_PATH_PROVISIONER_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w -X main.VERSION=$LOCAL_PATH_PROVISIONER_VERSION" \
    -o "$out/local-path-provisioner" github.com/rancher/local-path-provisioner)
}

build_kindnet() {
  # our kindnet stand-in (bootstrap/kindnet)
  local out="$1"
  (cd "$BOOTSTRAP_DIR/kindnet" && go build -mod=readonly -ldflags "-s -w" -o "$out/kindnet" .)
}

# --- the operators the monitoring e2e hands our chart's objects to (issue 20) ---

build_prometheus() {
  # Kubernetes service discovery only: the other SD plugins (cloud SDKs) are most of the build time.
  # No builtinassets: the API is what the tests read, the web UI is not needed.
  local out="$1" w="$WORK_DIR/prometheus"
  gomod_work "$w"
  echo "require github.com/prometheus/prometheus $PROMETHEUS_MODULE_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -tags "remove_all_sd enable_kubernetes_sd" -ldflags "-s -w" \
    -o "$out/prometheus" github.com/prometheus/prometheus/cmd/prometheus)
}

build_prometheus_operator() {
  # the module replaces its two submodules with ./pkg/...; a throwaway module requires their releases
  local out="$1" w="$WORK_DIR/prometheus-operator" m=github.com/prometheus-operator/prometheus-operator
  gomod_work "$w"
  printf 'require (\n\t%s %s\n\t%s/pkg/apis/monitoring %s\n\t%s/pkg/client %s\n)\n' \
    "$m" "$PROMETHEUS_OPERATOR_VERSION" "$m" "$PROMETHEUS_OPERATOR_VERSION" "$m" "$PROMETHEUS_OPERATOR_VERSION" >>"$w/go.mod"
  local ld="-s -w -X github.com/prometheus/common/version.Version=${PROMETHEUS_OPERATOR_VERSION#v}"
  (cd "$w" && go build -ldflags "$ld" -o "$out/" "$m/cmd/operator" "$m/cmd/prometheus-config-reloader")
}

build_metrics_server() {
  local out="$1" w="$WORK_DIR/metrics-server"
  gomod_work "$w"
  echo "require sigs.k8s.io/metrics-server $METRICS_SERVER_VERSION" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w" -o "$out/metrics-server" sigs.k8s.io/metrics-server/cmd/metrics-server)
}

build_keda() {
  # the operator and its external-metrics adapter; the admission webhooks are not part of the test
  local out="$1" w="$WORK_DIR/keda" m=github.com/kedacore/keda/v2
  gomod_work "$w"
  local gomod
  gomod="$(go mod download -json "$m@$KEDA_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",/\1/p')"
  echo "require $m $KEDA_VERSION" >>"$w/go.mod"
  # KEDA's own replace directives (a throwaway module does not inherit them)
  sed -n '/^replace /p' "$gomod" >>"$w/go.mod"
  (cd "$w" && go build -ldflags "-s -w -X $m/version.Version=$KEDA_VERSION" -o "$out/" "$m/cmd/operator" "$m/cmd/adapter")
}

version_of() {
  case "$1" in
    kubernetes) echo "$KUBERNETES_VERSION" ;;
    etcd) echo "$ETCD_VERSION" ;;
    containerd) echo "$CONTAINERD_VERSION" ;;
    runc) echo "$RUNC_VERSION" ;;
    crictl) echo "$CRICTL_VERSION" ;;
    cni-plugins) echo "$CNI_PLUGINS_VERSION" ;;
    coredns) echo "$COREDNS_VERSION" ;;
    kind) echo "$KIND_VERSION" ;;
    kindnet) echo "$(src_hash kindnet)" ;;
    local-path-provisioner) echo "$LOCAL_PATH_PROVISIONER_VERSION" ;;
    kube-router) echo "$KUBE_ROUTER_VERSION" ;;
    prometheus) echo "$PROMETHEUS_MODULE_VERSION" ;;
    prometheus-operator) echo "$PROMETHEUS_OPERATOR_VERSION" ;;
    metrics-server) echo "$METRICS_SERVER_VERSION" ;;
    keda) echo "$KEDA_VERSION" ;;
    *) die "unknown component $1" ;;
  esac
}

out="$BIN_CACHE/$component-$(version_of "$component")"
# one build per component at a time (bootstrap and a manual run may overlap)
exec 8>"$out.lock"
flock 8
if [[ -f "$out/.done" ]]; then
  log "$component: cached in $out"
  exit 0
fi
rm -rf "$out"; mkdir -p "$out"
logfile="$LOG_DIR/build-$component.log"
: >"$logfile"
log "$component: building $(version_of "$component") (log: $logfile)"
fn="build_${component//-/_}"
if ! run_logged "$logfile" "$fn" "$out"; then
  die "$component: Go build failed (log: $logfile)"
fi
touch "$out/.done"
log "$component: built into $out"
