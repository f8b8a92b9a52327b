#!/usr/bin/env bash
# Stops exactly what up.sh started (the processes named in .local/pids): services first, then the
# devstack; SIGTERM, then SIGKILL after a grace period.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

GRACE_SECONDS="${GRACE_SECONDS:-20}"

# stop NAME MARKER: MARKER must appear in the process's command line, or the pid is not ours.
stop() {
  local name=$1 marker=$2 pid_file="$PID_DIR/$1.pid" pid waited=0
  if ! pid_alive "$pid_file" "$marker"; then rm -f "$pid_file"; return; fi
  pid="$(cat "$pid_file")"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < GRACE_SECONDS * 5 )); do sleep 0.2; waited=$(( waited + 1 )); done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name did not stop in ${GRACE_SECONDS}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "stopped $name (pid $pid)"
}

# A killed devstack leaves its PostgreSQL (a separate process) running; stop it through its pid file.
stop_orphaned_postgres() {
  local pid_file="$DEVSTACK_DATA_DIR/postgres/postmaster.pid" pid
  [[ -f "$pid_file" ]] || return 0
  pid="$(head -n 1 "$pid_file")"
  if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$DEVSTACK_DATA_DIR/postgres"; then
    kill -TERM "$pid" 2>/dev/null || true
    echo "stopped PostgreSQL left by the devstack (pid $pid)"
  fi
}

services=(portal-sync-service notification-service sla-service processing-service intake-service)
for name in "${services[@]}"; do
  stop "$name" "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" &
done
wait
stop devstack vn.motcua.devstack.DevstackMain
stop_orphaned_postgres
