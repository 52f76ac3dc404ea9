// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI in demo mode as a user starts it: after start-up it runs on at most five threads
// (the UI, the backend's data thread, Qt's network thread and GLib's two for the Secret Service),
// with one connection to its database (DESIGN §10, issue 16).
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace {

QStringList threadNames(qint64 pid)
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names.append(QString::fromUtf8(comm.readAll()).trimmed());
    }
    return names;
}

// Open descriptors of the database's main file: one per SQLite connection.
int databaseConnections(qint64 pid)
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.endsWith(QLatin1String("/demo.sqlite")))
            ++count;
    }
    return count;
}

} // namespace

class TestGuiThreads final : public QObject
{
    Q_OBJECT

private slots:
    void demoModeRunsOnFiveThreadsAndOneConnection()
    {
        if (!QFileInfo::exists(QStringLiteral("/proc/self/task")))
            QSKIP("needs /proc (Linux)");
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(environment);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(qEnvironmentVariable("ROOMDESK_BIN_DIR") + QStringLiteral("/roomdesk"), {QStringLiteral("--demo")});
        QVERIFY(gui.waitForStarted());
        const qint64 pid = gui.processId();
        // Start-up: the demo seeds its pool, groups and events and ends sessions in the sandbox.
        QTest::qWait(4000);
        QVERIFY(gui.state() == QProcess::Running);
        QStringList names = threadNames(pid);
        for (const char *old :
             {"ConnectionServi", "WebhookListener", "RoomPoolService", "GroupService", "EventService"})
            QVERIFY2(!names.contains(QLatin1String(old)), qPrintable(names.join(QLatin1Char(' '))));
        QCOMPARE(names.count(QStringLiteral("RoomdeskData")), 1);
        // GLib's worker pool for the keychain lookups of start-up ends after 15 s idle.
        QTRY_VERIFY2_WITH_TIMEOUT((names = threadNames(pid)).size() <= 5, qPrintable(names.join(QLatin1Char(' '))),
                                  30000);
        qInfo("threads after start-up: %s", qPrintable(names.join(QLatin1Char(' '))));
        QCOMPARE(databaseConnections(pid), 1);
        gui.terminate();
        QVERIFY(gui.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestGuiThreads)
#include "tst_guithreads.moc"
