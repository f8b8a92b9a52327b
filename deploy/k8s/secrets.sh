#!/usr/bin/env bash
# Creates the Secrets that deploy/k8s refers to, in namespace $1 (default motcua); no value of them is in the
# repository:
#   motcua-db-<service>  (intake, processing, sla, notification, portalsync) kubernetes.io/basic-auth: username = the service's
#                        database role, password = 32 random characters
#   motcua-jwt           publicKey.pem: verifies the users' tokens. JWT_PUBLIC_KEY_FILE = the province's SSO signing
#                        key's public key (PEM); without it a new RSA key pair is made in KEYS_DIR ($HOME/motcua-keys/NAMESPACE, outside the repository), whose
#                        privateKey.pem signs tokens by hand (the first admin: see deploy/README.md). Keep it offline.
#   motcua-backup-s3     ACCESS_KEY_ID / ACCESS_SECRET_KEY, when BACKUP_S3_ACCESS_KEY_ID / BACKUP_S3_SECRET_ACCESS_KEY
#                        are set (CloudNativePG's backups, overlays/province/database.yaml)
#   motcua-notification-channels  smtp-username, smtp-password, sms-url, sms-key, zalo-url, zalo-token,
#                        zalo-template-id from SMTP_USERNAME, SMTP_PASSWORD, SMS_GATEWAY_URL, SMS_GATEWAY_KEY,
#                        ZALO_ZNS_URL, ZALO_ACCESS_TOKEN, ZALO_TEMPLATE_ID, those that are set
#   motcua-portal        url, authorization, agency-code from PORTAL_URL, PORTAL_AUTHORIZATION (the whole header,
#                        "Bearer ..." or "Basic ..."), PORTAL_AGENCY_CODE, when all three are set (portal-sync-service)
# A Secret that exists already is left as it is (a new database password would lock the services out of their
# roles); delete it first to replace it. --print writes the manifests to standard output instead (no cluster needed).
#   deploy/k8s/secrets.sh [--print] [NAMESPACE]
set -euo pipefail

print=false
if [[ "${1:-}" == --print ]]; then print=true; shift; fi
namespace="${1:-motcua}"
keys_dir="${KEYS_DIR:-$HOME/motcua-keys/$namespace}"

emit() {  # NAME, then kubectl create secret arguments
  local name=$1; shift
  if $print; then
    kubectl create secret "$@" "$name" --namespace "$namespace" --dry-run=client -o yaml; echo ---
  elif kubectl get secret "$name" --namespace "$namespace" >/dev/null 2>&1; then
    echo "secrets.sh: $name exists in $namespace, left as it is"
  else
    kubectl create secret "$@" "$name" --namespace "$namespace" >/dev/null
    echo "secrets.sh: created $name in $namespace"
  fi
}

random_password() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

for service in intake processing sla notification portalsync; do
  emit "motcua-db-$service" generic --type=kubernetes.io/basic-auth \
    --from-literal=username="$service" --from-literal=password="$(random_password)"
done

public_key="${JWT_PUBLIC_KEY_FILE:-}"
if [[ -z "$public_key" ]]; then
  mkdir -p "$keys_dir"
  if [[ ! -f "$keys_dir/privateKey.pem" ]]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys_dir/privateKey.pem" 2>/dev/null)
    openssl pkey -in "$keys_dir/privateKey.pem" -pubout -out "$keys_dir/publicKey.pem"
    echo "secrets.sh: made a key pair in $keys_dir (keep privateKey.pem offline)" >&2
  fi
  public_key="$keys_dir/publicKey.pem"
fi
emit motcua-jwt generic --from-file=publicKey.pem="$public_key"

if [[ -n "${BACKUP_S3_ACCESS_KEY_ID:-}" && -n "${BACKUP_S3_SECRET_ACCESS_KEY:-}" ]]; then
  emit motcua-backup-s3 generic --from-literal=ACCESS_KEY_ID="$BACKUP_S3_ACCESS_KEY_ID" \
    --from-literal=ACCESS_SECRET_KEY="$BACKUP_S3_SECRET_ACCESS_KEY"
fi

channels=()
for pair in smtp-username:SMTP_USERNAME smtp-password:SMTP_PASSWORD sms-url:SMS_GATEWAY_URL sms-key:SMS_GATEWAY_KEY \
    zalo-url:ZALO_ZNS_URL zalo-token:ZALO_ACCESS_TOKEN zalo-template-id:ZALO_TEMPLATE_ID; do
  variable="${pair#*:}"
  [[ -z "${!variable:-}" ]] || channels+=("--from-literal=${pair%%:*}=${!variable}")
done
if (( ${#channels[@]} > 0 )); then emit motcua-notification-channels generic "${channels[@]}"; fi

if [[ -n "${PORTAL_URL:-}" && -n "${PORTAL_AUTHORIZATION:-}" && -n "${PORTAL_AGENCY_CODE:-}" ]]; then
  emit motcua-portal generic --from-literal=url="$PORTAL_URL" --from-literal=authorization="$PORTAL_AUTHORIZATION" \
    --from-literal=agency-code="$PORTAL_AGENCY_CODE"
fi
