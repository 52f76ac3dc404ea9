// SPDX-License-Identifier: GPL-3.0-or-later
// `roomdeskctl group add|list|set-link|rename|remove` and `program list|rename|remove` as
// scripts use them: the JSON fields are a contract (DESIGN §7), a refused link stores
// nothing, exit codes say refused (1) or wrong command line (2).
#include "processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Roomdesk::Test;

class TestGroupsCli final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_ctl {QStringLiteral("roomdeskctl")};
    int m_databases = 0;

    QString newDatabase() { return m_ctl.home() + QStringLiteral("/groups-%1.sqlite").arg(++m_databases); }

    ProcessResult ctl(const QString &db, const QStringList &arguments)
    {
        return m_ctl.run(QStringList {"--db", db} + arguments);
    }

    static QJsonDocument json(const ProcessResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()); }

    QJsonArray groups(const QString &db, const QStringList &more = {})
    {
        return json(ctl(db, QStringList {"group", "list", "--json"} + more)).array();
    }

private slots:
    void groupsRoundTripAsJson()
    {
        const QString db = newDatabase();
        const ProcessResult added =
            ctl(db, {"--json", "group", "add", "--program", "Grado en Física", "--name", "Grupo A"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject group = json(added).object();
        const QStringList fields = {"id", "program", "program_id", "name", "platform", "link", "durations"};
        QCOMPARE(group.keys().size(), fields.size());
        for (const QString &field : fields)
            QVERIFY2(group.contains(field), qPrintable(field));
        QCOMPARE(group.value("program").toString(), QStringLiteral("Grado en Física"));
        QCOMPARE(group.value("name").toString(), QStringLiteral("Grupo A"));
        QCOMPARE(group.value("platform").toString(), QStringLiteral("builtin"));
        QCOMPARE(group.value("link").toString(QStringLiteral("x")), QString());
        QCOMPARE(group.value("durations").toBool(false), true);
        QVERIFY(!added.err.contains(QStringLiteral("no durations"))); // no caveats for the built-in room

        // The same program, whatever its case; a Telegram group with its link, and its caveats.
        const ProcessResult telegram =
            ctl(db,
                {"--json", "group", "add", "--program", "GRADO EN FÍSICA", "--name", "Tutorías", "--platform",
                 "telegram", "--link", " https://t.me/fisica_tutorias?videochat "});
        QVERIFY2(telegram.exitCode == 0, qPrintable(telegram.err));
        const QJsonObject tutorias = json(telegram).object();
        QCOMPARE(tutorias.value("program_id").toInt(), group.value("program_id").toInt());
        QCOMPARE(tutorias.value("platform").toString(), QStringLiteral("telegram"));
        QCOMPARE(tutorias.value("link").toString(), QStringLiteral("https://t.me/fisica_tutorias?videochat"));
        QCOMPARE(tutorias.value("durations").toBool(true), false);
        QVERIFY2(telegram.err.contains(QStringLiteral("no durations")), qPrintable(telegram.err));

        QVERIFY(ctl(db, {"group", "add", "--program", "Máster", "--name", "Cohorte 2026"}).exitCode == 0);
        const QJsonArray all = groups(db);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().keys().size(), fields.size());
        QCOMPARE(all.at(0).toObject().value("name").toString(), QStringLiteral("Grupo A"));
        QCOMPARE(all.at(2).toObject().value("program").toString(), QStringLiteral("Máster"));
        QCOMPARE(groups(db, {"--program", "máster"}).size(), 1);

        // set-link: to Google Meet, then back to the built-in room, which clears the link.
        const QString id = QString::number(group.value("id").toInt());
        const ProcessResult meet = ctl(db,
                                       {"--json", "group", "set-link", id, "--platform", "google-meet", "--link",
                                        "https://MEET.google.com/abc-defg-hij"});
        QVERIFY2(meet.exitCode == 0, qPrintable(meet.err));
        QCOMPARE(json(meet).object().value("link").toString(), QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QCOMPARE(json(meet).object().value("durations").toBool(true), false);
        const ProcessResult builtin = ctl(db, {"--json", "group", "set-link", id, "--platform", "builtin"});
        QVERIFY2(builtin.exitCode == 0, qPrintable(builtin.err));
        QCOMPARE(json(builtin).object().value("link").toString(QStringLiteral("x")), QString());
        QCOMPARE(json(builtin).object().value("durations").toBool(false), true);

        // Text output names the platform; program list counts the groups.
        const ProcessResult text = ctl(db, {"group", "list"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Grado en Física")) && text.out.contains(QStringLiteral("Telegram")),
                 qPrintable(text.out));
        const QJsonArray programs = json(ctl(db, {"--json", "program", "list"})).array();
        QCOMPARE(programs.size(), 2);
        QCOMPARE(programs.at(0).toObject().value("name").toString(), QStringLiteral("Grado en Física"));
        QCOMPARE(programs.at(0).toObject().value("groups").toInt(), 2);

        // Rename and remove.
        QCOMPARE(
            json(ctl(db, {"--json", "group", "rename", id, "--name", "Grupo A1"})).object().value("name").toString(),
            QStringLiteral("Grupo A1"));
        QCOMPARE(ctl(db, {"group", "remove", id}).exitCode, 0);
        QCOMPARE(groups(db).size(), 2);
        const QString master = QString::number(programs.at(1).toObject().value("id").toInt());
        QCOMPARE(ctl(db, {"program", "remove", master}).exitCode, 0);
        QCOMPARE(groups(db).size(), 1);
    }

    void refusalsAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("add without name") << QStringList {"group", "add", "--program", "P"} << 2 << "needs --name";
        QTest::newRow("add without program") << QStringList {"group", "add", "--name", "G"} << 2 << "needs --program";
        QTest::newRow("add, unknown platform")
            << QStringList {"group", "add", "--program", "P", "--name", "G", "--platform", "skype"} << 2
            << "--platform is one of builtin, zoom-custom";
        QTest::newRow("add, invalid link")
            << QStringList {"group", "add",        "--program",   "New",    "--name",
                            "G",     "--platform", "zoom-custom", "--link", "https://zoom.us.evil.example/j/123456789"}
            << 1 << "Lookalike addresses are refused";
        QTest::newRow("add, platform without link")
            << QStringList {"group", "add", "--program", "P", "--name", "G", "--platform", "teams"} << 1
            << "needs a link";
        QTest::newRow("add, link for the built-in room")
            << QStringList {"group", "add", "--program", "P", "--name", "G", "--link", "https://zoom.us/j/123456789"}
            << 1 << "needs no link";
        QTest::newRow("add, duplicate") << QStringList {"group", "add", "--program", "p", "--name", "TAKEN"} << 1
                                        << "already has a group “Taken”";
        QTest::newRow("set-link, no id") << QStringList {"group", "set-link", "--platform", "builtin"} << 2
                                         << "group's number";
        QTest::newRow("set-link, no platform") << QStringList {"group", "set-link", "1"} << 2 << "needs --platform";
        QTest::newRow("set-link, unknown platform")
            << QStringList {"group", "set-link", "1", "--platform", "zoom"} << 2 << "--platform is one of";
        QTest::newRow("set-link, unknown group")
            << QStringList {"group", "set-link", "99", "--platform", "builtin"} << 1 << "There is no group 99";
        QTest::newRow("set-link, invalid link")
            << QStringList {"group", "set-link", "1", "--platform", "telegram", "--link", "tg://resolve?domain=x"} << 1
            << "Only https links";
        QTest::newRow("list, unknown program")
            << QStringList {"group", "list", "--program", "Nope"} << 1 << "no program “Nope”";
        QTest::newRow("spanish reason") << QStringList {"--lang",      "es",     "group",
                                                        "set-link",    "1",      "--platform",
                                                        "google-meet", "--link", "https://meet-google.com/abc-defg-hij"}
                                        << 1 << "no es una dirección de Google Meet";
    }

    void refusalsAndUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"group", "add", "--program", "P", "--name", "Taken"}).exitCode, 0);
        const QJsonArray before = groups(db);
        const QJsonArray programsBefore = json(ctl(db, {"--json", "program", "list"})).array();
        const ProcessResult result = ctl(db, arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        // Nothing changed: no group, no program, no link.
        QCOMPARE(groups(db), before);
        QCOMPARE(json(ctl(db, {"--json", "program", "list"})).array(), programsBefore);
    }

    void refusalsAsJson()
    {
        const QString db = newDatabase();
        QCOMPARE(ctl(db, {"group", "add", "--program", "P", "--name", "G"}).exitCode, 0);
        const ProcessResult refused = ctl(
            db, {"--json", "group", "set-link", "1", "--platform", "teams", "--link", "https://example.com/meet/1"});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject error = json(refused).object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("link.invalid"));
        QVERIFY(error.value("message").toString().contains(QStringLiteral("teams.microsoft.com")));
    }
};

QTEST_GUILESS_MAIN(TestGroupsCli)
#include "tst_groupscli.moc"
