// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QLoggingCategory>
#include <QString>

namespace Roomdesk::Logging {

namespace {
Verbosity s_verbosity = Verbosity::Normal;
}

void configure(Verbosity verbosity)
{
    s_verbosity = verbosity;
    switch (verbosity) {
    case Verbosity::Quiet:
        QLoggingCategory::setFilterRules(QStringLiteral("roomdesk.*.info=false\nroomdesk.*.debug=false"));
        break;
    case Verbosity::Normal:
        QLoggingCategory::setFilterRules(QStringLiteral("roomdesk.*.debug=false"));
        break;
    case Verbosity::Verbose:
        QLoggingCategory::setFilterRules(QStringLiteral("roomdesk.*.debug=true"));
        break;
    }
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category} %{type}: %{message}"));
}

Verbosity verbosity()
{
    return s_verbosity;
}

} // namespace Roomdesk::Logging
