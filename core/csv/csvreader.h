// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Roomdesk {

// RFC 4180 CSV: fields separated by a delimiter, optionally in double quotes (a quote inside
// doubled), line breaks inside quotes kept; CRLF or LF; a UTF-8 byte-order mark ignored.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::CsvReader)

public:
    struct Row
    {
        int line = 0; // where the row starts, 1-based
        QStringList fields;
    };

    // The delimiter is ',' or ';', whichever the header line uses (spreadsheets in Spanish
    // and Russian locales write ';').
    static Result<QList<Row>> parse(const QByteArray &bytes);
};

} // namespace Roomdesk
