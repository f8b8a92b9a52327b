#!/usr/bin/env bash
# The image proof of issue 15, run by .ci/run after ./mvnw verify: builds the four images (build.sh), starts a private
# devstack (PostgreSQL 25432, Kafka 29092, SMTP 4025 / IMAP 4143; data in .local/prove, wiped each run), runs the
# images with podman -- intake and notification once, processing and sla twice each, read-only root file system,
# uid 185 -- and runs deploy/local/try-it.sh against them; then checks what two instances must get right: the second
# instance of each serves the same dossier, the citizen got exactly one apology, and processing survives losing one
# instance. Cleans up what it started (its containers by name, its devstack by pid). ~2 min here once the base
# image exists (base.sh: 1-4 min more on a new machine).
#   SKIP_BUILD=1 uses the jars as they are; PODMAN_RUNTIME (runc: crun refuses this machine's cgroups)
#   PROVE_READY_TIMEOUT (300 s) for the six JVMs to report ready on two cores.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"

PROVE_DIR="$LOCAL_DIR/prove"
export DEVSTACK_DATA_DIR="$PROVE_DIR/devstack" DEVSTACK_KEYS_DIR="$PROVE_DIR/keys"
export DEVSTACK_PG_PORT=25432 DEVSTACK_KAFKA_PORT=29092 DEVSTACK_KAFKA_CONTROLLER_PORT=29093 \
  DEVSTACK_SMTP_PORT=4025 DEVSTACK_IMAP_PORT=4143 DEVSTACK_PORTAL_PORT=28090
IMAGE_PREFIX="${IMAGE_PREFIX:-localhost/motcua}"
RUNTIME="${PODMAN_RUNTIME:-runc}"
READY_TIMEOUT="${PROVE_READY_TIMEOUT:-300}"
NAME=motcua-prove
# container:service:port:database
CONTAINERS=(intake:intake-service:28081:intake processing-1:processing-service:28082:processing
  processing-2:processing-service:28182:processing sla-1:sla-service:28083:sla sla-2:sla-service:28183:sla
  notification:notification-service:28084:notification)
export INTAKE_URL=http://127.0.0.1:28081 PROCESSING_URL=http://127.0.0.1:28082 SLA_URL=http://127.0.0.1:28083
export IMAP_URL="imap://127.0.0.1:$DEVSTACK_IMAP_PORT"
PROCESSING_2=http://127.0.0.1:28182 SLA_2=http://127.0.0.1:28183

passed=0 failed=0
pass() { echo "PASS  $*"; passed=$(( passed + 1 )); }
fail() { echo "FAIL  $*" >&2; failed=$(( failed + 1 )); }
phase() { echo "prove.sh: $* ($(( SECONDS - STARTED )) s)"; }
STARTED=$SECONDS
DEVSTACK_PID=""

cleanup() {
  local entry
  for entry in "${CONTAINERS[@]}"; do
    podman rm -f -t 10 "$NAME-${entry%%:*}" >/dev/null 2>&1 || true
  done
  if [[ -n "$DEVSTACK_PID" ]] && kill -0 "$DEVSTACK_PID" 2>/dev/null; then
    kill -TERM "$DEVSTACK_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$DEVSTACK_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$DEVSTACK_PID" 2>/dev/null || true
    rm -rf "$DEVSTACK_DATA_DIR"  # the databases and Kafka logs of this run (the logs in .local/logs stay)
  fi
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# each container's management interface (health, metrics) is on its API port + 1000
for port in 25432 29092 29093 4025 4143 28081 28082 28182 28083 28183 28084 29081 29082 29182 29083 29183 29084; do
  port_in_use "$port" && { echo "prove.sh: port $port is in use (another prove.sh?); stop it first" >&2; exit 1; }
done
for tool in podman curl; do command -v "$tool" >/dev/null || { echo "prove.sh: $tool is missing" >&2; exit 1; }; done

find_java
mkdir -p "$LOG_DIR"
"$REPO_ROOT/deploy/images/build.sh"
IMAGE_TAG="${IMAGE_TAG:-$(sed -n '/<artifactId>motcua-parent<\/artifactId>/,/<\/version>/ s:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1)}"
phase "images built"

# The devstack, as deploy/local/up.sh starts it, on its own ports and data.
if [[ -z "$(devstack_jar)" || ! -d "$REPO_ROOT/devstack/target/lib" ]]; then
  (cd "$REPO_ROOT" && ./mvnw -B -q -ntp package -DskipTests -pl devstack -am) >"$LOG_DIR/prove-build-devstack.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/prove-build-devstack.log" >&2; exit 1; }
