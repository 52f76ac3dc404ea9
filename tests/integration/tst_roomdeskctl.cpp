// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrunner.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlstatement.h"
#include "testfiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

class TestRoomdeskctl final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    QTemporaryDir m_dir;

    QString dbPath(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedOut");
        QTest::addColumn<QString>("expectedErr");

        QTest::newRow("version") << QStringList {"version"} << 0 << "Roomdesk 0.1.0"
                                 << "";
        QTest::newRow("help") << QStringList {"--help"} << 0 << "db info"
                              << "";
        QTest::newRow("help command") << QStringList {"help", "db", "info"} << 0 << "roomdeskctl db info"
                                      << "";
        QTest::newRow("command --help") << QStringList {"db", "info", "--help"} << 0 << "--json"
                                        << "";
        QTest::newRow("no command") << QStringList {} << 2 << ""
                                    << "No command given.";
        QTest::newRow("unknown command") << QStringList {"foo"} << 2 << ""
                                         << "Unknown command “foo”.";
        QTest::newRow("group without subcommand") << QStringList {"db"} << 2 << ""
                                                  << "“db” needs a subcommand.";
        QTest::newRow("unknown option") << QStringList {"db", "info", "--bogus"} << 2 << ""
                                        << "Unknown option “--bogus”.";
        QTest::newRow("unknown global before command") << QStringList {"--bogus", "version"} << 2 << ""
                                                       << "Unknown option “--bogus”.";
        QTest::newRow("extra argument") << QStringList {"version", "now"} << 2 << ""
                                        << "Unexpected argument “now”.";
        QTest::newRow("missing value") << QStringList {"version", "--db"} << 2 << ""
                                       << "needs a value";
        QTest::newRow("empty db path") << QStringList {"--db=", "db", "info"} << 2 << ""
                                       << "--db needs a file path";
        QTest::newRow("unknown language") << QStringList {"--lang", "xx", "version"} << 2 << ""
                                          << "Unknown language “xx”";
        QTest::newRow("usage line") << QStringList {"foo"} << 2 << ""
                                    << "Usage: roomdeskctl";

        QTest::newRow("ru unknown command") << QStringList {"--lang", "ru", "foo"} << 2 << ""
                                            << "Неизвестная команда «foo».";
        QTest::newRow("ru usage") << QStringList {"--lang", "ru", "foo"} << 2 << ""
                                  << "Использование: roomdeskctl";
        QTest::newRow("ru lang after command") << QStringList {"foo", "--lang=ru"} << 2 << ""
                                               << "Неизвестная команда";
        QTest::newRow("es unknown command") << QStringList {"--lang", "es", "foo"} << 2 << ""
                                            << "Comando desconocido «foo».";
        QTest::newRow("es help") << QStringList {"--lang", "es", "--help"} << 0 << "Comandos:"
                                 << "";
        QTest::newRow("ru help") << QStringList {"--help", "--lang", "ru"} << 0 << "Команды:"
                                 << "";
        QTest::newRow("es unknown option") << QStringList {"--lang", "es", "db", "info", "--bogus"} << 2 << ""
                                           << "Opción desconocida «--bogus».";
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedOut);
        QFETCH(QString, expectedErr);

        const ProcessResult result = m_ctl.run(QStringList {"--db", dbPath("cli.sqlite")} + arguments);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.err + result.out));
        QVERIFY2(result.out.contains(expectedOut), qPrintable(result.out));
        QVERIFY2(result.err.contains(expectedErr), qPrintable(result.err));
        if (exitCode == 2)
            QVERIFY2(result.out.isEmpty(), "usage errors go to standard error only");
    }

    void versionAsJson()
    {
        const ProcessResult result = m_ctl.run({"version", "--json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value("name").toString(), QStringLiteral("Roomdesk"));
        QCOMPARE(json.value("version").toString(), QStringLiteral("0.1.0"));
        QCOMPARE(json.value("schema_version").toInt(), latestSchemaVersion());
    }

    void dbInfoCreatesAndDescribesTheDatabase()
    {
        const QString path = dbPath("info.sqlite");
        const ProcessResult result = m_ctl.run({"--db", path, "--json", "db", "info"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value("path").toString(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        QCOMPARE(json.value("schema_version").toInt(), latestSchemaVersion());
        QCOMPARE(json.value("latest_schema_version").toInt(), latestSchemaVersion());
        QVERIFY(json.value("size_bytes").toInteger() >= QFileInfo(path).size());
        QVERIFY(json.value("size_bytes").toInteger() > 0);
        QCOMPARE(json.value("journal_mode").toString(), QStringLiteral("wal"));

        const ProcessResult text = m_ctl.run({"--db", path, "db", "info"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Schema version:")));
        QVERIFY(text.out.contains(json.value("database_id").toString()));

        const ProcessResult russian = m_ctl.run({"--db", path, "--lang", "ru", "db", "info"});
        QCOMPARE(russian.exitCode, 0);
        QVERIFY2(russian.out.contains(QStringLiteral("Версия схемы:")), qPrintable(russian.out));
    }

    void defaultDatabaseLivesInTheAppDataFolder()
    {
        const ProcessResult result = m_ctl.run({"--json", "db", "info"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString path = QJsonDocument::fromJson(result.out.toUtf8()).object().value("path").toString();
        QVERIFY2(path.startsWith(QDir::toNativeSeparators(m_ctl.home() + "/data/")), qPrintable(path));
        QVERIFY(QFileInfo::exists(path));
    }

    void refusedDatabasesExitOneAndStayUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("corrupt") << QByteArray("this is not a database at all, just text\n").repeated(50)
                                 << "db.corrupt";
    }

    void refusedDatabasesExitOneAndStayUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString path = dbPath(QStringLiteral("refused-%1.sqlite").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(path, content));
        const QByteArray before = fileHash(path);
        const ProcessResult result = m_ctl.run({"--db", path, "--json", "db", "info"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(result.out.toUtf8()).object().value("error").toObject().value("code").toString(),
            code);
        QCOMPARE(fileHash(path), before);

        const ProcessResult spanish = m_ctl.run({"--db", path, "--lang", "es", "db", "info"});
        QCOMPARE(spanish.exitCode, 1);
        QVERIFY2(spanish.err.contains(QStringLiteral("no es una base de datos de Roomdesk")), qPrintable(spanish.err));
    }

    void newerSchemaIsRefusedInRussian()
    {
        const QString path = dbPath("newer.sqlite");
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(SqlStatement(db.value()->connection(),
                                 QStringLiteral("INSERT INTO schema_version VALUES (77, 'future', 'x')"))
                        .exec());
        }
        const QByteArray before = fileHash(path);
        const ProcessResult result = m_ctl.run({"--db", path, "--lang", "ru", "db", "info"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("более новой версией Roomdesk")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("77")));
        QCOMPARE(fileHash(path), before);
    }

    void processesOpenADatabaseAnotherOneHolds()
    {
        const QString path = dbPath("held.sqlite");
        auto held = Database::open(path);
        QVERIFY(held);
        QVERIFY(SqlStatement(held.value()->connection(), QStringLiteral("BEGIN")).exec());
        QVERIFY(SqlStatement(held.value()->connection(),
                             QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('writer', 'this process')"))
                    .exec());
        // An open write transaction here must not stop another process from reading.
        const ProcessResult result = m_ctl.run({"--db", path, "--json", "db", "info"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(SqlStatement(held.value()->connection(), QStringLiteral("COMMIT")).exec());
    }

    void concurrentProcessesMigrateOnce()
    {
        // Several rounds of processes racing to create one file: SQLite answers some of these
        // conflicts at once (no busy handler), which must not reach the user as "locked".
        for (int round = 0; round < 5; ++round) {
            const QString path = dbPath(QStringLiteral("race-%1.sqlite").arg(round));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i)
                processes.push_back(m_ctl.start({"--db", path, "--json", "db", "info"}));
            QSet<QString> ids;
            for (auto &process : processes) {
                process->closeWriteChannel();
                const ProcessResult result = ProcessRunner::finish(*process);
                QVERIFY2(result.exitCode == 0, qPrintable(result.err));
                ids.insert(QJsonDocument::fromJson(result.out.toUtf8()).object().value("database_id").toString());
            }
            QCOMPARE(ids.size(), 1);
            auto db = Database::open(path);
            QVERIFY(db);
            SqlStatement rows(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
            QVERIFY(rows.exec() && rows.next());
            QCOMPARE(rows.value(0).toInt(), static_cast<int>(migrations().size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoomdeskctl)
#include "tst_roomdeskctl.moc"
