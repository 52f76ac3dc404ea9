// SPDX-License-Identifier: GPL-3.0-or-later
// ZoomCopy and EventDrift: the stored JSON keeps the form earlier versions wrote (QJsonDocument,
// keys in order) so that databases and `event show --json` read the same, the round trip is
// lossless, and changes are found field by field.
#include "events/eventdrift.h"
#include "zoom/zoomtypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

ZoomMeeting meeting()
{
    ZoomMeeting m;
    m.topic = QStringLiteral("Álgebra «lineal» \"A\"\n/1");
    m.startTimeUtc = QDateTime(QDate(2026, 12, 9), QTime(16, 30), QTimeZone::utc());
    m.timezone = QStringLiteral("Europe/Madrid");
    m.durationMinutes = 90;
    m.agenda = QStringLiteral("Тема: матрицы\n\n[roomdesk:abcdef012345]");
    m.waitingRoom = true;
    return m;
}

// How the copy was written before: a QJsonObject, compact.
QString writtenByQt(const ZoomMeeting &m)
{
    QJsonObject copy;
    copy[QStringLiteral("topic")] = m.topic;
    copy[QStringLiteral("start")] = m.startTimeUtc.toUTC().toString(Qt::ISODate);
    copy[QStringLiteral("timezone")] = m.timezone;
    copy[QStringLiteral("duration")] = m.durationMinutes;
    copy[QStringLiteral("agenda")] = m.agenda;
    if (!m.webinar)
        copy[QStringLiteral("waiting_room")] = m.waitingRoom;
    return QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEventDrift final : public QObject
{
    Q_OBJECT

private slots:
    void theStoredCopyKeepsItsForm_data()
    {
        QTest::addColumn<bool>("webinar");
        QTest::newRow("meeting") << false;
        QTest::newRow("webinar") << true;
    }

    void theStoredCopyKeepsItsForm()
    {
        QFETCH(bool, webinar);
        ZoomMeeting m = meeting();
        m.webinar = webinar;
        const ZoomCopy copy = ZoomCopy::of(m);
        QCOMPARE(copy.toJson(), writtenByQt(m));
        QCOMPARE(ZoomCopy::fromJson(writtenByQt(m)), copy);
        QCOMPARE(copy.waitingRoom.has_value(), !webinar);
        QCOMPARE(copy.startUtc(), m.startTimeUtc);
    }

    void changesAreFoundFieldByField()
    {
        const ZoomCopy ours = ZoomCopy::of(meeting());
        QVERIFY(ours.differencesFrom(ours).isEmpty());
        ZoomMeeting changed = meeting();
        changed.topic = QStringLiteral("Otro");
        changed.durationMinutes = 60;
        changed.waitingRoom = false;
        QCOMPARE(ZoomCopy::of(changed).differencesFrom(ours),
                 QStringList({QStringLiteral("duration"), QStringLiteral("topic"), QStringLiteral("waiting_room")}));
        // Nothing stored (or unreadable): every field counts as changed.
        QCOMPARE(ours.differencesFrom(std::nullopt).size(), 6);
        QCOMPARE(ours.differencesFrom(ZoomCopy::fromJson(QStringLiteral("not json"))).size(), 6);
    }

    void driftRoundTripsInTheFormEarlierVersionsWrote()
    {
        ZoomMeeting changed = meeting();
        changed.topic = QStringLiteral("Otro");
        const ZoomCopy theirs = ZoomCopy::of(changed);
        const EventDrift drift = EventDrift::changed(theirs, theirs.differencesFrom(ZoomCopy::of(meeting())));
        QJsonObject fields;
        fields[QStringLiteral("topic")] = QStringLiteral("Otro");
        QJsonObject old;
        old[QStringLiteral("kind")] = QStringLiteral("changed");
        old[QStringLiteral("fields")] = fields;
        old[QStringLiteral("zoom")] = QJsonDocument::fromJson(writtenByQt(changed).toUtf8()).object();
        QCOMPARE(drift.toJson(), QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));

        const auto read = EventDrift::fromJson(drift.toJson());
        QVERIFY(read);
        QCOMPARE(read->kind, EventDrift::Kind::Changed);
        QCOMPARE(read->fields, QStringList {QStringLiteral("topic")});
        QVERIFY(read->changes("topic"));
        QVERIFY(!read->changes("duration"));
        QCOMPARE(read->zoom, theirs);

        QCOMPARE(EventDrift::deleted().toJson(), QStringLiteral(R"({"kind":"deleted"})"));
        QCOMPARE(EventDrift::fromJson(QStringLiteral(R"({"kind":"deleted"})"))->kind, EventDrift::Kind::Deleted);
        QVERIFY(!EventDrift::fromJson(QString()));
        QVERIFY(!EventDrift::fromJson(QStringLiteral("[1,2]")));
    }
};

QTEST_GUILESS_MAIN(TestEventDrift)
#include "tst_eventdrift.moc"
