// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantpages.h"

#include "reporttime.h"
#include "zoom/zoomapi.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <optional>

namespace Roomdesk {

namespace {

using Json = nlohmann::json;

constexpr size_t maxDepth = 64; // deeper nesting is refused

// The fields of a participant that hold text when they are there at all.
constexpr std::string_view textFields[] = {"id",        "participant_user_id", "name",  "user_email",
                                           "join_time", "leave_time",          "status"};

// The bytes as nlohmann/json reads them, through a position the reader shares: at each event
// the reader knows how far the parser has read (just past the token, or one byte further
// after a number), and so where each value and each fault is.
class Cursor
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    static Cursor reading(const char **position) { return Cursor(position, nullptr); }
    static Cursor end(const char *end) { return Cursor(nullptr, end); }

    reference operator*() const { return **m_position; }
    Cursor &operator++()
    {
        ++*m_position;
        return *this;
    }
    Cursor operator++(int)
    {
        Cursor before = *this;
        ++*this;
        return before;
    }
    bool operator==(const Cursor &other) const { return at() == other.at(); }

private:
    Cursor(const char **position, const char *end)
        : m_position(position)
        , m_end(end)
    {}
    const char *at() const { return m_position ? *m_position : m_end; }

    const char **m_position;
    const char *m_end;
};

// What the SAX events mean in Zoom's pages; the first fault stops the reading.
class Reader final : public nlohmann::json_sax<Json>
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::ParticipantPages)

public:
    Reader(const QByteArray &json, const char **position)
        : m_begin(json.constData())
        , m_size(size_t(json.size()))
        , m_position(position)
        , m_lastEnd(json.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    {}

    ParticipantRecords records;
    std::optional<Error> failure;

    bool null() override
    {
        return value([] { return Json(); });
    }
    bool boolean(bool v) override
    {
        return value([v] { return Json(v); });
    }
    bool number_integer(number_integer_t v) override
    {
        return value([v] { return Json(v); });
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        return value([v] { return Json(v); });
    }
    bool number_float(number_float_t v, const string_t &) override
    {
        return value([v] { return Json(v); });
    }
    bool string(string_t &v) override
    {
        return value([&v] { return Json(std::move(v)); });
    }
    bool binary(binary_t &) override
    {
        return value([] { return Json(); }); // JSON text has none
    }
    bool start_object(std::size_t) override;
    bool key(string_t &key) override;
    bool end_object() override;
    bool start_array(std::size_t) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex) override;

    bool fail(size_t at, const QString &message);

private:
    enum class Frame { Pages, Page, Participants, Participant, Skipped };

    size_t offset() const { return size_t(*m_position - m_begin); }
    // Where the value after `from` starts: past spaces and one ":" or ",".
    size_t valueStart(size_t from) const;
    QString where(size_t at) const;
    bool notATime(size_t at, const std::string &text)
    {
        return fail(at,
                    tr("Participant %1 on page %2: “%3” is not a time such as 2026-03-02T10:00:00Z.")
                        .arg(m_row)
                        .arg(m_page)
                        .arg(QString::fromStdString(text)));
    }
    bool isTextField() const
    {
        return std::find(std::begin(textFields), std::end(textFields), m_key) != std::end(textFields);
    }
    bool notText(size_t at)
    {
        return fail(at,
                    tr("Participant %1 on page %2: “%3” must be text.")
                        .arg(m_row)
                        .arg(m_page)
                        .arg(QString::fromStdString(m_key)));
    }
    bool opened(Frame frame);
    bool closed();
    bool endRow();
    bool endPage();

    template<typename Make>
    bool value(Make make);

    const char *const m_begin;
    const size_t m_size;
    const char *const *m_position;
    size_t m_lastEnd; // where the last event's token ended
    std::vector<Frame> m_frames;
    std::string m_key; // the member being read, in a page or a participant
    bool m_done = false; // the pages have ended: only spaces may follow
    int m_page = 0; // 1-based while reading one
    size_t m_pageStart = 0;
    bool m_hasParticipants = false;
    int m_row = 0; // 1-based, on its page
    size_t m_rowStart = 0;
    Json m_rowJson; // the participant being read, as the Zoom client would have it
};

