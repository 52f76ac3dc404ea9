#include "participantpagesparser.h"

#include "reporttime.h"

#include <QtAlgorithms>
#include <QtEndian>

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Roomdesk {

namespace {

constexpr int maxDepth = 64; // deeper nesting is refused, not recursed into

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The high bit of each of eight bytes (in memory order from the low end) that is a quote, a
// backslash or a control character. Bytes after the first such one may be marked wrongly;
// the first mark is always right, and no such byte goes unmarked.
quint64 quoteBackslashOrControl(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    const quint64 quote = word ^ (ones * '"');
    const quint64 backslash = word ^ (ones * '\\');
    return (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word)) &
        (ones * 0x80);
}

} // namespace

ParticipantPagesParser::ParticipantPagesParser(ParticipantRecords &records, qsizetype twoThreadsFrom)
    : m_records(records)
    , m_twoThreadsFrom(twoThreadsFrom)
    , m_begin(records.m_source.constData())
    , m_p(m_begin)
    , m_end(m_begin + records.m_source.size())
{}

ParticipantPagesParser::ParticipantPagesParser(ParticipantRecords &records, const char *begin, const char *end,
                                               const char *from)
    : m_records(records)
    , m_begin(begin)
    , m_p(from)
    , m_end(end)
{}

template<typename OnMember>
void ParticipantPagesParser::members(OnMember onMember)
{
    expect('{');
    if (peek() == '}') {
        ++m_p;
        return;
    }
    for (;;) {
        if (peek() != '"')
            fail(tr("Expected a field name in quotes."));
        const std::string_view key = string();
        expect(':');
        onMember(key);
        const char c = peek();
        ++m_p;
        if (c == '}')
            return;
        if (c != ',')
            fail(size_t(m_p - 1 - m_begin), tr("Expected “,” or “}” after a field."));
    }
}

template<typename Expected, typename OnElement>
void ParticipantPagesParser::elements(Expected expected, OnElement onElement)
{
    expect('[');
    if (peek() == ']') {
        ++m_p;
        return;
    }
    for (;;) {
        onElement();
        const char c = peek();
        ++m_p;
        if (c == ']')
            return;
        if (c != ',')
            fail(size_t(m_p - 1 - m_begin), expected());
    }
}

Result<void> ParticipantPagesParser::parse()
{
    try {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // saved by a Windows editor
        const char first = peek();
        if (first == '{') {
            page();
        } else if (first == '[') {
            pages();
        } else if (m_p == m_end) {
            throw Failure {size_t(m_p - m_begin), tr("The file is empty; it should hold Zoom participant pages.")};
        } else {
            fail(tr("Expected a page of participants ({…}) or a list of pages ([…])."));
        }
        if (peek() != '\0' || m_p != m_end)
            fail(tr("Unexpected text after the pages."));
    } catch (const Failure &failure) {
        return Error {QStringLiteral("report.pages"), where(failure.at) + QStringLiteral(": ") + failure.message};
    }
    return {};
}

void ParticipantPagesParser::page()
{
    ++m_page;
    m_row = 0;
    const size_t start = size_t(m_p - m_begin);
    bool participants = false;
    members([&](std::string_view key) {
        if (key != "participants")
            return skipValue(1);
        if (participants)
            fail(tr("Page %1 lists its participants twice.").arg(m_page));
        participants = true;
        if (peek() != '[')
            fail(tr("Expected “%1”.").arg(QLatin1Char('[')));
        elements([this] { return tr("Expected “,” or “]” after a participant."); },
                 [this] {
                     ++m_row;
                     participant();
                 });
    });
    if (!participants)
        fail(start, tr("Page %1 has no “participants” list; is this a Zoom participants page?").arg(m_page));
    ++m_records.m_pages;
}

std::string_view ParticipantPagesParser::textField(std::string_view key)
{
    if (peek() == '"')
        return string();
    return nullOrFail(key);
}

