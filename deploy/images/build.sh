#!/usr/bin/env bash
# Builds one OCI image per service with podman: the base image first if missing (base.sh), the services' jars if
# missing (./mvnw package, never install), then deploy/images/Containerfile with each service's directory as its
# context (Containerfile.dockerignore keeps target/quarkus-app only). Images are tagged
# $IMAGE_PREFIX/<service>:$IMAGE_TAG; IMAGES_SAVE=1 also writes each as an OCI archive to
# deploy/images/target/<service>.tar (for `skopeo copy oci-archive:... docker://registry/...`).
#   IMAGE_PREFIX (localhost/motcua)  IMAGE_TAG (the project version)  BASE_IMAGE (localhost/motcua/base-jre:21)
#   SKIP_BUILD=1 uses the jars as they are.  Arguments: service names, to build only those.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"

# name:port:management port, as in deploy/local/up.sh
ALL_SERVICES=(intake-service:8081:9081 processing-service:8082:9082 sla-service:8083:9083 notification-service:8084:9084
  portal-sync-service:8085:9085)
IMAGE_PREFIX="${IMAGE_PREFIX:-localhost/motcua}"
export BASE_IMAGE="${BASE_IMAGE:-localhost/motcua/base-jre:21}"
project_version() {
  sed -n '/<artifactId>motcua-parent<\/artifactId>/,/<\/version>/ s:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1
}
IMAGE_TAG="${IMAGE_TAG:-$(project_version)}"

selected=()
for entry in "${ALL_SERVICES[@]}"; do
  if (( $# == 0 )) || [[ " $* " == *" ${entry%%:*} "* ]]; then selected+=("$entry"); fi
done
(( ${#selected[@]} > 0 )) || { echo "build.sh: no such service: $* (one of: ${ALL_SERVICES[*]%%:*})" >&2; exit 2; }

missing=()
for entry in "${selected[@]}"; do
  [[ -f "$REPO_ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || missing+=("${entry%%:*}")
done
if (( ${#missing[@]} > 0 )); then
  [[ "${SKIP_BUILD:-}" != 1 ]] || { echo "build.sh: SKIP_BUILD=1 but no jar for: ${missing[*]}" >&2; exit 1; }
  find_java
  mkdir -p "$LOG_DIR"
  echo "build.sh: building ${missing[*]} (./mvnw package -DskipTests; log: $LOG_DIR/build-images.log) ..."
  modules="$(IFS=,; echo "${missing[*]}")"
  if ! (cd "$REPO_ROOT" && ./mvnw -B -ntp package -DskipTests -pl "$modules" -am) >"$LOG_DIR/build-images.log" 2>&1; then
    tail -n 30 "$LOG_DIR/build-images.log" >&2; echo "build.sh: the build failed" >&2; exit 1
  fi
fi

"$REPO_ROOT/deploy/images/base.sh"
out="$REPO_ROOT/deploy/images/target"
[[ "${IMAGES_SAVE:-}" != 1 ]] || mkdir -p "$out"
for entry in "${selected[@]}"; do
  IFS=: read -r name port management_port <<<"$entry"
  image="$IMAGE_PREFIX/$name:$IMAGE_TAG"
  started=$SECONDS
  podman build --quiet --format oci -f "$REPO_ROOT/deploy/images/Containerfile" \
    --ignorefile "$REPO_ROOT/deploy/images/Containerfile.dockerignore" \
    --build-arg BASE_IMAGE="$BASE_IMAGE" --build-arg SERVICE="$name" --build-arg PORT="$port" --build-arg MANAGEMENT_PORT="$management_port" \
    --build-arg VERSION="$IMAGE_TAG" -t "$image" "$REPO_ROOT/$name" >/dev/null
  size="$(podman image inspect --format '{{.Size}}' "$image" | awk '{ printf "%d MB", $1 / 1e6 }')"
  echo "build.sh: $image ($size, $(( SECONDS - started )) s)"
  if [[ "${IMAGES_SAVE:-}" == 1 ]]; then
    rm -f "$out/$name.tar"
    podman save --format oci-archive -o "$out/$name.tar" "$image"
    echo "build.sh:   saved $out/$name.tar"
  fi
done
