#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the .deb on a clean Debian 12: builds it, makes a fresh Debian 12 root with debootstrap,
# installs the package there with apt (so its declared dependencies must be right), and inside it
# runs `altrunner-cli run` on an installed example and `altrunner --version` offscreen. Also runs
# lintian (no errors allowed), desktop-file-validate and appstreamcli validate.
# Needs root. Usage: packaging/test-deb.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
build="${1:-$root/build-deb}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

for tool in debootstrap lintian desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap lintian desktop-file-utils appstream >/dev/null; break; }
done

echo "== building the package"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target altrunner altrunner-cli altrunner_changelog >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/altrunner_*_amd64.deb | head -1)"
echo "   $deb"

echo "== checking metadata"
desktop-file-validate "$root/packaging/linux/io.github.altrunner.AltRunner.desktop"
appstreamcli validate --no-net "$root/packaging/linux/io.github.altrunner.AltRunner.metainfo.xml" >/dev/null
echo "   desktop entry and AppStream metainfo valid"
lintian --no-tag-display-limit "$deb" >"$build/lintian.txt" 2>&1 || true
if grep -q "^E:" "$build/lintian.txt"; then
    grep "^E:" "$build/lintian.txt"
    echo "lintian reports errors" >&2
    exit 1
fi
echo "   lintian: no errors ($(grep -c '^W:' "$build/lintian.txt" || true) warnings, see $build/lintian.txt)"

echo "== a clean Debian 12 root"
chroot_dir="$(mktemp -d)/bookworm"
cleanup() {
    umount "$chroot_dir/proc" 2>/dev/null || true
    umount "$chroot_dir/dev" 2>/dev/null || true
    rm -rf "$(dirname "$chroot_dir")"
}
trap cleanup EXIT
debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$build/debootstrap.log" 2>&1
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
cp "$deb" "$chroot_dir/tmp/"
echo "== installing with apt"
chroot "$chroot_dir" apt-get update -qq
chroot "$chroot_dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >"$build/apt-install.log" 2>&1
echo "== running it"
chroot "$chroot_dir" env QT_QPA_PLATFORM=offscreen altrunner --version
chroot "$chroot_dir" env OUTPUT_DIR=/tmp/runs altrunner-cli run /usr/share/altrunner/examples/research_brief.alt >"$build/deb-run.out"
last="$(cat "$build/deb-run.out")"
chroot "$chroot_dir" test -s "$last"
chroot "$chroot_dir" altrunner-cli validate /usr/share/altrunner/examples/research_brief.alt
test -f "$chroot_dir/usr/share/applications/io.github.altrunner.AltRunner.desktop"
test -f "$chroot_dir/usr/share/mime/packages/altrunner.xml"
test -f "$chroot_dir/usr/share/icons/hicolor/scalable/apps/altrunner.svg"
echo "   installed, ran an example (LAST file $last), desktop entry, MIME type and icons in place"
echo "1 passed, 0 failed"
