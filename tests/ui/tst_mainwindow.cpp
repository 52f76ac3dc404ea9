// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "appinfo.h"
#include "backend/connectionservice.h"
#include "backend/roompoolservice.h"
#include "clock.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "pages/emptystatepage.h"
#include "sandbox/zoomsandbox.h"
#include "settings/settings.h"
#include "uisettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

static void initResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;

    MainWindowContext context(bool remember = true)
    {
        MainWindowContext c;
        c.languages = &m_languages;
        c.settings = m_settings.get();
        c.databasePath = m_dir.filePath(QStringLiteral("ui.sqlite"));
        c.rememberGeometry = remember;
        return c;
    }

    // The text of a placeholder page's label.
    static QString placeholder(MainWindow &window, PageId page, const char *label)
    {
        auto *widget = window.findChild<EmptyStatePage *>(PageCatalog::key(page) + QStringLiteral("Page"));
        return widget ? widget->findChild<QLabel *>(QLatin1String(label))->text() : QString();
    }

    static QAction *languageAction(MainWindow &window, const QString &code)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isCheckable() && action->data().toString() == code)
                return action;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void init() { m_languages.setLanguage(QStringLiteral("en")); }

    void everyPageHasAnEmptyState()
    {
        MainWindow window(context(false));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), PageCatalog::pages().size());
        const QStringList expected = {
            "Dashboard",          "Rooms",        "Room calendar", "Events", "Groups and links",
            "Attendance reports", "Integrations", "Settings"};
        for (int row = 0; row < sidebar->count(); ++row) {
            QCOMPARE(sidebar->item(row)->text(), expected.at(row));
            QVERIFY(!sidebar->item(row)->icon().isNull());
        }
        const auto pages = window.findChildren<EmptyStatePage *>();
        QCOMPARE(pages.size(), 8);
        for (EmptyStatePage *page : pages) {
            for (const char *name : {"emptyStateTitle", "emptyStatePurpose", "emptyStateFirstStep"}) {
                auto *label = page->findChild<QLabel *>(QLatin1String(name));
                QVERIFY(label);
                QVERIFY2(!label->text().trimmed().isEmpty(), qPrintable(page->objectName()));
            }
        }
    }

    void sidebarAndActionsNavigate()
    {
        MainWindow window(context(false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *stack = window.findChild<QStackedWidget *>();
        sidebar->setCurrentRow(2);
        QCOMPARE(window.currentPage(), PageId::Calendar);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("calendarPage"));

        // The calendar's first step points at the Rooms page.
        auto *action = stack->currentWidget()->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QVERIFY(action && action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(window.currentPage(), PageId::Rooms);

        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Integrations);
        QCOMPARE(sidebar->currentRow(), 6);
    }

    void languageSwitchesAtRunTime()
    {
        MainWindow window(context(false));
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Rooms"));

        QAction *russian = languageAction(window, QStringLiteral("ru"));
        QVERIFY(russian);
        russian->trigger();
        QCOMPARE(m_languages.language(), QStringLiteral("ru"));
        QTRY_COMPARE(sidebar->item(1)->text(), QStringLiteral("Комнаты"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Файл"));
        auto *title = window.findChild<EmptyStatePage *>(QStringLiteral("dashboardPage"))
                          ->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QCOMPARE(title->text(), QStringLiteral("Обзор"));
        QVERIFY(russian->isChecked());
        QCOMPARE(m_settings->value(SettingKeys::language), QStringLiteral("ru"));

        languageAction(window, QStringLiteral("es"))->trigger();
        QTRY_COMPARE(sidebar->item(1)->text(), QStringLiteral("Salas"));
        QVERIFY(window.statusBar()
                    ->findChild<QLabel *>(QStringLiteral("connectionState"))
                    ->text()
                    .contains(QStringLiteral("Zoom")));

        languageAction(window, QStringLiteral("en"))->trigger();
        QTRY_COMPARE(sidebar->item(1)->text(), QStringLiteral("Rooms"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void geometryAndPageAreRemembered()
    {
        {
            MainWindow window(context(true));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPage(PageId::Reports);
            QVERIFY(window.close());
        }
        QVERIFY(!m_settings->value(UiSettingKeys::windowGeometry).isEmpty());
        MainWindow window(context(true));
        QCOMPARE(window.size(), QSize(900, 640));
        QCOMPARE(window.currentPage(), PageId::Reports);
    }

    void statusBarFollowsTheZoomConnection_data()
    {
        QTest::addColumn<bool>("goodSecret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("connected") << true << "Zoom: connected, 32 scopes granted";
        QTest::newRow("wrong secret") << false
                                      << "Zoom: not connected — Zoom refused the Client ID or the Client Secret";
    }

    void statusBarFollowsTheZoomConnection()
    {
        QFETCH(bool, goodSecret);
        QFETCH(QString, expected);
        ZoomSandbox sandbox(SandboxOptions {});
        QVERIFY(sandbox.start());
        // The stored connection, its secret kept in memory for this test only.
        const QString database = m_dir.filePath(QStringLiteral("connection-%1.sqlite").arg(goodSecret));
        ConnectionService service(database, Clock::system());
        bool started = false;
        service.start(this, [&](const auto &state) { started = state.ok(); });
        QTRY_VERIFY(started);
        service.secrets()->useSessionOnly();
        ConnectionService::Change change;
        change.connection.baseUrl = sandbox.origin();
        change.connection.accountId = sandbox.accountId();
        change.connection.clientId = sandbox.clientId();
        change.clientSecret = goodSecret ? sandbox.clientSecret().toUtf8() : QByteArray("WrongSecretWrongSecret00");
        bool saved = false;
        service.save(change, this, [&](const Result<void> &result) { saved = result.ok(); });
        QTRY_VERIFY(saved);

        MainWindowContext c = context(false);
        c.connection = &service;
        MainWindow window(c);
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionState"));
        window.checkConnection();
        QCOMPARE(label->text(), QStringLiteral("Zoom: connecting…"));
        QTRY_VERIFY2(label->text().startsWith(expected), qPrintable(label->text()));
        QVERIFY(window.connectionChecked());
    }

    void placeholdersSayHowThingsStand()
    {
        // Nothing connected: the Dashboard and Integrations say so and lead to Settings.
        {
            MainWindow window(context(false));
            window.show();
            QCOMPARE(placeholder(window, PageId::Dashboard, "emptyStateFirstStep"),
                     QStringLiteral("Zoom is not connected yet: the setup wizard connects it (Settings, or File → Set "
                                    "up the Zoom connection)."));
            QVERIFY(placeholder(window, PageId::Integrations, "emptyStateFirstStep")
                        .startsWith(QStringLiteral("Zoom is not connected yet")));
            auto *action = window.findChild<EmptyStatePage *>(QStringLiteral("dashboardPage"))
                               ->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
            QCOMPARE(action->text(), QStringLiteral("Open Settings"));
            QTest::mouseClick(action, Qt::LeftButton);
            QCOMPARE(window.currentPage(), PageId::Settings);
        }

        // Connected, with a pool: what the status bar says, and counts of what there is.
        ZoomSandbox sandbox(SandboxOptions {});
        QVERIFY(sandbox.start());
        const QString database = m_dir.filePath(QStringLiteral("overview.sqlite"));
        ConnectionService service(database, Clock::system());
        bool started = false;
        service.start(this, [&](const auto &state) { started = state.ok(); });
        QTRY_VERIFY(started);
        service.secrets()->useSessionOnly();
        ConnectionService::Change change;
        change.connection.baseUrl = sandbox.origin();
        change.connection.accountId = sandbox.accountId();
        change.connection.clientId = sandbox.clientId();
        change.clientSecret = sandbox.clientSecret().toUtf8();
        bool saved = false;
        service.save(change, this, [&](const Result<void> &result) { saved = result.ok(); });
        QTRY_VERIFY(saved);
        RoomPoolService pool(database, Clock::system());
        Room active;
        active.email = QStringLiteral("a@u.example");
        active.name = QStringLiteral("A");
        active.active = true;
        Room inactive = active;
        inactive.email = QStringLiteral("b@u.example");
        inactive.active = false;
        RoomRequestSpec soon;
        soon.title = QStringLiteral("Soon");
        soon.startUtc = QDateTime::currentDateTimeUtc().addDays(1);
        soon.timeZone = QStringLiteral("UTC");
        bool seeded = false;
        pool.seedIfEmpty({active, inactive}, {soon, soon}, this, [&](const Result<bool> &done) { seeded = done.ok(); });
        QTRY_VERIFY(seeded);

        MainWindowContext c = context(false);
        c.databasePath = database;
        c.connection = &service;
        c.roomPool = &pool;
        MainWindow window(c);
        window.show();
        QSignalSpy overview(&window, &MainWindow::overviewChanged);
        window.checkConnection();
        QCOMPARE(placeholder(window, PageId::Dashboard, "emptyStateFirstStep"),
                 QStringLiteral("Checking the Zoom connection…"));
        QTRY_VERIFY(window.connectionChecked());
        QVERIFY(window.statusBar()
                    ->findChild<QLabel *>(QStringLiteral("connectionState"))
                    ->text()
                    .startsWith(QStringLiteral("Zoom: connected, 32 scopes granted")));
        QCOMPARE(placeholder(window, PageId::Dashboard, "emptyStateFirstStep"),
                 QStringLiteral("Zoom is connected, 32 scopes granted."));
        QTRY_COMPARE(placeholder(window, PageId::Dashboard, "emptyStateDetail"),
                     QStringLiteral("Rooms in the pool: 2, active: 1\nNext 7 days — booked: 1, waiting for a room: 1"));
        QVERIFY(placeholder(window, PageId::Integrations, "emptyStateFirstStep")
                    .startsWith(QStringLiteral("Zoom is connected, 32 scopes granted. ")));
        auto *action = window.findChild<EmptyStatePage *>(QStringLiteral("dashboardPage"))
                           ->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QCOMPARE(action->text(), QStringLiteral("Open the room calendar"));
        for (PageId page : {PageId::Dashboard, PageId::Integrations}) {
            for (const char *label : {"emptyStatePurpose", "emptyStateFirstStep", "emptyStateDetail"})
                QVERIFY(!placeholder(window, page, label).contains(QStringLiteral("Start by connecting")));
        }

        // The counts follow the pool.
        Room third = active;
        third.email = QStringLiteral("c@u.example");
        bool added = false;
        pool.addRoom(third, this, [&](const Result<PoolChangeOutcome> &done) { added = done.ok(); });
        QTRY_VERIFY(added);
        QTRY_VERIFY(placeholder(window, PageId::Dashboard, "emptyStateDetail")
                        .startsWith(QStringLiteral("Rooms in the pool: 3, active: 2")));
        QVERIFY(overview.count() >= 2);

        // And the language.
        languageAction(window, QStringLiteral("ru"))->trigger();
        QTRY_COMPARE(placeholder(window, PageId::Dashboard, "emptyStateFirstStep"),
                     QStringLiteral("Zoom подключён, выданы 32 области доступа."));
        QCOMPARE(placeholder(window, PageId::Dashboard, "emptyStateTitle"), QStringLiteral("Обзор"));
    }

    void aboutDialogNamesVersionAndDatabase()
    {
        AboutDialog dialog(m_dir.filePath(QStringLiteral("about.sqlite")));
        QString all;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            all += label->text();
        QVERIFY(all.contains(QLatin1String(AppInfo::version)));
        QVERIFY(all.contains(QStringLiteral("about.sqlite")));
        m_languages.setLanguage(QStringLiteral("es"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Acerca de Roomdesk"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
