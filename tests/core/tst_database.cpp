// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlstatement.h"
#include "testfiles.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;
using Roomdesk::Test::fileHash;
using Roomdesk::Test::writeFile;

// A raw connection outside Roomdesk's code, to prepare and inspect files.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsAndMigratesNewFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());

        auto info = db.value()->info();
        QVERIFY(info);
        QCOMPARE(info.value().schemaVersion, latestSchemaVersion());
        QCOMPARE(info.value().journalMode, QStringLiteral("wal"));
        QVERIFY(!info.value().databaseId.isEmpty());
        QVERIFY(info.value().sizeBytes > 0);

        SqlStatement fk(db.value()->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.exec() && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        SqlStatement rows(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(rows.exec() && rows.next());
        QCOMPARE(rows.value(0).toInt(), static_cast<int>(migrations().size()));
    }

    void reopenKeepsDataAndAppliesNothingTwice()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString id;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            id = db.value()->info().value().databaseId;
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->info().value().databaseId, id);
        SqlStatement rows(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(rows.exec() && rows.next());
        QCOMPARE(rows.value(0).toInt(), static_cast<int>(migrations().size()));
    }

    void emptyFileIsANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeFile(path, {}));
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
    }

    void upgradesAnOlderSchemaStepByStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
        static const std::vector<Migration> v1 = {migrations().front()};
        static const std::vector<Migration> v2 = {
            migrations().front(),
            {2, "rooms", [](const QSqlDatabase &db) {
                 return SqlStatement(db, QStringLiteral("CREATE TABLE test_rooms (id INTEGER PRIMARY KEY)")).exec();
             }}};
        DatabaseOptions options;
        options.migrations = &v1;
        QVERIFY(Database::open(path, options));
        options.migrations = &v2;
        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 2);
        QVERIFY(SqlStatement(db.value()->connection(), QStringLiteral("SELECT * FROM test_rooms")).exec());
    }

    void failedMigrationChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("failing.sqlite"));
        QVERIFY(Database::open(path));
        // Roomdesk's own steps, then one that fails half-way.
        static const std::vector<Migration> failing = [] {
            std::vector<Migration> steps = migrations();
            steps.push_back({latestSchemaVersion() + 1, "half done", [](const QSqlDatabase &db) -> Result<void> {
                                 if (auto r = SqlStatement(db, QStringLiteral("CREATE TABLE half (id INTEGER)")).exec();
                                     !r)
                                     return r;
                                 return SqlStatement(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)")).exec();
                             }});
            return steps;
        }();
        DatabaseOptions options;
        options.migrations = &failing;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.migration_failed"));
        QVERIFY(db.error().message.contains(QString::number(latestSchemaVersion() + 1)));

        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), latestSchemaVersion());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'")).toInt(), 0);
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Database::open(path));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.newer_schema"));
        QVERIFY2(db.error().message.contains(QLatin1String("999")), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDamagedFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("damagePages");
        QTest::newRow("text file") << QByteArray("name,email\nAna,ana@example.org\n") << false;
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << false;
        QTest::newRow("header then garbage") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff') << false;
        QTest::newRow("damaged pages") << QByteArray() << true;
    }

    void refusesDamagedFilesUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, damagePages);
        const QString path = m_dir.filePath(QStringLiteral("damaged-%1.sqlite")
                                                .arg(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        if (damagePages) {
            // A real Roomdesk database at an older schema whose table pages are overwritten.
            static const std::vector<Migration> v1 = {migrations().front()};
            static const std::vector<Migration> v2 = {
                migrations().front(),
                {2, "next", [](const QSqlDatabase &db) {
                     return SqlStatement(db, QStringLiteral("CREATE TABLE next_step (id INTEGER)")).exec();
                 }}};
            DatabaseOptions options;
            options.migrations = &v1;
            QVERIFY(Database::open(path, options));
            {
                RawConnection raw(path);
                QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                QVERIFY(raw.exec(QStringLiteral("CREATE TABLE filler (t TEXT)")));
                for (int i = 0; i < 50; ++i)
                    QVERIFY(raw.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(200)))")));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096;
            QVERIFY(file.size() > 3 * pageSize);
            file.seek(pageSize); // page 2 onwards: leave the header readable
            file.write(QByteArray(static_cast<int>(file.size() - pageSize), '\x13'));
            file.close();
            options.migrations = &v2;
            const QByteArray before = fileHash(path);
            auto db = Database::open(path, options);
            QVERIFY(!db);
            QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
            QCOMPARE(fileHash(path), before);
            return;
        }
        QVERIFY(writeFile(path, content));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.not_roomdesk"));
        QCOMPARE(fileHash(path), before);
    }

    void refusesLockedFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        RawConnection holder(path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(holder.exec(QStringLiteral("CREATE TABLE held (id INTEGER)")));
        const QByteArray before = fileHash(path);

        DatabaseOptions options;
        options.busyTimeoutMs = 150;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.locked"));
        QCOMPARE(fileHash(path), before);

        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        auto reopened = Database::open(path, options);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    }

    void refusesFolder()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.not_a_file"));
        QVERIFY(!Database::open(QString()));
    }

    void twoConnectionsShareOneFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first && second);
        QVERIFY(SqlStatement(first.value()->connection(),
                             QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('probe', 'from first')"))
                    .exec());
        SqlStatement read(second.value()->connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
        read.bind(QStringLiteral(":key"), QStringLiteral("probe"));
        QVERIFY(read.exec() && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("from first"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
