// SPDX-License-Identifier: GPL-3.0-or-later
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

void ConnectionService::withProfile(std::function<void(const Result<void> &)> then)
{
    if (m_secrets)
        return then({});
    onWorker([this, then = std::move(then)](Worker &worker) mutable {
        Result<QString> profile = Error {};
        if (auto database = worker.database(); !database)
            profile = database.error();
        else
            profile = ZoomConnectionStore::profileId(*database.value());
        QMetaObject::invokeMethod(this, [this, profile, then = std::move(then)] {
            if (!profile)
                return then(profile.error());
            if (!m_secrets) {
                m_profileId = profile.value();
                m_secrets = std::make_unique<SecretStore>(m_profileId, this);
            }
            then({});
        });
    });
}

void ConnectionService::storedConnection(QObject *context, ConnectionCallback done)
{
    QPointer<QObject> guard(context);
    onWorker([this, guard, done = std::move(done)](Worker &worker) mutable {
        Result<std::optional<ZoomConnection>> loaded = std::optional<ZoomConnection>();
        if (auto database = worker.database(); !database)
            loaded = database.error();
        else
            loaded = ZoomConnectionStore::load(*database.value());
        QMetaObject::invokeMethod(this, [guard, loaded, done = std::move(done)] {
            if (guard)
                done(loaded);
        });
    });
}

void ConnectionService::start(QObject *context, std::function<void(const Result<State> &)> done)
{
    load(context, std::move(done));
}

void ConnectionService::load(QObject *context, std::function<void(const Result<State> &)> done)
{
    QPointer<QObject> guard(context);
    withProfile([this, guard, done = std::move(done)](const Result<void> &known) mutable {
        if (!known) {
            if (guard)
                done(known.error());
            return;
        }
        storedConnection(this, [this, guard, done = std::move(done)](const auto &loaded) mutable {
            if (!guard)
                return;
            if (!loaded) {
                done(loaded.error());
                return;
            }
            auto state = std::make_shared<State>();
            state->profileId = m_profileId;
            state->connection = loaded.value();
            // Whether each secret is stored, asked one after the other; a keychain that cannot
            // answer the first is not asked again.
            m_secrets->read(SecretKind::ClientSecret, this, [this, guard, state, done](const auto &client) mutable {
                if (!client) {
                    state->keychainProblem = client.error();
                    state->unreadable = SecretKind::ClientSecret;
                    if (guard)
                        done(*state);
                    return;
                }
                state->clientSecretStored = client.value().has_value();
                m_secrets->read(SecretKind::WebhookSecretToken, this,
                                [guard, state, done = std::move(done)](const auto &webhook) {
                                    if (!webhook) {
                                        state->keychainProblem = webhook.error();
                                        state->unreadable = SecretKind::WebhookSecretToken;
                                    } else {
                                        state->webhookSecretStored = webhook.value().has_value();
                                    }
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
        if (!change.storeConnection) {
            finish({});
            return;
        }
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
    withProfile([this, change, finish, saveWebhook](const Result<void> &known) {
        if (!known)
            return finish(known);
        if (!change.clientSecret)
            return saveWebhook();
        m_secrets->write(SecretKind::ClientSecret, *change.clientSecret, this,
                         [finish, saveWebhook](const Result<void> &written) {
                             if (!written)
                                 finish(written);
                             else
                                 saveWebhook();
                         });
    });
}

void ConnectionService::forget(QObject *context, std::function<void(const Result<void> &)> done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done = std::move(done)](const Result<void> &result) {
        if (guard)
            done(result);
    };
    withProfile([this, finish](const Result<void> &known) {
        if (!known)
            return finish(known);
        onWorker([this, finish](Worker &worker) {
            Result<void> forgotten;
            if (auto database = worker.database(); !database)
                forgotten = database.error();
            else
                forgotten = ZoomConnectionStore::forget(*database.value());
            QMetaObject::invokeMethod(this, [this, forgotten, finish] {
                if (!forgotten)
                    return finish(forgotten);
                // The secrets one after the other; a keychain that refuses the first is not asked again.
                m_secrets->remove(SecretKind::ClientSecret, this, [this, finish](const Result<void> &client) {
                    if (!client) {
                        emit changed();
                        return finish(client);
                    }
                    m_secrets->remove(SecretKind::WebhookSecretToken, this,
                                      [this, finish](const Result<void> &webhook) {
                                          emit changed();
                                          finish(webhook);
                                      });
                });
            });
        });
    });
}

void ConnectionService::credentials(QObject *context,
                                    std::function<void(const Result<std::optional<ZoomCredentials>> &)> done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done = std::move(done)](const Result<std::optional<ZoomCredentials>> &result) {
        if (guard)
            done(result);
    };
    withProfile([this, finish](const Result<void> &known) {
        if (!known)
            return finish(known.error());
        storedConnection(this, [this, finish](const Result<std::optional<ZoomConnection>> &loaded) {
            if (!loaded)
                return finish(loaded.error());
            const std::optional<ZoomConnection> connection = loaded.value();
            if (!connection || connection->accountId.isEmpty() || connection->clientId.isEmpty())
                return finish(std::optional<ZoomCredentials>());
            m_secrets->read(SecretKind::ClientSecret, this, [connection, finish](const auto &secret) {
                if (!secret)
                    return finish(secret.error());
                if (!secret.value())
                    return finish(std::optional<ZoomCredentials>());
                finish(std::optional<ZoomCredentials>(ZoomCredentials {connection->baseUrl, connection->accountId,
                                                                       connection->clientId,
                                                                       QString::fromUtf8(*secret.value())}));
            });
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
    QPointer<QObject> guard(context);
    withProfile([this, kind, guard, done = std::move(done)](const Result<void> &known) mutable {
        if (!guard)
            return;
        if (!known)
            return done(known.error());
        m_secrets->read(kind, guard, std::move(done));
    });
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
