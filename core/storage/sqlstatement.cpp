// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcSql, "roomdesk.core.storage.sql", QtInfoMsg)

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
    , m_prepared(m_query.prepare(sql))
{}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Result<void> SqlStatement::exec()
{
    if (!m_prepared || !m_query.exec()) {
        qCDebug(lcSql) << "Statement failed:" << m_sql << m_query.lastError().text();
        return sqlError(m_query.lastError(), m_sql.section(QLatin1Char(' '), 0, 2));
    }
    return {};
}

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString detail = error.databaseText().trimmed();
    switch (primaryCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {QStringLiteral("db.locked"),
                QCoreApplication::translate("Roomdesk::Database",
                                            "The database is locked by another program. Close the other "
                                            "Roomdesk window or command and try again.")};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {QStringLiteral("db.corrupt"),
                QCoreApplication::translate("Roomdesk::Database",
                                            "The file is not a Roomdesk database or it is damaged (%1). "
                                            "It was left untouched; restore a backup or choose another file.")
                    .arg(detail)};
    case 8: // SQLITE_READONLY
        return {QStringLiteral("db.read_only"),
                QCoreApplication::translate("Roomdesk::Database",
                                            "The database file is read-only. Check its permissions.")};
    case 13: // SQLITE_FULL
        return {QStringLiteral("db.full"),
                QCoreApplication::translate("Roomdesk::Database",
                                            "The disk is full; nothing was saved. Free some space and try again.")};
    default:
        return {QStringLiteral("db.error"),
                QCoreApplication::translate("Roomdesk::Database", "A database operation failed (%1): %2")
                    .arg(what, detail)};
    }
}

} // namespace Roomdesk
