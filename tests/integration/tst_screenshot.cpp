// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrunner.h"

#include <QImage>
#include <QTest>

using namespace Roomdesk::Test;

class TestScreenshot final : public QObject
{
    Q_OBJECT

private:
    ProcessRunner m_gui {QStringLiteral("roomdesk")};
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { m_gui.environment().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); }

    void rendersEveryPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *page :
             {"dashboard", "rooms", "calendar", "events", "groups", "reports", "integrations", "settings"})
            QTest::newRow(page) << page << "en";
        QTest::newRow("rooms es") << "rooms"
                                  << "es";
        QTest::newRow("dashboard ru") << "dashboard"
                                      << "ru";
    }

    void rendersEveryPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        const QString file = m_dir.filePath(QStringLiteral("%1-%2.png").arg(page, language));
        const ProcessResult result = m_gui.run({"--demo", "--lang", language, "--screenshot", file, "--page", page});
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank canvas: a rendered window has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void highDpiStillWritesTheRequestedSize()
    {
        ProcessRunner scaled(QStringLiteral("roomdesk"));
        scaled.environment().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        scaled.environment().insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        const QString file = m_dir.filePath(QStringLiteral("hidpi.png"));
        const ProcessResult result = scaled.run({"--demo", "--screenshot", file, "--page", "events"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QImage(file).size(), QSize(1280, 800));
    }

    void demoNeverTouchesTheUsersDatabase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.png"));
        QVERIFY(m_gui.run({"--demo", "--screenshot", file}).exitCode == 0);
        QVERIFY(!QFileInfo::exists(m_gui.home() + QStringLiteral("/data/Roomdesk/Roomdesk/roomdesk.sqlite")));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown page") << QStringList {"--page", "nope", "--screenshot", "x.png"}
                                      << "Unknown page “nope”";
        QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "Unknown option “--frobnicate”";
        QTest::newRow("unknown language") << QStringList {"--lang", "de"} << "Unknown language “de”";
        QTest::newRow("ru unknown page") << QStringList {"--lang", "ru", "--page", "nope"}
                                         << "Неизвестная страница «nope»";
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = m_gui.run(QStringList {"--demo"} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void unwritableScreenshotFails()
    {
        const ProcessResult result =
            m_gui.run({"--demo", "--screenshot", m_dir.filePath(QStringLiteral("missing/folder/x.png"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("could not be written")));
    }

    void damagedDatabaseIsReportedNotOpened()
    {
        const QString db = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const ProcessResult result =
            m_gui.run({"--db", db, "--screenshot", m_dir.filePath(QStringLiteral("broken.png"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not a Roomdesk database")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
