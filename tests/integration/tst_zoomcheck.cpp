// SPDX-License-Identifier: GPL-3.0-or-later
// roomdesk-sandbox and `roomdeskctl zoom check` as an administrator's script runs them.
#include "processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk::Test;

class TestZoomCheck final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    ProcessRunner m_sandbox {QStringLiteral("roomdesk-sandbox")};

    QJsonObject startSandbox(std::unique_ptr<QProcess> &process, const QStringList &arguments)
    {
        return m_sandbox.startSandbox(process, arguments);
    }

    ProcessResult check(const QJsonObject &sandbox, const QStringList &extra = {})
    {
        m_ctl.environment().insert("ROOMDESK_TEST_SECRET", sandbox.value("client_secret").toString());
        const QString base = ProcessRunner::sandboxBaseUrl(sandbox);
        return m_ctl.run(QStringList {"zoom", "check", "--base-url", base, "--account-id",
                                      sandbox.value("account_id").toString(), "--client-id",
                                      sandbox.value("client_id").toString(), "--client-secret-env",
                                      "ROOMDESK_TEST_SECRET"} +
                         extra);
    }

private slots:
    void startupLineHasTheDocumentedFields()
    {
        std::unique_ptr<QProcess> process;
        const QJsonObject line = startSandbox(process, {"--seed", "3"});
        for (const char *field : {"oauth_url", "api_url", "account_id", "client_id", "client_secret"})
            QVERIFY2(!line.value(field).toString().isEmpty(), field);
        QVERIFY(line.value("oauth_url").toString().endsWith("/oauth/token"));
        QVERIFY(line.value("api_url").toString().startsWith("http://127.0.0.1:"));
        QVERIFY(!line.contains("webhook_url"));
        process->terminate();
        process->waitForFinished(5000);
    }

    void badSandboxOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("plan") << QStringList {"--plan", "gold"} << "Unknown plan “gold”";
        QTest::newRow("port") << QStringList {"--port", "70000"} << "--port needs a whole number";
        QTest::newRow("faults") << QStringList {"--faults", "reset:2"} << "“reset:2” is not a fault";
        QTest::newRow("scopes") << QStringList {"--scopes", "meeting read"} << "is not a Zoom scope";
        QTest::newRow("ru plan") << QStringList {"--lang", "ru", "--plan", "gold"} << "Неизвестный тариф «gold»";
    }

    void badSandboxOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = m_sandbox.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void allScopesGranted()
    {
        std::unique_ptr<QProcess> process;
        const QJsonObject sandbox = startSandbox(process, {});
        const ProcessResult result = check(sandbox, {"--json"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray scopes = json.value("scopes").toArray();
        QCOMPARE(scopes.size(), 32);
        int required = 0;
        for (const QJsonValue &scope : scopes) {
            QVERIFY(scope.toObject().value("granted").toBool());
            QVERIFY(!scope.toObject().value("purpose").toString().isEmpty());
            required += scope.toObject().value("required").toBool() ? 1 : 0;
        }
        QCOMPARE(required, 24);
        QVERIFY(json.value("missing_required").toArray().isEmpty());
        QVERIFY(!result.out.contains(sandbox.value("client_secret").toString()));
        process->terminate();
        process->waitForFinished(5000);
    }

    void missingRequiredScopesFail()
    {
        std::unique_ptr<QProcess> process;
        const QJsonObject sandbox =
            startSandbox(process, {"--scopes", "meeting:read:meeting:admin,meeting:write:meeting:admin"});
        const ProcessResult text = check(sandbox);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("granted required meeting:write:meeting:admin"));
        QVERIFY(text.out.contains("missing required webinar:write:webinar:admin"));
        QVERIFY(text.out.contains("missing optional user:read:list_users:admin"));
        QVERIFY2(text.err.contains("22 required scopes missing"), qPrintable(text.err));

        const ProcessResult russian = check(sandbox, {"--lang", "ru"});
        QCOMPARE(russian.exitCode, 1);
        QVERIFY2(russian.err.contains("Не хватает 22 обязательных областей доступа"), qPrintable(russian.err));
        process->terminate();
        process->waitForFinished(5000);
    }

    void credentialProblemsAreExplained()
    {
        std::unique_ptr<QProcess> process;
        QJsonObject sandbox = startSandbox(process, {});
        sandbox.insert("client_secret", "not-the-secret");
        const ProcessResult wrong = check(sandbox, {"--lang", "es"});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Client Secret"), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains("not-the-secret"));

        m_ctl.environment().remove("ROOMDESK_TEST_SECRET");
        const ProcessResult noSecret = m_ctl.run({"zoom", "check", "--base-url", "https://zoom.us", "--account-id", "a",
                                                  "--client-id", "c", "--client-secret-env", "ROOMDESK_UNSET_VAR"});
        QCOMPARE(noSecret.exitCode, 1);
        QVERIFY(noSecret.err.contains("ROOMDESK_UNSET_VAR"));

        // Some options but not all: a usage error naming the missing one.
        const ProcessResult usage = m_ctl.run({"zoom", "check", "--base-url", "https://zoom.us"});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains("--account-id"), qPrintable(usage.err));
        // No options: the stored credentials, and this profile has none.
        const ProcessResult stored =
            m_ctl.run({"--db", m_ctl.home() + "/none.sqlite", "--lang", "es", "zoom", "check"});
        QCOMPARE(stored.exitCode, 1);
        QVERIFY2(stored.err.contains("credentials set"), qPrintable(stored.err));
        process->terminate();
        process->waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestZoomCheck)
#include "tst_zoomcheck.moc"
