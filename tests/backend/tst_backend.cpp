// SPDX-License-Identifier: GPL-3.0-or-later
// The backend's orchestration rules with real parts: a webhook the GUI's listener stores
// (signed by the Zoom sandbox over loopback) is processed at once, not at the next periodic
// synchronization; a change to the room pool makes the events synchronize.
#include "backend/backend.h"
#include "clock.h"
#include "rooms/room.h"
#include "sandboxhttp.h"
#include "sandboxkit.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

class TestBackend final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString processedAt(const QString &path, qint64 id)
    {
        auto database = Database::open(path);
        if (!database)
            return QStringLiteral("error");
        SqlStatement select(database.value()->connection(),
                            QStringLiteral("SELECT processed_at FROM webhook_inbox WHERE id = :id"));
        if (!select.bind(QStringLiteral(":id"), id).exec() || !select.next())
            return QString();
        return select.value(0).toString();
    }

private slots:
    void aStoredWebhookIsProcessedWithinTwoSeconds()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        const QString path = m_dir.filePath(QStringLiteral("webhooks.sqlite"));
        Backend backend(path, Clock::system());
        QSignalSpy synchronized(&backend.events(), &EventService::synchronized);
        backend.useSandbox({sandbox.origin(), sandbox.accountId(), sandbox.clientId(), sandbox.clientSecret()});
        QVERIFY(synchronized.wait(20000)); // the first, "on open"; the next periodic one is 10 min away

        const QByteArray secret = "backend-webhook-secret";
        QSignalSpy started(&backend.webhooks(), &WebhookListener::started);
        QSignalSpy stored(&backend.webhooks(), &WebhookListener::eventStored);
        backend.webhooks().start(WebhookReceiverOptions {}, secret);
        QVERIFY(started.wait(10000));
        const QUrl url = started.first().first().toUrl();

        // Subscribed as an administrator does in the Marketplace: validated at once, then events.
        SandboxHttp http(&sandbox);
        const nlohmann::json subscription = {{"url", url.toString().toStdString()},
                                             {"secret_token", secret.toStdString()}};
        QCOMPARE(http.request("POST", "/_sandbox/webhooks", QByteArray::fromStdString(subscription.dump())).status,
                 202);
        const QString meeting = QString::number(
            http.api("POST", "/users/lucia.fernandez@universidad.example/meetings", R"({"topic":"Orquestación"})")
                .json()["id"]
                .get<qint64>());
        const qsizetype syncsBefore = synchronized.size();
        QCOMPARE(http.request("POST", "/_sandbox/meetings/" + meeting + "/end", R"({"attendees":2})").status, 200);

        QElapsedTimer sinceStored;
        qint64 endedId = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &signal : stored) {
                    if (signal.at(1).toString() == QLatin1String("meeting.ended")) {
                        endedId = signal.at(0).toLongLong();
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        sinceStored.start();
        QTRY_VERIFY_WITH_TIMEOUT(!processedAt(path, endedId).isEmpty(), 2000);
        qInfo("meeting.ended processed %lld ms after it was stored", qint64(sinceStored.elapsed()));
        // Processed by a synchronization the webhooks started (the periodic one is 10 min away).
        QTRY_VERIFY_WITH_TIMEOUT(synchronized.size() > syncsBefore, 2000);
    }

    void aChangeToThePoolMakesTheEventsSynchronize()
    {
        const QString path = m_dir.filePath(QStringLiteral("pool.sqlite"));
        Backend backend(path, Clock::system());
        QSignalSpy synchronized(&backend.events(), &EventService::synchronized);
        backend.events().setCredentials(std::nullopt); // not connected: events wait, sync still runs
        QVERIFY(synchronized.wait(20000));
        synchronized.clear();
        Room room;
        room.email = QStringLiteral("aula@universidad.example");
        room.name = QStringLiteral("Aula");
        room.active = true;
        QObject context;
        backend.roomPool().addRoom(room, &context, {});
        QVERIFY(synchronized.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
