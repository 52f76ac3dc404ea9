// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "backend/connectionservice.h"
#include "backend/eventservice.h"
#include "backend/roompoolservice.h"
#include "events/event.h"
#include "i18n/languagemanager.h"
#include "pages/calendarpage.h"
#include "pages/emptystatepage.h"
#include "pages/eventspage.h"
#include "pages/groupspage.h"
#include "pages/reportspage.h"
#include "pages/roomspage.h"
#include "pages/settingspage.h"
#include "uisettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcMainWindow, "roomdesk.ui.mainwindow", QtInfoMsg)
}

MainWindow::MainWindow(MainWindowContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roomdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createSidebar();
    createMenus();
    createStatusBar();
    retranslate();
    restoreState();
    // The first check follows as soon as the stored connection is read.
    if (m_context.connection)
        m_connection = Connection::Checking;
    if (m_context.connection)
        connect(m_context.connection, &ConnectionService::changed, this, [this] {
            if (m_connection != Connection::Checking)
                checkConnection();
        });
    // Events take rooms from the pool: each side's changes show on the other's pages.
    if (m_context.events && m_calendarPage)
        connect(m_context.events, &EventService::changed, m_calendarPage, &CalendarPage::scheduleReload);
    // The Dashboard's counts follow the pool and the events.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::countForOverview);
    if (m_context.roomPool)
        connect(m_context.roomPool, &RoomPoolService::changed, m_countTimer, qOverload<>(&QTimer::start));
    if (m_context.events)
        connect(m_context.events, &EventService::changed, m_countTimer, qOverload<>(&QTimer::start));
    m_countTimer->start();
    updateOverview();
}

void MainWindow::countForOverview()
{
    const int generation = ++m_countGeneration;
    const QDateTime from = QDateTime::currentDateTimeUtc();
    const QDateTime to = from.addDays(OverviewTexts::kDays);
    if (m_context.roomPool)
        m_context.roomPool->snapshot(from, to, this, [this, generation](const Result<RoomPoolSnapshot> &snapshot) {
            if (generation != m_countGeneration || !snapshot)
                return;
            const RoomPoolSnapshot &pool = snapshot.value();
            m_overview.rooms = int(pool.rooms.size());
            m_overview.activeRooms = int(
                std::count_if(pool.rooms.cbegin(), pool.rooms.cend(), [](const Room &room) { return room.active; }));
            m_overview.bookings = int(std::count_if(pool.requests.cbegin(), pool.requests.cend(), [](const auto &r) {
                return r.status == RoomRequest::Status::Allocated;
            }));
            m_overview.waiting = int(std::count_if(pool.requests.cbegin(), pool.requests.cend(), [](const auto &r) {
                return r.status == RoomRequest::Status::Pending;
            }));
            updateOverview();
        });
    if (m_context.events)
        m_context.events->list(from, to, this, [this, generation](const Result<QList<Event>> &events) {
            if (generation != m_countGeneration || !events)
                return;
            m_overview.events = int(std::count_if(events.value().cbegin(), events.value().cend(),
                                                  [](const Event &event) { return !event.cancelled; }));
            updateOverview();
        });
}

void MainWindow::updateOverview()
{
    OverviewState state = m_overview;
    state.demo = m_context.demo;
    state.grantedScopes = m_grantedScopes;
    state.zoomError = m_connectionError;
    switch (m_connection) {
    case Connection::None:
        state.zoom = OverviewState::Zoom::NotConnected;
        break;
    case Connection::Checking:
        state.zoom = OverviewState::Zoom::Checking;
        break;
    case Connection::Connected:
        state.zoom = OverviewState::Zoom::Connected;
        break;
    case Connection::Failed:
        state.zoom = OverviewState::Zoom::Failed;
        break;
    }
    if (EmptyStatePage *dashboard = m_pages.value(static_cast<int>(PageId::Dashboard))) {
        dashboard->setTexts(OverviewTexts::dashboard(state));
        dashboard->setDetail(OverviewTexts::dashboardCounts(state));
    }
    if (EmptyStatePage *integrations = m_pages.value(static_cast<int>(PageId::Integrations)))
        integrations->setTexts(OverviewTexts::integrations(state));
    emit overviewChanged();
}

