// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "sqlstatement.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcStorage, "roomdesk.core.storage", QtInfoMsg)

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("roomdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/roomdesk.sqlite");
}

Database::Database(QString path, QString connectionName, const std::vector<Migration> &migrations)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_migrations(migrations)
    , m_latestSchemaVersion(migrations.empty() ? 0 : migrations.back().version)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseOptions &options)
{
    if (path.trimmed().isEmpty())
        return Error {QStringLiteral("db.no_path"), tr("No database file was given.")};

    const QFileInfo file(path);
    if (file.exists() && !file.isFile())
        return Error {QStringLiteral("db.not_a_file"),
                      tr("“%1” is a folder or a device, not a database file.").arg(QDir::toNativeSeparators(path))};
    if (!QDir().mkpath(file.absolutePath()))
        return Error {QStringLiteral("db.cannot_open"),
                      tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(file.absolutePath()))};
    if (file.exists() && !file.isReadable())
        return Error {
            QStringLiteral("db.cannot_open"),
            tr("The database file “%1” cannot be read. Check its permissions.").arg(QDir::toNativeSeparators(path))};

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error {QStringLiteral("db.no_driver"),
                      tr("Qt's SQLite driver is not installed (package libqt6sql6-sqlite).")};

    std::unique_ptr<Database> database(new Database(file.absoluteFilePath(), nextConnectionName(),
                                                    options.migrations ? *options.migrations : migrations()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return Error {QStringLiteral("db.cannot_open"),
                          tr("The database file “%1” cannot be opened: %2")
                              .arg(QDir::toNativeSeparators(database->m_path), db.lastError().databaseText())};
    }

    // Inspect with read-only statements first: nothing is written to a file we refuse.
    // SQLite answers some lock conflicts at once instead of calling its busy handler (a
    // journal-mode change or a snapshot upgrade racing another process that creates the same
    // file), so the whole sequence is retried until the busy timeout is spent.
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 1;; ++attempt) {
        Result<void> result = database->inspect();
        if (result)
            result = database->configure();
        if (result)
            result = database->migrate();
        if (result)
            break;
        if (result.error().code != QLatin1String("db.locked") || elapsed.elapsed() >= options.busyTimeoutMs)
            return result.error();
        qCDebug(lcStorage) << "Database busy, attempt" << attempt << "- retrying";
        QThread::msleep(static_cast<unsigned long>(std::min(20 * attempt, 200)));
    }

    qCInfo(lcStorage) << "Opened database" << database->m_path << "at schema version" << database->m_schemaVersion;
    return database;
}

Result<int> Database::readSchemaVersion() const
{
    const QSqlDatabase db = connection();
    SqlStatement tables(db,
                        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(name = 'schema_version'), 0) "
                                       "FROM sqlite_master WHERE type = 'table'"));
    if (auto result = tables.exec(); !result)
        return result.error();
    if (!tables.next())
        return 0;
    const int tableCount = tables.value(0).toInt();
    const bool hasVersionTable = tables.value(1).toInt() > 0;
    if (!hasVersionTable) {
        if (tableCount > 0)
            return Error {QStringLiteral("db.not_roomdesk"),
                          tr("“%1” is an SQLite database of another program, not a Roomdesk database. "
                             "It was left untouched.")
                              .arg(QDir::toNativeSeparators(m_path))};
        return 0;
    }
    SqlStatement version(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (auto result = version.exec(); !result)
        return result.error();
    return version.next() ? version.value(0).toInt() : 0;
}

Result<void> Database::inspect()
{
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    m_schemaVersion = version.value();
    if (m_schemaVersion > m_latestSchemaVersion)
        return Error {QStringLiteral("db.newer_schema"),
                      tr("This database was created by a newer version of Roomdesk (schema %1; this version "
                         "knows up to %2). It was left untouched; update Roomdesk to open it.")
                          .arg(m_schemaVersion)
                          .arg(m_latestSchemaVersion)};
    return {};
}

Result<void> Database::configure()
{
    const QSqlDatabase db = connection();
    if (auto result = SqlStatement(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec(); !result)
        return result;
    // Before the first write: a damaged page must not be built upon.
    if (m_schemaVersion < m_latestSchemaVersion) {
        SqlStatement check(db, QStringLiteral("PRAGMA quick_check"));
        if (auto result = check.exec(); !result)
            return result;
        if (check.next() && check.value(0).toString() != QLatin1String("ok"))
            return Error {QStringLiteral("db.corrupt"),
                          tr("The database “%1” is damaged (%2). It was left untouched; restore a backup.")
                              .arg(QDir::toNativeSeparators(m_path), check.value(0).toString())};
    }
    SqlStatement wal(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (auto result = wal.exec(); !result)
        return result;
    if (!wal.next() || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "Write-ahead logging is not available for" << m_path;
    return SqlStatement(db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
}

Result<void> Database::migrate()
{
    const QSqlDatabase db = connection();
    for (const Migration &migration : m_migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        // The write lock up front, so two processes migrating the same file serialise here;
        // the version is re-read under the lock.
        bool applied = false;
        auto migrated = inWriteTransaction(*this, [&]() -> Result<void> {
            auto current = readSchemaVersion();
            if (!current)
                return current.error();
            if (current.value() >= migration.version) {
                m_schemaVersion = current.value();
                return {};
            }
            if (auto result = migration.apply(db); !result) {
                qCWarning(lcStorage) << "Migration" << migration.version << migration.name << "failed";
                return Error {QStringLiteral("db.migration_failed"),
                              tr("Updating the database to schema %1 failed; nothing was changed. %2")
                                  .arg(migration.version)
                                  .arg(result.error().message)};
            }
            SqlStatement record(db,
                                QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                               "VALUES (:version, :name, :applied)"));
            record.bind(QStringLiteral(":version"), migration.version)
                .bind(QStringLiteral(":name"), QString::fromLatin1(migration.name))
                .bind(QStringLiteral(":applied"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (auto result = record.exec(); !result)
                return result;
            applied = true;
            return {};
        });
        if (!migrated)
            return migrated;
        if (!applied)
            continue;
        m_schemaVersion = migration.version;
        qCInfo(lcStorage) << "Applied migration" << migration.version << migration.name;
    }
    return {};
}

Result<DatabaseInfo> Database::info() const
{
    DatabaseInfo info;
    info.path = m_path;
    info.latestSchemaVersion = m_latestSchemaVersion;
    const QSqlDatabase db = connection();
    auto version = readSchemaVersion();
    if (!version)
        return version.error();
    info.schemaVersion = version.value();

    SqlStatement meta(db, QStringLiteral("SELECT key, value FROM app_meta"));
    if (auto result = meta.exec(); !result)
        return result.error();
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        if (key == QLatin1String("database_id"))
            info.databaseId = meta.value(1).toString();
        else if (key == QLatin1String("created_with"))
            info.createdWith = meta.value(1).toString();
    }
    SqlStatement mode(db, QStringLiteral("PRAGMA journal_mode"));
    if (mode.exec() && mode.next())
        info.journalMode = mode.value(0).toString();

    info.sizeBytes = QFileInfo(m_path).size();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists())
        info.sizeBytes += wal.size();
    return info;
}

} // namespace Roomdesk
