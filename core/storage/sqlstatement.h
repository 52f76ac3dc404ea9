// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Roomdesk {

// A prepared statement: SQL text with named placeholders, values bound separately.
// Every query in Roomdesk goes through this, never through string concatenation.
class SqlStatement final
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    Result<void> exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Maps a driver error to an Error with a translated message. SQLite's busy/locked,
// corrupt and "not a database" codes get their own codes so callers can tell them apart.
Error sqlError(const QSqlError &error, const QString &what);

inline bool isBusyError(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), possibly as extended codes (low byte).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

} // namespace Roomdesk
