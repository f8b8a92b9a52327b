#!/usr/bin/env bash
# Validates deploy/compose/compose.yaml offline against the Compose specification: `docker compose config -q`
# (Compose v2) where it is installed, else Debian's docker-compose (1.29: `docker-compose config -q`, the same
# schema check, no engine needed). Then a copy with one misspelt key must fail it. Run by .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "check.sh: neither 'docker compose' nor docker-compose is installed (apt-get install docker-compose)" >&2
  exit 1
fi
version="$("${compose[@]}" version --short 2>/dev/null || "${compose[@]}" version | head -n 1)"
export POSTGRES_PASSWORD=only-for-the-check

"${compose[@]}" -f compose.yaml config -q
echo "PASS  compose.yaml: ${compose[*]} config -q ($version)"

broken="$(mktemp -p . .compose-broken-XXXXXX.yaml)"
trap 'rm -f "$broken" "$broken.err"' EXIT
sed 's/^    restart: unless-stopped$/    restrat: unless-stopped/' compose.yaml >"$broken"
grep -q restrat "$broken" || { echo "check.sh: could not break the copy" >&2; exit 1; }
if "${compose[@]}" -f "$broken" config -q 2>"$broken.err"; then
  echo "FAIL  a compose file with 'restrat:' passed ${compose[*]} config -q" >&2; exit 1
fi
echo "PASS  a misspelt key fails it: $(grep -m 1 -i restrat "$broken.err" | sed "s|$broken|compose.yaml (broken copy)|")"
