// SPDX-License-Identifier: GPL-3.0-or-later
// Programs and participant groups on real SQLite files: names, duplicates whatever their
// case, removal with its cascade, link settings per platform (a refusal changes nothing)
// and the join link a group's participants get.
#include "groups/grouprepository.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

class TestGroupRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("groups-%1.sqlite").arg(++m_databases)));
        return db ? std::move(db.value()) : nullptr;
    }

    static ParticipantGroup group(qint64 programId, const QString &name, LinkPlatform platform = LinkPlatform::Builtin,
                                  const QString &link = QString())
    {
        ParticipantGroup g;
        g.programId = programId;
        g.name = name;
        g.platform = platform;
        g.link = link;
        return g;
    }

    static int count(const Database &db, const QString &table)
    {
        SqlStatement select(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return select.exec() && select.next() ? select.value(0).toInt() : -1;
    }

private slots:
    void programNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("trimmed") << "  Grado en Física  "
                                 << "Grado en Física" << QString();
        QTest::newRow("inner spaces") << "Grado\t en\nFísica"
                                      << "Grado en Física" << QString();
        QTest::newRow("empty") << "" << QString() << "needs a name";
        QTest::newRow("blank") << "   " << QString() << "needs a name";
        QTest::newRow("200 characters") << QString(200, QLatin1Char('x')) << QString(200, QLatin1Char('x'))
                                        << QString();
        QTest::newRow("201 characters") << QString(201, QLatin1Char('x')) << QString() << "at most 200";
        QTest::newRow("duplicate") << "Máster" << QString() << "already a program “Máster”";
        QTest::newRow("duplicate, other case") << "MÁSTER" << QString() << "whatever their case";
        QTest::newRow("duplicate, cyrillic case") << "ПРОГРАММА" << QString() << "already a program “Программа”";
    }

    void programNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, stored);
        QFETCH(QString, reason);
        auto db = open();
        QVERIFY(db);
        GroupRepository repository(*db);
        QVERIFY(repository.addProgram(QStringLiteral("Máster"), m_now));
        QVERIFY(repository.addProgram(QStringLiteral("Программа"), m_now));
        const auto added = repository.addProgram(name, m_now);
        if (stored.isEmpty()) {
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
            QCOMPARE(repository.programs().value().size(), 2);
            return;
        }
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().name, stored);
        QCOMPARE(repository.findProgram(added.value().id).value().name, stored);
        QCOMPARE(repository.findProgram(stored.toUpper()).value()->id, added.value().id);
    }

    void groupNamesAreUniqueWithinTheirProgram_data()
    {
        QTest::addColumn<QString>("program"); // "other": the second program
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("new name") << "first"
                                  << "Grupo B" << QString();
        QTest::newRow("same name, other program") << "other"
                                                  << "Grupo A" << QString();
        QTest::newRow("duplicate") << "first"
                                   << "Grupo A"
                                   << "Program “Física” already has a group “Grupo A”";
        QTest::newRow("duplicate, other case") << "first"
                                               << "  grupo a "
                                               << "already has a group";
        QTest::newRow("duplicate, cyrillic") << "first"
                                             << "ГРУППА 1"
                                             << "already has a group “группа 1”";
        QTest::newRow("empty") << "first"
                               << " "
                               << "A group needs a name";
        QTest::newRow("long") << "first" << QString(201, QLatin1Char('g')) << "at most 200";
    }

    void groupNamesAreUniqueWithinTheirProgram()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        auto db = open();
        GroupRepository repository(*db);
        const qint64 first = repository.addProgram(QStringLiteral("Física"), m_now).value().id;
        const qint64 other = repository.addProgram(QStringLiteral("Química"), m_now).value().id;
        QVERIFY(repository.addGroup(group(first, QStringLiteral("Grupo A")), m_now));
        QVERIFY(repository.addGroup(group(first, QStringLiteral("группа 1")), m_now));
        const auto added = repository.addGroup(group(program == QLatin1String("other") ? other : first, name), m_now);
        if (!reason.isEmpty()) {
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(reason), qPrintable(added.error().message));
            QCOMPARE(repository.groups().value().size(), 2);
            return;
        }
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().name, name.simplified());
        QCOMPARE(added.value().platform, LinkPlatform::Builtin);
        QVERIFY(added.value().link.isEmpty());
        QCOMPARE(repository.groups().value().size(), 3);
    }

    void listsAndFinds()
    {
        auto db = open();
        GroupRepository repository(*db);
        const qint64 quimica = repository.addProgram(QStringLiteral("Química"), m_now).value().id;
        const qint64 fisica = repository.addProgram(QStringLiteral("Física"), m_now).value().id;
        QVERIFY(repository.addGroup(group(quimica, QStringLiteral("Laboratorio")), m_now));
        QVERIFY(repository.addGroup(group(fisica, QStringLiteral("Grupo B")), m_now));
        QVERIFY(repository.addGroup(group(fisica, QStringLiteral("Grupo A")), m_now));
        const QList<Program> programs = repository.programs().value();
        QCOMPARE(programs.size(), 2);
        QCOMPARE(programs.at(0).name, QStringLiteral("Física"));
        const QList<ParticipantGroup> all = repository.groups().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("Grupo A"));
        QCOMPARE(all.at(0).programName, QStringLiteral("Física"));
        QCOMPARE(all.at(2).programName, QStringLiteral("Química"));
        QCOMPARE(repository.groups(quimica).value().size(), 1);
        QCOMPARE(repository.find(all.at(2).id).value().name, QStringLiteral("Laboratorio"));
        QCOMPARE(repository.find(999).error().code, QStringLiteral("groups.not_found"));
        QCOMPARE(repository.findProgram(999).error().code, QStringLiteral("programs.not_found"));
        QVERIFY(!repository.findProgram(QStringLiteral("Biología")).value());
        QCOMPARE(repository.addGroup(group(999, QStringLiteral("X")), m_now).error().code,
                 QStringLiteral("programs.not_found"));
    }

    void renames()
    {
        auto db = open();
        GroupRepository repository(*db);
        const qint64 program = repository.addProgram(QStringLiteral("Física"), m_now).value().id;
        QVERIFY(repository.addProgram(QStringLiteral("Química"), m_now));
        const qint64 a = repository.addGroup(group(program, QStringLiteral("Grupo A")), m_now).value().id;
        QVERIFY(repository.addGroup(group(program, QStringLiteral("Grupo B")), m_now));

        // Its own name in another case is no duplicate.
        QCOMPARE(repository.renameProgram(program, QStringLiteral("FÍSICA")).value().name, QStringLiteral("FÍSICA"));
        QCOMPARE(repository.renameProgram(program, QStringLiteral("química")).error().code,
                 QStringLiteral("programs.duplicate"));
        QCOMPARE(repository.findProgram(program).value().name, QStringLiteral("FÍSICA"));
        QCOMPARE(repository.renameGroup(a, QStringLiteral(" Grupo  A1 "), m_now).value().name,
                 QStringLiteral("Grupo A1"));
        QCOMPARE(repository.renameGroup(a, QStringLiteral("grupo b"), m_now).error().code,
                 QStringLiteral("groups.duplicate"));
        QCOMPARE(repository.renameGroup(a, QString(), m_now).error().code, QStringLiteral("groups.invalid"));
        QCOMPARE(repository.find(a).value().name, QStringLiteral("Grupo A1"));
        QCOMPARE(repository.find(a).value().programName, QStringLiteral("FÍSICA"));
        QCOMPARE(repository.renameGroup(999, QStringLiteral("X"), m_now).error().code,
                 QStringLiteral("groups.not_found"));
    }

    void removalCascadesAndEventsStay()
    {
        auto db = open();
        GroupRepository repository(*db);
        const qint64 fisica = repository.addProgram(QStringLiteral("Física"), m_now).value().id;
        const qint64 quimica = repository.addProgram(QStringLiteral("Química"), m_now).value().id;
        const qint64 a = repository.addGroup(group(fisica, QStringLiteral("A")), m_now).value().id;
        QVERIFY(repository.addGroup(group(fisica, QStringLiteral("B")), m_now));
        const qint64 lab = repository.addGroup(group(quimica, QStringLiteral("Lab")), m_now).value().id;
        // An event of group A, as the events engineer stores them.
        SqlStatement insert(db->connection(),
                            QStringLiteral("INSERT INTO events (title, conference_name, kind, start_ms, time_zone, "
                                           "duration_minutes, waiting_room, group_id, marker, sync_state, "
                                           "created_at, updated_at) VALUES ('Clase', 'Clase', 'meeting', 0, 'UTC', "
                                           "60, 1, :group, 'm1', 'pending', '', '')"));
        insert.bind(QStringLiteral(":group"), a);
        QVERIFY(insert.exec());

        QVERIFY(repository.removeProgram(fisica));
        QCOMPARE(repository.groups().value().size(), 1);
        QCOMPARE(repository.groups().value().at(0).id, lab);
        QCOMPARE(count(*db, QStringLiteral("events")), 1);
        SqlStatement event(db->connection(), QStringLiteral("SELECT group_id FROM events"));
        QVERIFY(event.exec() && event.next());
        QVERIFY(event.value(0).isNull());
        QCOMPARE(repository.removeProgram(fisica).error().code, QStringLiteral("programs.not_found"));

        QVERIFY(repository.removeGroup(lab));
        QVERIFY(repository.groups().value().isEmpty());
        QCOMPARE(repository.programs().value().size(), 1); // the program stays without groups
        QCOMPARE(repository.removeGroup(lab).error().code, QStringLiteral("groups.not_found"));
    }

    void setLinkPerPlatform_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("stored"); // the normalised link when accepted
        QTest::addColumn<QString>("reason"); // a part of the refusal; empty when accepted
        QTest::newRow("builtin clears") << "builtin" << QString() << QString() << QString();
        QTest::newRow("builtin with a link") << "builtin"
                                             << "https://zoom.us/j/123456789" << QString() << "needs no link";
        QTest::newRow("zoom custom") << "zoom-custom"
                                     << "  https://US02WEB.zoom.us/j/85746354321?pwd=abc "
                                     << "https://us02web.zoom.us/j/85746354321?pwd=abc" << QString();
        QTest::newRow("zoom custom, http") << "zoom-custom"
                                           << "http://zoom.us/j/123456789" << QString() << "Only https";
        QTest::newRow("zoom webinar") << "zoom-webinar"
                                      << "https://example.zoom.us/w/81234567890?tk=x"
                                      << "https://example.zoom.us/w/81234567890?tk=x" << QString();
        QTest::newRow("zoom webinar, personal room") << "zoom-webinar"
                                                     << "https://zoom.us/my/aula" << QString() << "join link";
        QTest::newRow("google meet") << "google-meet"
                                     << "https://meet.google.com/abc-defg-hij"
                                     << "https://meet.google.com/abc-defg-hij" << QString();
        QTest::newRow("google meet, lookalike") << "google-meet"
                                                << "https://meet-google.com/abc-defg-hij" << QString() << "Lookalike";
        QTest::newRow("telegram") << "telegram"
                                  << "https://t.me/curso_fisica?videochat"
                                  << "https://t.me/curso_fisica?videochat" << QString();
        QTest::newRow("telegram, empty") << "telegram" << QString() << QString() << "needs a link";
        QTest::newRow("teams") << "teams"
                               << "https://teams.microsoft.com/meet/2234567890123?p=abc"
                               << "https://teams.microsoft.com/meet/2234567890123?p=abc" << QString();
        QTest::newRow("teams, credentials")
            << "teams"
            << "https://teams.microsoft.com@evil.example/meet/2234567890123" << QString() << "user name";
    }

    void setLinkPerPlatform()
    {
        QFETCH(QString, platform);
        QFETCH(QString, link);
        QFETCH(QString, stored);
        QFETCH(QString, reason);
        auto db = open();
        GroupRepository repository(*db);
        const qint64 program = repository.addProgram(QStringLiteral("Idiomas"), m_now).value().id;
        const QString before = QStringLiteral("https://meet.google.com/xyz-abcd-efg");
        const qint64 id =
            repository.addGroup(group(program, QStringLiteral("Inglés"), LinkPlatform::GoogleMeet, before), m_now)
                .value()
                .id;
        const auto chosen = LinkValidator::fromName(platform);
        QVERIFY(chosen);
        const auto changed = repository.setLink(id, *chosen, link, m_now.addSecs(60));
        const ParticipantGroup reread = repository.find(id).value();
        if (!reason.isEmpty()) {
            QVERIFY(!changed);
            QCOMPARE(changed.error().code, QStringLiteral("link.invalid"));
            QVERIFY2(changed.error().message.contains(reason), qPrintable(changed.error().message));
            // Nothing changed.
            QCOMPARE(reread.platform, LinkPlatform::GoogleMeet);
            QCOMPARE(reread.link, before);
            return;
        }
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
        QCOMPARE(changed.value().platform, *chosen);
        QCOMPARE(changed.value().link, stored);
        QCOMPARE(reread.platform, *chosen);
        QCOMPARE(reread.link, stored);
        QCOMPARE(reread.hasDurations(), *chosen == LinkPlatform::Builtin);
    }

    void addGroupChecksTheLinkFirst()
    {
        auto db = open();
        GroupRepository repository(*db);
        // In a program that does not exist yet: a refused link leaves no program behind.
        const auto refused = repository.addGroup(
            QStringLiteral("Centro de Idiomas"),
            group(0, QStringLiteral("Ruso"), LinkPlatform::Telegram, QStringLiteral("https://t.me.evil.example/x")),
            m_now);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Lookalike")));
        QCOMPARE(count(*db, QStringLiteral("programs")), 0);
        QCOMPARE(count(*db, QStringLiteral("participant_groups")), 0);

        const auto added = repository.addGroup(
            QStringLiteral(" Centro de Idiomas "),
            group(0, QStringLiteral("Ruso"), LinkPlatform::Telegram, QStringLiteral("https://t.me/ruso_b1?videochat")),
            m_now);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().programName, QStringLiteral("Centro de Idiomas"));
        QCOMPARE(added.value().link, QStringLiteral("https://t.me/ruso_b1?videochat"));
        // The same program again, whatever its case; a duplicate group creates nothing.
        QVERIFY(repository.addGroup(QStringLiteral("CENTRO DE IDIOMAS"), group(0, QStringLiteral("Francés")), m_now));
        QCOMPARE(repository.addGroup(QStringLiteral("Nuevo"), group(0, QStringLiteral("")), m_now).error().code,
                 QStringLiteral("groups.invalid"));
        QCOMPARE(count(*db, QStringLiteral("programs")), 1);
        QCOMPARE(count(*db, QStringLiteral("participant_groups")), 2);
    }

    void joinLinkAndDurations_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("joinLink");
        QTest::addColumn<bool>("durations");
        const QString room = QStringLiteral("https://zoom.us/j/99999999999");
        QTest::newRow("builtin") << "builtin" << QString() << room << true;
        QTest::newRow("zoom custom") << "zoom-custom"
                                     << "https://zoom.us/j/123456789"
                                     << "https://zoom.us/j/123456789" << false;
        QTest::newRow("zoom webinar") << "zoom-webinar"
                                      << "https://zoom.us/w/81234567890"
                                      << "https://zoom.us/w/81234567890" << false;
        QTest::newRow("google meet") << "google-meet"
                                     << "https://meet.google.com/abc-defg-hij"
                                     << "https://meet.google.com/abc-defg-hij" << false;
        QTest::newRow("telegram") << "telegram"
                                  << "https://t.me/curso_fisica"
                                  << "https://t.me/curso_fisica" << false;
        QTest::newRow("teams") << "teams"
                               << "https://teams.live.com/meet/9876543210"
                               << "https://teams.live.com/meet/9876543210" << false;
    }

    void joinLinkAndDurations()
    {
        QFETCH(QString, platform);
        QFETCH(QString, link);
        QFETCH(QString, joinLink);
        QFETCH(bool, durations);
        auto db = open();
        GroupRepository repository(*db);
        const auto chosen = LinkValidator::fromName(platform);
        const auto added =
            repository.addGroup(QStringLiteral("P"), group(0, QStringLiteral("G"), *chosen, link), m_now);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        const ParticipantGroup stored = repository.find(added.value().id).value();
        QCOMPARE(stored.joinLink(QStringLiteral("https://zoom.us/j/99999999999")), joinLink);
        QCOMPARE(stored.hasDurations(), durations);
        QCOMPARE(ParticipantGroup::hasDurations(*chosen), durations);
    }
};

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "tst_grouprepository.moc"
