#!/usr/bin/env bash
# Lists or replays dead letters: each service keeps the letters of the topics it consumes in <topic>.dlq (shared
# by the topic's consumers, each letter naming the group that gave up on it) and replays its own ones through its
# handler, as if consumed anew. Idempotent: an event already handled counts as a duplicate, one that fails again
# is dead-lettered again.
#   deploy/local/replay-dead-letters.sh list   TOPIC            e.g. list dossier.lifecycle.v1
#   deploy/local/replay-dead-letters.sh replay TOPIC [EVENT_ID] all of the topic's letters, or one event's
# The services are found at PROCESSING_URL, SLA_URL, NOTIFICATION_URL (defaults: the local ports 8082-8084).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ACTION="${1:-}" TOPIC="${2:-}" EVENT_ID="${3:-}"
if [[ "$ACTION" != list && "$ACTION" != replay || -z "$TOPIC" ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2
fi
declare -A URLS=([processing]="${PROCESSING_URL:-http://localhost:8082}" [sla]="${SLA_URL:-http://localhost:8083}"
  [notification]="${NOTIFICATION_URL:-http://localhost:8084}")
TOKEN=$(deploy/local/token.sh operator 000.00.00.H56)
status=0
for service in processing sla notification; do
  if [[ "$ACTION" == list ]]; then
    out=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" \
      "${URLS[$service]}/api/v1/admin/dead-letters?topic=$TOPIC&limit=1000")
  else
    out=$(curl -s -w '\n%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
      "${URLS[$service]}/api/v1/admin/dead-letters/replay?topic=$TOPIC${EVENT_ID:+&eventId=$EVENT_ID}")
  fi
  code=$(tail -n 1 <<<"$out")
  case "$code" in
    200) echo "$service: $(head -n -1 <<<"$out")" ;;
    404) echo "$service: does not consume $TOPIC" ;;
    *) echo "$service: HTTP $code $(head -n -1 <<<"$out")" >&2; status=1 ;;
  esac
done
exit $status
