// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcaveats.h"

namespace Roomdesk {

namespace {

// The provider behind a platform, by its own (untranslated) name.
QString provider(LinkPlatform platform)
{
    switch (platform) {
    case LinkPlatform::ZoomCustom:
    case LinkPlatform::ZoomWebinar:
        return QStringLiteral("Zoom");
    case LinkPlatform::GoogleMeet:
        return QStringLiteral("Google Meet");
    case LinkPlatform::Telegram:
        return QStringLiteral("Telegram");
    case LinkPlatform::Teams:
        return QStringLiteral("Microsoft Teams");
    case LinkPlatform::Builtin:
        break;
    }
    return {};
}

} // namespace

QString LinkCaveats::title()
{
    return tr("A link Roomdesk does not control");
}

QStringList LinkCaveats::forPlatform(LinkPlatform platform)
{
    if (platform == LinkPlatform::Builtin)
        return {};
    const QString name = provider(platform);
    return {
        tr("Test the link before the session: Roomdesk checks its form, not whether the meeting behind it exists."),
        tr("Security — passcodes, waiting rooms, who may join — is in the hands of %1, not Roomdesk.").arg(name),
        tr("Participants need access to %1: the app or a browser, and an account where the provider asks for one.")
            .arg(name),
        tr("Roomdesk cannot start or end the session; whoever owns the link does."),
        tr("Attendance has no durations: Roomdesk knows who joined through it, not how long they stayed."),
        tr("Joins outside Roomdesk, with the link passed on by e-mail or chat, are not tracked."),
        tr("Downtime and support are %1's: when the platform fails, contact its provider.").arg(name),
    };
}

} // namespace Roomdesk
