// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// One input for the Zoom response parsers; the first byte selects the parser. Shared by the
// libFuzzer binary (fuzz_zoomresponses, clang -DROOMDESK_FUZZ=ON) and the corpus test that
// every build runs (tst_fuzz_zoomresponses).
int roomdeskFuzzZoomResponse(const std::uint8_t *data, std::size_t size);
