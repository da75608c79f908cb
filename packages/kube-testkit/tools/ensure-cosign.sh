#!/usr/bin/env bash
# Sigstore's cosign (signs and verifies the chart's OCI artifact), built from the Go module proxy
# once per version; prints its path. The version is pinned here and nowhere else.
set -euo pipefail
COSIGN_VERSION=v3.1.3
exec bash "$(dirname "$0")/go-tool.sh" cosign github.com/sigstore/cosign/v3 "$COSIGN_VERSION" github.com/sigstore/cosign/v3/cmd/cosign \
  "-X sigs.k8s.io/release-utils/version.gitVersion=$COSIGN_VERSION"
