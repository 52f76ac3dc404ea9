// libFuzzer entry point: cmake -DROOMDESK_FUZZ=ON with clang, then
//   build/…/tests/fuzz_zoomresponses tests/fuzz/corpus/zoomresponses
#include "zoomresponses_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return roomdeskFuzzZoomResponse(data, size);
}
