// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point. libFuzzer writes new inputs into its corpus folder, so give it a copy:
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DROOMDESK_FUZZ=ON
//   cmake --build build/fuzz --target fuzz_zoomresponses
//   cp -r tests/fuzz/corpus/zoomresponses /tmp/corpus && build/fuzz/tests/fuzz_zoomresponses /tmp/corpus
#include "zoomresponses_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return roomdeskFuzzZoomResponse(data, size);
}
