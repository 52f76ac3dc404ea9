// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datathread.h"
#include "secrets/secretstore.h"
#include "zoom/connectioncheck.h"
#include "zoom/zoomconnection.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Roomdesk {

class Clock;

// The profile's Zoom connection for the GUI, without ever blocking the calling (UI) thread:
// database work runs on the backend's data thread, secrets go through the
// asynchronous keychain, token exchanges over the network.
class ConnectionService final : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        QString profileId;
        std::optional<ZoomConnection> connection;
        bool clientSecretStored = false;
        bool webhookSecretStored = false;
        std::optional<Error> keychainProblem; // set when the keychain could not be asked
        // The secret the keychain refused to tell about; the ones after it were not asked, so
        // neither its *Stored nor theirs says anything.
        std::optional<SecretKind> unreadable;
    };

    // What the wizard or the Settings page saves. Absent secrets are left as stored.
    struct Change
    {
        ZoomConnection connection;
        std::optional<QByteArray> clientSecret;
        std::optional<QByteArray> webhookSecret;
        std::optional<ConnectionReport> verification; // a check of exactly these credentials
        // false: only the secrets are saved; the stored connection (or its absence) stays.
        bool storeConnection = true;
    };

    ConnectionService(DataThread &data, QObject *parent = nullptr);
    // On a data thread of its own (tests, tools).
    ConnectionService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ConnectionService() override;

    // Opens the database on the data thread, learns the profile id and loads the state. Every
    // other call learns the profile too when it is not known yet.
    void start(QObject *context, std::function<void(const Result<State> &)> done);
    QString profileId() const { return m_profileId; }
    SecretStore *secrets() const { return m_secrets.get(); }

    using ConnectionCallback = std::function<void(const Result<std::optional<ZoomConnection>> &)>;

    void load(QObject *context, std::function<void(const Result<State> &)> done);
    // The stored connection alone, without asking the keychain (nullopt: none is stored).
    void storedConnection(QObject *context, ConnectionCallback done);
    // Secrets first (the keychain may refuse), then the database; nothing half-saved.
    void save(const Change &change, QObject *context, std::function<void(const Result<void> &)> done);
    void forget(QObject *context, std::function<void(const Result<void> &)> done);
    // The stored credentials, secret included, ready for a ZoomClient. nullopt: no connection
    // with both ids is stored (the keychain is not asked then), or its Client Secret is not.
    void credentials(QObject *context, std::function<void(const Result<std::optional<ZoomCredentials>> &)> done);
    // `typed` when the administrator just entered one, else the stored secret; nullopt in the
    // callback means neither exists.
    void secretOrStored(SecretKind kind, const std::optional<QByteArray> &typed, QObject *context,
                        SecretStore::ReadCallback done);
    // Exchanges a token with `credentials`; when they are the stored ones, records the result.
    void check(const ZoomCredentials &credentials, QObject *context, ConnectionCheck::Callback done);

signals:
    void changed(); // after save or forget
    void verified(); // a check of the stored credentials was recorded

private:
    using Worker = DataContext;
    void onWorker(std::function<void(Worker &)> work);
    // Runs `then` on this thread once the profile and its secret store are known.
    void withProfile(std::function<void(const Result<void> &)> then);

    DataLane m_lane;
    const Clock &m_clock;
    QString m_profileId;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace Roomdesk
