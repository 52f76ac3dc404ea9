#include "guiapplication.h"

#include "appinfo.h"
#include "cli/argumentparser.h"
#include "i18n/languagemanager.h"
#include "logging.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
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

void printError(const QString &message)
{
    std::fputs(qUtf8Printable(QStringLiteral("roomdesk: ") + message + QLatin1Char('\n')), stderr);
}

QList<Cli::OptionSpec> optionSpecs()
{
    return {
        {QStringLiteral("demo"), QString(),
         GuiApplication::tr("Start with a demo database and the local Zoom sandbox; your own data is not touched")},
        {QStringLiteral("db"), QStringLiteral("PATH"), GuiApplication::tr("Use this database file")},
        {QStringLiteral("lang"), QStringLiteral("es|ru|en"), GuiApplication::tr("Language of the interface")},
        {QStringLiteral("screenshot"), QStringLiteral("FILE"),
         GuiApplication::tr("Render the main window at 1280×800 to a PNG file and exit")},
        {QStringLiteral("page"), QStringLiteral("NAME"),
         GuiApplication::tr("The page to show: %1").arg(PageCatalog::keys().join(QStringLiteral(", ")))},
        {QStringLiteral("verbose"), QString(), GuiApplication::tr("Print diagnostic messages")},
        {QStringLiteral("help"), QString(), GuiApplication::tr("Show help and exit"), QStringLiteral("h")},
        {QStringLiteral("version"), QString(), GuiApplication::tr("Show the version and exit")},
    };
}

int saveScreenshot(MainWindow &window, const QString &file)
{
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

int GuiApplication::run(int &argc, char **argv)
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(AppInfo::name));
    QApplication::setOrganizationName(QLatin1String(AppInfo::organization));
    QApplication::setOrganizationDomain(QLatin1String(AppInfo::organizationDomain));
    QApplication::setApplicationVersion(QLatin1String(AppInfo::version));
    QGuiApplication::setDesktopFileName(QLatin1String(AppInfo::applicationId));
    initRoomdeskResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roomdesk.svg")));

    Settings settings;
    LanguageManager languages;
    const QStringList arguments = QApplication::arguments().mid(1);

    // Pick the language before parsing, so that even a wrong option is explained in it.
    QString language = settings.value(SettingKeys::language);
    if (!LanguageManager::isSupported(language))
        language = LanguageManager::systemLanguage();
    const qsizetype langIndex = arguments.indexOf(QStringLiteral("--lang"));
    if (langIndex >= 0 && langIndex + 1 < arguments.size() && LanguageManager::isSupported(arguments.at(langIndex + 1)))
        language = arguments.at(langIndex + 1);
    languages.setLanguage(language);

    const Cli::ArgumentParser parser(optionSpecs());
    auto parsed = parser.parse(arguments);
    if (!parsed) {
        printError(parsed.error().message);
        printError(tr("Run “roomdesk --help” for the options."));
        return kUsageError;
    }
    const Cli::ParsedArguments &args = parsed.value();
    if (args.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(tr("Usage: %1").arg(QStringLiteral("roomdesk [options]")) + QStringLiteral("\n\n") +
                                  parser.helpText()),
                   stdout);
        return 0;
    }
    if (args.isSet(QStringLiteral("version"))) {
        std::fputs(qUtf8Printable(
                       QStringLiteral("%1 %2\n").arg(QLatin1String(AppInfo::name), QLatin1String(AppInfo::version))),
                   stdout);
        return 0;
    }
    if (!args.positional().isEmpty()) {
        printError(tr("Unexpected argument “%1”.").arg(args.positional().constFirst()));
        return kUsageError;
    }
    if (args.isSet(QStringLiteral("lang")) && !LanguageManager::isSupported(args.value(QStringLiteral("lang")))) {
        printError(tr("Unknown language “%1”; use es, ru or en.").arg(args.value(QStringLiteral("lang"))));
        return kUsageError;
    }
    PageId startPage = PageId::Dashboard;
    if (args.isSet(QStringLiteral("page"))) {
        const auto page = PageCatalog::fromKey(args.value(QStringLiteral("page")));
        if (!page) {
            printError(tr("Unknown page “%1”; use one of: %2.")
                           .arg(args.value(QStringLiteral("page")), PageCatalog::keys().join(QStringLiteral(", "))));
            return kUsageError;
        }
        startPage = *page;
    }
    const bool demo = args.isSet(QStringLiteral("demo"));
    const QString screenshotFile = args.value(QStringLiteral("screenshot"));
    if (args.isSet(QStringLiteral("screenshot")) && screenshotFile.trimmed().isEmpty()) {
        printError(tr("The option --screenshot needs a file name."));
        return kUsageError;
    }
    Logging::configure(args.isSet(QStringLiteral("verbose")) || settings.value(SettingKeys::verboseLogging)
                           ? Logging::Verbosity::Verbose
                           : Logging::Verbosity::Normal);

    // The demo database lives in a folder of its own that disappears with the process:
    // the user's database is never opened in demo mode.
    std::optional<QTemporaryDir> demoDir;
    QString databasePath = args.value(QStringLiteral("db"));
    if (demo && databasePath.isEmpty()) {
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
        if (screenshotFile.isEmpty())
            QMessageBox::critical(nullptr, tr("Roomdesk cannot open its database"), database.error().message);
        return 1;
    }

    MainWindowContext context;
    context.languages = &languages;
    context.settings = &settings;
    context.databasePath = database.value()->path();
    context.demo = demo;
    context.rememberGeometry = screenshotFile.isEmpty();
    MainWindow window(context);
    if (args.isSet(QStringLiteral("page")) || !screenshotFile.isEmpty())
        window.showPage(startPage);

    if (!screenshotFile.isEmpty()) {
        window.resize(kScreenshotSize);
        window.show();
        int exitCode = 1;
        QTimer::singleShot(0, &window, [&window, &screenshotFile, &exitCode] {
            exitCode = saveScreenshot(window, screenshotFile);
            QApplication::exit(exitCode);
        });
        QApplication::exec();
        return exitCode;
    }

    window.show();
    return QApplication::exec();
}

} // namespace Roomdesk
