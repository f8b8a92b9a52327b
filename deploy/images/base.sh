#!/usr/bin/env bash
# Builds the services' base image locally, since no image registry is reachable here: a Debian 13 (trixie) root file
# system made by debootstrap from Debian's mirror, with openjdk-21-jre-headless and a non-root user (uid 185, group 0,
# home /deployments), imported into podman as $BASE_IMAGE. Nothing of it is committed. ~1 min with a warm mirror.
#   BASE_IMAGE (localhost/motcua/base-jre:21)  DEBIAN_SUITE (trixie)  DEBIAN_MIRROR (http://deb.debian.org/debian)
#   REBUILD=1 builds it again even if it exists.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"

BASE_IMAGE="${BASE_IMAGE:-localhost/motcua/base-jre:21}"
DEBIAN_SUITE="${DEBIAN_SUITE:-trixie}"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [[ "${REBUILD:-}" != 1 ]] && podman image exists "$BASE_IMAGE"; then
  echo "base.sh: $BASE_IMAGE exists (REBUILD=1 to build it again)"; exit 0
fi
for tool in debootstrap podman; do
  command -v "$tool" >/dev/null || { echo "base.sh: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

work="$LOCAL_DIR/images"
rootfs="$work/rootfs"
mkdir -p "$work" "$LOG_DIR"
rm -rf "$rootfs"
trap 'rm -rf "$rootfs"' EXIT
started=$SECONDS
echo "base.sh: debootstrap $DEBIAN_SUITE + openjdk-21-jre-headless (log: $LOG_DIR/base-image.log) ..."
if ! debootstrap --variant=minbase --include=openjdk-21-jre-headless "$DEBIAN_SUITE" "$rootfs" "$DEBIAN_MIRROR" \
    >"$LOG_DIR/base-image.log" 2>&1; then
  tail -n 20 "$LOG_DIR/base-image.log" >&2; echo "base.sh: debootstrap failed" >&2; exit 1
fi
# uid 185 in group 0, as the usual Java base images have it: a platform that picks an arbitrary uid (OpenShift)
# still finds group-readable files.
chroot "$rootfs" useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin motcua
mkdir -p "$rootfs/deployments"
# What a runtime never needs: downloaded packages, package lists, docs, man pages, translations.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
  "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/*.log "$rootfs"/tmp/*
java_home="$(cd "$rootfs" && echo usr/lib/jvm/java-21-openjdk-*)"
tar -C "$rootfs" --numeric-owner -c . | podman import --quiet \
  --change "ENV JAVA_HOME=/$java_home LANG=C.UTF-8" \
  --change "USER 185:0" \
  --change "WORKDIR /deployments" \
  --change 'CMD ["java", "-version"]' \
  --message "Debian $DEBIAN_SUITE minbase + openjdk-21-jre-headless (deploy/images/base.sh)" \
  - "$BASE_IMAGE" >/dev/null
echo "base.sh: $BASE_IMAGE built in $(( SECONDS - started )) s ($(podman image inspect --format '{{.Size}}' "$BASE_IMAGE" | awk '{ printf "%d MB", $1 / 1e6 }'))"
