// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "appinfo.h"
#include "backend/backend.h"
#include "clock.h"
#include "demo/demoevents.h"
#include "demo/demogroups.h"
#include "demo/demoschedule.h"
#include "events/eventformdialog.h"
#include "i18n/languagemanager.h"
#include "logging.h"
#include "mainwindow.h"
#include "options/argumentparser.h"
#include "pages/calendarpage.h"
#include "pages/eventspage.h"
#include "pages/groupspage.h"
#include "pages/reportspage.h"
#include "pages/settingspage.h"
#include "sandbox/zoomsandbox.h"
#include "settings/settings.h"
#include "setup/credentialsform.h"
#include "setup/setupwizard.h"
#include "setup/webhookendpointsettings.h"
#include "storage/database.h"
#include "uisettings.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QImage>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

static void initRoomdeskResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcApp, "roomdesk.ui.app", QtInfoMsg)

constexpr int kUsageError = 2;
const QSize kScreenshotSize(1280, 800);

void print(FILE *stream, const QString &text)
{
    (void)std::fputs(qUtf8Printable(text), stream);
}

void printError(const QString &message)
{
    print(stderr, QStringLiteral("roomdesk: ") + message + QLatin1Char('\n'));
}

QStringList wizardPageKeys()
{
    return {QStringLiteral("setup-welcome"), QStringLiteral("setup-app"),    QStringLiteral("setup-credentials"),
            QStringLiteral("setup-scopes"),  QStringLiteral("setup-events"), QStringLiteral("setup-summary")};
}

// The event form on its own, for documentation: a new one, or the first event's.
QStringList eventFormKeys()
{
    return {QStringLiteral("event-new"), QStringLiteral("event-edit")};
}

// Waits (for `timeoutMs` at most) until `ready` holds, answering events meanwhile.
void settleUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!ready())
        loop.exec();
}

QList<OptionSpec> optionSpecs()
{
    return {
        {QStringLiteral("demo"), QString(),
         GuiApplication::tr("Start with a demo database and the local Zoom sandbox; your own data is not touched")},
        {QStringLiteral("db"), QStringLiteral("PATH"), GuiApplication::tr("Use this database file")},
        {QStringLiteral("lang"), QStringLiteral("es|ru|en"), GuiApplication::tr("Language of the interface")},
        {QStringLiteral("screenshot"), QStringLiteral("FILE"),
         GuiApplication::tr("Render the main window at 1280×800 to a PNG file and exit")},
        {QStringLiteral("page"), QStringLiteral("NAME"),
         GuiApplication::tr("The page to show: %1; with --screenshot also a page of the setup wizard: %2")
             .arg(PageCatalog::keys().join(QStringLiteral(", ")), wizardPageKeys().join(QStringLiteral(", ")))},
        {QStringLiteral("verbose"), QString(), GuiApplication::tr("Print diagnostic messages")},
        {QStringLiteral("help"), QString(), GuiApplication::tr("Show help and exit"), QStringLiteral("h")},
        {QStringLiteral("version"), QString(), GuiApplication::tr("Show the version and exit")},
    };
}

void setUpApplication()
{
    QApplication::setApplicationName(QLatin1String(AppInfo::name));
    QApplication::setOrganizationName(QLatin1String(AppInfo::organization));
    QApplication::setOrganizationDomain(QLatin1String(AppInfo::organizationDomain));
    QApplication::setApplicationVersion(QLatin1String(AppInfo::version));
    QGuiApplication::setDesktopFileName(QLatin1String(AppInfo::applicationId));
    initRoomdeskResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roomdesk.svg")));
}

int saveScreenshot(MainWindow &window, const QString &file)
{
    // At a scale factor above 1 the grab has more pixels; the file is always 1280×800.
    QImage image = window.grab().toImage();
    if (image.size() != kScreenshotSize)
        image = image.scaled(kScreenshotSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (!image.save(file, "PNG")) {
        printError(
            GuiApplication::tr("The screenshot could not be written to “%1”.").arg(QDir::toNativeSeparators(file)));
        return 1;
    }
    return 0;
}

} // namespace

QString GuiApplication::helpText()
{
    return tr("Usage: %1").arg(QStringLiteral("roomdesk [options]")) + QStringLiteral("\n\n") +
        ArgumentParser(optionSpecs()).helpText();
}

