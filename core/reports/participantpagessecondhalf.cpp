#include "participantpagessecondhalf.h"

#include <cstring>
#include <optional>

namespace Roomdesk {

ParticipantPagesParser::SecondHalf::SecondHalf(const char *begin, const char *end)
    : m_begin(begin)
    , m_end(end)
    , m_thread([this] { run(); })
{}

ParticipantPagesParser::SecondHalf::~SecondHalf()
{
    stop(true);
}

bool ParticipantPagesParser::SecondHalf::takeOver(const char *&p, ParticipantRecords &records)
{
    if (m_stopped || p != m_start.load(std::memory_order_acquire))
        return false;
    std::unique_lock lock(m_mutex);
    m_settled.wait(lock, [&] { return m_start.load(std::memory_order_relaxed) != p || m_state != State::Reading; });
    const bool read = m_start.load(std::memory_order_relaxed) == p && m_state == State::Read;
    lock.unlock();
    stop(!read); // not read: the pages from here have a fault, which this thread will find
    if (!read)
        return false;
    records.m_records.insert(records.m_records.end(), m_records.m_records.begin(), m_records.m_records.end());
    records.m_pages += m_records.m_pages;
    records.m_keptElsewhere.emplace_back(std::move(m_records.m_kept)); // the text stays where it is
    p = m_stop;
    return true;
}

void ParticipantPagesParser::SecondHalf::run()
{
    const char *from = m_begin + (m_end - m_begin) / 2;
    const char *searchEnd = m_end - from > maxSearch ? from + maxSearch : m_end;
    for (int tries = 0; tries < maxTries && !m_cancelled.load(std::memory_order_relaxed); ++tries) {
        const char *start = nextBoundary(from, searchEnd);
        if (!start)
            return;
        from = start + 1;
        ParticipantRecords records;
        ParticipantPagesParser parser(records, m_begin, m_end, start);
        try {
            parser.page();
        } catch (const Failure &) {
            continue; // not a page: most often a participant
        }
        {
            const std::lock_guard lock(m_mutex);
            m_state = State::Reading;
            m_start.store(start, std::memory_order_release);
        }
        records.m_records.reserve(size_t((m_end - start) / 200 + 16));
        const bool read = parser.restOfList(m_cancelled);
        const std::lock_guard lock(m_mutex);
        if (read) {
            m_stop = parser.m_p;
            m_records = std::move(records);
        }
        m_state = read ? State::Read : State::NotRead;
        m_settled.notify_all();
        if (read)
            return;
    }
}

const char *ParticipantPagesParser::SecondHalf::nextBoundary(const char *from, const char *end)
{
    const auto skipSpace = [end](const char *p) {
        while (p < end && isSpace(*p))
            ++p;
        return p;
    };
    while (from < end) {
        const auto *close = static_cast<const char *>(std::memchr(from, '}', size_t(end - from)));
        if (!close)
            return nullptr;
        const char *comma = skipSpace(close + 1);
        if (comma < end && *comma == ',') {
            const char *open = skipSpace(comma + 1);
            if (open < end && *open == '{')
                return open;
        }
        from = close + 1;
    }
    return nullptr;
}

void ParticipantPagesParser::SecondHalf::stop(bool cancel)
{
    if (m_stopped)
        return;
    if (cancel)
        m_cancelled.store(true, std::memory_order_relaxed);
    m_thread.join();
    m_stopped = true;
}

void ParticipantPagesParser::pages()
{
    expect('[');
    if (peek() == ']') {
        ++m_p;
        return;
    }
    std::optional<SecondHalf> second;
    if (m_twoThreadsFrom > 0 && m_end - m_p >= m_twoThreadsFrom)
        second.emplace(m_begin, m_end);
    for (;;) {
        if (peek() != '{')
            fail(tr("Each element of the list must be a page of participants ({…})."));
        if (second && second->takeOver(m_p, m_records))
            return;
        page();
        const char c = peek();
        ++m_p;
        if (c == ']')
            return;
        if (c != ',')
            fail(size_t(m_p - 1 - m_begin), tr("Expected “,” or “]” after a page."));
    }
}

bool ParticipantPagesParser::restOfList(const std::atomic<bool> &cancelled)
{
    try {
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            const char c = peek();
            ++m_p;
            if (c == ']') { // the end of the pages, or of a list inside one (text follows)
                const char *end = m_p;
                peek();
                const bool last = m_p == m_end;
                m_p = end;
                return last;
            }
            if (c != ',' || peek() != '{')
                return false;
            page();
        }
    } catch (const Failure &) {
        return false;
    }
}

} // namespace Roomdesk
