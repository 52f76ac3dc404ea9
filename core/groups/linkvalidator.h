// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace Roomdesk {

// Where a participant group meets (DESIGN §4, iECHO's link settings).
enum class LinkPlatform { Builtin, ZoomCustom, ZoomWebinar, GoogleMeet, Telegram, Teams };

// Checks a group's link strictly for its platform: https only, the provider's own hosts (and
// subdomains where the provider uses them), the path shape of a join link. Lookalike hosts
// ("zoom.us.example", "meet-google.com", IDN homographs), other schemes, credentials or ports
// in the URL and empty links are refused with the reason, translated.
class LinkValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::LinkValidator)

public:
    // Stable names for the command line and the database: "builtin", "zoom-custom", …
    static QString name(LinkPlatform platform);
    static std::optional<LinkPlatform> fromName(const QString &name);
    static QStringList names();
    static QString displayName(LinkPlatform platform); // translated
    // An example of a valid link, for placeholders and messages.
    static QString example(LinkPlatform platform);

    // The cleaned link (trimmed, host in lower case) or why it is refused. The built-in
    // platform takes no link: the allocated room's join link is used.
    static Result<QUrl> check(LinkPlatform platform, const QString &link);
};

} // namespace Roomdesk
