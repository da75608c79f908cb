#!/usr/bin/env bash
# Makes sure a Docker Engine answers `docker info`, installing Debian's docker.io and starting
# dockerd in the background when needed. dockerd runs with runc-capfilter as its default
# runtime so `docker run --privileged` (kind nodes) works on hosts whose capability bounding
# set is smaller than what Docker requests. Idempotent and safe to call concurrently.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# keep the installed runc-capfilter current (new runs of containers pick it up at once)
capfilter="$(capfilter_bin)" || die "docker: building runc-capfilter failed"
if ! cmp -s "$capfilter" /usr/local/bin/runc-capfilter; then
  install -m 0755 "$capfilter" /usr/local/bin/runc-capfilter.new
  mv /usr/local/bin/runc-capfilter.new /usr/local/bin/runc-capfilter
fi

# fast path without the lock: the engine is up
if docker info >/dev/null 2>&1; then
  log "docker: engine already running ($(docker info --format '{{.ServerVersion}}, default runtime {{.DefaultRuntime}}'))"
  exit 0
fi

LOCK=/var/lock/llm-router-e2e-docker-start.lock
exec 9>"$LOCK"
flock 9

if docker info >/dev/null 2>&1; then
  log "docker: engine already running ($(docker info --format '{{.ServerVersion}}, default runtime {{.DefaultRuntime}}'))"
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "docker: installing Debian docker.io"
  run_logged "$LOG_DIR/apt.log" apt-get update || die "docker: apt-get update failed"
  DEBIAN_FRONTEND=noninteractive run_logged "$LOG_DIR/apt.log" apt-get install -y --no-install-recommends docker.io \
    || die "docker: apt-get install docker.io failed"
fi

# register it as the default runtime, keeping whatever else daemon.json says
mkdir -p /etc/docker
node -e '
  const fs = require("fs"); const f = "/etc/docker/daemon.json";
  const cfg = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8") || "{}") : {};
  cfg.runtimes = { ...(cfg.runtimes || {}), capfilter: { path: "/usr/local/bin/runc-capfilter" } };
  cfg["default-runtime"] = "capfilter";
  fs.writeFileSync(f, JSON.stringify(cfg, null, 2) + "\n");
'

if ! pgrep -x dockerd >/dev/null 2>&1; then
  log "docker: starting dockerd (log: $LOG_DIR/dockerd.log)"
  # setsid + nohup: dockerd must outlive this script and the calling shell
  # fd 9 (the lock) closed: dockerd must not hold it for its whole life
  setsid nohup dockerd >>"$LOG_DIR/dockerd.log" 2>&1 </dev/null 9>&- &
fi
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    log "docker: ready ($(docker info --format '{{.ServerVersion}}, default runtime {{.DefaultRuntime}}'))"
    exit 0
  fi
  sleep 1
done
tail -n 20 "$LOG_DIR/dockerd.log" >&2
die "docker: dockerd did not answer within 60 s (log: $LOG_DIR/dockerd.log)"
