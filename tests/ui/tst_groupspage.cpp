// SPDX-License-Identifier: GPL-3.0-or-later
// The Groups page on the offscreen platform: its tree model under QAbstractItemModelTester,
// the link form checking as the administrator types, the caveats of links Roomdesk does not
// control, and the page storing through GroupService into a real SQLite file.
#include "backend/groupservice.h"
#include "clock.h"
#include "groups/grouplinkform.h"
#include "groups/grouprepository.h"
#include "models/grouptreemodel.h"
#include "pages/groupspage.h"
#include "scriptedprompts.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Roomdesk;
using Roomdesk::Test::ScriptedPrompts;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());

Program program(qint64 id, const char *name)
{
    return {id, QString::fromUtf8(name)};
}

ParticipantGroup group(qint64 id, qint64 programId, const char *name, LinkPlatform platform = LinkPlatform::Builtin,
                       const char *link = "")
{
    ParticipantGroup g;
    g.id = id;
    g.programId = programId;
    g.name = QString::fromUtf8(name);
    g.platform = platform;
    g.link = QString::fromUtf8(link);
    return g;
}

} // namespace

class TestGroupsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Física (Grupo A built-in, Grupo B on Google Meet) and Química (Laboratorio).
    QString seeded()
    {
        const QString path = m_dir.filePath(QStringLiteral("groups-%1.sqlite").arg(++m_files));
        auto db = Database::open(path);
        if (!db)
            return {};
        GroupRepository repository(*db.value());
        ParticipantGroup meet =
            group(0, 0, "Grupo B", LinkPlatform::GoogleMeet, "https://meet.google.com/abc-defg-hij");
        if (!repository.addGroup(QStringLiteral("Física"), group(0, 0, "Grupo A"), kNow) ||
            !repository.addGroup(QStringLiteral("Física"), meet, kNow) ||
            !repository.addGroup(QStringLiteral("Química"), group(0, 0, "Laboratorio"), kNow))
            return {};
        return path;
    }

    static std::optional<ParticipantGroup> stored(const QString &path, const QString &name)
    {
        auto db = Database::open(path);
        if (!db)
            return std::nullopt;
        const auto groups = GroupRepository(*db.value()).groups();
        for (const ParticipantGroup &g : groups.value()) {
            if (g.name == name)
                return g;
        }
        return std::nullopt;
    }

    static qint64 groupId(GroupsPage &page, const QString &name)
    {
        const GroupTreeModel *model = page.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex parent = model->index(row, 0);
            for (int child = 0; child < model->rowCount(parent); ++child) {
                const QModelIndex index = model->index(child, 0, parent);
                if (index.data().toString() == name)
                    return index.data(GroupTreeModel::GroupIdRole).toLongLong();
            }
        }
        return 0;
    }

    static QString status(const QLabel *label) { return label->property("status").toString(); }