// Asks for a token in the background; the status bar follows (the UI never waits for Zoom).
void MainWindow::checkConnection()
{
    if (!m_context.connection)
        return;
    m_connection = Connection::Checking;
    m_connectionLabel->setText(connectionText());
    updateOverview();
    const auto finish = [this](Connection state, int scopes, const QString &error) {
        m_connection = state;
        m_grantedScopes = scopes;
        m_connectionError = error;
        m_connectionLabel->setText(connectionText());
        m_connectionLabel->setToolTip(m_connectionError);
        updateOverview();
        emit connectionCheckFinished();
    };
    m_context.connection->credentials(this, [this, finish](const auto &credentials) {
        if (!credentials) {
            finish(Connection::Failed, 0, credentials.error().message);
            return;
        }
        if (!credentials.value()) {
            finish(Connection::None, 0, QString());
            return;
        }
        m_context.connection->check(*credentials.value(), this, [finish](const auto &report) {
            if (report)
                finish(Connection::Connected, static_cast<int>(report.value().grantedScopes.size()), QString());
            else
                finish(Connection::Failed, 0, report.error().explanation);
        });
    });
}

SetupWizard *MainWindow::openSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    SetupWizardContext context {m_context.connection, m_context.webhooks, m_context.settings, m_context.sandbox};
    m_wizard = new SetupWizard(context, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->show();
    return m_wizard;
}

void MainWindow::offerSetup()
{
    if (!m_context.connection)
        return;
    m_context.connection->load(this, [this](const auto &state) {
        if (state && !state.value().connection && !m_wizard)
            openSetupWizard();
    });
}

QString MainWindow::connectionText() const
{
    const QString prefix = m_context.demo ? tr("Demo mode, local Zoom sandbox") : tr("Zoom");
    switch (m_connection) {
    case Connection::None:
        return m_context.demo ? tr("Demo mode: local Zoom sandbox, demo database")
                              : tr("Zoom: not connected — run the setup wizard from Settings");
    case Connection::Checking:
        return tr("%1: connecting…").arg(prefix);
    case Connection::Connected:
        return tr("%1: connected, %n scope(s) granted", nullptr, m_grantedScopes).arg(prefix);
    case Connection::Failed:
        return tr("%1: not connected — %2").arg(prefix, m_connectionError);
    }
    return {};
}

MainWindow::~MainWindow() = default;

