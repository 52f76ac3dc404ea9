#include "backend.h"

#include <QLoggingCategory>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcBackend, "roomdesk.backend", QtInfoMsg)
}

Backend::Backend(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_data(std::move(databasePath), clock)
    , m_connection(m_data)
    , m_roomPool(m_data)
    , m_groups(m_data)
    , m_events(m_data)
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
    if (m_sandbox)
        return m_events.setCredentials(*m_sandbox);
    m_connection.credentials(this, [this](const Result<std::optional<ZoomCredentials>> &credentials) {
        if (!credentials) {
            qCWarning(lcBackend) << "The stored Zoom connection could not be read:" << credentials.error().code;
            return;
        }
        m_events.setCredentials(credentials.value());
    });
}

} // namespace Roomdesk
