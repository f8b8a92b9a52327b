#!/usr/bin/env bash
# The README's "Try it" walkthrough as a script: CI runs it against a freshly started platform
# (e2e TryItTest), so the commands in the README cannot rot. Run it yourself after up.sh.
# The README shows the lines between "# --- begin" and "# --- end" verbatim.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# --- begin
# Where the services are, and a tiny JSON field extractor (no jq needed).
INTAKE=${INTAKE_URL:-http://localhost:8081}
PROCESSING=${PROCESSING_URL:-http://localhost:8082}
SLA=${SLA_URL:-http://localhost:8083}
IMAP=${IMAP_URL:-imap://localhost:3143}
json() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p"; }

# Tokens for a commune's clerk and officer and for the province's operator (demo agencies).
CLERK=$(deploy/local/token.sh clerk 000.03.30.H56)
OFFICER=$(deploy/local/token.sh officer 000.03.30.H56)
OPERATOR=$(deploy/local/token.sh operator 000.00.00.H56)

# 1. Receive a marriage registration (1.000894, 5 working days) entered 10 days late: its
#    appointment has already passed.
EMAIL="try.it.$RANDOM@example.vn"
RECEIVED=$(curl -sf -X POST "$INTAKE/api/v1/dossiers" \
  -H "Authorization: Bearer $CLERK" -H 'Content-Type: application/json' -d '{
  "procedureCode": "1.000894", "receivingAgencyCode": "000.03.30.H56", "channel": "IN_PERSON",
  "receivedAt": "'"$(date -d '-10 days' --iso-8601=seconds)"'",
  "applicant": {"fullName": "Trần Thị Bình", "idNumber": "075301004567", "phone": "0912345678",
                "email": "'"$EMAIL"'", "address": "Khu phố 2, phường Đồng Xoài"},
  "documents": [{"name": "Tờ khai đăng ký kết hôn", "original": true, "quantity": 1}]}')
CODE=$(echo "$RECEIVED" | json dossierCode)
PIN=$(echo "$RECEIVED" | json lookupPin)   # the citizen's lookup PIN: the clerk hands it over on the slip
echo "Received $CODE, appointment $(echo "$RECEIVED" | json dueAt)"

# 2. The receipt and appointment slip with its lookup PIN ("Mã tra cứu"), printable (open it in a browser).
curl -sf "$INTAKE/api/v1/dossiers/$CODE/receipt" -H "Authorization: Bearer $CLERK" \
  -H 'Accept: text/html' -o receipt.html

# 3. The officer takes it on (processing-service learns of the receipt through Kafka within a moment).
until curl -sf -o /dev/null "$PROCESSING/api/v1/dossiers/$CODE" -H "Authorization: Bearer $OFFICER"; do sleep 1; done
curl -sf -X POST "$PROCESSING/api/v1/dossiers/$CODE/assign" -H "Authorization: Bearer $OFFICER" \
  -H 'Content-Type: application/json' \
  -d '{"unitCode": "000.03.30.H56", "officer": "tuphap@000.03.30.H56.motcua.local", "stepName": "Thẩm định"}' >/dev/null

# 4. The sla-service sees the missed appointment; the citizen gets one apology with a new date.
#    Read it in the local mailbox over IMAP (user = the address, any password).
for _ in $(seq 60); do
  curl -sf "$IMAP/INBOX" -u "$EMAIL:x" -X 'SEARCH ALL' | grep -q 'SEARCH [0-9]' && break; sleep 1
done
curl -sf "$IMAP/INBOX;UID=1" -u "$EMAIL:x" -o apology.eml   # open it in a mail reader
grep "^Subject:" apology.eml

# 5. What the citizen sees without logging in (the code and the slip's lookup PIN; or the page
#    $PROCESSING/tra-cuu): the apology and its new appointment appear once notification-service has announced it.
for _ in $(seq 30); do
  LOOKUP=$(curl -sf "$PROCESSING/public/v1/dossiers/$CODE?pin=$PIN")
  echo "$LOOKUP" | grep -q APOLOGY && break; sleep 1
done
echo "$LOOKUP"

# 6. The province's statistics for the last 12 months, by agency.
curl -sf "$SLA/api/v1/stats?agency=000.00.00.H56&from=$(date -d '-12 months' +%F)&to=$(date +%F)&groupBy=agency" \
  -H "Authorization: Bearer $OPERATOR"; echo
# --- end
