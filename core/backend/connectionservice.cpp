#include "connectionservice.h"

#include "clock.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcConnection, "roomdesk.core.zoom.connection", QtInfoMsg)
}

ConnectionService::ConnectionService(DataThread &data, QObject *parent)
    : QObject(parent)
    , m_lane(data, this)
    , m_clock(data.clock())
{}

ConnectionService::ConnectionService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(databasePath), clock, this)
    , m_clock(clock)
{}

ConnectionService::~ConnectionService() = default;

void ConnectionService::onWorker(std::function<void(Worker &)> work)
{
    m_lane.post(std::move(work));
}

void ConnectionService::start(QObject *context, std::function<void(const Result<State> &)> done)
{
    QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)](Worker &worker) mutable {
        Result<QString> profile = Error {};
        if (auto database = worker.database(); !database)
            profile = database.error();
        else
            profile = ZoomConnectionStore::profileId(*database.value());
        QMetaObject::invokeMethod(this, [this, guard, profile, done = std::move(done)]() mutable {
            if (!profile) {
                if (guard)
                    done(profile.error());
                return;
            }
            m_profileId = profile.value();
            if (!m_secrets)
                m_secrets = std::make_unique<SecretStore>(m_profileId, this);
            if (guard)
                load(guard, std::move(done));
        });
    });
}

void ConnectionService::load(QObject *context, std::function<void(const Result<State> &)> done)
{
    QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)](Worker &worker) mutable {
        Result<std::optional<ZoomConnection>> loaded = std::optional<ZoomConnection>();
        if (auto database = worker.database(); !database)
            loaded = database.error();
        else
            loaded = ZoomConnectionStore::load(*database.value());
        QMetaObject::invokeMethod(this, [this, guard, loaded, done = std::move(done)]() mutable {
            if (!guard)
                return;
            if (!loaded) {
                done(loaded.error());
                return;
            }
            auto state = std::make_shared<State>();
            state->profileId = m_profileId;
            state->connection = loaded.value();
            // Whether each secret is stored, asked one after the other.
            m_secrets->read(SecretKind::ClientSecret, this, [this, guard, state, done](const auto &client) mutable {
                if (!client)
                    state->keychainProblem = client.error();
                else
                    state->clientSecretStored = client.value().has_value();
                m_secrets->read(SecretKind::WebhookSecretToken, this,
                                [guard, state, done = std::move(done)](const auto &webhook) {
                                    if (!webhook)
                                        state->keychainProblem = webhook.error();
                                    else
                                        state->webhookSecretStored = webhook.value().has_value();
                                    if (guard)
                                        done(*state);
                                });
            });
        });
    });
}

void ConnectionService::save(const Change &change, QObject *context, std::function<void(const Result<void> &)> done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done](const Result<void> &result) {
        if (guard)
            done(result);
    };
    // Secrets first; the database only when the keychain took them.
    auto saveDatabase = [this, change, finish] {
        const QDateTime now = m_clock.nowUtc();
        onWorker([this, change, now, finish](Worker &worker) {
            Result<void> saved;
            auto database = worker.database();
            if (!database)
                saved = database.error();
            else
                saved = ZoomConnectionStore::save(*database.value(), change.connection, now);
            if (saved && change.verification)
                saved = ZoomConnectionStore::recordVerification(*database.value(), change.verification->checkedAtUtc,
                                                                change.verification->grantedScopes);
            QMetaObject::invokeMethod(this, [this, saved, finish] {
                if (saved) {
                    qCInfo(lcConnection) << "Zoom connection saved";
                    emit changed();
                }
                finish(saved);
            });
        });
    };
    auto saveWebhook = [this, change, finish, saveDatabase] {
        if (!change.webhookSecret) {
            saveDatabase();
            return;
        }
        m_secrets->write(SecretKind::WebhookSecretToken, *change.webhookSecret, this,
                         [finish, saveDatabase](const Result<void> &written) {
                             if (!written)
                                 finish(written);
                             else
                                 saveDatabase();
                         });
    };
    if (!change.clientSecret) {
        saveWebhook();
        return;
    }
    m_secrets->write(SecretKind::ClientSecret, *change.clientSecret, this,
                     [finish, saveWebhook](const Result<void> &written) {
                         if (!written)
                             finish(written);
                         else
                             saveWebhook();
                     });
}