void MainWindow::createSidebar()
{
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A quiet selection that keeps the blue icons readable, in any palette.
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); border: none; outline: 0;"
        " border-right: 1px solid palette(midlight); padding-top: 8px; }"
        "QListWidget#sidebar::item { border-radius: 6px; margin: 0px 8px; padding-left: 8px; color: palette(text); }"
        "QListWidget#sidebar::item:hover { background: rgba(63, 111, 176, 0.08); }"
        "QListWidget#sidebar::item:selected { background: rgba(63, 111, 176, 0.20); color: palette(text); }"));

    for (PageId page : PageCatalog::pages()) {
        auto *item = new QListWidgetItem(QIcon(PageCatalog::iconPath(page)), QString(), m_sidebar);
        item->setData(Qt::UserRole, PageCatalog::key(page));
        item->setSizeHint(QSize(0, 40));

        if (page == PageId::Settings && m_context.connection) {
            SetupWizardContext context {m_context.connection, m_context.webhooks, m_context.settings,
                                        m_context.sandbox};
            m_settingsPage = new SettingsPage(context, m_context.databasePath, m_stack);
            connect(m_settingsPage, &SettingsPage::wizardRequested, this, &MainWindow::openSetupWizard);
            m_stack->addWidget(m_settingsPage);
            m_pages.append(nullptr);
            continue;
        }
        if (page == PageId::Rooms && m_context.roomPool) {
            m_roomsPage = new RoomsPage(m_context.roomPool, m_context.connection, m_stack);
            m_stack->addWidget(m_roomsPage);
            m_pages.append(nullptr);
            continue;
        }
        if (page == PageId::Calendar && m_context.roomPool) {
            m_calendarPage = new CalendarPage(*m_context.roomPool, m_context.settings, m_stack);
            connect(m_calendarPage, &CalendarPage::openPageRequested, this, &MainWindow::showPage);
            connect(m_calendarPage, &CalendarPage::iCalendarExportRequested, this, &MainWindow::exportICalendar);
            m_calendarPage->setICalendarExportAvailable(true);
            m_stack->addWidget(m_calendarPage);
            m_pages.append(nullptr);
            continue;
        }
        if (page == PageId::Groups && m_context.groups) {
            m_groupsPage = new GroupsPage(m_context.groups, m_stack);
            m_stack->addWidget(m_groupsPage);
            m_pages.append(nullptr);
            continue;
        }
        if (page == PageId::Events && m_context.events) {
            m_eventsPage = new EventsPage(*m_context.events, m_context.roomPool, m_stack);
            m_stack->addWidget(m_eventsPage);
            m_pages.append(nullptr);
            continue;
        }
        if (page == PageId::Reports && m_context.events) {
            m_reportsPage = new ReportsPage(*m_context.events, m_stack);
            m_stack->addWidget(m_reportsPage);
            m_pages.append(nullptr);
            continue;
        }
        auto *pageWidget = new EmptyStatePage(page, m_stack);
        connect(pageWidget, &EmptyStatePage::openPageRequested, this, &MainWindow::showPage);
        m_stack->addWidget(pageWidget);
        m_pages.append(pageWidget);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::exportICalendar(const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export iCalendar"),
                                                      QDir::home().filePath(QStringLiteral("roomdesk-rooms.ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportICalendarTo(path, fromUtc, toUtc, roomId);
}

void MainWindow::exportICalendarTo(const QString &path, const QDateTime &fromUtc, const QDateTime &toUtc, qint64 roomId)
{
    // Database, libical and the file on the room pool's worker thread.
    statusBar()->showMessage(tr("Exporting the calendar…"));
    m_context.roomPool->exportICalendar(fromUtc, toUtc, roomId, path, this, [this, path](const Result<int> &done) {
        statusBar()->showMessage(
            done ? tr("%n event(s) exported to %1.", nullptr, done.value()).arg(path) : done.error().message, 10000);
        emit iCalendarExported(done.ok());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_setupAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/page-integrations.svg")), QString());
    m_setupAction->setObjectName(QStringLiteral("setupAction"));
    m_setupAction->setEnabled(m_context.connection != nullptr);
    connect(m_setupAction, &QAction::triggered, this, &MainWindow::openSetupWizard);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString());
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(QString());
    int shortcut = 1;
    for (PageId page : PageCatalog::pages()) {
        QAction *action = m_goMenu->addAction(QIcon(PageCatalog::iconPath(page)), QString());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + shortcut++)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::supportedLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(m_context.languages && m_context.languages->language() == code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (!m_context.languages)
            return;
        m_context.languages->setLanguage(code);
        if (m_context.settings)
            m_context.settings->setValue(SettingKeys::language, code);
        qCInfo(lcMainWindow) << "Language set to" << code;
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/icons/roomdesk.svg")), QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseState"));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_context.databasePath));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_context.demo ? tr("Roomdesk — demo") : tr("Roomdesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_setupAction->setText(tr("Set up the &Zoom connection…"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Roomdesk"));
    m_aboutQtAction->setText(tr("About &Qt"));

    int width = 0;
    const QFontMetrics metrics = m_sidebar->fontMetrics();
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const PageId page = PageCatalog::pages().at(row);
        const QString title = PageCatalog::texts(page).title;
        m_sidebar->item(row)->setText(title);
        m_pageActions.at(row)->setText(title);
        width = std::max(width, metrics.horizontalAdvance(title));
    }
    m_sidebar->setFixedWidth(width + m_sidebar->iconSize().width() + 64);

    m_connectionLabel->setText(connectionText());
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_context.databasePath).fileName()));
    if (EmptyStatePage *settings = m_pages.at(static_cast<int>(PageId::Settings)))
        settings->setDetail(tr("Database in use: %1").arg(QDir::toNativeSeparators(m_context.databasePath)));
    updateOverview();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_context.languages) {
            for (QAction *action : m_languageGroup->actions())
                action->setChecked(action->data().toString() == m_context.languages->language());
        }
    }
    QMainWindow::changeEvent(event);
}

PageId MainWindow::currentPage() const
{
    return PageCatalog::pages().value(m_stack->currentIndex(), PageId::Dashboard);
}

void MainWindow::showPage(PageId page)
{
    m_sidebar->setCurrentRow(static_cast<int>(PageCatalog::pages().indexOf(page)));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.databasePath, this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    if (!m_context.settings || !m_context.rememberGeometry) {
        resize(1280, 800);
        return;
    }
    const QByteArray geometry = m_context.settings->value(UiSettingKeys::windowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1200, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
    }
    if (const auto page = PageCatalog::fromKey(m_context.settings->value(UiSettingKeys::lastPage)))
        showPage(*page);
}

void MainWindow::saveState()
{
    if (!m_context.settings || !m_context.rememberGeometry)
        return;
    m_context.settings->setValue(UiSettingKeys::windowGeometry, saveGeometry());
    m_context.settings->setValue(UiSettingKeys::lastPage, PageCatalog::key(currentPage()));
    m_context.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Roomdesk
