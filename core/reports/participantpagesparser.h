#pragma once

#include "participantrecords.h"

#include <atomic>

namespace Roomdesk {

// A single pass over Zoom's participant pages that keeps only what a report needs. It reads
// any well-formed JSON (unknown fields, nesting, escapes, surrogate pairs) and refuses
// anything else with the line and column; text without escapes is not copied.
class ParticipantPagesParser final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ParticipantPagesParser)

public:
    // A list of pages of at least `twoThreadsFrom` bytes is read by two threads at once.
    ParticipantPagesParser(ParticipantRecords &records, qsizetype twoThreadsFrom);
    Result<void> parse();

private:
    struct Failure
    {
        size_t at;
        QString message;
    };
    class SecondHalf;

    // Reads into `records` from `from`, within [begin, end) (the pages, for where errors are).
    ParticipantPagesParser(ParticipantRecords &records, const char *begin, const char *end, const char *from);

    void pages(); // at "[": the list of pages
    // After a page: the pages after it to the end of the list, and past its "]", after which
    // only spaces may follow. False if they are not (a fault, a list inside a page), or when
    // `cancelled` turns true.
    bool restOfList(const std::atomic<bool> &cancelled);

    // At "{": each member's key, with the reader at its value; at "[": each element.
    template<typename OnMember>
    void members(OnMember onMember);
    template<typename Expected, typename OnElement>
    void elements(Expected expected, OnElement onElement);
    void page();
    void participant();
    std::string_view string(); // at a '"'
    std::string_view stringNearEnd(const char *from, const char *p); // p: how far string() got
    std::string_view escapedString(const char *from, const char *stop); // stop: past the plain text
    std::string_view textField(std::string_view key);
    std::string_view nullOrFail(std::string_view key);
    void skipValue(int depth);
    void skipNumber();
    void literal(std::string_view word);
    void expect(char c);
    char peek();
    char peekPastSpace();
    static bool isSpace(char c)
    {
        return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t');
    }
    [[noreturn]] void fail(const QString &message);
    [[noreturn]] void fail(size_t at, const QString &message);
    QString where(size_t at) const;

    ParticipantRecords &m_records;
    qsizetype m_twoThreadsFrom = 0;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_page = 0; // 1-based while reading one
    int m_row = 0;
};

} // namespace Roomdesk
