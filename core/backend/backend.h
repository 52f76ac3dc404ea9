#pragma once

#include "connectionservice.h"
#include "datathread.h"
#include "eventservice.h"
#include "groupservice.h"
#include "roompoolservice.h"
#include "webhooklistener.h"

#include <QObject>

#include <functional>

namespace Roomdesk {

class Clock;

// The application layer under a front end (DESIGN §10): one data thread with one database
// connection and one clock, the services that run the use cases on it, the job runner, and the
// orchestration rules, written once here:
//   the room pool changed     → events synchronize (waiting events may have got a room);
//   a webhook was stored      → it is processed at once (a synchronization without drift check);
//   a synchronization ended   → ended events get their reports (EventService);
//   the connection arrived    → the journal is finished (the first synchronization is "on open").
class Backend final : public QObject
{
    Q_OBJECT

public:
    Backend(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~Backend() override;
    Q_DISABLE_COPY_MOVE(Backend)

    // Learns the profile and, once it is known, hands the stored credentials to the events.
    void start(QObject *context, std::function<void(const Result<ConnectionService::State> &)> done);
    // Reads the stored connection again and gives its credentials to the event service.
    void refreshCredentials();
    // Demo mode: the connection is the sandbox's, known at once, whatever is stored.
    void useSandbox(const ZoomCredentials &credentials);

    const QString &databasePath() const { return m_data.databasePath(); }
    ConnectionService &connection() { return m_connection; }
    RoomPoolService &roomPool() { return m_roomPool; }
    GroupService &groups() { return m_groups; }
    EventService &events() { return m_events; }
    WebhookListener &webhooks() { return m_webhooks; }

private:
    DataThread m_data; // first in, last out: the services run on it
    ConnectionService m_connection;
    RoomPoolService m_roomPool;
    GroupService m_groups;
    EventService m_events;
    WebhookListener m_webhooks;
    bool m_started = false;
    std::optional<ZoomCredentials> m_sandbox;
};

} // namespace Roomdesk
