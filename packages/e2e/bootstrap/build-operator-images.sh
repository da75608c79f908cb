#!/usr/bin/env bash
# Builds the images of the operators the monitoring e2e hands our chart's objects to (issue 20):
# Prometheus, prometheus-operator (+ its config reloader), metrics-server and KEDA (operator +
# metrics adapter), each FROM scratch around the static binary build-go.sh made, and writes
# $CACHE_ROOT/operators.env (image refs, and the module dirs the CRDs are read from) for the tests.
# Skips an image whose inputs (binary, Dockerfile) carry the same hash as the tagged image.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for c in prometheus-operator metrics-server prometheus keda; do
  "$BOOTSTRAP_DIR/build-go.sh" "$c" || die "operators: go build $c failed"
done

REPO=llm-router-e2e
# operator_image <name> <tag> <binary...>: an image with the binaries in /bin, first one the entry point
operator_image() {
  local name="$1" tag="$2"; shift 2
  local ctx="$WORK_DIR/img-op-$name" ref="$REPO/$name:$tag" b
  rm -rf "$ctx"; mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/tmp"
  chmod 1777 "$ctx/rootfs/tmp"
  for b in "$@"; do cp "$b" "$ctx/rootfs/bin/"; done
  {
    echo "FROM scratch"
    echo "COPY rootfs/ /"
    echo "USER 65534:65534"
    echo "ENTRYPOINT [\"/bin/$(basename "$1")\"]"
  } >"$ctx/Dockerfile"
  local inputs; inputs="$(cd "$ctx" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
  if [[ "$(docker image inspect -f '{{index .Config.Labels "llm-router-e2e.inputs"}}' "$ref" 2>/dev/null)" == "$inputs" ]]; then
    log "operators: $ref cached"
  else
    echo "LABEL llm-router-e2e.inputs=$inputs" >>"$ctx/Dockerfile"
    log "operators: building $ref"
    run_logged "$LOG_DIR/operator-images.log" docker build --network none -t "$ref" "$ctx" || die "operators: docker build $ref failed"
  fi
  echo "$ref"
}

bin_of() { echo "$BIN_CACHE/$1-$2/$3"; }
module_dir() { go mod download -json "$1" | sed -n 's/.*"Dir": "\(.*\)",/\1/p'; }

# Prometheus 3.x is module v0.3xx.y: v0.316.0 is v3.16.0
PROM_TAG="v3.$(echo "$PROMETHEUS_MODULE_VERSION" | sed 's/^v0\.3\([0-9]*\)\.\([0-9]*\)$/\1.\2/')"
prometheus=$(operator_image prometheus "$PROM_TAG" "$(bin_of prometheus "$PROMETHEUS_MODULE_VERSION" prometheus)")
operator=$(operator_image prometheus-operator "$PROMETHEUS_OPERATOR_VERSION" "$(bin_of prometheus-operator "$PROMETHEUS_OPERATOR_VERSION" operator)")
reloader=$(operator_image prometheus-config-reloader "$PROMETHEUS_OPERATOR_VERSION" "$(bin_of prometheus-operator "$PROMETHEUS_OPERATOR_VERSION" prometheus-config-reloader)")
metrics_server=$(operator_image metrics-server "$METRICS_SERVER_VERSION" "$(bin_of metrics-server "$METRICS_SERVER_VERSION" metrics-server)")
keda=$(operator_image keda "$KEDA_VERSION" "$(bin_of keda "$KEDA_VERSION" operator)")
keda_adapter=$(operator_image keda-adapter "$KEDA_VERSION" "$(bin_of keda "$KEDA_VERSION" adapter)")

cat >"$CACHE_ROOT/operators.env.tmp" <<ENV
PROMETHEUS_IMAGE=$prometheus
PROMETHEUS_VERSION=$PROM_TAG
PROMETHEUS_OPERATOR_IMAGE=$operator
PROMETHEUS_CONFIG_RELOADER_IMAGE=$reloader
PROMETHEUS_OPERATOR_MODULE_DIR=$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION")
METRICS_SERVER_IMAGE=$metrics_server
KEDA_IMAGE=$keda
KEDA_ADAPTER_IMAGE=$keda_adapter
KEDA_VERSION=$KEDA_VERSION
KEDA_MODULE_DIR=$(module_dir "github.com/kedacore/keda/v2@$KEDA_VERSION")
ENV
mv "$CACHE_ROOT/operators.env.tmp" "$CACHE_ROOT/operators.env"
log "operators: images ready, $CACHE_ROOT/operators.env"
