#!/usr/bin/env bash
# Starts the whole platform locally without Docker: builds what is missing, starts the devstack
# (PostgreSQL 15432, Kafka 19092, SMTP 3025 / IMAP 3143, the portal stub 18090; data kept in .local/devstack) and
# the five services on 8081-8085 (health, metrics, Swagger UI on their management ports 9081-9085: the API port + 1000),
# runs deploy/local/demo-data.sh if present, and prints the URLs.
# Harmless to re-run: whatever is already up is left alone. Stop with deploy/local/down.sh.
# SKIP_BUILD=1 runs the jars as they are (while a module is mid-change and does not build).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# name:port:database; the order is also the order of the summary.
# The ports can be moved (INTAKE_PORT ... NOTIFICATION_PORT, PORTAL_SYNC_PORT) to run a second stack beside another one.
SERVICES=(intake-service:"$INTAKE_PORT":intake processing-service:"$PROCESSING_PORT":processing
  sla-service:"$SLA_PORT":sla notification-service:"$NOTIFICATION_PORT":notification
  portal-sync-service:"$PORTAL_SYNC_PORT":portalsync)
DEVSTACK_JAVA_OPTS="${DEVSTACK_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}"
# Full tiered compilation, not C1 only (-XX:TieredStopAtLevel=1): the demo load verifies an RS256 token per request,
# and C1 has none of the BigInteger (Montgomery) intrinsics, so RSA alone took a quarter of processing's CPU.
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
STARTED_AT=$SECONDS

fail() { echo "up.sh: $*" >&2; exit 1; }

# A build is needed when a jar is missing or a source or pom changed since the last successful build
# by this script (.local/build.stamp). Jar mtimes cannot serve: Maven leaves an up-to-date jar as it is.
BUILD_STAMP="$LOCAL_DIR/build.stamp"

