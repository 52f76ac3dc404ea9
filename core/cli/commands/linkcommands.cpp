// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "groups/linkvalidator.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Roomdesk::Cli {

namespace {

class LinkCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::LinkCommands)

public:
    // `link check --platform P URL`: exit 0 valid, 1 invalid with the reason, 2 usage.
    static int check(CommandContext &context)
    {
        const auto platform = LinkValidator::fromName(context.args.value(QStringLiteral("platform")));
        if (!platform) {
            context.err << QStringLiteral("roomdeskctl: ")
                        << tr("--platform is one of %1.").arg(LinkValidator::names().join(QStringLiteral(", ")))
                        << Qt::endl;
            return Usage;
        }
        if (context.args.positional().isEmpty() && *platform != LinkPlatform::Builtin) {
            context.err << QStringLiteral("roomdeskctl: ") << tr("Give the link to check after the options.")
                        << Qt::endl;
            return Usage;
        }
        const QString link = context.args.positional().value(0);
        const auto checked = LinkValidator::check(*platform, link);
        if (context.json) {
            nlohmann::ordered_json result = {
                {"valid", checked.ok()},
                {"platform", LinkValidator::name(*platform).toStdString()},
                {"url", checked ? checked.value().toString(QUrl::FullyEncoded).toStdString() : link.toStdString()},
                {"reason", checked ? std::string() : checked.error().message.toStdString()},
            };
            context.out << QString::fromStdString(result.dump()) << Qt::endl;
            return checked ? Success : Failed;
        }
        if (!checked) {
            context.err << QStringLiteral("roomdeskctl: ") << checked.error().message << Qt::endl;
            return Failed;
        }
        context.out << tr("Valid %1 link.").arg(LinkValidator::displayName(*platform)) << Qt::endl;
        return Success;
    }

    static QList<Command> commands()
    {
        return {
            {{QStringLiteral("link"), QStringLiteral("check")},
             tr("Check a group's link for its platform: https, the provider's own hosts, a join link's shape"),
             QStringLiteral("URL"),
             {{QStringLiteral("platform"), QStringLiteral("P"),
               tr("builtin, zoom-custom, zoom-webinar, google-meet, telegram or teams")}},
             1,
             &LinkCommands::check},
        };
    }
};

} // namespace

QList<Command> linkCommands()
{
    return LinkCommands::commands();
}

} // namespace Roomdesk::Cli
