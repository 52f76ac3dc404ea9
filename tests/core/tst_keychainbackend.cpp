// SPDX-License-Identifier: GPL-3.0-or-later
// The test environment's Secret Service works end to end through QtKeychain: write,
// read back, delete, and "not found" after deletion. `./dev test` provides a private
// D-Bus session with an unlocked gnome-keyring (ROOMDESK_KEYCHAIN_TESTS=1).
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

class TestKeychainBackend final : public QObject
{
    Q_OBJECT

private:
    static bool run(QKeychain::Job &job)
    {
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        return finished.wait(15000);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("ROOMDESK_KEYCHAIN_TESTS") != 1)
            QSKIP("Needs the private keyring session of ./dev test (ROOMDESK_KEYCHAIN_TESTS=1)");
    }

    void writeReadDelete()
    {
        const QString service = QStringLiteral("org.roomdesk.Roomdesk.test");
        const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cr3t-Привет-ñ");

        QKeychain::WritePasswordJob write(service);
        write.setAutoDelete(false);
        write.setInsecureFallback(false);
        write.setKey(key);
        write.setTextData(secret);
        QVERIFY(run(write));
        QCOMPARE(write.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(service);
        read.setAutoDelete(false);
        read.setKey(key);
        QVERIFY(run(read));
        QCOMPARE(read.error(), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(service);
        remove.setAutoDelete(false);
        remove.setKey(key);
        QVERIFY(run(remove));
        QCOMPARE(remove.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(service);
        again.setAutoDelete(false);
        again.setKey(key);
        QVERIFY(run(again));
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainBackend)
#include "tst_keychainbackend.moc"
