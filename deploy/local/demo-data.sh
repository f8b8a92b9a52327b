#!/usr/bin/env bash
# Loads the demo history once through the running services (bench module, vn.motcua.bench.DemoHistory):
# DEMO_DOSSIERS dossiers (default 100000, the full year of a province: see bench/README.md for how long it takes;
# fewer for a quicker start, 0 = skip) over the last DEMO_MONTHS months (default 12), plus a few hundred open now. Writes .local/demo-history.done after a successful load and does nothing while it exists
# (delete it, or the databases, to load again). intake-service must run with MOTCUA_INTAKE_RECEIVED_AT_WINDOW=P400D.
# Called by up.sh once the four services are ready; can be run by hand as well.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MARKER="$LOCAL_DIR/demo-history.done"
DEMO_DOSSIERS="${DEMO_DOSSIERS:-100000}"
export DEMO_DOSSIERS DEMO_MONTHS="${DEMO_MONTHS:-12}"

if [[ "$DEMO_DOSSIERS" == "0" ]]; then
  echo "demo-data.sh: DEMO_DOSSIERS=0, no demo history"; exit 0
fi
if [[ -f "$MARKER" ]]; then
  echo "demo-data.sh: demo history already loaded ($(cat "$MARKER")); delete $MARKER to load again"; exit 0
fi

find_java
bench_jar() {
  compgen -G "$REPO_ROOT/bench/target/bench-*.jar" | grep -v -e '-sources' -e '-tests' | head -n 1 || true
}
if [[ -z "$(bench_jar)" || ! -d "$REPO_ROOT/bench/target/lib" ]]; then
  mkdir -p "$LOG_DIR"
  echo "Building bench (log: $LOG_DIR/build-bench.log) ..."
  if ! (cd "$REPO_ROOT" && ./mvnw -B -q -f bench/pom.xml package -DskipTests) >"$LOG_DIR/build-bench.log" 2>&1; then
    tail -n 20 "$LOG_DIR/build-bench.log" >&2; echo "demo-data.sh: building bench failed" >&2; exit 1
  fi
fi

echo "Loading the demo history: $DEMO_DOSSIERS dossiers over $DEMO_MONTHS months (progress every 5 s) ..."
started=$SECONDS
# shellcheck disable=SC2046
(cd "$REPO_ROOT" && "$JAVA" -Xmx512m $(common_java_opts) -cp "$(bench_jar):$REPO_ROOT/bench/target/lib/*" \
    vn.motcua.bench.DemoHistory)
echo "$DEMO_DOSSIERS dossiers over $DEMO_MONTHS months, loaded $(date -Iseconds) in $(( SECONDS - started )) s" >"$MARKER"