Result<GuiOptions> GuiApplication::parseOptions(const QStringList &arguments)
{
    auto parsed = ArgumentParser(optionSpecs()).parse(arguments);
    if (!parsed)
        return parsed.error();
    const ParsedArguments &args = parsed.value();
    auto usage = [](const QString &message) { return Error {QStringLiteral("usage"), message}; };

    GuiOptions options;
    options.help = args.isSet(QStringLiteral("help"));
    options.version = args.isSet(QStringLiteral("version"));
    options.demo = args.isSet(QStringLiteral("demo"));
    options.verbose = args.isSet(QStringLiteral("verbose"));
    options.databasePath = args.value(QStringLiteral("db"));
    options.screenshotFile = args.value(QStringLiteral("screenshot"));
    if (!args.positional().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(args.positional().constFirst()));
    if (args.isSet(QStringLiteral("lang")) && !LanguageManager::isSupported(args.value(QStringLiteral("lang"))))
        return usage(tr("Unknown language “%1”; use es, ru or en.").arg(args.value(QStringLiteral("lang"))));
    if (args.isSet(QStringLiteral("page"))) {
        options.page = PageCatalog::fromKey(args.value(QStringLiteral("page")));
        const qsizetype wizardPage = wizardPageKeys().indexOf(args.value(QStringLiteral("page")));
        if (wizardPage >= 0 && args.isSet(QStringLiteral("screenshot"))) {
            options.page = PageId::Settings;
            options.wizardPage = static_cast<int>(wizardPage);
        }
        const qsizetype eventForm = eventFormKeys().indexOf(args.value(QStringLiteral("page")));
        if (eventForm >= 0 && args.isSet(QStringLiteral("screenshot"))) {
            options.page = PageId::Events;
            options.eventForm = eventForm == 1;
        }
        if (!options.page)
            return usage(tr("Unknown page “%1”; use one of: %2.")
                             .arg(args.value(QStringLiteral("page")), PageCatalog::keys().join(QStringLiteral(", "))));
    }
    if (args.isSet(QStringLiteral("screenshot")) && options.screenshotFile.trimmed().isEmpty())
        return usage(tr("The option --screenshot needs a file name."));
    return options;
}

