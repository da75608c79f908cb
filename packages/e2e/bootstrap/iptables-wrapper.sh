#!/bin/sh
# Installed as iptables{,-save,-restore} and ip6tables{,...} in the kube-proxy image.
# On first use it picks the backend (legacy or nft) the node already uses, the one with more
# rules, points the Debian alternatives at it (which replaces this wrapper), then re-runs the call.
legacy=$( (iptables-legacy-save; ip6tables-legacy-save) 2>/dev/null | grep -c '^-')
nft=$( (iptables-nft-save; ip6tables-nft-save) 2>/dev/null | grep -c '^-')
if [ "${legacy:-0}" -gt "${nft:-0}" ]; then mode=legacy; else mode=nft; fi
update-alternatives --set iptables "/usr/sbin/iptables-$mode" >/dev/null || exit 1
update-alternatives --set ip6tables "/usr/sbin/ip6tables-$mode" >/dev/null || exit 1
exec "$0" "$@"