fi
rm -rf "$DEVSTACK_DATA_DIR"
mkdir -p "$DEVSTACK_DATA_DIR" "$DEVSTACK_KEYS_DIR"
# shellcheck disable=SC2046
(cd "$REPO_ROOT" && exec "$JAVA" -Xmx512m -XX:+UseSerialGC $(common_java_opts) -cp "$(devstack_classpath)" \
    vn.motcua.devstack.DevstackMain >"$LOG_DIR/prove-devstack.log" 2>&1 </dev/null) &
DEVSTACK_PID=$!
until grep -qs "(pid $DEVSTACK_PID)" "$DEVSTACK_DATA_DIR/ready"; do
  kill -0 "$DEVSTACK_PID" 2>/dev/null || { tail -n 20 "$LOG_DIR/prove-devstack.log" >&2; echo "prove.sh: devstack died" >&2; exit 1; }
  sleep 0.5
done
"$REPO_ROOT/deploy/local/token.sh" admin 000.00.00.H56 >/dev/null  # creates the key pair
phase "devstack ready"

for entry in "${CONTAINERS[@]}"; do
  IFS=: read -r container service port db <<<"$entry"
  podman rm -f "$NAME-$container" >/dev/null 2>&1 || true
  # Only environment variables configure the image; the public key is the one file it is given.
  podman run -d --name "$NAME-$container" --runtime "$RUNTIME" --network host --read-only \
    --ulimit nofile=16384:16384 --ulimit nproc=8192:8192 \
    -v "$DEVSTACK_KEYS_DIR/publicKey.pem:/etc/motcua/jwt/publicKey.pem:ro" \
    -e QUARKUS_HTTP_PORT="$port" -e MANAGEMENT_PORT="$(( port + 1000 ))" \
    -e DB_URL="jdbc:postgresql://127.0.0.1:$DEVSTACK_PG_PORT/$db" -e DB_USER=postgres -e DB_PASSWORD=postgres \
    -e KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$DEVSTACK_KAFKA_PORT" \
    -e SMTP_HOST=127.0.0.1 -e SMTP_PORT="$DEVSTACK_SMTP_PORT" -e QUARKUS_MAILER_START_TLS=DISABLED -e SENT_ARCHIVE_IMAP_HOST=127.0.0.1 -e SENT_ARCHIVE_IMAP_PORT="$DEVSTACK_IMAP_PORT" \
    -e JWT_PUBLIC_KEY_LOCATION=/etc/motcua/jwt/publicKey.pem -e JWT_ISSUER="$JWT_ISSUER" \
    -e MOTCUA_DEMO_LOAD=true -e MOTCUA_SLA_PROCESSING_URL="$PROCESSING_URL" \
    -e JDK_JAVA_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    "$IMAGE_PREFIX/$service:$IMAGE_TAG" >/dev/null
done
phase "six containers started"

ready_all=true
ready_started=$SECONDS
for entry in "${CONTAINERS[@]}"; do
  IFS=: read -r container service port db <<<"$entry"
  until curl -fsS "http://127.0.0.1:$(( port + 1000 ))/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    state="$(podman inspect -f '{{.State.Status}}' "$NAME-$container" 2>/dev/null || echo gone)"
    if [[ "$state" != running ]] || (( SECONDS - ready_started > READY_TIMEOUT )); then break; fi
    sleep 1
  done
  if curl -fsS "http://127.0.0.1:$(( port + 1000 ))/q/health/ready" 2>/dev/null | grep -q '"UP"'; then
    pid="$(podman inspect -f '{{.State.Pid}}' "$NAME-$container")"
    uid="$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")"
    if [[ "$uid" == 185 ]]; then pass "$container ($service) ready on :$(( port + 1000 )) (management), running as uid $uid"
    else fail "$container runs as uid $uid, not 185"; fi
  else
    fail "$container ($service) not ready on :$port"; ready_all=false
    podman logs --tail 30 "$NAME-$container" >&2 || true
  fi
