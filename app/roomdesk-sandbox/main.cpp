// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>

// roomdesk-sandbox is `roomdeskctl sandbox`: the same options, messages and output.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(Roomdesk::AppInfo::name));
    QCoreApplication::setOrganizationName(QLatin1String(Roomdesk::AppInfo::organization));
    QCoreApplication::setApplicationVersion(QLatin1String(Roomdesk::AppInfo::version));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Roomdesk::Cli::CliApplication cli(out, err);
    return cli.run(QStringList {QStringLiteral("sandbox")} + QCoreApplication::arguments().mid(1));
}
