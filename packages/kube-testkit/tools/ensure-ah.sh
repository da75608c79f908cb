#!/usr/bin/env bash
# Artifact Hub's `ah` CLI (`ah lint` checks the chart's artifacthub.io annotations), built from the
# Go module proxy once per version; prints its path. The version is pinned here and nowhere else.
set -euo pipefail
AH_VERSION=v1.21.0
exec bash "$(dirname "$0")/go-tool.sh" ah github.com/artifacthub/hub "$AH_VERSION" github.com/artifacthub/hub/cmd/ah
