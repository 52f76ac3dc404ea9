// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionservice.h"
#include "datathread.h"
#include "eventservice.h"
#include "groupservice.h"
#include "roompoolservice.h"
#include "storage/database.h"
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
    // Who runs it. The desktop runs the durable jobs while it is open. A command (roomdeskctl)
    // runs its one use case and ends: it runs no jobs, and the jobs its changes queue (a
    // synchronization after a pool change) wait for the process that runs them.
    enum class Role { Desktop, Command };

    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    Backend(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    Backend(QString databasePath, const Clock &clock, Role role, QObject *parent = nullptr);
    ~Backend() override;
    Q_DISABLE_COPY_MOVE(Backend)

    // Learns the profile and, once it is known, hands the stored credentials to the events.
    void start(QObject *context, std::function<void(const Result<ConnectionService::State> &)> done);
    // Reads the stored connection again and gives its credentials to the event service.
    void refreshCredentials();
    // The same, answering with the credentials once the events use them (nullopt: not
    // connected), so that use cases asked for afterwards run with them.
    void useStoredCredentials(QObject *context, Callback<std::optional<ZoomCredentials>> done);
    // Demo mode: the connection is the sandbox's, known at once, whatever is stored.
    void useSandbox(const ZoomCredentials &credentials);

    // The database's file, schema and identity (`db info`).
    void databaseInfo(QObject *context, Callback<DatabaseInfo> done);

    const QString &databasePath() const { return m_data.databasePath(); }
    const Clock &clock() const { return m_data.clock(); }
    ConnectionService &connection() { return m_connection; }
    RoomPoolService &roomPool() { return m_roomPool; }
    GroupService &groups() { return m_groups; }
    EventService &events() { return m_events; }
    WebhookListener &webhooks() { return m_webhooks; }

private:
    DataThread m_data; // first in, last out: the services run on it
    DataLane m_lane; // the backend's own reads
    ConnectionService m_connection;
    RoomPoolService m_roomPool;
    GroupService m_groups;
    EventService m_events;
    WebhookListener m_webhooks;
    bool m_started = false;
    std::optional<ZoomCredentials> m_sandbox;
};

} // namespace Roomdesk
