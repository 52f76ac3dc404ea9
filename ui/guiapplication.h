#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Roomdesk {

// Command-line options of the roomdesk GUI.
struct GuiOptions final
{
    bool demo = false;
    QString databasePath; // empty: default (or the demo database)
    QString language; // empty: saved setting, else the system's
    QString screenshotFile;
    QString page;
    bool verbose = false;
};

// Everything main() of the GUI does, so that it can be tested: parse options, choose the
// language, open the database, show the window or render the screenshot.
class GuiApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::GuiApplication)

public:
    static int run(int &argc, char **argv);
};

} // namespace Roomdesk
