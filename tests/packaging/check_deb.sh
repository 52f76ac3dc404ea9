#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from the current build tree with CPack and checks what it installs.
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb="$(ls "$out"/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/roomdesk ./usr/bin/roomdeskctl \
            ./usr/share/applications/org.roomdesk.Roomdesk.desktop \
            ./usr/share/metainfo/org.roomdesk.Roomdesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.roomdesk.Roomdesk.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.roomdesk.Roomdesk.png \
            ./usr/share/icons/hicolor/256x256/apps/org.roomdesk.Roomdesk.png \
            ./usr/share/doc/roomdesk/copyright; do
  grep -qF " $path" <<<"$contents" || { echo "missing from the package: $path"; echo "$contents"; exit 1; }
done
depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6sql6-sqlite libqt6widgets6; do
  grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep: $depends"; exit 1; }
done
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