size_t Reader::valueStart(size_t from) const
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    size_t at = std::min(from, m_size);
    while (at < m_size && isSpace(m_begin[at]))
        ++at;
    if (at < m_size && (m_begin[at] == ':' || m_begin[at] == ','))
        ++at;
    while (at < m_size && isSpace(m_begin[at]))
        ++at;
    return at;
}

QString Reader::where(size_t at) const
{
    int line = 1;
    int column = 1;
    const char *const stop = m_begin + std::min(at, m_size);
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

bool Reader::fail(size_t at, const QString &message)
{
    if (!failure) {
        // Whatever was expected, a file that stops there is cut short.
        const QString why = at >= m_size ? tr("The JSON ends too early.") : message;
        failure = Error {QStringLiteral("report.pages"), where(at) + QStringLiteral(": ") + why};
    }
    return false;
}

template<typename Make>
bool Reader::value(Make make)
{
    const size_t start = valueStart(m_lastEnd);
    m_lastEnd = offset();
    if (m_frames.empty())
        return fail(start, tr("Expected a page of participants ({…}) or a list of pages ([…])."));
    switch (m_frames.back()) {
    case Frame::Pages:
        return fail(start, tr("Each element of the list must be a page of participants ({…})."));
    case Frame::Page:
        if (m_key == "participants")
            return fail(start, tr("Expected “%1”.").arg(QLatin1Char('[')));
        return true;
    case Frame::Participants:
        ++m_row;
        return fail(start, tr("Participant %1 on page %2 is not an object.").arg(m_row).arg(m_page));
    case Frame::Participant: {
        Json v = make();
        if (isTextField() && !v.is_string() && !v.is_null())
            return notText(start);
        if ((m_key == "join_time" || m_key == "leave_time") && v.is_string() &&
            !v.get_ref<const std::string &>().empty() && !ReportTime::parseIso(v.get_ref<const std::string &>()))
            return notATime(start, v.get_ref<const std::string &>());
        m_rowJson[m_key] = std::move(v);
        return true;
    }
    case Frame::Skipped:
        return true;
    }
    return true;
}

bool Reader::opened(Frame frame)
{
    if (m_frames.size() >= maxDepth)
        return fail(offset() - 1, tr("The JSON is nested too deeply."));
    m_frames.push_back(frame);
    m_lastEnd = offset();
    return true;
}

bool Reader::start_object(std::size_t)
{
    const size_t start = offset() - 1; // at the "{"
    if (m_frames.empty() || m_frames.back() == Frame::Pages) {
        ++m_page;
        m_row = 0;
        m_pageStart = start;
        m_hasParticipants = false;
        return opened(Frame::Page);
    }
    switch (m_frames.back()) {
    case Frame::Page:
        if (m_key == "participants")
            return fail(start, tr("Expected “%1”.").arg(QLatin1Char('[')));
        return opened(Frame::Skipped);
    case Frame::Participants:
        ++m_row;
        m_rowStart = start;
        m_rowJson = Json::object();
        return opened(Frame::Participant);
    case Frame::Participant:
        if (isTextField())
            return notText(start);
        return opened(Frame::Skipped);
    default:
        return opened(Frame::Skipped);
    }
}

bool Reader::start_array(std::size_t)
{
    const size_t start = offset() - 1; // at the "["
    if (m_frames.empty())
        return opened(Frame::Pages);
    switch (m_frames.back()) {
    case Frame::Pages:
        return fail(start, tr("Each element of the list must be a page of participants ({…})."));
    case Frame::Page:
        if (m_key != "participants")
            return opened(Frame::Skipped);
        if (m_hasParticipants)
            return fail(start, tr("Page %1 lists its participants twice.").arg(m_page));
        m_hasParticipants = true;
        return opened(Frame::Participants);
    case Frame::Participants:
        ++m_row;
        return fail(start, tr("Participant %1 on page %2 is not an object.").arg(m_row).arg(m_page));
    case Frame::Participant:
        if (isTextField())
            return notText(start);
        return opened(Frame::Skipped);
    case Frame::Skipped:
        return opened(Frame::Skipped);
    }
    return true;
}

bool Reader::key(string_t &key)
{
    m_lastEnd = offset();
    if (!m_frames.empty() && (m_frames.back() == Frame::Page || m_frames.back() == Frame::Participant))
        m_key = std::move(key);
    return true;
}

bool Reader::closed()
{
    m_lastEnd = offset();
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    m_done = m_frames.empty();
    if (frame == Frame::Participant)
        return endRow();
    if (frame == Frame::Page)
        return endPage();
    return true;
}

bool Reader::end_object()
{
    return closed();
}

bool Reader::end_array()
{
    return closed();
}

bool Reader::endRow()
{
    const auto join = m_rowJson.find("join_time");
    if (join == m_rowJson.end() || !join->is_string() || join->get_ref<const std::string &>().empty())
        return fail(m_rowStart, tr("Participant %1 on page %2 has no join time.").arg(m_row).arg(m_page));
    // The Zoom client's own reading of the row, as for fetched pages.
    const auto participant = ZoomApi::parseParticipant(m_rowJson);
    if (!participant)
        return notATime(m_rowStart, join->get_ref<const std::string &>());
    records.add(participant.value());
    return true;
}

bool Reader::endPage()
{
    if (!m_hasParticipants)
        return fail(m_pageStart,
                    tr("Page %1 has no “participants” list; is this a Zoom participants page?").arg(m_page));
    records.addPage();
    return true;
}

bool Reader::parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
{
    const size_t at = position > 0 ? position - 1 : 0; // the byte the parser stopped at
    if (m_done)
        return fail(at, tr("Unexpected text after the pages."));
    // nlohmann/json's own words, in English, name the fault; they are told in the user's language.
    const std::string_view what(ex.what());
    const auto says = [&what](std::string_view words) { return what.find(words) != std::string_view::npos; };
    if (says("control character"))
        return fail(at, tr("A control character inside text must be escaped."));
    if (says("'\\u' must be followed"))
        return fail(at, tr("“\\u” must be followed by four hexadecimal digits."));
    if (says("surrogate"))
        return fail(at, tr("A “\\u” escape gives half of a character (a lone surrogate)."));
    if (says("after backslash"))
        return fail(at, tr("“\\%1” is not a JSON escape.").arg(QLatin1Char(m_begin[at])));
    if (says("ill-formed UTF-8"))
        return fail(at, tr("The text is not valid UTF-8."));
    if (says("missing closing quote"))
        return fail(at, tr("The text is not closed with a quote."));
    if (says("invalid number"))
        return fail(at, tr("A number is cut short."));
    if (says("invalid literal"))
        return fail(at, tr("Unexpected text; expected a value."));
    if (says("while parsing object key"))
        return fail(at, tr("Expected a field name in quotes."));
    if (says("while parsing object separator"))
        return fail(at, tr("Expected “%1”.").arg(QLatin1Char(':')));
    if (says("while parsing object"))
        return fail(at, tr("Expected “,” or “}” after a field."));
    if (says("while parsing array")) {
        const Frame frame = m_frames.empty() ? Frame::Skipped : m_frames.back();
        if (frame == Frame::Pages)
            return fail(at, tr("Expected “,” or “]” after a page."));
        if (frame == Frame::Participants)
            return fail(at, tr("Expected “,” or “]” after a participant."));
        return fail(at, tr("Expected “,” or “]” in a list."));
    }
    const qsizetype length = qsizetype(std::min<size_t>(4, m_size - at));
    QString next = QString::fromUtf8(m_begin + at, length);
    next.truncate(1);
    return fail(at, tr("Unexpected “%1”; expected a value.").arg(next));
}

} // namespace

Result<ParticipantRecords> ParticipantPages::read(const QByteArray &json)
{
    const QByteArray content = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json; // saved by a Windows editor
    if (content.trimmed().isEmpty())
        return Error {QStringLiteral("report.pages"),
                      tr("line %1, column %2").arg(1).arg(1) + QStringLiteral(": ") +
                          tr("The file is empty; it should hold Zoom participant pages.")};
    const char *position = json.constData();
    Reader reader(json, &position);
    const bool read = Json::sax_parse(Cursor::reading(&position), Cursor::end(json.constData() + json.size()), &reader);
    if (!read || reader.failure) {
        if (!reader.failure)
            reader.fail(size_t(position - json.constData()), tr("Unexpected text; expected a value."));
        return *reader.failure;
    }
    return std::move(reader.records);
}

} // namespace Roomdesk
