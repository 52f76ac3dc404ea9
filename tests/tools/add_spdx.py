#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds the licence line to every source file tests/tools/spdx_files.sh lists that lacks it:
# first line for code, after the shebang for scripts. Run from the source folder.
import subprocess
import sys

TAG = "SPDX-License-Identifier: GPL-3.0-or-later"
files = subprocess.check_output(["tests/tools/spdx_files.sh", "."], text=True).split()
for path in files:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if TAG in "".join(text.splitlines(True)[:3]):
        continue
    comment = "// " if path.endswith((".cpp", ".h", ".h.in")) else "# "
    lines = text.splitlines(True)
    if lines and lines[0].startswith("#!"):
        lines.insert(1, comment + TAG + "\n")
    else:
        lines.insert(0, comment + TAG + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))
    print("added:", path, file=sys.stderr)
