#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from build/release, installs it on this machine with apt (as root), and uses the
# installed programs as a user would: outsidein-cli --version, the installed sample validated by the
# installed CLI, the installed studio started with no display to take a screenshot, the desktop file
# and MIME type in place; then removes the package again. Exits non-zero at the first failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/outsidein-studio_*.deb)
echo "test-deb: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /' | head -40
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$out/apt.log" 2>&1 \
    || { tail -20 "$out/apt.log" >&2; exit 1; }
cleanup() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q outsidein-studio >/dev/null 2>&1 || true; rm -rf "$out"; }
trap cleanup EXIT
/usr/bin/outsidein-cli --version
sample=/usr/share/outsidein-studio/samples/subscription-broadband.oi.yaml
/usr/bin/outsidein-cli validate "$sample"
QT_QPA_PLATFORM=offscreen /usr/bin/outsidein "$sample" --view journey --size 1200x800 --screenshot "$out/installed.png"
[ -s "$out/installed.png" ] || { echo "test-deb: the installed studio wrote no screenshot" >&2; exit 1; }
desktop-file-validate /usr/share/applications/studio.outsidein.OutsideInStudio.desktop
[ -f /usr/share/mime/packages/studio.outsidein.OutsideInStudio.mime.xml ]
[ -f /usr/share/icons/hicolor/scalable/apps/studio.outsidein.OutsideInStudio.svg ]
echo "test-deb: installed, used and removed"