std::string_view ParticipantPagesParser::nullOrFail(std::string_view key)
{
    if (peek() == 'n') {
        literal("null");
        return {};
    }
    fail(tr("Participant %1 on page %2: “%3” must be text.")
             .arg(m_row)
             .arg(m_page)
             .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
}

void ParticipantPagesParser::participant()
{
    if (peek() != '{')
        fail(tr("Participant %1 on page %2 is not an object.").arg(m_row).arg(m_page));
    const size_t start = size_t(m_p - m_begin);
    ParticipantRecord record;
    std::string_view id, participantUserId, joinText, leaveText;
    qint64 duration = -1;
    size_t joinAt = 0, leaveAt = 0;
    members([&](std::string_view key) {
        const size_t valueAt = size_t(m_p - m_begin);
        if (key == "id") {
            id = textField(key);
        } else if (key == "participant_user_id") {
            participantUserId = textField(key);
        } else if (key == "name") {
            record.name = textField(key);
        } else if (key == "user_email") {
            record.email = textField(key);
        } else if (key == "join_time") {
            joinAt = valueAt;
            joinText = textField(key);
        } else if (key == "leave_time") {
            leaveAt = valueAt;
            leaveText = textField(key);
        } else if (key == "status") {
            record.waitingRoom = textField(key) == "in_waiting_room";
        } else if (key == "duration" && (peek() == '-' || (peek() >= '0' && peek() <= '9'))) {
            const char *from = m_p;
            skipNumber();
            duration = 0;
            for (const char *d = from; d < m_p && *d >= '0' && *d <= '9' && duration < 100000000; ++d)
                duration = duration * 10 + (*d - '0');
            if (*from == '-')
                duration = 0;
        } else {
            skipValue(2);
        }
    });
    record.userId = participantUserId.empty() ? id : participantUserId;
    if (joinText.empty())
        fail(start, tr("Participant %1 on page %2 has no join time.").arg(m_row).arg(m_page));
    const auto join = ReportTime::parseIso(joinText);
    if (!join)
        fail(joinAt,
             tr("Participant %1 on page %2: “%3” is not a time such as 2026-03-02T10:00:00Z.")
                 .arg(m_row)
                 .arg(m_page)
                 .arg(QString::fromUtf8(joinText.data(), qsizetype(joinText.size()))));
    record.joinSecs = *join;
    if (!leaveText.empty()) {
        const auto leave = ReportTime::parseIso(leaveText);
        if (!leave)
            fail(leaveAt,
                 tr("Participant %1 on page %2: “%3” is not a time such as 2026-03-02T10:00:00Z.")
                     .arg(m_row)
                     .arg(m_page)
                     .arg(QString::fromUtf8(leaveText.data(), qsizetype(leaveText.size()))));
        record.leaveSecs = std::max(*leave, record.joinSecs);
    } else {
        record.leaveSecs = record.joinSecs + std::max<qint64>(duration, 0);
    }
    m_records.m_records.push_back(record);
}

std::string_view ParticipantPagesParser::string()
{
    const char *from = m_p + 1; // past the opening quote
    const char *p = from;
#if defined(__SSE2__)
    // Sixteen bytes at a time up to the first that needs attention: most text has none but the
    // closing quote.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1F);
    for (; m_end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, lastControl), bytes);
        const int marks = _mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), control));
        if (marks != 0) {
            const char *at = p + qCountTrailingZeroBits(quint32(marks));
            if (*at != '"')
                return escapedString(from, at);
            m_p = at + 1;
            return {from, size_t(at - from)};
        }
    }
#endif
    return stringNearEnd(from, p);
}

