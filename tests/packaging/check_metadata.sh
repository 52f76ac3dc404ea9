#!/usr/bin/env bash
# Validates the Linux desktop entry and AppStream metainfo that the .deb installs.
set -euo pipefail
desktop="$1" metainfo="$2"
desktop-file-validate "$desktop"
appstreamcli validate --no-net --explain "$metainfo"
echo "desktop entry and metainfo are valid"
