#!/usr/bin/env bash
# Assembles the kind base image and the kind node image without `kind build node-image`:
#   base = Debian rootfs + kind's entrypoint and systemd units (read from the sigs.k8s.io/kind
#          module in the Go module cache) + containerd, runc (behind runc-capfilter), crictl, CNI plugins
#   node = base + kubeadm/kubelet/kubectl + /kind files + component images preloaded into
#          containerd's k8s.io namespace (imported with a throwaway containerd on the host).
# Prints the node image name on stdout. Skips images that already exist.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOTFS_IMAGE="${1:?rootfs image required}"
K8S_BIN="$BIN_CACHE/kubernetes-$KUBERNETES_VERSION"
CTRD_BIN="$BIN_CACHE/containerd-$CONTAINERD_VERSION"
CAPFILTER="$(capfilter_bin)" || die "node: building runc-capfilter failed"
KIND_SRC="$(go mod download -json "sigs.k8s.io/kind@$KIND_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')"
[[ -d "$KIND_SRC/images/base/files" ]] || die "node: kind sources not found in the Go module cache"

hash_inputs() { cat "$@" | sha256sum | cut -c1-12; }

# ---------- base image ----------
rootfs_id="$(docker image inspect -f '{{.Id}}' "$ROOTFS_IMAGE")"
base_hash="$( { echo "$rootfs_id $KIND_VERSION $CONTAINERD_VERSION $RUNC_VERSION $CRICTL_VERSION $CNI_PLUGINS_VERSION";
  sha256sum "$CAPFILTER"; cat "$BOOTSTRAP_DIR/build-node.sh"; } | sha256sum | cut -c1-12)"
