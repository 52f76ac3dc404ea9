// Roomdesk's keychain wrapper against the real Secret Service (gnome-keyring of ./dev test):
// asynchronous calls, "not found" as "not configured", per-profile namespaces, and the
// session-only mode that never touches the keychain.
#include "keychainprobe.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Roomdesk;
using namespace Roomdesk::Test;

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

        QVERIFY(store.removeNow(SecretKind::ClientSecret));
        QVERIFY(!keychainEntry(store.keyFor(SecretKind::ClientSecret)));
    }

    void notFoundMeansNotConfigured()
    {
        SecretStore store(newProfile());
        const auto read = store.readNow(SecretKind::WebhookSecretToken);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        QVERIFY(store.removeNow(SecretKind::WebhookSecretToken)); // removing nothing is fine
    }

    void profilesAndKindsAreSeparate()
    {
        SecretStore first(newProfile());
        SecretStore second(newProfile());
        QVERIFY(first.writeNow(SecretKind::ClientSecret, "first-client"));
        QVERIFY(first.writeNow(SecretKind::WebhookSecretToken, "first-webhook"));
        QVERIFY(second.writeNow(SecretKind::ClientSecret, "second-client"));
        QCOMPARE(first.readNow(SecretKind::ClientSecret).value(), std::optional<QByteArray>("first-client"));
        QCOMPARE(first.readNow(SecretKind::WebhookSecretToken).value(), std::optional<QByteArray>("first-webhook"));
        QCOMPARE(second.readNow(SecretKind::ClientSecret).value(), std::optional<QByteArray>("second-client"));
        QVERIFY(!second.readNow(SecretKind::WebhookSecretToken).value().has_value());
        QVERIFY(first.keyFor(SecretKind::ClientSecret).startsWith(first.profileId() + QLatin1Char('/')));
        for (SecretStore *store : {&first, &second}) {
            QVERIFY(store->removeNow(SecretKind::ClientSecret));
            QVERIFY(store->removeNow(SecretKind::WebhookSecretToken));
        }
    }

    void sessionOnlyNeverTouchesTheKeychain()
    {
        const QString profile = newProfile();
        SecretStore store(profile);
        store.useSessionOnly();
        QCOMPARE(store.mode(), SecretStore::Mode::SessionOnly);
        QVERIFY(store.writeNow(SecretKind::ClientSecret, "memory-only"));
        QVERIFY(!keychainEntry(store.keyFor(SecretKind::ClientSecret)));
        QCOMPARE(store.readNow(SecretKind::ClientSecret).value(), std::optional<QByteArray>("memory-only"));

        // Another session-only store of the profile in this process sees it; a keychain one does not.
        SecretStore sibling(profile);
        sibling.useSessionOnly();
        QCOMPARE(sibling.readNow(SecretKind::ClientSecret).value(), std::optional<QByteArray>("memory-only"));
        SecretStore keychain(profile);
        QVERIFY(!keychain.readNow(SecretKind::ClientSecret).value().has_value());

        QVERIFY(store.removeNow(SecretKind::ClientSecret));
        QVERIFY(!sibling.readNow(SecretKind::ClientSecret).value().has_value());
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
        QVERIFY(again.readNow(SecretKind::ClientSecret).ok()); // the keychain still works
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
        QVERIFY(store.removeNow(SecretKind::ClientSecret));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
