// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace Roomdesk {

Result<QList<CsvReader::Row>> CsvReader::parse(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        return Error {QStringLiteral("csv.encoding"), tr("The file is not UTF-8 text; save it as CSV UTF-8.")};
    const qsizetype headerEnd = text.indexOf(QLatin1Char('\n'));
    const QString header = text.left(headerEnd < 0 ? text.size() : headerEnd);
    const QChar delimiter =
        header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.constFirst().isEmpty()))
            rows.append(row);
        row = Row {};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error {QStringLiteral("csv.quote"),
                      tr("A quoted field that starts on line %1 never ends; a closing \" is missing.").arg(row.line)};
    endRow();
    return rows;
}

} // namespace Roomdesk
