// SPDX-License-Identifier: GPL-3.0-or-later
// Roomdesk's keychain wrapper against the real Secret Service (gnome-keyring of ./dev test):
// asynchronous calls, "not found" as "not configured", per-profile namespaces, and the
// session-only mode that never touches the keychain.
#include "backend/blockingcall.h"
#include "keychainprobe.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Roomdesk;
using namespace Roomdesk::Test;

namespace {

// The asynchronous calls, waited for as a command-line tool waits (the backend's adaptor).
Result<std::optional<QByteArray>> readAndWait(SecretStore &store, SecretKind kind)
{
    return blockingCall<std::optional<QByteArray>>(
        [&](QObject *context, auto done) { store.read(kind, context, done); });
}

Result<void> writeAndWait(SecretStore &store, SecretKind kind, const QByteArray &secret)
{
    return blockingCall<void>([&](QObject *context, auto done) { store.write(kind, secret, context, done); });
}

Result<void> removeAndWait(SecretStore &store, SecretKind kind)
{
    return blockingCall<void>([&](QObject *context, auto done) { store.remove(kind, context, done); });
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    static QString newProfile() { return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void initTestCase()
    {
        if (!keychainTestsEnabled())
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
    }

    void asynchronousRoundTrip()
    {
        SecretStore store(newProfile());
        const QByteArray secret = QStringLiteral("s3cr3t-Привет-ñ").toUtf8();
        bool written = false;
        store.write(SecretKind::ClientSecret, secret, this, [&](const Result<void> &result) {
            QVERIFY(result);
            written = true;
        });
        QVERIFY(!written); // asynchronous: the caller's thread goes on
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QCOMPARE(keychainEntry(store.keyFor(SecretKind::ClientSecret)), secret);

        std::optional<Result<std::optional<QByteArray>>> read;
        store.read(SecretKind::ClientSecret, this, [&](const auto &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QVERIFY(read->ok());
        QCOMPARE(read->value(), std::optional<QByteArray>(secret));

        QVERIFY(removeAndWait(store, SecretKind::ClientSecret));
        QVERIFY(!keychainEntry(store.keyFor(SecretKind::ClientSecret)));
    }

    void notFoundMeansNotConfigured()
    {
        SecretStore store(newProfile());
        const auto read = readAndWait(store, SecretKind::WebhookSecretToken);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        QVERIFY(removeAndWait(store, SecretKind::WebhookSecretToken)); // removing nothing is fine
    }

    void profilesAndKindsAreSeparate()
    {
        SecretStore first(newProfile());
        SecretStore second(newProfile());
        QVERIFY(writeAndWait(first, SecretKind::ClientSecret, "first-client"));
        QVERIFY(writeAndWait(first, SecretKind::WebhookSecretToken, "first-webhook"));
        QVERIFY(writeAndWait(second, SecretKind::ClientSecret, "second-client"));
        QCOMPARE(readAndWait(first, SecretKind::ClientSecret).value(), std::optional<QByteArray>("first-client"));
        QCOMPARE(readAndWait(first, SecretKind::WebhookSecretToken).value(),
                 std::optional<QByteArray>("first-webhook"));
        QCOMPARE(readAndWait(second, SecretKind::ClientSecret).value(), std::optional<QByteArray>("second-client"));
        QVERIFY(!readAndWait(second, SecretKind::WebhookSecretToken).value().has_value());
        QVERIFY(first.keyFor(SecretKind::ClientSecret).startsWith(first.profileId() + QLatin1Char('/')));
        for (SecretStore *store : {&first, &second}) {
            QVERIFY(removeAndWait(*store, SecretKind::ClientSecret));
            QVERIFY(removeAndWait(*store, SecretKind::WebhookSecretToken));
        }
    }

    void sessionOnlyNeverTouchesTheKeychain()
    {
        const QString profile = newProfile();
        SecretStore store(profile);
        store.useSessionOnly();
        QCOMPARE(store.mode(), SecretStore::Mode::SessionOnly);
        QVERIFY(writeAndWait(store, SecretKind::ClientSecret, "memory-only"));
        QVERIFY(!keychainEntry(store.keyFor(SecretKind::ClientSecret)));
        QCOMPARE(readAndWait(store, SecretKind::ClientSecret).value(), std::optional<QByteArray>("memory-only"));

        // Another session-only store of the profile in this process sees it; a keychain one does not.
        SecretStore sibling(profile);
        sibling.useSessionOnly();
        QCOMPARE(readAndWait(sibling, SecretKind::ClientSecret).value(), std::optional<QByteArray>("memory-only"));
        SecretStore keychain(profile);
        QVERIFY(!readAndWait(keychain, SecretKind::ClientSecret).value().has_value());

        QVERIFY(removeAndWait(store, SecretKind::ClientSecret));
        QVERIFY(!readAndWait(sibling, SecretKind::ClientSecret).value().has_value());
    }

    void aStoreMayGoWhileTheKeychainIsStillAnswering()
    {
        // A missing entry takes the keychain two round trips; the store (and the window that
        // owned it) may be gone before the second one. Found under AddressSanitizer.
        // The store goes at different moments of the exchange.
        bool called = false;
        for (int delayMs : {0, 1, 3, 6, 10, 15, 25, 40, 60}) {
            {
                SecretStore store(newProfile());
                QObject context;
                store.read(SecretKind::ClientSecret, &context, [&](const auto &) { called = true; });
                QTest::qWait(delayMs);
                called = false;
            }
            QTest::qWait(100);
            QVERIFY(!called);
        }
        SecretStore again(newProfile());
        QVERIFY(readAndWait(again, SecretKind::ClientSecret).ok()); // the keychain still works
    }

    void callbacksDoNotOutliveTheirContext()
    {
        SecretStore store(newProfile());
        bool called = false;
        {
            QObject context;
            store.write(SecretKind::ClientSecret, "x-context-gone", &context,
                        [&](const Result<void> &) { called = true; });
        }
        // The write itself still happens; only the callback is dropped.
        QTRY_VERIFY_WITH_TIMEOUT(keychainEntry(store.keyFor(SecretKind::ClientSecret)).has_value(), 15000);
        QTest::qWait(100);
        QVERIFY(!called);
        QVERIFY(removeAndWait(store, SecretKind::ClientSecret));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
