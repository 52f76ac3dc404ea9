#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if one of the project's source files lacks its licence line (LICENSE: GPL-3.0-or-later)
# within its first three lines.
set -u
root="${1:?source dir}"
missing=0
checked=0
while IFS= read -r file; do
    checked=$((checked + 1))
    if ! head -n 3 "$root/$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "no SPDX-License-Identifier line: $file"
        missing=$((missing + 1))
    fi
done < <("$root/tests/tools/spdx_files.sh" "$root")
[ "$checked" -gt 0 ] || { echo "no files found under $root: the check would prove nothing"; exit 1; }
[ "$missing" -eq 0 ] || exit 1
echo "$checked files carry GPL-3.0-or-later"