done
phase "health checked"
# compose.yaml's healthcheck works inside the image (bash's /dev/tcp: the image has no curl).
if podman exec "$NAME-intake" bash -c "exec 3<>/dev/tcp/127.0.0.1/29081 && printf 'GET /q/health/ready HTTP/1.0\r\n\r\n' >&3 && grep -q UP <&3"; then
  pass "the compose healthcheck command answers inside the intake image"
else fail "the compose healthcheck command fails inside the intake image"; fi
# The public port serves the API only: health, metrics and the OpenAPI document are on the management port.
public_q="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:28081/q/metrics")"
if [[ "$public_q" == 404 ]]; then pass "the public port has no /q (GET :28081/q/metrics answers 404)"
else fail "GET :28081/q/metrics on the public port answers $public_q, not 404"; fi

if $ready_all; then
  if (cd "$REPO_ROOT" && deploy/local/try-it.sh) >"$LOG_DIR/prove-try-it.log" 2>&1; then
    cat "$LOG_DIR/prove-try-it.log"
    pass "deploy/local/try-it.sh against the images"
  else
    cat "$LOG_DIR/prove-try-it.log" >&2; fail "deploy/local/try-it.sh against the images"
  fi
  phase "try-it done"
  CODE="$(sed -n 's/^Received \([^ ]*\),.*/\1/p' "$LOG_DIR/prove-try-it.log")"
  if [[ -n "$CODE" ]]; then
    OFFICER="$("$REPO_ROOT/deploy/local/token.sh" officer 000.03.30.H56)"
    OPERATOR="$("$REPO_ROOT/deploy/local/token.sh" operator 000.00.00.H56)"
    if curl -fsS "$PROCESSING_2/api/v1/dossiers/$CODE" -H "Authorization: Bearer $OFFICER" | grep -q "$CODE"; then
      pass "processing-2 serves $CODE"; else fail "processing-2 does not serve $CODE"; fi
    if curl -fsS "$SLA_2/api/v1/deadlines/$CODE" -H "Authorization: Bearer $OPERATOR" | grep -q "$CODE"; then
      pass "sla-2 serves the deadline of $CODE"; else fail "sla-2 does not serve the deadline of $CODE"; fi
    # Both sla scanners ran over the missed appointment for a while: still exactly one apology in the mailbox.
    sleep 10
    email="$(sed -n 's/^To: *//p' "$REPO_ROOT/apology.eml" | tr -d '\r<>' | awk '{ print $NF }' | head -n 1)"
    count="$(curl -fsS "$IMAP_URL/INBOX" -u "$email:x" -X 'SEARCH ALL' | tr -d '\r' | sed -n 's/^\* SEARCH//p' | wc -w)"
    if [[ "$count" == 1 ]]; then pass "exactly one apology to $email with two sla and two processing instances"
    else fail "$count apologies to '$email' (expected 1)"; fi
    podman stop -t 10 "$NAME-processing-1" >/dev/null
    # the citizen's lookup PIN, as printed on the slip try-it.sh saved (never in its output)
    PIN="$(sed -n 's/.*class="pin">\([^<]*\)<.*/\1/p' "$REPO_ROOT/receipt.html" | head -n 1)"
    if curl -fsS "$PROCESSING_2/public/v1/dossiers/$CODE?pin=$PIN" | grep -q APOLOGY; then
      pass "with processing-1 stopped, processing-2 answers the citizen's lookup"
    else fail "with processing-1 stopped, processing-2 does not answer the lookup"; fi
  else
    fail "no dossier code in try-it's output"
  fi
fi

echo "prove.sh: images $IMAGE_PREFIX/*:$IMAGE_TAG under podman ($RUNTIME) in $(( SECONDS - STARTED )) s"
echo "$passed passed, $failed failed"
(( failed == 0 ))
