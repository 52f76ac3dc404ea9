// SPDX-License-Identifier: GPL-3.0-or-later
// GroupService over a real SQLite file: work on its own thread, answers on the caller's,
// changed() only after stored changes, answers dropped with their context, demo seeding once.
#include "backend/groupservice.h"
#include "clock.h"
#include "demo/demogroups.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <optional>

using namespace Roomdesk;

namespace {

// Waits for one callback and keeps its result and the thread it ran on.
template<typename T>
class Awaited final
{
public:
    GroupService::Callback<T> callback()
    {
        return [this](const Result<T> &result) {
            m_result.emplace(result);
            m_thread = QThread::currentThread();
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 10000);
    }
    const Result<T> &result() const { return *m_result; }
    QThread *thread() const { return m_thread; }

private:
    std::optional<Result<T>> m_result;
    QThread *m_thread = nullptr;
};

} // namespace

class TestGroupService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};

    QString newPath() { return m_dir.filePath(QStringLiteral("service-%1.sqlite").arg(++m_files)); }

private slots:
    void changesAreStoredAndAnnounced()
    {
        GroupService service(newPath(), m_clock);
        QSignalSpy changed(&service, &GroupService::changed);
        Awaited<Program> program;
        service.addProgram(QStringLiteral("Física"), this, program.callback());
        QVERIFY(program.wait());
        QVERIFY(program.result());
        QCOMPARE(program.thread(), QThread::currentThread()); // answered on the caller's thread
        QCOMPARE(changed.count(), 1);

        Awaited<ParticipantGroup> group;
        service.addGroup(program.result().value().id, QStringLiteral("Grupo A"), this, group.callback());
        QVERIFY(group.wait());
        QCOMPARE(group.result().value().programName, QStringLiteral("Física"));

        Awaited<ParticipantGroup> linked;
        service.setLink(group.result().value().id, LinkPlatform::GoogleMeet,
                        QStringLiteral("https://meet.google.com/abc-defg-hij"), this, linked.callback());
        QVERIFY(linked.wait());
        QCOMPARE(linked.result().value().platform, LinkPlatform::GoogleMeet);
        QCOMPARE(changed.count(), 3);

        // A refusal is answered with the reason and announces nothing.
        Awaited<ParticipantGroup> refused;
        service.setLink(group.result().value().id, LinkPlatform::Telegram, QStringLiteral("https://t.me.example/x"),
                        this, refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused.result().error().code, QStringLiteral("link.invalid"));
        QCOMPARE(changed.count(), 3);

        Awaited<GroupSnapshot> snapshot;
        service.snapshot(this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QCOMPARE(snapshot.result().value().programs.size(), 1);
        QCOMPARE(snapshot.result().value().groups.size(), 1);
        QCOMPARE(snapshot.result().value().groups.at(0).link, QStringLiteral("https://meet.google.com/abc-defg-hij"));
    }

    void answersAreDroppedWithTheirContext()
    {
        GroupService service(newPath(), m_clock);
        QSignalSpy changed(&service, &GroupService::changed);
        bool called = false;
        auto context = std::make_unique<QObject>();
        service.addProgram(QStringLiteral("Química"), context.get(),
                           [&called](const Result<Program> &) { called = true; });
        context.reset();
        QVERIFY(changed.wait(10000)); // stored all the same
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void demoSeedsOnlyAnEmptyDatabase()
    {
        const QString path = newPath();
        GroupService service(path, m_clock);
        Awaited<bool> first;
        service.seedIfEmpty(DemoGroups::groups(), this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result(), first.result() ? "" : qPrintable(first.result().error().message));
        QCOMPARE(first.result().value(), true);
        Awaited<bool> second;
        service.seedIfEmpty(DemoGroups::groups(), this, second.callback());
        QVERIFY(second.wait());
        QCOMPARE(second.result().value(), false);

        Awaited<GroupSnapshot> snapshot;
        service.snapshot(this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QCOMPARE(snapshot.result().value().groups.size(), DemoGroups::groups().size());
        QSet<QString> platforms;
        for (const ParticipantGroup &group : snapshot.result().value().groups)
            platforms.insert(LinkValidator::name(group.platform));
        QCOMPARE(platforms.size(), 6); // every platform has a demo group
    }

    void anUnopenableDatabaseIsAnAnswer()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        GroupService service(path, m_clock);
        Awaited<GroupSnapshot> snapshot;
        service.snapshot(this, snapshot.callback());
        QVERIFY(snapshot.wait());
        QVERIFY(!snapshot.result());
        QVERIFY(snapshot.result().error().code.startsWith(QLatin1String("db.")));
        QVERIFY(!snapshot.result().error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
