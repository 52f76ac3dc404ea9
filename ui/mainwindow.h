// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecatalog.h"
#include "pages/overviewtexts.h"
#include "setup/setupwizard.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace Roomdesk {

class CalendarPage;
class ConnectionService;
class EmptyStatePage;
class GroupService;
class GroupsPage;
class EventService;
class EventsPage;
class LanguageManager;
class ReportsPage;
class RoomPoolService;
class RoomsPage;
class Settings;
class SettingsPage;
class WebhookListener;

struct MainWindowContext final
{
    LanguageManager *languages = nullptr;
    Settings *settings = nullptr;
    QString databasePath;
    bool demo = false;
    bool rememberGeometry = true; // off for screenshots and tests
    ConnectionService *connection = nullptr; // the profile's Zoom connection
    WebhookListener *webhooks = nullptr;
    RoomPoolService *roomPool = nullptr; // rooms, policy and bookings, off the UI thread
    GroupService *groups = nullptr; // programs, participant groups and their links, off the UI thread
    EventService *events = nullptr; // events and their Zoom meetings, off the UI thread
    std::optional<SandboxAccess> sandbox; // demo mode
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(MainWindowContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    PageId currentPage() const;
    void showPage(PageId page);
    bool connectionChecked() const { return m_connection != Connection::Checking; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    RoomsPage *roomsPage() const { return m_roomsPage; }
    CalendarPage *calendarPage() const { return m_calendarPage; } // null without a room pool
    GroupsPage *groupsPage() const { return m_groupsPage; } // null without a group service
    EventsPage *eventsPage() const { return m_eventsPage; } // null without an event service
    ReportsPage *reportsPage() const { return m_reportsPage; } // null without an event service
    SetupWizard *setupWizard() const { return m_wizard; }

public slots:
    // Checks the stored connection in the background; the status bar follows.
    void checkConnection();
    // Opens the setup wizard (one at a time).
    SetupWizard *openSetupWizard();
    // After start-up: the wizard when nothing is connected yet.
    void offerSetup();
    // The calendar page's period as an .ics file: asks where, then writes off the UI thread.
    void exportICalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId);
    void exportICalendarTo(const QString &path, const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId);

signals:
    void connectionCheckFinished();
    void iCalendarExported(bool ok);
    void overviewChanged(); // the Dashboard's and Integrations' texts were brought up to date

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createSidebar();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void showAbout();
    void restoreState();
    void saveState();
    QString connectionText() const;
    // The placeholders of the Dashboard and Integrations say how things stand.
    void updateOverview();
    // Counts rooms, bookings and events of the next days off the UI thread, then updateOverview().
    void countForOverview();

    enum class Connection { None, Checking, Connected, Failed };
    Connection m_connection = Connection::None;
    int m_grantedScopes = 0;
    QString m_connectionError;
    OverviewState m_overview; // its counts; the connection is read from the members above
    int m_countGeneration = 0; // answers to older counts are dropped

    MainWindowContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<EmptyStatePage *> m_pages; // null for pages with content
    QTimer *m_countTimer = nullptr; // coalesces bursts of changes into one count
    SettingsPage *m_settingsPage = nullptr;
    RoomsPage *m_roomsPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    GroupsPage *m_groupsPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    QPointer<SetupWizard> m_wizard;
    QAction *m_setupAction = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Roomdesk
