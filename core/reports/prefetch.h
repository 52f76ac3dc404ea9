#pragma once

#include <QtGlobal>

#include <string_view>

namespace Roomdesk {

// A report reads a million rows whose text lies all over the pages, so its loops fetch what
// they need this many rows ahead (twice as far for what that depends on).
constexpr size_t prefetchAhead = 16;

inline void prefetch(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

inline void prefetchText(std::string_view text)
{
    if (!text.empty())
        prefetch(text.data());
}

} // namespace Roomdesk