int GuiApplication::run(int &argc, char **argv)
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    setUpApplication();

    Settings settings;
    LanguageManager languages;
    const QStringList arguments = QApplication::arguments().mid(1);

    // Pick the language before parsing, so that even a wrong option is explained in it.
    QString language = ArgumentParser::peekValue(arguments, QStringLiteral("lang"));
    if (!LanguageManager::isSupported(language))
        language = settings.value(SettingKeys::language);
    if (!LanguageManager::isSupported(language))
        language = LanguageManager::systemLanguage();
    languages.setLanguage(language);

    auto parsed = parseOptions(arguments);
    if (!parsed) {
        printError(parsed.error().message);
        printError(tr("Run “roomdesk --help” for the options."));
        return kUsageError;
    }
    const GuiOptions &options = parsed.value();
    if (options.help) {
        print(stdout, helpText());
        return 0;
    }
    if (options.version) {
        print(stdout, QStringLiteral("%1 %2\n").arg(QLatin1String(AppInfo::name), QLatin1String(AppInfo::version)));
        return 0;
    }
    Logging::configure(options.verbose || settings.value(SettingKeys::verboseLogging) ? Logging::Verbosity::Verbose
                                                                                      : Logging::Verbosity::Normal);

    // The demo database lives in a folder of its own that disappears with the process:
    // the user's database is never opened in demo mode.
    std::optional<QTemporaryDir> demoDir;
    QString databasePath = options.databasePath;
    if (options.demo && databasePath.isEmpty()) {
        demoDir.emplace(QDir::tempPath() + QStringLiteral("/roomdesk-demo-XXXXXX"));
        if (!demoDir->isValid()) {
            printError(tr("The demo folder could not be created: %1").arg(demoDir->errorString()));
            return 1;
        }
        databasePath = demoDir->filePath(QStringLiteral("demo.sqlite"));
    }
    if (databasePath.isEmpty())
        databasePath = Database::defaultPath();

    auto database = Database::open(databasePath);
    if (!database) {
        qCWarning(lcApp) << "Database could not be opened:" << database.error().code;
        printError(database.error().message);
        if (options.screenshotFile.isEmpty())
            QMessageBox::critical(nullptr, tr("Roomdesk cannot open its database"), database.error().message);
        return 1;
    }

    // Demo mode runs a Zoom sandbox in this process and connects to it like to Zoom.
    std::unique_ptr<ZoomSandbox> sandbox;
    std::optional<SandboxAccess> sandboxAccess;
    if (options.demo) {
        SandboxOptions sandboxOptions;
        sandboxOptions.seed = 2026;
        sandbox = std::make_unique<ZoomSandbox>(sandboxOptions);
        if (auto started = sandbox->start(); !started) {
            printError(started.error().message);
            return 1;
        }
        sandboxAccess = SandboxAccess {
            ZoomCredentials {sandbox->origin(), sandbox->accountId(), sandbox->clientId(), sandbox->clientSecret()},
            sandbox->origin()};
    }

    // Opened here only to refuse a database Roomdesk cannot use before any window shows; the
    // backend works off the UI thread with its own connection.
    const QString openedPath = database.value()->path();
    database.value().reset();
    Backend backend(openedPath, Clock::system());
    ConnectionService &connection = backend.connection();
    WebhookListener &webhooks = backend.webhooks();
    RoomPoolService &roomPool = backend.roomPool();
    GroupService &groups = backend.groups();
    EventService &events = backend.events();
    QObject demoSeeding; // receives the seeding's answers
    bool demoEventsSeeded = !sandbox;
    bool demoReportsFetched = !sandbox;
    if (sandbox) {
        // Known at once in demo mode: the demo's events go straight to the sandbox.
        backend.useSandbox(sandboxAccess->credentials);
        // The demo's pool and this week's bookings, through the same allocator as real ones;
        // queued before any page asks, so the first snapshot already shows them.
        // This week and the next, so that a calendar starting on Sunday or on Monday shows some.
        const QDate today = QDate::currentDate();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        // The demo's events after the groups they are for and the pool, so that they find
        // their groups, the rooms and the bookings.
        const auto seedEvents = [&](const Result<QList<ParticipantGroup>> &stored) {
            const QList<ParticipantGroup> demoGroups = stored ? stored.value() : QList<ParticipantGroup>();
            events.seedIfEmpty(DemoEvents::forms(QDateTime::currentDateTimeUtc(), demoGroups), &demoSeeding,
                               [&](const Result<int> &seeded) {
                                   demoEventsSeeded = true;
                                   if (!seeded || seeded.value() == 0) {
                                       demoReportsFetched = true;
                                       return;
                                   }
                                   // The past sessions take place in the sandbox; their reports are fetched
                                   // at once rather than at the next synchronization.
                                   events.list({}, {}, &demoSeeding, [&](const Result<QList<Event>> &all) {
                                       if (all)
                                           DemoEvents::endPastSessions(*sandbox, all.value(),
                                                                       QDateTime::currentDateTimeUtc());
                                       events.fetchDueReports(&demoSeeding, [&](const Result<ReportFetcher::Sweep> &) {
                                           demoReportsFetched = true;
                                       });
                                   });
                               });
        };
        // Everything the answers use lives as long as this function; `seedEvents` is copied.
        groups.seedIfEmpty(DemoGroups::groups(), &demoSeeding, [&, seedEvents, monday](const Result<bool> &) {
            roomPool.seedIfEmpty(DemoSchedule::rooms(sandbox->users()),
                                 DemoSchedule::week(monday) + DemoSchedule::week(monday.addDays(7)), &demoSeeding,
                                 [&, seedEvents](const Result<bool> &) { events.groups(&demoSeeding, seedEvents); });
        });
    }

    MainWindowContext context;
    context.connection = &connection;
    context.webhooks = &webhooks;
    context.roomPool = &roomPool;
    context.groups = &groups;
    context.events = &events;
    context.sandbox = sandboxAccess;
    context.languages = &languages;
    context.settings = &settings;
    context.databasePath = openedPath;
    context.demo = options.demo;
    context.rememberGeometry = options.screenshotFile.isEmpty();
    MainWindow window(context);
    if (options.page)
        window.showPage(*options.page);
    else if (!options.screenshotFile.isEmpty())
        window.showPage(PageId::Dashboard);

    const bool interactive = options.screenshotFile.isEmpty();
    backend.start(&window, [&](const Result<ConnectionService::State> &state) {
        if (!state) {
            qCWarning(lcApp) << "The Zoom connection could not be read:" << state.error().code;
            window.checkConnection();
            return;
        }
        if (sandboxAccess) {
            // The demo is connected to its sandbox like to Zoom; its secret never leaves this process.
            connection.secrets()->useSessionOnly();
            ConnectionService::Change change;
            change.connection.baseUrl = sandboxAccess->credentials.baseUrl;
            change.connection.accountId = sandboxAccess->credentials.accountId;
            change.connection.clientId = sandboxAccess->credentials.clientId;
            change.clientSecret = sandboxAccess->credentials.clientSecret.toUtf8();
            connection.save(change, &window, [&window](const Result<void> &) { window.checkConnection(); });
            return;
        }
        window.checkConnection();
        if (window.settingsPage())
            window.settingsPage()->reload();
        if (interactive && !state.value().connection)
            window.offerSetup();
        // The receiver comes back if it was listening when Roomdesk closed.
        if (interactive && settings.value(UiSettingKeys::webhookListen) && state.value().webhookSecretStored) {
            connection.secrets()->read(SecretKind::WebhookSecretToken, &window, [&](const auto &secret) {
                if (secret && secret.value())
                    webhooks.start(WebhookEndpointSettings::receiverOptions(WebhookEndpointSettings::load(settings)),
                                   *secret.value());
            });
        }
    });

    if (interactive) {
        window.show();
        return QApplication::exec();
    }
    window.resize(kScreenshotSize);
    window.show();
    int exitCode = 1;
    bool shot = false;
    // The picture shows the settled connection state (the check is quick; 5 s at most).
    const auto shoot = [&window, &options, &exitCode, &shot, &demoEventsSeeded, &demoReportsFetched] {
        if (std::exchange(shot, true))
            return;
        if (options.wizardPage) {
            // The wizard on its own, at the asked page (pages are reached in order, as a user would).
            SetupWizard *wizard = window.openSetupWizard();
            wizard->resize(960, 720);
            // What is stored arrives asynchronously (database and keychain off the UI thread).
            QEventLoop settle;
            QTimer::singleShot(1000, &settle, &QEventLoop::quit);
            settle.exec();
            while (wizard->currentId() < *options.wizardPage && wizard->currentId() != -1) {
                const int before = wizard->currentId();
                if (before == SetupWizard::CredentialsPage && wizard->credentialsForm()->isComplete()) {
                    // Past the credentials only as an administrator gets there: with a tested connection.
                    wizard->credentialsForm()->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
                    QEventLoop tested;
                    QObject::connect(wizard->currentPage(), &QWizardPage::completeChanged, &tested, &QEventLoop::quit);
                    QTimer::singleShot(5000, &tested, &QEventLoop::quit);
                    tested.exec();
                }
                wizard->next();
                if (wizard->currentId() == before) // a page that is not complete: show it as is
                    break;
            }
            QApplication::processEvents();
            QImage image = wizard->grab().toImage();
            exitCode = image.save(options.screenshotFile, "PNG") ? 0 : 1;
            QApplication::exit(exitCode);
            return;
        }
        // Pages reload what the check recorded; let them settle.
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
        // The calendar is drawn from its first snapshot, which arrives from the worker thread.
        if (CalendarPage *calendar = window.calendarPage();
            calendar && window.currentPage() == PageId::Calendar && !calendar->hasLoaded()) {
            QEventLoop loaded;
            QObject::connect(calendar, &CalendarPage::loaded, &loaded, &QEventLoop::quit);
            QTimer::singleShot(10000, &loaded, &QEventLoop::quit);
            loaded.exec();
        }
        if (GroupsPage *groupsPage = window.groupsPage();
            groupsPage && window.currentPage() == PageId::Groups && !groupsPage->isLoaded()) {
            QEventLoop loaded;
            QObject::connect(groupsPage, &GroupsPage::loaded, &loaded, &QEventLoop::quit);
            QTimer::singleShot(10000, &loaded, &QEventLoop::quit);
            loaded.exec();
        }
        // The events page shows the demo's events once they are in Zoom (the sandbox).
        if (EventsPage *eventsPage = window.eventsPage(); eventsPage && window.currentPage() == PageId::Events) {
            settleUntil([&demoEventsSeeded] { return demoEventsSeeded; }, 20000);
            QEventLoop loaded;
            QObject::connect(eventsPage, &EventsPage::loaded, &loaded, &QEventLoop::quit);
            QTimer::singleShot(10000, &loaded, &QEventLoop::quit);
            eventsPage->reload();
            loaded.exec();
            if (options.eventForm) {
                EventFormDialog *dialog =
                    *options.eventForm ? eventsPage->openEditEventDialog() : eventsPage->openNewEventDialog();
                if (dialog) {
                    QApplication::processEvents();
                    QImage image = dialog->grab().toImage();
                    exitCode = image.save(options.screenshotFile, "PNG") ? 0 : 1;
                    QApplication::exit(exitCode);
                    return;
                }
            }
        }
        // The reports page shows a report once the demo's past sessions have been fetched.
        if (ReportsPage *reportsPage = window.reportsPage(); reportsPage && window.currentPage() == PageId::Reports) {
            settleUntil([&demoReportsFetched] { return demoReportsFetched; }, 30000);
            // Chosen afresh: the newest ready report, with its people and chart.
            reportsPage->table()->clearSelection();
            reportsPage->reload();
            settleUntil(
                [reportsPage] {
                    return reportsPage->shownEventId() != 0 &&
                        reportsPage->shownEventId() == reportsPage->selectedEventId();
                },
                10000);
            QApplication::processEvents(); // the chart's and tables' layouts
        }
        exitCode = saveScreenshot(window, options.screenshotFile);
        QApplication::exit(exitCode);
    };
    if (window.connectionChecked()) {
        QTimer::singleShot(0, &window, shoot);
    } else {
        QObject::connect(&window, &MainWindow::connectionCheckFinished, &window, shoot, Qt::QueuedConnection);
        QTimer::singleShot(5000, &window, shoot);
    }
    QApplication::exec();
    return exitCode;
}

} // namespace Roomdesk
