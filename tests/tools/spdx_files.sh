#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The project's own source files that carry an SPDX header: code, build files and scripts
# (generated data, corpora, images and translations do not).
cd "${1:-.}" || exit 1
git ls-files -- '*.cpp' '*.h' '*.h.in' '*.cmake' '*CMakeLists.txt' '*.sh' '*.py' dev .ci/run |
    grep -v -e '^tests/data/' -e '^tests/fuzz/corpus/'
