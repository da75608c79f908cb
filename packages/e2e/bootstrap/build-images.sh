#!/usr/bin/env bash
# Builds the component images kubeadm and kind expect (same names and tags), each from our
# own binaries, and saves them as tarballs for import into the node image.
# Skips an image whose tarball and Docker image both exist.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOTFS_IMAGE="${1:?rootfs image required}"
K8S_BIN="$BIN_CACHE/kubernetes-$KUBERNETES_VERSION"
REG=registry.k8s.io

tarball_of() { echo "$IMAGE_CACHE/$(echo "$1" | tr '/:' '__').tar"; }

# build_image <name:tag> <from> <context dir prepared by the caller> [extra Dockerfile lines...]
# Skipped when the image carries the same inputs hash (base image, Dockerfile, files) and its tarball exists.
build_image() {
  local name="$1" from="$2" ctx="$3"; shift 3
  local tar; tar="$(tarball_of "$name")"
  {
    echo "FROM $from"
    echo "COPY rootfs/ /"
    printf '%s\n' "$@"
  } >"$ctx/Dockerfile"
  local inputs
  inputs="$( { [[ "$from" == scratch ]] || docker image inspect -f '{{.Id}}' "$from";
    cd "$ctx" && find . -type f | LC_ALL=C sort | xargs sha256sum; find . -type l | LC_ALL=C sort; } | sha256sum | cut -c1-16)"
  if [[ -f "$tar" ]] && [[ "$(docker image inspect -f '{{index .Config.Labels "llm-router-e2e.inputs"}}' "$name" 2>/dev/null)" == "$inputs" ]]; then
    log "images: $name cached"
    return 0
  fi
  echo "LABEL llm-router-e2e.inputs=$inputs" >>"$ctx/Dockerfile"
  log "images: building $name"
  run_logged "$LOG_DIR/images.log" docker build --network none -t "$name" "$ctx" || die "images: docker build $name failed"
  run_logged "$LOG_DIR/images.log" docker save -o "$tar.tmp" "$name" || die "images: docker save $name failed"
  mv "$tar.tmp" "$tar"
}

# new_ctx <name>: empty build context with a rootfs/ directory
new_ctx() {
  local ctx="$WORK_DIR/img-$1"
  rm -rf "$ctx"; mkdir -p "$ctx/rootfs/usr/local/bin" "$ctx/rootfs/tmp"
  chmod 1777 "$ctx/rootfs/tmp"
  echo "$ctx"
}

PATH_ENV="ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin"

# control plane: static binaries on an empty image, started by name from PATH as kubeadm does
for c in kube-apiserver kube-controller-manager kube-scheduler; do
  ctx="$(new_ctx "$c")"; cp "$K8S_BIN/$c" "$ctx/rootfs/usr/local/bin/"
  build_image "$REG/$c:$KUBERNETES_VERSION" scratch "$ctx" "$PATH_ENV"
done

# kube-proxy runs iptables/conntrack tools, so it gets the Debian rootfs (iptables-nft like the node)
ctx="$(new_ctx kube-proxy)"; cp "$K8S_BIN/kube-proxy" "$ctx/rootfs/usr/local/bin/"
mkdir -p "$ctx/rootfs/usr/sbin"; install -m 0755 "$BOOTSTRAP_DIR/iptables-wrapper.sh" "$ctx/rootfs/usr/sbin/iptables-wrapper"
build_image "$REG/kube-proxy:$KUBERNETES_VERSION" "$ROOTFS_IMAGE" "$ctx" "$PATH_ENV" \
  'RUN for t in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do ln -sf iptables-wrapper "/usr/sbin/$t"; done'


ctx="$(new_ctx etcd)"; cp "$BIN_CACHE/etcd-$ETCD_VERSION"/etcd* "$ctx/rootfs/usr/local/bin/"
mkdir -p "$ctx/rootfs/var/lib/etcd"
build_image "$REG/etcd:$ETCD_IMAGE_TAG" scratch "$ctx" "$PATH_ENV"

ctx="$(new_ctx coredns)"; cp "$BIN_CACHE/coredns-$COREDNS_VERSION/coredns" "$ctx/rootfs/coredns"
build_image "$REG/coredns/coredns:$COREDNS_VERSION" scratch "$ctx" 'ENTRYPOINT ["/coredns"]'

# pause: the C program shipped in the kubernetes module, built static
pause_src="$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')/build/pause/linux/pause.c"
[[ -f "$pause_src" ]] || die "images: pause.c not found in the k8s.io/kubernetes@$KUBERNETES_VERSION module"
ctx="$(new_ctx pause)"
gcc -Os -static -DVERSION="v$PAUSE_KUBEADM_TAG" -o "$ctx/rootfs/pause" "$pause_src" || die "images: gcc pause.c failed"
strip "$ctx/rootfs/pause"
build_image "$REG/pause:$PAUSE_KUBEADM_TAG" scratch "$ctx" 'USER 65535:65535' 'ENTRYPOINT ["/pause"]'
# kind's containerd config names pause:3.10 as sandbox_image: same image, second tag
docker tag "$REG/pause:$PAUSE_KUBEADM_TAG" "$REG/pause:$PAUSE_SANDBOX_TAG"
sandbox_tar="$(tarball_of "$REG/pause:$PAUSE_SANDBOX_TAG")"
docker save -o "$sandbox_tar.tmp" "$REG/pause:$PAUSE_SANDBOX_TAG"
if cmp -s "$sandbox_tar.tmp" "$sandbox_tar"; then rm "$sandbox_tar.tmp"; else mv "$sandbox_tar.tmp" "$sandbox_tar"; fi

# CNI: our kindnet + kube-router's firewall, which runs iptables and ipset (Debian rootfs,
# same iptables backend selection as kube-proxy)
ctx="$(new_ctx kindnet)"
cp "$BIN_CACHE/kindnet-$(src_hash kindnet)/kindnet" "$ctx/rootfs/kindnet"
cp "$BIN_CACHE/kube-router-$KUBE_ROUTER_VERSION/kube-router" "$ctx/rootfs/usr/local/bin/"
mkdir -p "$ctx/rootfs/usr/sbin"; install -m 0755 "$BOOTSTRAP_DIR/iptables-wrapper.sh" "$ctx/rootfs/usr/sbin/iptables-wrapper"
build_image "$KINDNET_IMAGE_REF" "$ROOTFS_IMAGE" "$ctx" "$PATH_ENV" \
  'RUN for t in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do ln -sf iptables-wrapper "/usr/sbin/$t"; done' \
  'ENTRYPOINT ["/kindnet"]'

# storage: rancher local-path-provisioner (what kind ships) and a busybox helper (sh, rm, mkdir)
ctx="$(new_ctx local-path-provisioner)"
cp "$BIN_CACHE/local-path-provisioner-$LOCAL_PATH_PROVISIONER_VERSION/local-path-provisioner" "$ctx/rootfs/usr/local/bin/"
build_image "$LOCAL_PATH_PROVISIONER_IMAGE" scratch "$ctx" "$PATH_ENV"

ctx="$(new_ctx local-path-helper)"; mkdir -p "$ctx/rootfs/bin"
cp /usr/bin/busybox "$ctx/rootfs/bin/busybox"
for t in sh rm mkdir; do ln -s busybox "$ctx/rootfs/bin/$t"; done
build_image "$LOCAL_PATH_HELPER_IMAGE" scratch "$ctx" "ENV PATH=/bin"

log "images: all component images ready in $IMAGE_CACHE"
