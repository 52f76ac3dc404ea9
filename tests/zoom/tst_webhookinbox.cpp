// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook inbox on real SQLite files: stored once per body, kept byte for byte, survives
// reopening, pending until marked processed.
#include "clock.h"
#include "storage/database.h"
#include "zoom/webhookinbox.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

class TestWebhookInbox final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_received = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), QTimeZone::utc());

    std::unique_ptr<Database> open(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qWarning() << db.error().message;
        return db ? std::move(db).value() : nullptr;
    }

private slots:
    void dedupKeyIsSha256OfTheBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    }

    void dedupKeyIsSha256OfTheBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QCOMPARE(WebhookInbox::dedupKey(body), key);
    }

    void storesOnceAndKeepsTheBytes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("compact json") << QByteArray(R"({"event":"meeting.ended","event_ts":1,"payload":{}})");
        QTest::newRow("trailing whitespace") << QByteArray("{\"event\":\"meeting.ended\"} \r\n");
        QTest::newRow("not utf-8") << QByteArray(QByteArray("{\"topic\":\"\xff\xfe\"}") + '\0' + "tail");
    }

    void storesOnceAndKeepsTheBytes()
    {
        QFETCH(QByteArray, body);
        auto db = open(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag()));
        QVERIFY(db);
        WebhookInbox inbox(*db);
        auto first = inbox.store(body, "meeting.ended", 1739923528123, "req-1", m_received);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first.value().kind, WebhookInbox::StoreOutcome::Kind::Stored);
        auto again = inbox.store(body, "meeting.ended", 1739923528123, "req-2", m_received.addSecs(300));
        QVERIFY(again);
        QCOMPARE(again.value().kind, WebhookInbox::StoreOutcome::Kind::Duplicate);
        QCOMPARE(again.value().id, first.value().id);
        QCOMPARE(inbox.count().value(), 1);

        const auto pending = inbox.pending();
        QVERIFY(pending);
        QCOMPARE(pending.value().size(), 1);
        const WebhookInboxEvent &event = pending.value().constFirst();
        QCOMPARE(event.id, first.value().id);
        QCOMPARE(event.body, body);
        QCOMPARE(event.event, "meeting.ended");
        QCOMPARE(event.eventTsMs, 1739923528123);
        QCOMPARE(event.requestId, "req-1"); // the first delivery's, not the replay's
        QCOMPARE(event.receivedAtUtc, m_received);
        QVERIFY(!event.processedAtUtc.isValid());
    }

    void pendingUntilProcessed()
    {
        auto db = open(QStringLiteral("pending.sqlite"));
        QVERIFY(db);
        ManualClock clock(m_received.addSecs(60));
        WebhookInbox inbox(*db, clock);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            auto stored = inbox.store("body " + QByteArray::number(i), "meeting.ended", i, {}, m_received);
            QVERIFY(stored);
            ids.append(stored.value().id);
        }
        QCOMPARE(inbox.pending(2).value().size(), 2);
        QCOMPARE(inbox.pending(2).value().at(0).id, ids.at(0)); // oldest first
        QVERIFY(inbox.markProcessed(ids.at(0)));
        clock.advanceSeconds(60);
        QVERIFY(inbox.markProcessed(ids.at(0))); // twice is fine
        QVERIFY(inbox.markProcessed(ids.at(2)));
        const auto pending = inbox.pending().value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).id, ids.at(1));
        QCOMPARE(pending.at(1).id, ids.at(3));
        QVERIFY(pending.at(0).requestId.isEmpty());
        QCOMPARE(inbox.count().value(), 4);

        const auto unknown = inbox.markProcessed(9999);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, "webhook.unknown_event");

        // A processed event stays a known body: a late retry is still a duplicate.
        const auto late = inbox.store("body 0", "meeting.ended", 0, {}, m_received);
        QCOMPARE(late.value().kind, WebhookInbox::StoreOutcome::Kind::Duplicate);
    }

    void survivesReopening()
    {
        const QString name = QStringLiteral("reopen.sqlite");
        qint64 id = 0;
        {
            auto db = open(name);
            QVERIFY(db);
            WebhookInbox inbox(*db);
            id = inbox.store("{}", "recording.completed", 7, "r", m_received).value().id;
        }
        auto db = open(name);
        QVERIFY(db);
        WebhookInbox inbox(*db);
        const auto pending = inbox.pending().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, id);
        QCOMPARE(pending.at(0).event, "recording.completed");
    }
};

QTEST_GUILESS_MAIN(TestWebhookInbox)
#include "tst_webhookinbox.moc"
