#!/usr/bin/env bash
# Issue 19's figures in ONE run against the local platform (starts it with up.sh if it is down; no demo history then
# unless DEMO_DOSSIERS is set): the database ceiling, receipts through REST at open-loop steps with p50/p95/p99, CPU ms
# per receipt per process, receipt -> applied by sla, missed appointment -> apology mail, stack start time and
# memory, and the ratio sustained rate / ceiling (bench module, vn.motcua.bench.ReceiptsRun; see bench/README.md).
#   BENCH_QUICK=1            a short try-out (100,250,500/s for 5 s, 20 apologies)
#   BENCH_RATES (250,500,1000,1500)  BENCH_STEP_SECONDS (20)  BENCH_TOP_SECONDS (60, the last step)
#   BENCH_DB_SECONDS (15)  BENCH_DB_THREADS (8,16)  BENCH_APOLOGIES (200)  BENCH_SLA_SAMPLES_PER_SECOND (2)
#   BENCH_RESTART=1          stop the stack first (down.sh) so that its start time is measured
#   BENCH_JFR=1              restart the services with a JFR recording; the .jfr files and their top frames are printed
# The figures are also written to .local/bench/receipts-<time>.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OUT_DIR="$LOCAL_DIR/bench"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$OUT_DIR/receipts-$STAMP.txt"
SERVICES=(intake-service:"$INTAKE_PORT" processing-service:"$PROCESSING_PORT" sla-service:"$SLA_PORT"
  notification-service:"$NOTIFICATION_PORT" portal-sync-service:"$PORTAL_SYNC_PORT")
mkdir -p "$OUT_DIR" "$LOG_DIR"
find_java

all_ready() {
  local entry
  for entry in "${SERVICES[@]}"; do
    curl -fsS "http://localhost:$(( ${entry#*:} + 1000 ))/q/health/ready" 2>/dev/null | grep -q '"UP"' || return 1
  done
}

any_running() {
  local entry
  pid_alive "$PID_DIR/devstack.pid" vn.motcua.devstack.DevstackMain && return 0
  for entry in "${SERVICES[@]}"; do
    pid_alive "$PID_DIR/${entry%%:*}.pid" "$REPO_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" && return 0
  done
  return 1
}

# True when every service runs with the recording BENCH_JFR starts (a stack started by an earlier BENCH_JFR=1 run).
all_recording() {
  local entry
  for entry in "${SERVICES[@]}"; do
    [[ -f "$PID_DIR/${entry%%:*}.pid" ]] && tr '\0' ' ' <"/proc/$(cat "$PID_DIR/${entry%%:*}.pid")/cmdline" 2>/dev/null |
      grep -qF "StartFlightRecording=name=bench" || return 1
  done
}

if { [[ "${BENCH_RESTART:-}" == 1 ]] || { [[ "${BENCH_JFR:-}" == 1 ]] && ! all_recording; }; } && any_running; then
  echo "Stopping the running stack first (BENCH_JFR / BENCH_RESTART) ..."
  "$REPO_ROOT/deploy/local/down.sh"
fi
JFR_DIR="$OUT_DIR/jfr-$STAMP"

start_line="stack start: not measured (it was already up; BENCH_RESTART=1 measures it)"
if ! all_ready; then
  if [[ "${BENCH_JFR:-}" == 1 ]]; then
    export SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -XX:StartFlightRecording=name=bench,settings=profile"
  fi
  echo "Starting the platform (deploy/local/up.sh; log: $LOG_DIR/bench-up.log) ..."
  started="$(date +%s.%N)"
  DEMO_DOSSIERS="${DEMO_DOSSIERS:-0}" "$REPO_ROOT/deploy/local/up.sh" >"$LOG_DIR/bench-up.log" 2>&1 &
  up_pid=$!
  until all_ready; do
    kill -0 "$up_pid" 2>/dev/null || { wait "$up_pid" || true; all_ready && break; tail -n 30 "$LOG_DIR/bench-up.log" >&2; exit 1; }
    sleep 0.2
  done
  ready="$(date +%s.%N)"
  wait "$up_pid" || { tail -n 30 "$LOG_DIR/bench-up.log" >&2; exit 1; }
  start_line="$(awk -v a="$started" -v b="$ready" 'BEGIN { printf "stack start: %.1f s from up.sh to all five /q/health/ready UP", b - a }')"
  grep -q "^Building" "$LOG_DIR/bench-up.log" && start_line="$start_line (a build included)"
fi

bench_jar() { compgen -G "$REPO_ROOT/bench/target/bench-*.jar" | grep -v -e '-sources' -e '-tests' | head -n 1 || true; }
if [[ -z "$(bench_jar)" || ! -d "$REPO_ROOT/bench/target/lib" ]]; then
  echo "Building bench (log: $LOG_DIR/build-bench.log) ..."
  (cd "$REPO_ROOT" && ./mvnw -B -ntp -q -pl bench -am package -DskipTests) >"$LOG_DIR/build-bench.log" 2>&1 ||
    { tail -n 20 "$LOG_DIR/build-bench.log" >&2; exit 1; }
fi

echo "Benchmark running (figures also in $REPORT) ..."
# shellcheck disable=SC2046
(cd "$REPO_ROOT" && "$JAVA" -Xmx1g $(common_java_opts) -cp "$(bench_jar):$REPO_ROOT/bench/target/lib/*" \
    -Dbench.clk.tck="$(getconf CLK_TCK)" vn.motcua.bench.ReceiptsRun) | tee "$REPORT"
{
  echo "$start_line"
  echo "token cache: $(tr '\0' '\n' <"/proc/$(cat "$PID_DIR/intake-service.pid")/environ" 2>/dev/null |
    grep '^MOTCUA_SECURITY_TOKEN_CACHE=' || echo 'MOTCUA_SECURITY_TOKEN_CACHE unset (on)') (intake-service's environment)"
} | tee -a "$REPORT"

if [[ "${BENCH_JFR:-}" == 1 ]]; then
  mkdir -p "$JFR_DIR"
  echo | tee -a "$REPORT"
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    pid_alive "$PID_DIR/$name.pid" quarkus-run.jar || continue
    "$JAVA_HOME/bin/jcmd" "$(cat "$PID_DIR/$name.pid")" JFR.dump name=bench filename="$JFR_DIR/$name.jfr" >/dev/null
    echo "JFR $name: $JFR_DIR/$name.jfr; top frames of jdk.ExecutionSample:" | tee -a "$REPORT"
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample "$JFR_DIR/$name.jfr" |
      awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); n[$0]++; total++ }
           END { for (f in n) printf "%7d %5.1f%%  %s\n", n[f], 100 * n[f] / total, f }' |
      sort -rn | head -n 12 | tee -a "$REPORT" || true  # head closes the pipe early (SIGPIPE under pipefail)
  done
fi
