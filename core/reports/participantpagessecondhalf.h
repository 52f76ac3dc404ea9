#pragma once

#include "participantpagesparser.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Roomdesk {

// The second half of a long list of pages, read by a second thread while the first thread
// reads the first half. The second thread starts from the middle, at the first "}, {" after
// which the text reads as a page; from there it reads on to the end of the list. Its pages are
// taken only when the first thread, going from page to page, arrives exactly where they start:
// text that merely looks like pages (a list of page-like objects inside a page, say) is never
// taken. When the second thread finds it was not reading the list's own pages, it looks on. A
// second half with a fault is not taken: the first thread reads on and finds the fault itself,
// with the page and row as one thread would give them.
class ParticipantPagesParser::SecondHalf final
{
public:
    SecondHalf(const char *begin, const char *end); // starts the second thread
    ~SecondHalf();
    Q_DISABLE_COPY_MOVE(SecondHalf)

    // At the start of a page: whether the second thread read from here to the end of the list.
    // If so, its rows are added to `records` and `p` is moved past the list.
    bool takeOver(const char *&p, ParticipantRecords &records);

private:
    enum class State { Reading, Read, NotRead };

    // How far the second thread looks for where pages start, in tries and bytes: a single huge
    // page is read by one thread.
    static constexpr int maxTries = 4096;
    static constexpr qsizetype maxSearch = 16 * 1024 * 1024;

    void run();

    // The "{" of the next "}" "," "{" (with any spaces between) from `from` on.
    static const char *nextBoundary(const char *from, const char *end);

    // Waits for the second thread, which stops early when cancelled.
    void stop(bool cancel);

    const char *const m_begin;
    const char *const m_end;
    std::atomic<bool> m_cancelled {false};
    std::mutex m_mutex;
    std::condition_variable m_settled;
    // Where the second thread's pages start, once it has read one there; what came of them.
    std::atomic<const char *> m_start {nullptr};
    State m_state = State::Reading; // with m_mutex
    ParticipantRecords m_records; // with m_mutex until the thread ends
    const char *m_stop = nullptr; // past the list's "]"
    bool m_stopped = false;
    std::thread m_thread; // last: it starts once the rest is ready
};

} // namespace Roomdesk