private slots:
    void modelPassesTheTester()
    {
        GroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Program> programs = {program(1, "Física"), program(2, "Química")};
        QList<ParticipantGroup> groups = {
            group(10, 1, "Grupo A"),
            group(11, 1, "Grupo B", LinkPlatform::Telegram, "https://t.me/curso_fisica"),
            group(12, 2, "Laboratorio"),
        };
        model.setContents(programs, groups);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(GroupTreeModel::ColumnCount));
        const QModelIndex fisica = model.index(0, 0);
        QCOMPARE(fisica.data().toString(), QStringLiteral("Física"));
        QCOMPARE(model.rowCount(fisica), 2);
        QCOMPARE(model.rowCount(model.index(0, GroupTreeModel::Link)), 0);
        QVERIFY(model.index(0, GroupTreeModel::Platform).data().toString().contains(QStringLiteral("2 group")));
        const QModelIndex telegram = model.index(1, GroupTreeModel::Name, fisica);
        QCOMPARE(telegram.parent(), fisica);
        QCOMPARE(telegram.data().toString(), QStringLiteral("Grupo B"));
        QCOMPARE(model.index(1, GroupTreeModel::Platform, fisica).data().toString(), QStringLiteral("Telegram"));
        QCOMPARE(model.index(1, GroupTreeModel::Link, fisica).data().toString(),
                 QStringLiteral("https://t.me/curso_fisica"));
        QVERIFY(model.index(0, GroupTreeModel::Link, fisica).data().toString().contains(QStringLiteral("allocated")));
        QCOMPARE(telegram.data(GroupTreeModel::GroupIdRole).toLongLong(), 11);
        QCOMPARE(telegram.data(GroupTreeModel::ProgramIdRole).toLongLong(), 1);
        QCOMPARE(fisica.data(GroupTreeModel::GroupIdRole).toLongLong(), 0);
        QCOMPARE(model.groupIndex(12).parent(), model.programIndex(2));
        QVERIFY(!model.groupIndex(99).isValid());
        QVERIFY(model.group(telegram));
        QVERIFY(!model.program(telegram));
        QCOMPARE(model.program(fisica)->name, QStringLiteral("Física"));
        QCOMPARE(model.groupCount(2), 1);
        QVERIFY(!(model.flags(telegram) & Qt::ItemIsEditable));

        // Same rows, new data: no reset (the selection stays).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        groups[0].platform = LinkPlatform::GoogleMeet;
        groups[0].link = QStringLiteral("https://meet.google.com/abc-defg-hij");
        model.setContents(programs, groups);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, GroupTreeModel::Platform, fisica).data().toString(), QStringLiteral("Google Meet"));
        // Another group: a reset.
        groups.append(group(13, 2, "Seminario"));
        model.setContents(programs, groups);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.programIndex(2)), 2);
        model.retranslate();
        model.setContents({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void badLinksAreExplainedAsYouType_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason"); // empty: valid
        QTest::newRow("meet lookalike") << "google-meet"
                                        << "https://meet-google.com/abc-defg-hij"
                                        << "Lookalike";
        QTest::newRow("meet") << "google-meet"
                              << "https://meet.google.com/xyz-abcd-efg" << QString();
        QTest::newRow("zoom http") << "zoom-custom"
                                   << "http://zoom.us/j/123456789"
                                   << "Only https";
        QTest::newRow("telegram short") << "telegram"
                                        << "https://t.me/abc"
                                        << "not a Telegram join link";
        QTest::newRow("teams") << "teams"
                               << "https://teams.microsoft.com/meet/2234567890123?p=abc" << QString();
    }

    void badLinksAreExplainedAsYouType()
    {
        QFETCH(QString, platform);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        GroupLinkForm form;
        form.show();
        QVERIFY(!form.saveButton()->isEnabled());
        QVERIFY(!form.platformCombo()->isEnabled()); // no group yet
        form.setGroup(group(10, 1, "Grupo A"));
        QVERIFY(form.linkEdit()->placeholderText().contains(QStringLiteral("allocated room")));
        QVERIFY(!form.linkEdit()->isEnabled()); // the built-in room takes no link
        const auto chosen = LinkValidator::fromName(platform);
        form.platformCombo()->setCurrentIndex(form.platformCombo()->findData(int(*chosen)));
        QCOMPARE(form.linkEdit()->placeholderText(), LinkValidator::example(*chosen));
        // Empty: a hint of what to paste, nothing to save yet.
        QVERIFY(!form.saveButton()->isEnabled());
        QCOMPARE(status(form.problemLabel()), QStringLiteral("info"));
        QVERIFY(form.problemLabel()->text().contains(QStringLiteral("needs a link")));

        // Half typed: never valid yet, and says why.
        QTest::keyClicks(form.linkEdit(), typed.left(12));
        QVERIFY(!form.saveButton()->isEnabled());
        QVERIFY(form.problemLabel()->isVisibleTo(&form));
        QCOMPARE(status(form.problemLabel()), QStringLiteral("warning"));
        QTest::keyClicks(form.linkEdit(), typed.mid(12));
        QCOMPARE(form.linkEdit()->text(), typed);
        if (reason.isEmpty()) {
            QVERIFY(!form.problemLabel()->isVisibleTo(&form));
            QVERIFY(form.saveButton()->isEnabled());
            QSignalSpy saved(&form, &GroupLinkForm::saveRequested);
            form.saveButton()->click();
            QCOMPARE(saved.count(), 1);
            QCOMPARE(saved.at(0).at(0).toLongLong(), 10);
            QCOMPARE(saved.at(0).at(2).toString(), typed);
        } else {
            QVERIFY(form.problemLabel()->isVisibleTo(&form));
            QVERIFY2(form.problemLabel()->text().contains(reason), qPrintable(form.problemLabel()->text()));
            QVERIFY(!form.saveButton()->isEnabled());
        }
    }

    void otherPlatformsShowTheirCaveats_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("provider");
        QTest::newRow("telegram") << "telegram"
                                  << "Telegram";
        QTest::newRow("google meet") << "google-meet"
                                     << "Google Meet";
        QTest::newRow("teams") << "teams"
                               << "Microsoft Teams";
        QTest::newRow("zoom custom") << "zoom-custom"
                                     << "Zoom";
        QTest::newRow("zoom webinar") << "zoom-webinar"
                                      << "Zoom";
    }

    void otherPlatformsShowTheirCaveats()
    {
        QFETCH(QString, platform);
        QFETCH(QString, provider);
        GroupLinkForm form;
        form.show();
        form.setGroup(group(10, 1, "Grupo A"));
        QVERIFY(form.caveatsPanel()->isHidden());
        form.platformCombo()->setCurrentIndex(form.platformCombo()->findData(int(*LinkValidator::fromName(platform))));
        QVERIFY(!form.caveatsPanel()->isHidden());
        const QString caveats = form.caveatsLabel()->text();
        for (const char *caveat : {"Test the link", "Security", "need access to", "cannot start", "no durations",
                                   "not tracked", "Downtime and support"})
            QVERIFY2(caveats.contains(QLatin1String(caveat)), caveat);
        QVERIFY(caveats.contains(provider));
        // Back to the built-in room: no caveats, and a link typed meanwhile is set aside.
        QTest::keyClicks(form.linkEdit(), QStringLiteral("https://example"));
        form.setPlatform(LinkPlatform::Builtin);
        QVERIFY(form.caveatsPanel()->isHidden());
        QVERIFY(form.linkEdit()->text().isEmpty());
        QVERIFY(!form.saveButton()->isEnabled()); // nothing changed
        form.platformCombo()->setCurrentIndex(form.platformCombo()->findData(int(*LinkValidator::fromName(platform))));
        QCOMPARE(form.linkEdit()->text(), QStringLiteral("https://example"));
    }

    void savingAValidLinkPersists()
    {
        const QString path = seeded();
        QVERIFY(!path.isEmpty());
        GroupService service(path, Clock::system());
        GroupsPage page(&service);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.model()->rowCount(), 2);
        // The first group is selected at first.
        QCOMPARE(page.linkForm()->groupId().value_or(0), groupId(page, QStringLiteral("Grupo A")));

        page.selectGroup(groupId(page, QStringLiteral("Grupo B")));
        GroupLinkForm *form = page.linkForm();
        QCOMPARE(form->platform(), LinkPlatform::GoogleMeet);
        QCOMPARE(form->linkEdit()->text(), QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QVERIFY(!form->caveatsPanel()->isHidden());
        QVERIFY(!form->saveButton()->isEnabled());

        form->setPlatform(LinkPlatform::Telegram);
        form->linkEdit()->clear();
        QTest::keyClicks(form->linkEdit(), QStringLiteral("  https://T.ME/fisica_grupo_b?videochat"));
        QVERIFY(form->saveButton()->isEnabled());
        QSignalSpy finished(&page, &GroupsPage::changeFinished);
        form->saveButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(status(page.messageLabel()), QStringLiteral("good"));
        const auto saved = stored(path, QStringLiteral("Grupo B"));
        QVERIFY(saved);
        QCOMPARE(saved->platform, LinkPlatform::Telegram);
        QCOMPARE(saved->link, QStringLiteral("https://t.me/fisica_grupo_b?videochat"));
        QVERIFY(!saved->hasDurations());
        // The tree follows; the form holds what is stored, nothing left to save.
        QTRY_COMPARE(page.model()->groupIndex(saved->id).siblingAtColumn(GroupTreeModel::Platform).data().toString(),
                     QStringLiteral("Telegram"));
        QTRY_VERIFY(!form->saveButton()->isEnabled());
        QCOMPARE(page.selectedGroupId(), saved->id);

        // Back to the built-in room clears the stored link.
        form->setPlatform(LinkPlatform::Builtin);
        QVERIFY(form->saveButton()->isEnabled());
        form->saveButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stored(path, QStringLiteral("Grupo B"))->platform, LinkPlatform::Builtin);
        QCOMPARE(stored(path, QStringLiteral("Grupo B"))->link, QString());
    }

    void addRenameAndRemove()
    {
        const QString path = seeded();
        GroupService service(path, Clock::system());
        GroupsPage page(&service);
        ScriptedPrompts prompts;
        page.setPrompts(&prompts);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QSignalSpy finished(&page, &GroupsPage::changeFinished);

        // A program, selected once added; then a group in it, selected once added.
        prompts.texts = {QStringLiteral("  Máster en Educación Digital ")};
        page.addProgramButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(status(page.messageLabel()), QStringLiteral("good"));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QTRY_VERIFY(page.selectedProgramId() != 0 && page.selectedGroupId() == 0);
        const qint64 master = page.selectedProgramId();
        QCOMPARE(page.model()->program(page.model()->programIndex(master))->name,
                 QStringLiteral("Máster en Educación Digital"));
        QVERIFY(page.addGroupButton()->isEnabled());
        QVERIFY(!page.linkForm()->groupId()); // a program has no link settings

        prompts.texts = {QStringLiteral("Cohorte 2026")};
        page.addGroupButton()->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(prompts.asked.last().contains(QStringLiteral("Máster en Educación Digital")));
        QTRY_VERIFY(page.selectedGroupId() != 0);
        QCOMPARE(page.linkForm()->groupId().value_or(0), page.selectedGroupId());
        QVERIFY(stored(path, QStringLiteral("Cohorte 2026")));

        // A duplicate is refused with the reason; nothing is added.
        prompts.texts = {QStringLiteral("COHORTE 2026")};
        page.selectProgram(master);
        page.addGroupButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(status(page.messageLabel()), QStringLiteral("error"));
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("already has a group “Cohorte 2026”")),
                 qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.model()->groupCount(master), 1);

        // Rename the group; cancelling a prompt changes nothing.
        page.selectGroup(groupId(page, QStringLiteral("Cohorte 2026")));
        prompts.texts = {QString()};
        page.renameButton()->click();
        QCOMPARE(finished.count(), 3);
        prompts.texts = {QStringLiteral("Cohorte 2027")};
        page.renameButton()->click();
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(groupId(page, QStringLiteral("Cohorte 2027")) != 0);
        QVERIFY(stored(path, QStringLiteral("Cohorte 2027")));

        // Remove: a "no" keeps it, a "yes" removes it; the program goes with its groups.
        prompts.confirmations = {false};
        page.removeButton()->click();
        QCOMPARE(finished.count(), 4);
        QVERIFY(stored(path, QStringLiteral("Cohorte 2027")));
        prompts.confirmations = {true};
        page.removeButton()->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(!stored(path, QStringLiteral("Cohorte 2027")));

        page.selectProgram(page.model()->program(page.model()->index(0, 0))->id); // Física, two groups
        prompts.confirmations = {true};
        page.removeButton()->click();
        QVERIFY(prompts.asked.last().contains(QStringLiteral("its 2 group")));
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QVERIFY(!stored(path, QStringLiteral("Grupo A")));
        QVERIFY(stored(path, QStringLiteral("Laboratorio")));
    }
};

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
