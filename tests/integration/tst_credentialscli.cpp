// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl credentials set|show|test|forget` and `zoom check` with stored credentials, as
// an administrator's script runs them: a real roomdesk-sandbox, the real Secret Service
// (gnome-keyring of ./dev test), real SQLite files. Secrets must never show up anywhere but
// in the keychain.
#include "keychainprobe.h"
#include "processrunner.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk::Test;

class TestCredentialsCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    ProcessRunner m_sandboxRunner {QStringLiteral("roomdesk-sandbox")};
    std::unique_ptr<QProcess> m_sandboxProcess;
    QJsonObject m_sandbox;
    int m_databases = 0;

    QString newDatabase() { return m_ctl.home() + QStringLiteral("/profile-%1.sqlite").arg(++m_databases); }

    ProcessResult ctl(const QString &db, const QStringList &arguments, const QByteArray &input = {})
    {
        return m_ctl.run(QStringList {"--db", db} + arguments, input);
    }

    QJsonObject show(const QString &db)
    {
        const ProcessResult result = ctl(db, {"credentials", "show", "--json"});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    // A profile configured with the sandbox's app.
    QString configured(const QString &clientSecret = {})
    {
        const QString db = newDatabase();
        m_ctl.environment().insert("RD_CLIENT_SECRET",
                                   clientSecret.isEmpty() ? m_sandbox.value("client_secret").toString() : clientSecret);
        const ProcessResult set =
            ctl(db,
                {"credentials", "set", "--base-url", ProcessRunner::sandboxBaseUrl(m_sandbox), "--account-id",
                 m_sandbox.value("account_id").toString(), "--client-id", m_sandbox.value("client_id").toString(),
                 "--client-secret-env", "RD_CLIENT_SECRET"});
        m_ctl.environment().remove("RD_CLIENT_SECRET");
        if (set.exitCode != 0)
            qWarning() << set.err;
        return db;
    }

    // Every byte the profile left on disk: the database with its write-ahead log, and the
    // settings and data folders.
    QByteArray everythingOnDisk(const QString &db)
    {
        QByteArray all;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile file(db + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        QDirIterator it(m_ctl.home(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void init()
    {
        if (!keychainTestsEnabled() &&
            QLatin1String(QTest::currentTestFunction()) != QLatin1String("withoutAKeychainNothingIsWrittenAnywhere"))
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
    }

    void initTestCase()
    {
        m_sandbox = m_sandboxRunner.startSandbox(m_sandboxProcess);
        QVERIFY(!m_sandbox.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_sandboxProcess) {
            m_sandboxProcess->terminate();
            m_sandboxProcess->waitForFinished(5000);
        }
    }

    void freshProfileHasNothing()
    {
        const QJsonObject status = show(newDatabase());
        QCOMPARE(status.value("configured").toBool(true), false);
        QCOMPARE(status.value("client_secret_stored").toBool(true), false);
        QCOMPARE(status.value("webhook_secret_stored").toBool(true), false);
        QCOMPARE(status.value("keychain").toString(), QStringLiteral("available"));
        QVERIFY(status.value("verified_at").isNull());
        QVERIFY(!status.value("profile").toString().isEmpty());
    }

    void aSecretAloneOnAFreshProfile()
    {
        const QString db = newDatabase();
        const ProcessResult set =
            ctl(db, {"credentials", "set", "--webhook-secret-stdin"}, "Only-The-Webhook-Token-012");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject status = show(db);
        QCOMPARE(status.value("configured").toBool(true), false);
        QCOMPARE(status.value("webhook_secret_stored").toBool(), true);
        QCOMPARE(status.value("client_secret_stored").toBool(true), false);
    }

    void setStoresIdsInTheDatabaseAndSecretsInTheKeychain()
    {
        const QString db = configured();
        // Pasted with a trailing newline and quotes, as a terminal copy often does.
        const QByteArray token = "wh-Secret-Token-0123456789";
        const ProcessResult webhook = ctl(db, {"credentials", "set", "--webhook-secret-stdin"}, "\"" + token + "\"\n");
        QVERIFY2(webhook.exitCode == 0, qPrintable(webhook.err));

        const QJsonObject status = show(db);
        QCOMPARE(status.value("configured").toBool(), true);
        QCOMPARE(status.value("base_url").toString(), ProcessRunner::sandboxBaseUrl(m_sandbox));
        QCOMPARE(status.value("account_id").toString(), m_sandbox.value("account_id").toString());
        QCOMPARE(status.value("client_id").toString(), m_sandbox.value("client_id").toString());
        QCOMPARE(status.value("client_secret_stored").toBool(), true);
        QCOMPARE(status.value("webhook_secret_stored").toBool(), true);

        const QString profile = status.value("profile").toString();
        QCOMPARE(keychainEntry(profile + "/zoom-client-secret"), m_sandbox.value("client_secret").toString().toUtf8());
        QCOMPARE(keychainEntry(profile + "/zoom-webhook-secret-token"), token);

        const QByteArray disk = everythingOnDisk(db);
        QVERIFY(disk.contains(m_sandbox.value("account_id").toString().toUtf8())); // the probe works
        QVERIFY(!disk.contains(m_sandbox.value("client_secret").toString().toUtf8()));
        QVERIFY(!disk.contains(token));
    }

    void testExchangesATokenAndRecordsTheScopes()
    {
        const QString db = configured();
        const ProcessResult test = ctl(db, {"credentials", "test", "--json"});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        const QJsonObject report = QJsonDocument::fromJson(test.out.toUtf8()).object();
        QCOMPARE(report.value("scopes").toArray().size(), 32);
        QVERIFY(report.value("missing_required").toArray().isEmpty());

        const QJsonObject status = show(db);
        QVERIFY(!status.value("verified_at").toString().isEmpty());
        QCOMPARE(status.value("granted_scopes").toArray().size(), 32);

        // `zoom check` without options is the same check.
        const ProcessResult check = ctl(db, {"zoom", "check"});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains("granted required meeting:write:meeting:admin"));
        const QString everything = test.out + test.err + check.out + check.err;
        QVERIFY(!everything.contains(m_sandbox.value("client_secret").toString()));
    }

    void changingTheIdsClearsTheVerification()
    {
        const QString db = configured();
        QCOMPARE(ctl(db, {"credentials", "test"}).exitCode, 0);
        QVERIFY(!show(db).value("verified_at").toString().isEmpty());
        QCOMPARE(ctl(db, {"credentials", "set", "--client-id", "AnotherClientId_123456"}).exitCode, 0);
        QVERIFY(show(db).value("verified_at").isNull());
    }

    void aWrongStoredSecretIsExplained()
    {
        const QString db = configured("WrongSecretWrongSecret_00000000");
        const ProcessResult test = ctl(db, {"--lang", "es", "credentials", "test"});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains("Client Secret"), qPrintable(test.err));
        QVERIFY(!test.err.contains("WrongSecretWrongSecret"));
        QVERIFY(show(db).value("verified_at").isNull());
    }

    void missingScopesFailTheTest()
    {
        std::unique_ptr<QProcess> process;
        const QJsonObject narrow = m_sandboxRunner.startSandbox(process, {"--scopes", "meeting:read:meeting:admin"});
        const QString db = newDatabase();
        m_ctl.environment().insert("RD_CLIENT_SECRET", narrow.value("client_secret").toString());
        QCOMPARE(ctl(db,
                     {"credentials", "set", "--base-url", ProcessRunner::sandboxBaseUrl(narrow), "--account-id",
                      narrow.value("account_id").toString(), "--client-id", narrow.value("client_id").toString(),
                      "--client-secret-env", "RD_CLIENT_SECRET"})
                     .exitCode,
                 0);
        m_ctl.environment().remove("RD_CLIENT_SECRET");
        const ProcessResult test = ctl(db, {"--lang", "ru", "credentials", "test"});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains("Не хватает 23 обязательных"), qPrintable(test.err));
        QCOMPARE(show(db).value("granted_scopes").toArray().size(), 1);
        process->terminate();
        process->waitForFinished(5000);
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList {} << QByteArray() << 2 << "Nothing to set";
        QTest::newRow("two sources") << QStringList {"--client-secret-stdin", "--client-secret-env", "HOME"}
                                     << QByteArray("x") << 2 << "not both";
        QTest::newRow("two on stdin") << QStringList {"--client-secret-stdin", "--webhook-secret-stdin"}
                                      << QByteArray("x") << 2 << "Only one secret";
        QTest::newRow("url as account") << QStringList {"--account-id", "https://marketplace.zoom.us/"} << QByteArray()
                                        << 1 << "is an address";
        QTest::newRow("e-mail as client id")
            << QStringList {"--client-id", "admin@universidad.example"} << QByteArray() << 1 << "e-mail";
        QTest::newRow("short id") << QStringList {"--account-id", "abc123"} << QByteArray() << 1 << "too short";
        QTest::newRow("two values") << QStringList {"--client-id", "AAAAAAAAAAAAAAAAAAAA BBBBBBBBBBBBBBBBBBBB"}
                                    << QByteArray() << 1 << "space";
        QTest::newRow("cyrillic") << QStringList {"--account-id", "АААААААААААААААААААААА"} << QByteArray() << 1
                                  << "Latin letters";
        QTest::newRow("same ids") << QStringList {"--account-id", "SameValueSameValue_12", "--client-id",
                                                  "SameValueSameValue_12"}
                                  << QByteArray() << 1 << "identical";
        QTest::newRow("api host") << QStringList {"--base-url", "https://api.zoom.us"} << QByteArray() << 1
                                  << "https://zoom.us";
        QTest::newRow("plain http") << QStringList {"--base-url", "http://zoom.us"} << QByteArray() << 1
                                    << "not a secure address";
        QTest::newRow("empty stdin") << QStringList {"--client-secret-stdin"} << QByteArray("\n") << 1
                                     << "Standard input is empty";
        QTest::newRow("unset variable") << QStringList {"--webhook-secret-env", "RD_NOT_SET_ANYWHERE"} << QByteArray()
                                        << 1 << "RD_NOT_SET_ANYWHERE";
        QTest::newRow("short secret") << QStringList {"--client-secret-stdin"} << QByteArray("abc\n") << 1
                                      << "too short";
    }

    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = configured();
        const QJsonObject before = show(db);
        const ProcessResult result = ctl(db, QStringList {"credentials", "set"} + arguments, input);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(show(db), before);
        QCOMPARE(keychainEntry(before.value("profile").toString() + "/zoom-client-secret"),
                 m_sandbox.value("client_secret").toString().toUtf8());
    }

    void messagesAreTranslated()
    {
        const ProcessResult es = ctl(newDatabase(), {"--lang", "es", "credentials", "set", "--account-id", "x@y.z"});
        QCOMPARE(es.exitCode, 1);
        QVERIFY2(es.err.contains("correo"), qPrintable(es.err));
        const ProcessResult ru = ctl(newDatabase(), {"--lang", "ru", "credentials", "show"});
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(ru.out.contains("не задан"), qPrintable(ru.out));
    }

    void forgetRemovesIdsAndSecrets()
    {
        const QString db = configured();
        QCOMPARE(ctl(db, {"credentials", "set", "--webhook-secret-stdin"}, "wh-Secret-Token-0123456789").exitCode, 0);
        const QString profile = show(db).value("profile").toString();
        const ProcessResult forget = ctl(db, {"credentials", "forget"});
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.err));
        QCOMPARE(show(db).value("configured").toBool(true), false);
        QVERIFY(!keychainEntry(profile + "/zoom-client-secret"));
        QVERIFY(!keychainEntry(profile + "/zoom-webhook-secret-token"));
        QCOMPARE(ctl(db, {"credentials", "test"}).exitCode, 1);
        // Forgetting twice is fine.
        QCOMPARE(ctl(db, {"credentials", "forget"}).exitCode, 0);
    }

    void profilesDoNotShareSecrets()
    {
        const QString first = configured();
        const QString second = configured("SecondProfileSecret_0123456789ab");
        const QString firstProfile = show(first).value("profile").toString();
        const QString secondProfile = show(second).value("profile").toString();
        QVERIFY(firstProfile != secondProfile);
        QCOMPARE(ctl(second, {"credentials", "forget"}).exitCode, 0);
        QCOMPARE(keychainEntry(firstProfile + "/zoom-client-secret"),
                 m_sandbox.value("client_secret").toString().toUtf8());
        QCOMPARE(ctl(first, {"credentials", "test"}).exitCode, 0);
    }

    void withoutAKeychainNothingIsWrittenAnywhere()
    {
        // A session bus that does not exist: no Secret Service to talk to.
        const QString db = newDatabase();
        ProcessRunner isolated(QStringLiteral("roomdeskctl"));
        isolated.environment().insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/roomdesk-test-bus");
        isolated.environment().insert("RD_CLIENT_SECRET", "SecretThatMustNotLand_0123456789");
        const ProcessResult set =
            isolated.run({"--db", db, "credentials", "set", "--account-id", "AccountIdAccountId_01", "--client-id",
                          "ClientIdClientId_0001", "--client-secret-env", "RD_CLIENT_SECRET"});
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains("keychain is not available"), qPrintable(set.err));
        QVERIFY(set.err.contains("never writes secrets to a file"));
        const ProcessResult status = isolated.run({"--db", db, "--json", "credentials", "show"});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value("configured").toBool(true), false); // the ids were not saved either
        QCOMPARE(json.value("keychain").toString(), QStringLiteral("unavailable"));
        QVERIFY(json.value("client_secret_stored").isNull());
        QByteArray disk;
        QDirIterator it(isolated.home(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            disk += fileBytes(it.next());
        disk += everythingOnDisk(db);
        QVERIFY(!disk.contains("SecretThatMustNotLand"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "tst_credentialscli.moc"
