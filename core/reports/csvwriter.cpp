#include "csvwriter.h"

#include <QDir>
#include <QSaveFile>
#include <QtAlgorithms>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Roomdesk {

CsvWriter::CsvWriter(QChar delimiter, bool bom)
    : m_delimiter(delimiter)
    , m_delimiterUtf8(QString(delimiter).toUtf8())
{
    for (const char c : {'"', '\n', '\r', m_delimiterUtf8.front()})
        m_mayNeedQuotes[quint8(c)] = true;
    if (bom)
        m_data.append("\xEF\xBB\xBF");
}

QChar CsvWriter::defaultDelimiter(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString CsvWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(first) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::quoted(const QString &field, QChar delimiter)
{
    CsvWriter writer(delimiter);
    writer.value(field);
    return QString::fromUtf8(writer.data());
}

char *CsvWriter::grow(qsizetype bytes)
{
    const qsizetype size = m_data.size();
    if (m_data.capacity() - size < bytes)
        m_data.reserve(std::max(size + bytes, 2 * m_data.capacity()));
    m_data.resize(size + bytes);
    return m_data.data() + size;
}

void CsvWriter::cell(std::string_view field)
{
    const std::string_view delimiter(m_delimiterUtf8.constData(), size_t(m_delimiterUtf8.size()));
    bool needs = !field.empty() && (field.front() == ' ' || field.back() == ' ');
    size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time (the last sixteen overlapping the ones before) up to the first
    // that may need quotes.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    const __m128i delimiterStart = _mm_set1_epi8(delimiter.front());
    for (size_t at = 0; !needs && field.size() >= 16; at += 16) {
        at = std::min(at, field.size() - 16);
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(field.data() + at));
        const int marks = _mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, lineFeed)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, carriageReturn), _mm_cmpeq_epi8(bytes, delimiterStart))));
        if (marks != 0 || at + 16 == field.size()) {
            i = marks != 0 ? at + size_t(qCountTrailingZeroBits(quint32(marks))) : field.size();
            break;
        }
    }
#endif
    for (; i < field.size() && !needs; ++i) {
        const char c = field[i];
        needs = m_mayNeedQuotes[quint8(c)] &&
            (c == '"' || c == '\n' || c == '\r' || field.substr(i, delimiter.size()) == delimiter);
    }
    const size_t before = m_rowStarted ? delimiter.size() : 0;
    const size_t quotes = needs ? size_t(std::count(field.begin(), field.end(), '"')) + 2 : 0;
    char *out = grow(qsizetype(before + field.size() + quotes));
    m_rowStarted = true;
    out = std::copy(delimiter.begin(), delimiter.begin() + qsizetype(before), out);
    if (!needs) {
        std::copy(field.begin(), field.end(), out);
        return;
    }
    *out++ = '"';
    for (const char c : field) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out = '"';
}

CsvWriter &CsvWriter::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

CsvWriter &CsvWriter::value(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    cell(std::string_view(utf8.constData(), size_t(utf8.size())));
    return *this;
}

CsvWriter &CsvWriter::text(std::string_view utf8)
{
    static constexpr std::string_view triggers("=+-@\t\r");
    if (!utf8.empty() && triggers.find(utf8.front()) != std::string_view::npos) {
        std::string neutral;
        neutral.reserve(utf8.size() + 1);
        neutral.push_back('\'');
        neutral.append(utf8);
        cell(neutral);
    } else {
        cell(utf8);
    }
    return *this;
}

CsvWriter &CsvWriter::value(std::string_view utf8)
{
    cell(utf8);
    return *this;
}

CsvWriter &CsvWriter::appendRows(const CsvWriter &rows)
{
    Q_ASSERT(!m_rowStarted && !rows.m_rowStarted && rows.m_delimiter == m_delimiter);
    m_data.append(rows.m_data);
    return *this;
}

CsvWriter &CsvWriter::endRow()
{
    char *out = grow(2);
    out[0] = '\r';
    out[1] = '\n';
    m_rowStarted = false;
    return *this;
}

Result<void> CsvWriter::save(const QString &path) const
{
    return saveFile(path, m_data);
}

Result<void> CsvWriter::saveFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {QStringLiteral("csv.write"),
                      tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Roomdesk
