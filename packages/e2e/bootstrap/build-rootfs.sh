#!/usr/bin/env bash
# Debian bookworm minbase rootfs with the packages a kind node needs (the list kind's
# images/base installs, plus ipset for the NetworkPolicy engine), imported into Docker as $ROOTFS_IMAGE. Skipped when the image exists.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACKAGES="systemd,dbus,conntrack,iptables,nftables,iproute2,ethtool,util-linux,mount,kmod,libseccomp2,pigz,fuse-overlayfs,ipset,bash,ca-certificates,curl,jq,procps"
tag="$(printf '%s %s %s' "$DEBIAN_SUITE" "$DEBIAN_MIRROR" "$PACKAGES" | sha256sum | cut -c1-12)"
ROOTFS_IMAGE="llm-router-e2e/bookworm-rootfs:$tag"

if docker image inspect "$ROOTFS_IMAGE" >/dev/null 2>&1; then
  log "rootfs: cached as $ROOTFS_IMAGE"
  echo "$ROOTFS_IMAGE"
  exit 0
fi
dir="$WORK_DIR/rootfs-$tag"
rm -rf "$dir"
logfile="$LOG_DIR/debootstrap.log"; : >"$logfile"
log "rootfs: debootstrap $DEBIAN_SUITE minbase (log: $logfile)"
run_logged "$logfile" debootstrap --variant=minbase --include="$PACKAGES" "$DEBIAN_SUITE" "$dir" "$DEBIAN_MIRROR" \
  || die "rootfs: debootstrap failed"
# apt caches and logs are not part of an image
rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/var/log/*.log
log "rootfs: importing into Docker as $ROOTFS_IMAGE"
tar -C "$dir" --numeric-owner -c . | docker import - "$ROOTFS_IMAGE" >/dev/null || die "rootfs: docker import failed"
rm -rf "$dir"
echo "$ROOTFS_IMAGE"
