#!/usr/bin/env bash
# yamllint and yamale from PyPI, the two Python programs chart-testing's `ct lint` runs (it looks
# them up on PATH), in a virtualenv made once per version pair; prints the venv's bin directory.
# The versions are pinned here and nowhere else.
set -euo pipefail
YAMLLINT_VERSION=1.38.0
YAMALE_VERSION=6.1.0

cache_root="${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}"
venv="$cache_root/python/yaml-linters-$YAMLLINT_VERSION-$YAMALE_VERSION"
if [[ -f "$venv/.done" ]]; then
  echo "$venv/bin"
  exit 0
fi
mkdir -p "$cache_root/python"
exec 9>"$venv.lock"
flock 9
if [[ ! -f "$venv/.done" ]]; then
  rm -rf "$venv"
  echo "yaml-linters: installing yamllint $YAMLLINT_VERSION and yamale $YAMALE_VERSION from PyPI" >&2
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "yamllint==$YAMLLINT_VERSION" "yamale==$YAMALE_VERSION" >&2
  "$venv/bin/yamllint" --version >&2
  touch "$venv/.done"
fi
echo "$venv/bin"
