// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <string_view>

namespace Roomdesk {

// CSV as spreadsheets read it (issue 7): RFC 4180 quoting, UTF-8 with an optional BOM for
// Excel, CRLF line ends, a chosen delimiter, and text cells that a spreadsheet would take for
// a formula (= + - @, tab, carriage return) neutralised with a leading apostrophe. Numbers
// and times are written as given, so a negative number stays a number.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::CsvWriter)

public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','), bool bom = false);

    CsvWriter &text(const QString &value); // a cell a person typed: neutralised
    CsvWriter &value(const QString &value); // a number or a time Roomdesk wrote
    CsvWriter &text(std::string_view utf8);
    CsvWriter &value(std::string_view utf8);
    CsvWriter &endRow();

    const QByteArray &data() const { return m_data; }
    // Written whole or not at all: a temporary file renamed over the target.
    Result<void> save(const QString &path) const;
    static Result<void> saveFile(const QString &path, const QByteArray &data);

    // ";" where the decimal separator is a comma (Spanish, Russian…), "," otherwise.
    static QChar defaultDelimiter(const QLocale &locale);
    static QString neutralised(const QString &text);
    static QString quoted(const QString &field, QChar delimiter);

private:
    void cell(std::string_view field);

    QChar m_delimiter;
    QByteArray m_delimiterUtf8;
    QByteArray m_data;
    bool m_rowStarted = false;
};

} // namespace Roomdesk
