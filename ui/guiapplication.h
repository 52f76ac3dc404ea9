// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Roomdesk {

// Command-line options of the roomdesk GUI.
struct GuiOptions final
{
    bool help = false;
    bool version = false;
    bool demo = false;
    bool verbose = false;
    QString databasePath; // empty: the default, or the demo database with --demo
    QString screenshotFile;
    std::optional<PageId> page;
    std::optional<int> wizardPage; // --page setup-…: the setup wizard at that page (SetupWizard::PageId)
    // --page event-new | event-edit with --screenshot: the event form, empty or with the first event
    std::optional<bool> eventForm; // true: editing
};

// Everything main() of the GUI does, so that it can be tested: parse options, choose the
// language, open the database, show the window or render the screenshot.
class GuiApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::GuiApplication)

public:
    static int run(int &argc, char **argv);
    // Validates the command line; errors are translated usage messages.
    static Result<GuiOptions> parseOptions(const QStringList &arguments);
    static QString helpText();
};

} // namespace Roomdesk
