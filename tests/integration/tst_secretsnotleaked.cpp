// SPDX-License-Identifier: GPL-3.0-or-later
// A whole session of an administrator — credentials stored, tested and shown from the command
// line, the GUI reading them back, checking the connection and rendering the Settings page and
// the wizard — with every diagnostic switched on; then the database, the settings, every file
// the session left and every line it printed are searched for the secrets. Only the keychain
// may hold them.
#include "keychainprobe.h"
#include "processrunner.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk::Test;

class TestSecretsNotLeaked final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!keychainTestsEnabled())
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
    }

    void aWholeSessionLeavesNoSecretBehind()
    {
        ProcessRunner sandboxRunner(QStringLiteral("roomdesk-sandbox"));
        std::unique_ptr<QProcess> sandboxProcess;
        const QJsonObject sandbox = sandboxRunner.startSandbox(sandboxProcess);
        QVERIFY(!sandbox.isEmpty());
        const QByteArray clientSecret = sandbox.value("client_secret").toString().toUtf8();
        const QByteArray webhookSecret = "LeakProbe-Webhook-Token-6f1d2c";

        ProcessRunner ctl(QStringLiteral("roomdeskctl"));
        ProcessRunner gui(QStringLiteral("roomdesk"));
        // Both programs share one profile: the same folders and database.
        gui.environment() = ctl.environment();
        const QString db = ctl.home() + QStringLiteral("/session.sqlite");
        ctl.environment().insert("RD_WEBHOOK_SECRET", QString::fromUtf8(webhookSecret));

        QList<QStringList> commands;
        QString printed;
        const auto run = [&](ProcessRunner &runner, const QStringList &arguments, const QByteArray &input = {}) {
            commands.append(arguments);
            const ProcessResult result = runner.run(arguments, input);
            printed += result.out + result.err;
            return result;
        };

        QCOMPARE(run(ctl,
                     {"--verbose", "--db", db, "credentials", "set", "--base-url",
                      ProcessRunner::sandboxBaseUrl(sandbox), "--account-id", sandbox.value("account_id").toString(),
                      "--client-id", sandbox.value("client_id").toString(), "--client-secret-stdin",
                      "--webhook-secret-env", "RD_WEBHOOK_SECRET"},
                     clientSecret + '\n')
                     .exitCode,
                 0);
        QCOMPARE(run(ctl, {"--verbose", "--db", db, "credentials", "test"}).exitCode, 0);
        QCOMPARE(run(ctl, {"--verbose", "--db", db, "--json", "credentials", "show"}).exitCode, 0);
        QCOMPARE(run(ctl, {"--verbose", "--db", db, "zoom", "check", "--json"}).exitCode, 0);
        const QString verifiedByCli =
            QJsonDocument::fromJson(run(ctl, {"--db", db, "--json", "credentials", "show"}).out.toUtf8())
                .object()
                .value("verified_at")
                .toString();
        QTest::qWait(1100); // verified_at has whole seconds
        for (const char *page : {"settings", "setup-credentials", "setup-summary"}) {
            const ProcessResult shot =
                run(gui,
                    {"--verbose", "--db", db, "--screenshot",
                     gui.home() + QStringLiteral("/%1.png").arg(QLatin1String(page)), "--page", QLatin1String(page)});
            QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        }
        // The GUI really used the stored secret: the status bar's check succeeded and was recorded.
        const QJsonObject shown =
            QJsonDocument::fromJson(run(ctl, {"--db", db, "--json", "credentials", "show"}).out.toUtf8()).object();
        QCOMPARE(shown.value("client_secret_stored").toBool(), true);
        QVERIFY(!shown.value("verified_at").toString().isEmpty());
        QVERIFY2(shown.value("verified_at").toString() > verifiedByCli, "the GUI did not check the stored credentials");
        QVERIFY(printed.contains(QStringLiteral("roomdesk.core.secrets"))); // diagnostics were on

        QByteArray disk;
        for (const QString &home : {ctl.home(), gui.home()}) {
            QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext())
                disk += fileBytes(files.next());
        }
        // The probe can find things: the non-secret ids are in the database.
        QVERIFY(disk.contains(sandbox.value("account_id").toString().toUtf8()));
        QVERIFY(printed.contains(sandbox.value("client_id").toString()));

        for (const QByteArray &secret : {clientSecret, webhookSecret}) {
            QVERIFY2(!disk.contains(secret), "a secret reached a file");
            QVERIFY2(!printed.toUtf8().contains(secret), "a secret reached the output or the logs");
            for (const QStringList &arguments : commands)
                QVERIFY2(!arguments.join(QLatin1Char(' ')).toUtf8().contains(secret), "a secret on a command line");
        }
        // …and the keychain has them.
        const QString profile = shown.value("profile").toString();
        QCOMPARE(keychainEntry(profile + QStringLiteral("/zoom-client-secret")), clientSecret);
        QCOMPARE(keychainEntry(profile + QStringLiteral("/zoom-webhook-secret-token")), webhookSecret);
        sandboxProcess->terminate();
        sandboxProcess->waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestSecretsNotLeaked)
#include "tst_secretsnotleaked.moc"
