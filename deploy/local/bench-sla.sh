#!/usr/bin/env bash
# The sla-service benchmark of issue 6: 10 million closed + 1 million open dossiers, statistics p50/p99 through REST,
# the scanner's time per pass and the Kafka ingestion rate (sla-service/src/test/java/vn/motcua/sla/SlaBenchmark.java).
# Runs on its own devstack (ports 35432/39092/39093/5025/5143, data in .local/bench-devstack, ~10 GB) so that the
# local platform's data is untouched; the loaded dossiers are kept, so a second run measures without loading again.
#   BENCH_HISTORICAL (10000000)  BENCH_OPEN (1000000)  BENCH_INGEST (25000 dossiers × 4 events)
#   BENCH_STATS=false skips the statistics queries, BENCH_FINE=false the fine-grain ones among them
# Stop its devstack afterwards with: deploy/local/bench-sla.sh stop
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export DEVSTACK_DATA_DIR="$LOCAL_DIR/bench-devstack" DEVSTACK_PG_PORT=35432 DEVSTACK_KAFKA_PORT=39092 \
  DEVSTACK_KAFKA_CONTROLLER_PORT=39093 DEVSTACK_SMTP_PORT=5025 DEVSTACK_IMAP_PORT=5143 DEVSTACK_PORTAL_PORT=38090
find_java
PID_FILE="$PID_DIR/bench-devstack.pid"
mkdir -p "$PID_DIR" "$LOG_DIR"

if [[ "${1:-}" == stop ]]; then
  if [[ -f "$PID_FILE" ]] && kill "$(cat "$PID_FILE")" 2>/dev/null; then echo "bench devstack stopped"; fi
  rm -f "$PID_FILE"; exit 0
fi

[[ -n "$(devstack_jar)" ]] || build_devstack
mkdir -p "$DEVSTACK_DATA_DIR"
if ! { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }; then
  rm -f "$DEVSTACK_DATA_DIR/ready"
  # shellcheck disable=SC2046
  (cd "$REPO_ROOT" && exec nohup "$JAVA" -Xmx512m $(common_java_opts) -cp "$(devstack_classpath)" \
      vn.motcua.devstack.DevstackMain >"$LOG_DIR/bench-devstack.log" 2>&1 </dev/null) &
  echo $! >"$PID_FILE"
  until grep -qs "(pid $(cat "$PID_FILE"))" "$DEVSTACK_DATA_DIR/ready"; do
    kill -0 "$(cat "$PID_FILE")" 2>/dev/null || { tail -n 20 "$LOG_DIR/bench-devstack.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "bench devstack ready (log: $LOG_DIR/bench-devstack.log)"
fi

cd "$REPO_ROOT"
echo "Benchmark running (log: $LOG_DIR/bench-sla.log) ..."
TEST_DB_URL="jdbc:postgresql://localhost:$DEVSTACK_PG_PORT/" TEST_KAFKA_BOOTSTRAP_SERVERS="localhost:$DEVSTACK_KAFKA_PORT" \
TEST_SMTP_HOST=localhost TEST_SMTP_PORT="$DEVSTACK_SMTP_PORT" \
  ./mvnw -B -pl sla-service -am verify -Dtest=SlaBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmotcua.bench=true -Dbench.historical="${BENCH_HISTORICAL:-10000000}" -Dbench.open="${BENCH_OPEN:-1000000}" \
    -Dbench.ingest="${BENCH_INGEST:-25000}" -Dbench.scanner.steady="${BENCH_SCANNER_STEADY:-false}" -Dbench.fine="${BENCH_FINE:-true}" \
    -Dbench.stats="${BENCH_STATS:-true}" >"$LOG_DIR/bench-sla.log" 2>&1 &
MVN=$!
tail -n +1 -f "$LOG_DIR/bench-sla.log" --pid=$MVN | grep --line-buffered -a "^BENCH" || true
wait $MVN || { tail -n 40 "$LOG_DIR/bench-sla.log" >&2; exit 1; }
