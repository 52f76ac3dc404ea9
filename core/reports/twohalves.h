#pragma once

#include <cstddef>
#include <thread>

namespace Roomdesk {

// How many items make a second thread worth starting.
constexpr size_t twoThreadsFrom = 65536;

// Items [0, count) worked on in two halves at once, the first half on a second thread, when
// there are enough of them to be worth one (a report of a million rows); otherwise here
// alone. `work(from, to, half)` touches only what belongs to its own items, and what it
// shares it only reads. Returns whether the items were split at count / 2.
template<typename Work>
bool inTwoHalves(size_t count, Work work, size_t worthFrom = twoThreadsFrom)
{
    if (count < worthFrom) {
        work(size_t(0), count, 0);
        return false;
    }
    const size_t middle = count / 2;
    std::thread first([&work, middle] { work(size_t(0), middle, 0); });
    work(middle, count, 1);
    first.join();
    return true;
}

// work(0) on a second thread and work(1) here at once when it is worth it, else one after the
// other here.
template<typename Work>
void inTwoParts(bool worthIt, Work work)
{
    if (!worthIt) {
        work(0);
        work(1);
        return;
    }
    std::thread first([&work] { work(0); });
    work(1);
    first.join();
}

} // namespace Roomdesk
