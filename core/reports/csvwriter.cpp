// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QDir>
#include <QSaveFile>

namespace Roomdesk {

CsvWriter::CsvWriter(QChar delimiter, bool bom)
    : m_delimiter(delimiter)
    , m_delimiterUtf8(QString(delimiter).toUtf8())
{
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

void CsvWriter::cell(std::string_view field)
{
    const std::string_view delimiter(m_delimiterUtf8.constData(), size_t(m_delimiterUtf8.size()));
    const bool needs = (!field.empty() && (field.front() == ' ' || field.back() == ' ')) ||
        field.find_first_of("\"\n\r") != std::string_view::npos || field.find(delimiter) != std::string_view::npos;
    if (m_rowStarted)
        m_data.append(delimiter.data(), qsizetype(delimiter.size()));
    m_rowStarted = true;
    if (!needs) {
        m_data.append(field.data(), qsizetype(field.size()));
        return;
    }
    m_data.append('"');
    for (const char c : field) {
        if (c == '"')
            m_data.append('"');
        m_data.append(c);
    }
    m_data.append('"');
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

CsvWriter &CsvWriter::endRow()
{
    m_data.append("\r\n");
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
