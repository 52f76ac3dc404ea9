// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace Roomdesk {

enum class SecretKind { ClientSecret, WebhookSecretToken };

// The operating system's credential store through QtKeychain, asynchronously. Entries are
// namespaced per profile (a database's id), so two databases never share a secret. There is
// no plaintext fallback: when the keychain is unavailable, callers say so and may switch to
// session-only mode, where secrets live in this process's memory and are gone when it ends.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Keychain, SessionOnly };

    // nullopt: nothing stored yet ("not configured"), which is not an error.
    using ReadCallback = std::function<void(const Result<std::optional<QByteArray>> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    explicit SecretStore(QString profileId, QObject *parent = nullptr);

    QString profileId() const { return m_profileId; }
    Mode mode() const { return m_mode; }
    // From now on this store keeps secrets in memory only (shared by every store of the
    // same profile in this process).
    void useSessionOnly();

    // Callbacks run on this object's thread, only while `context` lives.
    void read(SecretKind kind, QObject *context, ReadCallback done);
    void write(SecretKind kind, const QByteArray &secret, QObject *context, DoneCallback done);
    void remove(SecretKind kind, QObject *context, DoneCallback done);

    static QString serviceName();
    QString keyFor(SecretKind kind) const;
    static QString displayName(SecretKind kind); // translated

    // Error codes: "secrets.unavailable" (no usable keychain: offer session-only mode),
    // "secrets.denied" (the user refused access), "secrets.failed" (anything else).
    static bool isUnavailable(const Error &error) { return error.code == QLatin1String("secrets.unavailable"); }

private:
    QString m_profileId;
    Mode m_mode = Mode::Keychain;
};

} // namespace Roomdesk
