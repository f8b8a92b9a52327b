#!/usr/bin/env bash
# Prints a JWT for the local key pair (.local/keys, generated on first use):
#   deploy/local/token.sh ROLE AGENCY_CODE [USER]     ROLE: clerk|officer|leader|operator|admin
# e.g.  curl -H "Authorization: Bearer $(deploy/local/token.sh clerk 000.00.00.H56)" ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if (( $# < 2 || $# > 3 )); then
  echo "Usage: $0 ROLE AGENCY_CODE [USER]   (ROLE: clerk|officer|leader|operator|admin)" >&2
  exit 2
fi
find_java
[[ -n "$(devstack_jar)" ]] || build_devstack
# shellcheck disable=SC2046
exec "$JAVA" $(common_java_opts) -Xmx64m -XX:TieredStopAtLevel=1 -cp "$(devstack_classpath)" vn.motcua.devstack.TokenMain "$@"
