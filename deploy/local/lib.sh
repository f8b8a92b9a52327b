# shellcheck shell=bash
# Shared by up.sh, down.sh and token.sh: repository paths, JDK discovery, the devstack class path
# and pid-file helpers. Sourced, never run.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$REPO_ROOT/.local"
PID_DIR="$LOCAL_DIR/pids"
LOG_DIR="$LOCAL_DIR/logs"
KEYS_DIR="$LOCAL_DIR/keys"
export DEVSTACK_DATA_DIR="${DEVSTACK_DATA_DIR:-$LOCAL_DIR/devstack}"
export DEVSTACK_KEYS_DIR="${DEVSTACK_KEYS_DIR:-$KEYS_DIR}"
export JWT_ISSUER="${JWT_ISSUER:-https://motcua.local/issuer}"
INTAKE_PORT="${INTAKE_PORT:-8081}" PROCESSING_PORT="${PROCESSING_PORT:-8082}"
SLA_PORT="${SLA_PORT:-8083}" NOTIFICATION_PORT="${NOTIFICATION_PORT:-8084}"
PORTAL_SYNC_PORT="${PORTAL_SYNC_PORT:-8085}"
# The demo loader and try-it.sh find the services through these.
export INTAKE_URL="${INTAKE_URL:-http://localhost:$INTAKE_PORT}" PROCESSING_URL="${PROCESSING_URL:-http://localhost:$PROCESSING_PORT}"
export SLA_URL="${SLA_URL:-http://localhost:$SLA_PORT}"

# Prints the major version of the java binary $1 (8 for 1.8, 21, 25, ...), or nothing.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ { sub(/^1\./, "", $2); print $2 }'
}

# Sets JAVA (a java binary, 21+) and exports JAVA_HOME for the Maven wrapper: JAVA_HOME if it is
# 21+, else the newest JDK under /usr/lib/jvm, else `java` on the PATH if it is 21+.
find_java() {
  local candidate major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if (( ${major:-0} >= 21 )); then JAVA="$JAVA_HOME/bin/java"; return; fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    major="$(java_major "$candidate")"
    if (( ${major:-0} > best_major )); then best="$candidate"; best_major="$major"; fi
  done
  if (( best_major >= 21 )); then
    JAVA="$best"
  elif command -v java >/dev/null && (( $(java_major "$(command -v java)") >= 21 )); then
    JAVA="$(command -v java)"
  else
    echo "No JDK 21 or newer found: set JAVA_HOME to one (checked \$JAVA_HOME, /usr/lib/jvm/*, java on the PATH)." >&2
    return 1
  fi
  JAVA_HOME="$(cd "$(dirname "$JAVA")/.." && pwd)"
  export JAVA_HOME
}

# JVM options every launcher gets; JDK 24+ warns about sun.misc.Unsafe (Kafka, Netty) without this.
common_java_opts() {
  if (( $(java_major "$JAVA") >= 24 )); then echo "--sun-misc-unsafe-memory-access=allow"; fi
}

devstack_jar() {
  compgen -G "$REPO_ROOT/devstack/target/devstack-*.jar" | grep -v -e '-sources' -e '-tests' | head -n 1 || true
}

devstack_classpath() {
  echo "$(devstack_jar):$REPO_ROOT/devstack/target/lib/*"
}

# Builds only the devstack module (what token.sh needs), even while other modules do not build.
build_devstack() {
  mkdir -p "$LOG_DIR"
  echo "Building devstack (log: $LOG_DIR/build-devstack.log) ..." >&2
  if ! (cd "$REPO_ROOT" && ./mvnw -B -q -f devstack/pom.xml install -DskipTests) >"$LOG_DIR/build-devstack.log" 2>&1; then
    tail -n 30 "$LOG_DIR/build-devstack.log" >&2
    echo "Building devstack failed; see $LOG_DIR/build-devstack.log" >&2
    return 1
  fi
}

# True when the pid in pid file $1 is alive and its command line contains $2 (so a recycled pid
# that now belongs to some other program is never mistaken for ours).
pid_alive() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2"
}
