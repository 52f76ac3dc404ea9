// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Roomdesk {

Q_LOGGING_CATEGORY(lcSecrets, "roomdesk.core.secrets", QtInfoMsg)

namespace {

// Session-only secrets of this process, by full key. Never written anywhere.
struct SessionVault
{
    QMutex mutex;
    QHash<QString, QByteArray> secrets;
};

SessionVault &vault()
{
    static SessionVault instance;
    return instance;
}

Error unavailable(const QString &detail, const QString &what)
{
    return {QStringLiteral("secrets.unavailable"),
            QCoreApplication::translate("Roomdesk::SecretStore",
                                        "The system keychain is not available (%1), so the %2 cannot be kept "
                                        "there. Roomdesk never writes secrets to a file: start the keychain "
                                        "(GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) "
                                        "or keep the secrets for this session only.")
                .arg(detail, what)};
}

Error keychainError(const QKeychain::Job &job, SecretKind kind)
{
    const QString what = SecretStore::displayName(kind);
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailable(detail, what);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {QStringLiteral("secrets.denied"),
                QCoreApplication::translate("Roomdesk::SecretStore",
                                            "Access to the %1 in the system keychain was refused (%2). Unlock the "
                                            "keychain and allow Roomdesk to use it.")
                    .arg(what, detail)};
    default:
        break;
    }
    // libsecret reports a missing Secret Service (no D-Bus session, no keyring daemon) as
    // "other error"; it is still an unavailable keychain to the administrator.
    static const QStringList unreachable = {
        QStringLiteral("could not connect"),
        QStringLiteral("org.freedesktop"),
        QStringLiteral("d-bus"),
        QStringLiteral("dbus"),
        QStringLiteral("secret service"),
        QStringLiteral("autolaunch"),
        QStringLiteral("not provided by any"),
        QStringLiteral("no such secret collection"),
    };
    for (const QString &sign : unreachable) {
        if (detail.contains(sign, Qt::CaseInsensitive))
            return unavailable(detail, what);
    }
    return {QStringLiteral("secrets.failed"),
            QCoreApplication::translate("Roomdesk::SecretStore", "The system keychain could not handle the %1: %2")
                .arg(what, detail)};
}

// Jobs belong to nobody and delete themselves when they finish: QtKeychain's libsecret
// backend calls back into a job after its D-Bus round trips (a "not found" is looked up twice),
// so a job deleted early with its owner would be written to after it was freed. The callback
// connection ends with `context`, so a finished job outliving its store is harmless.
template<typename Job>
Job *prepare(const QString &key)
{
    auto *job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString profileId, QObject *parent)
    : QObject(parent)
    , m_profileId(std::move(profileId))
{}

void SecretStore::useSessionOnly()
{
    if (m_mode == Mode::SessionOnly)
        return;
    m_mode = Mode::SessionOnly;
    qCInfo(lcSecrets) << "Secrets of profile" << m_profileId << "are kept in memory for this session only";
}

QString SecretStore::serviceName()
{
    return QStringLiteral("org.roomdesk.Roomdesk");
}

QString SecretStore::keyFor(SecretKind kind) const
{
    const QLatin1String name = kind == SecretKind::ClientSecret ? QLatin1String("zoom-client-secret")
                                                                : QLatin1String("zoom-webhook-secret-token");
    return m_profileId + QLatin1Char('/') + name;
}

QString SecretStore::displayName(SecretKind kind)
{
    return kind == SecretKind::ClientSecret
        ? QCoreApplication::translate("Roomdesk::SecretStore", "Client Secret")
        : QCoreApplication::translate("Roomdesk::SecretStore", "webhook Secret Token");
}

void SecretStore::read(SecretKind kind, QObject *context, ReadCallback done)
{
    const QString key = keyFor(kind);
    if (m_mode == Mode::SessionOnly) {
        std::optional<QByteArray> secret;
        {
            QMutexLocker lock(&vault().mutex);
            if (vault().secrets.contains(key))
                secret = vault().secrets.value(key);
        }
        QTimer::singleShot(0, context, [done = std::move(done), secret] { done(secret); });
        return;
    }
    auto *job = prepare<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [job, kind, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            qCDebug(lcSecrets) << "Read" << key << "from the keychain";
            done(std::optional<QByteArray>(job->binaryData()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            qCDebug(lcSecrets) << "Nothing stored under" << key;
            done(std::optional<QByteArray>());
        } else {
            const Error error = keychainError(*job, kind);
            qCWarning(lcSecrets) << "Reading" << key << "failed:" << job->errorString();
            done(error);
        }
    });
    job->start();
}

void SecretStore::write(SecretKind kind, const QByteArray &secret, QObject *context, DoneCallback done)
{
    const QString key = keyFor(kind);
    if (m_mode == Mode::SessionOnly) {
        {
            QMutexLocker lock(&vault().mutex);
            vault().secrets.insert(key, secret);
        }
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    auto *job = prepare<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, kind, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            qCInfo(lcSecrets) << "Stored" << key << "in the keychain";
            done({});
        } else {
            qCWarning(lcSecrets) << "Storing" << key << "failed:" << job->errorString();
            done(keychainError(*job, kind));
        }
    });
    job->start();
}

void SecretStore::remove(SecretKind kind, QObject *context, DoneCallback done)
{
    const QString key = keyFor(kind);
    {
        // Forgetting also forgets a session-only copy.
        QMutexLocker lock(&vault().mutex);
        vault().secrets.remove(key);
    }
    if (m_mode == Mode::SessionOnly) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    auto *job = prepare<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [job, kind, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            qCInfo(lcSecrets) << "Removed" << key << "from the keychain";
            done({});
        } else {
            qCWarning(lcSecrets) << "Removing" << key << "failed:" << job->errorString();
            done(keychainError(*job, kind));
        }
    });
    job->start();
}

} // namespace Roomdesk
