#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the Linux desktop entry and AppStream metainfo that the .deb installs.
set -euo pipefail
desktop="$1" metainfo="$2"
desktop-file-validate "$desktop"
appstreamcli validate --no-net --explain "$metainfo"
echo "desktop entry and metainfo are valid"