BASE_IMAGE="llm-router-e2e/kind-base:$base_hash"
if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  log "node: base image cached as $BASE_IMAGE"
else
  log "node: building base image $BASE_IMAGE"
  ctx="$WORK_DIR/img-kind-base"; rm -rf "$ctx"; mkdir -p "$ctx/rootfs"
  r="$ctx/rootfs"
  # kind's files, with the modes kind's base Dockerfile gives them
  cp -r "$KIND_SRC/images/base/files/." "$r/"
  chmod -R u+w "$r"
  find "$r" -type d -exec chmod 0755 {} +
  find "$r" -type f -exec chmod 0644 {} +
  chmod 0755 "$r"/usr/local/bin/* "$r"/kind/bin/*
  rm -rf "$r/usr/local/bin/third_party" "$r/usr/local/bin/target-cc"
  # the node's containerd runs runc through runc-capfilter (privileged pods such as kube-proxy)
  awk '{print} index($0, "containerd.runtimes.runc.options]") {print "    BinaryName = \"/usr/local/bin/runc-capfilter\""}' \
    "$KIND_SRC/images/base/files/etc/containerd/config.toml" >"$r/etc/containerd/config.toml"
  grep -q runc-capfilter "$r/etc/containerd/config.toml" || die "node: could not set runc BinaryName in containerd config"
  cp "$CTRD_BIN"/{containerd,containerd-shim-runc-v2,ctr} "$r/usr/local/bin/"
  mkdir -p "$r/usr/local/sbin" "$r/opt/cni/bin"
  cp "$BIN_CACHE/runc-$RUNC_VERSION/runc" "$r/usr/local/sbin/runc"
  cp "$CAPFILTER" "$r/usr/local/bin/runc-capfilter"
  cp "$BIN_CACHE/crictl-$CRICTL_VERSION/crictl" "$r/usr/local/bin/"
  for p in host-local loopback ptp portmap bridge; do cp "$BIN_CACHE/cni-plugins-$CNI_PLUGINS_VERSION/$p" "$r/opt/cni/bin/"; done
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $ROOTFS_IMAGE
COPY rootfs/ /
# systemd as PID 1 in a container: keep only what a kind node needs
RUN find /lib/systemd/system/sysinit.target.wants/ -name systemd-tmpfiles-setup.service -delete \\
 && rm -f /lib/systemd/system/multi-user.target.wants/* /etc/systemd/system/*.wants/* \\
          /lib/systemd/system/local-fs.target.wants/* /lib/systemd/system/sockets.target.wants/*udev* \\
          /lib/systemd/system/sockets.target.wants/*initctl* /lib/systemd/system/basic.target.wants/* \\
 && echo "ReadKMsg=no" >> /etc/systemd/journald.conf \\
 && ln -sf /lib/systemd/systemd /sbin/init \\
 && systemctl enable kubelet.service containerd.service undo-mount-hacks.service \\
 && systemctl mask systemd-binfmt.service \\
 && mkdir -p /etc/kubernetes/manifests \\
 && ctr oci spec | jq '.hooks.createContainer[.hooks.createContainer|length] |= . + {"path": "/kind/bin/mount-product-files.sh"}' \\
      | jq 'del(.process.rlimits)' > /etc/containerd/cri-base.json \\
 && containerd --version && runc --version && crictl --version
ENV container=docker
STOPSIGNAL SIGRTMIN+3
ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]
DOCKERFILE
  run_logged "$LOG_DIR/node.log" docker build --network none -t "$BASE_IMAGE" "$ctx" || die "node: docker build of the base image failed"
fi

# ---------- node image ----------
image_tars=()
for t in "$IMAGE_CACHE"/*.tar; do image_tars+=("$t"); done
node_hash="$( { docker image inspect -f '{{.Id}}' "$BASE_IMAGE"; sha256sum "$K8S_BIN"/{kubeadm,kubelet,kubectl} "${image_tars[@]}";
  cat "$BOOTSTRAP_DIR/manifests/kindnet.yaml"; } | sha256sum | cut -c1-12)"
NODE_IMAGE="llm-router-e2e/kind-node:$KUBERNETES_VERSION-$node_hash"
if docker image inspect "$NODE_IMAGE" >/dev/null 2>&1; then
  log "node: node image cached as $NODE_IMAGE"
  echo "$NODE_IMAGE"
  exit 0
fi
log "node: assembling $NODE_IMAGE"
ctx="$WORK_DIR/img-kind-node"; rm -rf "$ctx"; mkdir -p "$ctx/rootfs/usr/bin" "$ctx/rootfs/kind/manifests"
r="$ctx/rootfs"
cp "$K8S_BIN"/{kubeadm,kubelet,kubectl} "$r/usr/bin/"
echo "$KUBERNETES_VERSION" >"$r/kind/version"
sed "s#KINDNET_IMAGE#$KINDNET_IMAGE_REF#g" "$BOOTSTRAP_DIR/manifests/kindnet.yaml" >"$r/kind/manifests/default-cni.yaml"
# kind's default storage manifest is a Go string in its module; read it from there, with the image names
# (from the kind release STORAGE_MANIFEST_KIND_VERSION, the same for every minor)
storage_src="$(go mod download -json "sigs.k8s.io/kind@$STORAGE_MANIFEST_KIND_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')"
storage_go="$storage_src/pkg/build/nodeimage/const_storage.go"
grep -q "\"$LOCAL_PATH_PROVISIONER_IMAGE\"" "$storage_go" || die "node: $storage_go does not name $LOCAL_PATH_PROVISIONER_IMAGE"
grep -q "\"$LOCAL_PATH_HELPER_IMAGE\"" "$storage_go" || die "node: $storage_go does not name $LOCAL_PATH_HELPER_IMAGE"
sed -n '/^const defaultStorageManifest = `/,/^`$/p' "$storage_go" | sed '1d;$d' \
  | sed "s#\` + storageProvisionerImage + \`#$LOCAL_PATH_PROVISIONER_IMAGE#g; s#\` + storageHelperImage + \`#$LOCAL_PATH_HELPER_IMAGE#g" \
  >"$r/kind/manifests/default-storage.yaml"
grep -q "kind: StorageClass" "$r/kind/manifests/default-storage.yaml" || die "node: could not extract the default storage manifest"

# preload images: a throwaway containerd (ours, same version as the node's) whose root is the
# node's /var/lib/containerd; content only (--no-unpack), pinned like kind does it
st="$WORK_DIR/ctrd-import"; rm -rf "$st"; mkdir -p "$st" "$r/var/lib/containerd"
cat >"$st/config.toml" <<TOML
version = 2
root = "$r/var/lib/containerd"
state = "$st/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.nri.v1.nri", "io.containerd.cri.v1.images", "io.containerd.cri.v1.runtime"]
[grpc]
  address = "$st/containerd.sock"
[ttrpc]
  address = "$st/containerd.sock.ttrpc"
[debug]
  address = ""
TOML
"$CTRD_BIN/containerd" --config "$st/config.toml" >"$LOG_DIR/ctrd-import.log" 2>&1 &
ctrd_pid=$!
trap 'kill $ctrd_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [[ -S "$st/containerd.sock" ]] && break; sleep 0.2; done
ctr() { "$CTRD_BIN/ctr" --address "$st/containerd.sock" --namespace k8s.io "$@"; }
for t in "${image_tars[@]}"; do
  run_logged "$LOG_DIR/node.log" ctr images import --label=io.cri-containerd.pinned=pinned --all-platforms --no-unpack --digests "$t" \
    || die "node: ctr images import $t failed"
done
ctr images list -q | grep -v '^sha256:' >&2
kill "$ctrd_pid"; wait "$ctrd_pid" 2>/dev/null || true
trap - EXIT

cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $BASE_IMAGE
COPY rootfs/ /
DOCKERFILE
run_logged "$LOG_DIR/node.log" docker build --network none -t "$NODE_IMAGE" "$ctx" || die "node: docker build of the node image failed"
rm -rf "$ctx" "$st"
echo "$NODE_IMAGE"