void ConnectionService::forget(QObject *context, std::function<void(const Result<void> &)> done)
{
    QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)](Worker &worker) mutable {
        Result<void> forgotten;
        if (auto database = worker.database(); !database)
            forgotten = database.error();
        else
            forgotten = ZoomConnectionStore::forget(*database.value());
        QMetaObject::invokeMethod(this, [this, guard, forgotten, done = std::move(done)]() mutable {
            if (!forgotten) {
                if (guard)
                    done(forgotten);
                return;
            }
            m_secrets->remove(SecretKind::ClientSecret, this, [this, guard, done](const Result<void> &client) {
                m_secrets->remove(SecretKind::WebhookSecretToken, this,
                                  [this, guard, client, done](const Result<void> &webhook) {
                                      emit changed();
                                      if (guard)
                                          done(!client ? client : webhook);
                                  });
            });
        });
    });
}

void ConnectionService::credentials(QObject *context,
                                    std::function<void(const Result<std::optional<ZoomCredentials>> &)> done)
{
    QPointer<QObject> guard(context);
    load(this, [this, guard, done = std::move(done)](const Result<State> &state) {
        if (!guard)
            return;
        if (!state) {
            done(state.error());
            return;
        }
        const std::optional<ZoomConnection> connection = state.value().connection;
        if (!connection || connection->accountId.isEmpty() || connection->clientId.isEmpty() ||
            !state.value().clientSecretStored) {
            if (state.value().keychainProblem)
                done(*state.value().keychainProblem);
            else
                done(std::optional<ZoomCredentials>());
            return;
        }
        m_secrets->read(SecretKind::ClientSecret, this, [guard, connection, done](const auto &secret) {
            if (!guard)
                return;
            if (!secret) {
                done(secret.error());
                return;
            }
            if (!secret.value()) {
                done(std::optional<ZoomCredentials>());
                return;
            }
            done(std::optional<ZoomCredentials>(ZoomCredentials {
                connection->baseUrl, connection->accountId, connection->clientId, QString::fromUtf8(*secret.value())}));
        });
    });
}

void ConnectionService::secretOrStored(SecretKind kind, const std::optional<QByteArray> &typed, QObject *context,
                                       SecretStore::ReadCallback done)
{
    if (typed) {
        QTimer::singleShot(0, context, [typed, done = std::move(done)] { done(typed); });
        return;
    }
    m_secrets->read(kind, context, std::move(done));
}

void ConnectionService::check(const ZoomCredentials &credentials, QObject *context, ConnectionCheck::Callback done)
{
    QPointer<QObject> guard(context);
    ConnectionCheck::run(credentials, m_clock, this, [this, guard, credentials, done](const auto &outcome) {
        if (outcome) {
            // Recorded only if these are the stored ids (the worker compares).
            const ConnectionReport report = outcome.value();
            onWorker([this, credentials, report](Worker &worker) {
                auto database = worker.database();
                if (!database)
                    return;
                auto stored = ZoomConnectionStore::load(*database.value());
                if (!stored || !stored.value() || stored.value()->baseUrl != credentials.baseUrl ||
                    stored.value()->accountId != credentials.accountId ||
                    stored.value()->clientId != credentials.clientId)
                    return;
                if (ZoomConnectionStore::recordVerification(*database.value(), report.checkedAtUtc,
                                                            report.grantedScopes))
                    QMetaObject::invokeMethod(this, [this] { emit verified(); });
            });
        }
        if (guard)
            done(outcome);
    });
}

} // namespace Roomdesk
