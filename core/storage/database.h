// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace Roomdesk {

struct Migration;

struct DatabaseOptions final
{
    // How long a statement waits for another process's lock before giving up.
    int busyTimeoutMs = 5000;
    // The schema steps to apply; null means Roomdesk's own (tests pass others).
    const std::vector<Migration> *migrations = nullptr;
};

struct DatabaseInfo final
{
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    qint64 sizeBytes = 0; // main file plus write-ahead log
    QString databaseId;
    QString createdWith;
    QString journalMode;
};

// An open, migrated Roomdesk database (SQLite through QtSql). Opening checks the file
// before changing anything: a database from a newer Roomdesk, a damaged file, a file
// that is not ours or one locked by another process is refused and left untouched.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseOptions &options = {});
    // <app data folder>/roomdesk.sqlite
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The connection belongs to the thread that opened the database.
    QSqlDatabase connection() const;
    Result<DatabaseInfo> info() const;

private:
    Database(QString path, QString connectionName, const std::vector<Migration> &migrations);
    Result<void> inspect();
    Result<void> configure();
    Result<void> migrate();
    Result<int> readSchemaVersion() const;

    QString m_path;
    QString m_connectionName;
    const std::vector<Migration> &m_migrations;
    int m_latestSchemaVersion = 0;
    int m_schemaVersion = 0;
};

} // namespace Roomdesk