sources_changed() {
  [[ ! -f "$BUILD_STAMP" ]] && return 0
  [[ -n "$(cd "$REPO_ROOT" && find . \( -name target -o -name .git -o -name .local -o -name node_modules \) -prune \
      -o -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$BUILD_STAMP" -print -quit)" ]]
}

build_if_needed() {
  local entry needed=false
  [[ -n "$(devstack_jar)" ]] || needed=true
  for entry in "${SERVICES[@]}"; do [[ -f "$REPO_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || needed=true; done
  sources_changed && needed=true
  $needed || return 0
  if [[ "${SKIP_BUILD:-}" == 1 && -n "$(devstack_jar)" ]]; then echo "SKIP_BUILD=1: using the jars as they are"; return 0; fi
  # Rewriting the jars under running JVMs breaks their class loading, so never build under them.
  local running
  running="$(running_programs)"
  if [[ -n "$running" ]]; then
    echo "Sources changed, but not rebuilding while these run from the jars:$running (down.sh first)."
    return 0
  fi
  echo "Building (./mvnw -B -q install -DskipTests; log: $LOG_DIR/build.log) ..."
  touch "$BUILD_STAMP.next"  # sources edited during the build count as changed next time
  if (cd "$REPO_ROOT" && ./mvnw -B -q install -DskipTests) >"$LOG_DIR/build.log" 2>&1; then
    mv "$BUILD_STAMP.next" "$BUILD_STAMP"
  else
    tail -n 20 "$LOG_DIR/build.log" >&2
    echo "up.sh: the full build failed (see $LOG_DIR/build.log); services without a jar will be skipped." >&2
    [[ -n "$(devstack_jar)" ]] || build_devstack
  fi
}

running_programs() {
  local entry
  pid_alive "$PID_DIR/devstack.pid" vn.motcua.devstack.DevstackMain && echo -n " devstack"
  for entry in "${SERVICES[@]}"; do
    pid_alive "$PID_DIR/${entry%%:*}.pid" "$REPO_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" && echo -n " ${entry%%:*}"
  done
  return 0
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_devstack() {
  local pid_file="$PID_DIR/devstack.pid" ready="$DEVSTACK_DATA_DIR/ready" pid since=$SECONDS
  if pid_alive "$pid_file" vn.motcua.devstack.DevstackMain; then
    echo "devstack already running (pid $(cat "$pid_file"))"; return
  fi
  rm -f "$ready"
  echo "Starting devstack (log: $LOG_DIR/devstack.log) ..."
  # shellcheck disable=SC2086,SC2046
  (cd "$REPO_ROOT" && exec nohup "$JAVA" $DEVSTACK_JAVA_OPTS $(common_java_opts) -cp "$(devstack_classpath)" \
      vn.motcua.devstack.DevstackMain >"$LOG_DIR/devstack.log" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" >"$pid_file"
  # The marker names the launcher's pid, so one left behind by a killed launcher never counts.
  until grep -qs "(pid $pid)" "$ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$LOG_DIR/devstack.log" >&2; rm -f "$pid_file"; fail "devstack did not start (see above)"
    fi
    (( SECONDS - since < READY_TIMEOUT )) || { tail -n 20 "$LOG_DIR/devstack.log" >&2; fail "devstack not ready after ${READY_TIMEOUT}s"; }
    sleep 0.2
  done
}

start_service() {
  local name=$1 port=$2 db=$3 jar="$REPO_ROOT/$1/target/quarkus-app/quarkus-run.jar" pid_file="$PID_DIR/$1.pid"
  if pid_alive "$pid_file" "$jar"; then
    echo "$name already running (pid $(cat "$pid_file")); down.sh && up.sh to run a newer build"; return
  fi
  [[ -f "$jar" ]] || { echo "SKIPPED $name: no $jar (build it first)" >&2; return 1; }
  port_in_use "$port" && fail "port $port (for $name) is already in use by another program; stop it first"
  # shellcheck disable=SC2086,SC2046
  (cd "$REPO_ROOT" && DB_URL="jdbc:postgresql://localhost:${DEVSTACK_PG_PORT:-15432}/$db" DB_USER=postgres DB_PASSWORD=postgres \
      KAFKA_BOOTSTRAP_SERVERS="localhost:${DEVSTACK_KAFKA_PORT:-19092}" SMTP_HOST=localhost SMTP_PORT="${DEVSTACK_SMTP_PORT:-3025}" QUARKUS_MAILER_START_TLS=DISABLED SENT_ARCHIVE_IMAP_PORT="${DEVSTACK_IMAP_PORT:-3143}" \
      JWT_PUBLIC_KEY_LOCATION="$KEYS_DIR/publicKey.pem" QUARKUS_HTTP_PORT="$port" MANAGEMENT_PORT="$(( port + 1000 ))" \
      MOTCUA_SLA_PROCESSING_URL="$PROCESSING_URL" MOTCUA_DASHBOARD_COOKIE_SECURE=false \
      PORTAL_URL="http://localhost:${DEVSTACK_PORTAL_PORT:-18090}/dossiers" PORTAL_AUTHORIZATION="${PORTAL_AUTHORIZATION:-Bearer local-portal-token}" PORTAL_AGENCY_CODE="${PORTAL_AGENCY_CODE:-000.00.00.H56}" \
      MOTCUA_DEMO_LOAD="${MOTCUA_DEMO_LOAD:-true}" MOTCUA_INTAKE_RECEIVED_AT_WINDOW="${MOTCUA_INTAKE_RECEIVED_AT_WINDOW:-P400D}" \
      exec nohup "$JAVA" $SERVICE_JAVA_OPTS $(common_java_opts) -jar "$jar" >"$LOG_DIR/$name.log" 2>&1 </dev/null) &
  echo $! >"$pid_file"
  echo "Starting $name on :$port (log: $LOG_DIR/$name.log) ..."
}

await_service() {
  local name=$1 port=$2 pid_file="$PID_DIR/$1.pid" pid  # all start together: time from SERVICES_STARTED
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  until curl -fsS "http://localhost:$(( port + 1000 ))/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    # kill -0, not pid_alive: until the subshell execs java its command line is still up.sh's.
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 25 "$LOG_DIR/$name.log" >&2; rm -f "$pid_file"; echo "up.sh: $name exited (log above)" >&2; return 1
    fi
    if (( SECONDS - SERVICES_STARTED >= READY_TIMEOUT )); then
      tail -n 25 "$LOG_DIR/$name.log" >&2; echo "up.sh: $name not ready after ${READY_TIMEOUT}s (log above)" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$name ready"
}

mkdir -p "$PID_DIR" "$LOG_DIR" "$KEYS_DIR"
find_java
build_if_needed
start_devstack
sample_token="$("$REPO_ROOT/deploy/local/token.sh" clerk 000.00.00.H56)"  # also creates the key pair
healthy=true
SERVICES_STARTED=$SECONDS
for entry in "${SERVICES[@]}"; do IFS=: read -r name port db <<<"$entry"; start_service "$name" "$port" "$db" || healthy=false; done
for entry in "${SERVICES[@]}"; do IFS=: read -r name port db <<<"$entry"; await_service "$name" "$port" || healthy=false; done

if $healthy && [[ -x "$REPO_ROOT/deploy/local/demo-data.sh" ]]; then
  echo "Loading demo data (deploy/local/demo-data.sh) ..."
  "$REPO_ROOT/deploy/local/demo-data.sh"
fi

echo
echo "Một Cửa local stack (JDK: $JAVA)"
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port db <<<"$entry"
  printf '  %-21s http://localhost:%s   Swagger UI http://localhost:%s/q/swagger-ui   health http://localhost:%s/q/health\n' "$name" "$port" "$(( port + 1000 ))" "$(( port + 1000 ))"
done
echo "  SLA dashboard         $SLA_URL/dashboard  (sign in: paste deploy/local/token.sh operator 000.00.00.H56 into $SLA_URL/dashboard/sign-in)"
echo "  Citizen lookup page   $PROCESSING_URL/tra-cuu"
echo "  PostgreSQL            jdbc:postgresql://localhost:${DEVSTACK_PG_PORT:-15432}/{intake,processing,sla,notification,portalsync}  (postgres/postgres)"
echo "  Portal stub           http://localhost:${DEVSTACK_PORTAL_PORT:-18090}/dossiers  (what portal-sync-service sent)"
echo "  Kafka                 localhost:${DEVSTACK_KAFKA_PORT:-19092}"
echo "  Mailbox (IMAP)        localhost:${DEVSTACK_IMAP_PORT:-3143}  user = the recipient's address, any password; SMTP localhost:${DEVSTACK_SMTP_PORT:-3025}"
echo "  Logs / pids           $LOG_DIR  /  $PID_DIR"
echo
echo "Sample clerk token (deploy/local/token.sh ROLE AGENCY_CODE for others):"
echo "  $sample_token"
echo
echo "Ready in $(( SECONDS - STARTED_AT )) s. Stop with deploy/local/down.sh"
$healthy || { echo "up.sh: some services did not start (see above)" >&2; exit 1; }
