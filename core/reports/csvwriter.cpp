#include "csvwriter.h"

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
    const bool needs = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) || field.startsWith(QLatin1Char(' ')) ||
        field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::cell(const QString &field)
{
    if (m_rowStarted)
        m_data.append(m_delimiterUtf8);
    m_rowStarted = true;
    m_data.append(quoted(field, m_delimiter).toUtf8());
}

CsvWriter &CsvWriter::text(const QString &value)
{
    cell(neutralised(value));
    return *this;
}

CsvWriter &CsvWriter::value(const QString &value)
{
    cell(value);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("csv.write"), tr("%1 cannot be written: %2").arg(path, file.errorString())};
    if (file.write(m_data) != m_data.size() || !file.commit())
        return Error {QStringLiteral("csv.write"), tr("%1 cannot be written: %2").arg(path, file.errorString())};
    return {};
}

} // namespace Roomdesk
