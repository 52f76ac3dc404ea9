// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcBackend, "roomdesk.backend", QtInfoMsg)
}

Backend::Backend(QString databasePath, const Clock &clock, QObject *parent)
    : Backend(std::move(databasePath), clock, Role::Desktop, parent)
{}

Backend::Backend(QString databasePath, const Clock &clock, Role role, QObject *parent)
    : QObject(parent)
    , m_data(std::move(databasePath), clock)
    , m_lane(m_data, this)
    , m_connection(m_data)
    , m_roomPool(m_data)
    , m_groups(m_data)
    , m_events(m_data, role == Role::Desktop ? EventService::Jobs::Run : EventService::Jobs::Leave)
    , m_webhooks(m_data)
{
    connect(&m_roomPool, &RoomPoolService::changed, &m_events, &EventService::requestSync);
    connect(&m_webhooks, &WebhookListener::eventStored, &m_events, &EventService::requestSync);
    connect(&m_connection, &ConnectionService::changed, this, [this] {
        if (m_started)
            refreshCredentials();
    });
}

Backend::~Backend() = default;

void Backend::start(QObject *context, std::function<void(const Result<ConnectionService::State> &)> done)
{
    m_connection.start(context, [this, done = std::move(done)](const Result<ConnectionService::State> &state) {
        m_started = state.ok();
        if (m_started)
            refreshCredentials();
        done(state);
    });
}

void Backend::useSandbox(const ZoomCredentials &credentials)
{
    m_sandbox = credentials;
    m_events.setCredentials(credentials);
}

void Backend::refreshCredentials()
{
    useStoredCredentials(this, [](const Result<std::optional<ZoomCredentials>> &credentials) {
        if (!credentials)
            qCWarning(lcBackend) << "The stored Zoom connection could not be read:" << credentials.error().code;
    });
}

void Backend::useStoredCredentials(QObject *context, Callback<std::optional<ZoomCredentials>> done)
{
    if (m_sandbox) {
        m_events.setCredentials(*m_sandbox);
        QTimer::singleShot(0, context, [credentials = m_sandbox, done = std::move(done)] { done(credentials); });
        return;
    }
    QPointer<QObject> guard(context);
    m_connection.credentials(this, [this, guard, done = std::move(done)](const auto &credentials) {
        if (credentials)
            m_events.setCredentials(credentials.value());
        if (guard)
            done(credentials);
    });
}

void Backend::databaseInfo(QObject *context, Callback<DatabaseInfo> done)
{
    m_lane.run<DatabaseInfo>([](DataContext &, const Database &database) { return database.info(); }, context,
                             std::move(done));
}

} // namespace Roomdesk
