#!/usr/bin/env bash
# The fault suite (issue 14): while receipts (4/s, one in four entered late, so owed an apology at once) and officers'
# assignments flow, (1) PostgreSQL is restarted, (2) the broker is stopped for 30 s, (3) each service is killed with
# kill -9 in turn and started again, (4) a second instance of every service joins and leaves. Then it counts from the
# databases, the topics and the mailbox: receipts accepted vs known to processing and sla, assignments vs tracked by
# sla, apologies owed vs letters received, letters received twice, events not consumed, dead letters written.
# It runs e2e FaultsTest on a platform of its own (free ports, temporary data): the local stack of up.sh is untouched.
# Takes about 5 minutes after the build. The same test runs in ./mvnw verify.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
find_java
mkdir -p "$LOG_DIR"
cd "$REPO_ROOT"
echo "Fault suite running (log: $LOG_DIR/faults.log) ..."
./mvnw -B -pl e2e -am verify -Dtest=FaultsTest -Dsurefire.failIfNoSpecifiedTests=false >"$LOG_DIR/faults.log" 2>&1 &
MVN=$!
tail -n +1 -f "$LOG_DIR/faults.log" --pid=$MVN | sed -n '/^Fault suite:/,/^refused/p' || true
if wait $MVN; then echo "fault suite: nothing lost, nothing dead-lettered, no letter twice"; else
  grep -a -A30 "FaultsTest" "$LOG_DIR/faults.log" | grep -a -m 40 -e "Expect" -e "ERROR" -e "lost" >&2 || true
  echo "fault suite FAILED (see $LOG_DIR/faults.log)" >&2; exit 1
fi
