#!/usr/bin/env bash
# What the tests need beyond `npm ci`, checked and (with --install, as root) installed:
#   node >= 20.19, go >= 1.24 (Kubernetes schemas and kind toolchain come from the Go module proxy),
#   docker-registry (the local OCI registry of the publish tests and the e2e), python3 with venv
#   (the real Triton Inference Server is installed from PyPI), curl, unzip, and gnupg (gpg signs the
#   chart's provenance; the signing tests make throw-away keys).
# Go is taken from the Go module proxy (golang.org/toolchain) when missing: no other download site.
# Usage: bash scripts/prerequisites.sh [--install]     exit 0 when everything is there, 1 otherwise
set -uo pipefail

GO_VERSION=1.26.8
GO_MIN_MINOR=24
TOOLS_DIR=${LLM_ROUTER_TOOLS_DIR:-/opt/llm-router-tools}
install=0
[[ "${1:-}" == --install ]] && install=1

missing=()
report() { printf '  %-16s %s\n' "$1" "$2"; }

apt_install() {
  [[ $install == 1 ]] || return 1
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } >/dev/null 2>&1
}

go_minor() { go version 2>/dev/null | sed -n 's/.*go1\.\([0-9]*\).*/\1/p'; }
install_go() {
  local zip url dest="$TOOLS_DIR/go-$GO_VERSION"
  if [[ ! -x "$dest/bin/go" ]]; then
    url="${GOPROXY_BASE:-https://proxy.golang.org}/golang.org/toolchain/@v/v0.0.1-go$GO_VERSION.linux-amd64.zip"
    zip=$(mktemp --suffix=.zip)
    curl -fsSL -o "$zip" "$url" || return 1
    rm -rf "$dest.tmp" && mkdir -p "$dest.tmp" && unzip -q "$zip" -d "$dest.tmp" || return 1
    rm -f "$zip"
    mv "$dest.tmp/golang.org/toolchain@v0.0.1-go$GO_VERSION.linux-amd64" "$dest" && rm -rf "$dest.tmp"
    chmod +x "$dest"/bin/* "$dest"/pkg/tool/*/* 2>/dev/null
  fi
  ln -sf "$dest/bin/go" /usr/local/bin/go && ln -sf "$dest/bin/gofmt" /usr/local/bin/gofmt
}

echo "prerequisites:"
node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number); console.log(a>20||(a==20&&b>=19)?1:0)' 2>/dev/null)
if [[ "$node_ok" == 1 ]]; then report node "ok ($(node --version))"; else report node "MISSING: Node.js >= 20.19 (install it first: it runs npm)"; missing+=(node); fi

for tool in curl unzip; do
  if command -v "$tool" >/dev/null || apt_install "$tool"; then report "$tool" ok; else report "$tool" "MISSING: apt-get install $tool"; missing+=("$tool"); fi
done

if command -v gpg >/dev/null || apt_install gnupg; then report gpg "ok ($(gpg --version | head -1))"; else
  report gpg "MISSING: apt-get install gnupg (signs the chart provenance)"; missing+=(gnupg); fi

minor=$(go_minor)
if [[ -z "$minor" || "$minor" -lt $GO_MIN_MINOR ]] && [[ $install == 1 ]]; then install_go; minor=$(go_minor); fi
if [[ -n "$minor" && "$minor" -ge $GO_MIN_MINOR ]]; then report go "ok ($(go version | awk '{print $3}'))"; else
  report go "MISSING: go >= 1.$GO_MIN_MINOR (--install fetches go$GO_VERSION from the Go module proxy)"; missing+=(go); fi

if command -v docker-registry >/dev/null || [[ -x /usr/bin/docker-registry ]] || apt_install docker-registry; then report docker-registry ok; else
  report docker-registry "MISSING: apt-get install docker-registry (local OCI registry for the publish tests and the e2e)"; missing+=(docker-registry); fi

if python3 -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 8) else 1)' 2>/dev/null || { apt_install python3 python3-venv && python3 -c 'import venv'; } 2>/dev/null; then
  report python3 "ok ($(python3 --version 2>&1))"; else report python3 "MISSING: python3 >= 3.8 with venv (the real Triton server comes from PyPI)"; missing+=(python3); fi

if ((${#missing[@]})); then
  echo "missing: ${missing[*]}$([[ $install == 1 ]] || echo ' (run: bash scripts/prerequisites.sh --install, as root)')"
  exit 1
fi
echo "all prerequisites present"