std::string_view ParticipantPagesParser::stringNearEnd(const char *from, const char *p)
{
    // Eight bytes, then one at a time.
    for (; m_end - p >= 8; p += 8) {
        quint64 word = 0;
        std::memcpy(&word, p, sizeof word);
        if (const quint64 marks = quoteBackslashOrControl(qFromLittleEndian(word))) {
            p += qCountTrailingZeroBits(marks) / 8;
            break;
        }
    }
    while (p < m_end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        ++p;
    if (p < m_end && *p == '"') {
        m_p = p + 1;
        return {from, size_t(p - from)};
    }
    return escapedString(from, p);
}

std::string_view ParticipantPagesParser::escapedString(const char *from, const char *stop)
{
    const size_t start = size_t(from - 1 - m_begin);
    m_p = stop;
    if (m_p >= m_end)
        fail(start, tr("The text is not closed with a quote."));
    if (static_cast<unsigned char>(*m_p) < 0x20)
        fail(tr("A control character inside text must be escaped."));
    // Escapes: decode into kept storage.
    std::string decoded(from, size_t(m_p - from));
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return m_records.keep(std::move(decoded));
        }
        if (c < 0x20)
            fail(tr("A control character inside text must be escaped."));
        if (c != '\\') {
            decoded.push_back(char(c));
            ++m_p;
            continue;
        }
        if (m_end - m_p < 2)
            break;
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
            decoded.push_back('"');
            break;
        case '\\':
            decoded.push_back('\\');
            break;
        case '/':
            decoded.push_back('/');
            break;
        case 'b':
            decoded.push_back('\b');
            break;
        case 'f':
            decoded.push_back('\f');
            break;
        case 'n':
            decoded.push_back('\n');
            break;
        case 'r':
            decoded.push_back('\r');
            break;
        case 't':
            decoded.push_back('\t');
            break;
        case 'u': {
            auto hex4 = [this]() -> char32_t {
                if (m_end - m_p < 4)
                    fail(tr("“\\u” must be followed by four hexadecimal digits."));
                char32_t v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        fail(tr("“\\u” must be followed by four hexadecimal digits."));
                    v = v * 16 + char32_t(d);
                }
                m_p += 4;
                return v;
            };
            char32_t code = hex4();
            if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                m_p += 2;
                const char32_t low = hex4();
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else {
                    appendUtf8(decoded, 0xFFFD); // a lone high surrogate
                    code = low;
                }
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                code = 0xFFFD; // lone surrogates cannot be UTF-8
            appendUtf8(decoded, code);
            break;
        }
        default:
            fail(size_t(m_p - 2 - m_begin), tr("“\\%1” is not a JSON escape.").arg(QLatin1Char(e)));
        }
    }
    fail(start, tr("The text is not closed with a quote."));
}

void ParticipantPagesParser::skipValue(int depth)
{
    if (depth > maxDepth)
        fail(tr("The JSON is nested too deeply."));
    const char c = peek();
    switch (c) {
    case '"':
        string();
        return;
    case '{':
        return members([this, depth](std::string_view) { skipValue(depth + 1); });
    case '[':
        return elements([this] { return tr("Expected “,” or “]” in a list."); },
                        [this, depth] { skipValue(depth + 1); });
    case 't':
        literal("true");
        return;
    case 'f':
        literal("false");
        return;
    case 'n':
        literal("null");
        return;
    default:
        skipNumber();
    }
}

void ParticipantPagesParser::skipNumber()
{
    const char *from = m_p;
    auto digitsRun = [this]() {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (!digitsRun()) {
        if (m_p >= m_end) // "-" at the very end
            fail(tr("The JSON ends too early."));
        m_p = from;
        fail(tr("Unexpected “%1”; expected a value.").arg(QString::fromUtf8(m_p, 1)));
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!digitsRun())
            fail(tr("A number is cut short."));
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digitsRun())
            fail(tr("A number is cut short."));
    }
}

void ParticipantPagesParser::literal(std::string_view word)
{
    const std::string_view rest(m_p, size_t(m_end - m_p));
    if (rest.size() < word.size() && word.substr(0, rest.size()) == rest)
        fail(tr("The JSON ends too early.")); // a cut file: "fal"
    if (rest.substr(0, word.size()) != word)
        fail(tr("Unexpected text; expected a value."));
    m_p += word.size();
}

void ParticipantPagesParser::expect(char c)
{
    if (m_p < m_end && *m_p == c) { // no space before it, as Zoom writes
        ++m_p;
        return;
    }
    if (peek() != c) {
        if (m_p >= m_end)
            fail(tr("The JSON ends too early."));
        fail(tr("Expected “%1”.").arg(QLatin1Char(c)));
    }
    ++m_p;
}

char ParticipantPagesParser::peek()
{
    if (m_p < m_end && !isSpace(*m_p))
        return *m_p;
    return peekPastSpace();
}

char ParticipantPagesParser::peekPastSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
    return m_p < m_end ? *m_p : '\0';
}

void ParticipantPagesParser::fail(const QString &message)
{
    fail(size_t(m_p - m_begin), message);
}

void ParticipantPagesParser::fail(size_t at, const QString &message)
{
    if (at >= size_t(m_end - m_begin)) // whatever was expected, the file is cut short
        throw Failure {at, tr("The JSON ends too early.")};
    throw Failure {at, message};
}

QString ParticipantPagesParser::where(size_t at) const
{
    int line = 1;
    int column = 1;
    const char *stop = m_begin + std::min(at, size_t(m_end - m_begin));
    for (const char *p = m_begin; p < stop; ++p) {
        if (*p == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
            ++column; // characters, not bytes
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace Roomdesk
