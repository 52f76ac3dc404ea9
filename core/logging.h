// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Roomdesk::Logging {

// Categories are declared per component in their own .cpp ("roomdesk.core.storage",
// "roomdesk.ui.mainwindow", …) with Info as default; this switches all of them at once.
enum class Verbosity {
    Quiet, // warnings and errors only (command line default)
    Normal, // information as well (GUI default)
    Verbose, // debug output of every component (--verbose)
};

void configure(Verbosity verbosity);
Verbosity verbosity();

} // namespace Roomdesk::Logging
