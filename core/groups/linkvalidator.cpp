// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkvalidator.h"

#include <QRegularExpression>

namespace Roomdesk {

namespace {

struct Rules
{
    QStringList hosts; // exact hosts
    QStringList domains; // hosts and any of their subdomains
    QList<QRegularExpression> paths; // whole-path shapes of a join link
};

Rules rulesFor(LinkPlatform platform)
{
    const auto path = [](const char *pattern) {
        return QRegularExpression(QStringLiteral("^") + QLatin1String(pattern) + QStringLiteral("$"));
    };
    switch (platform) {
    case LinkPlatform::ZoomCustom:
        // https://us02web.zoom.us/j/85746354321?pwd=…, https://zoom.us/my/aula.magna
        return {{},
                {QStringLiteral("zoom.us"), QStringLiteral("zoomgov.com")},
                {path("/j/\\d{9,11}/?"), path("/my/[A-Za-z0-9._-]{1,64}/?")}};
    case LinkPlatform::ZoomWebinar:
        // https://zoom.us/j/81234567890, https://example.zoom.us/w/81234567890?tk=…
        return {{},
                {QStringLiteral("zoom.us"), QStringLiteral("zoomgov.com")},
                {path("/j/\\d{9,11}/?"), path("/w/\\d{9,11}/?")}};
    case LinkPlatform::GoogleMeet:
        // https://meet.google.com/abc-defg-hij
        return {{QStringLiteral("meet.google.com")}, {}, {path("/[a-z]{3}-[a-z]{4}-[a-z]{3}/?")}};
    case LinkPlatform::Telegram:
        // https://t.me/channel?videochat, https://t.me/+AbCdEf…, https://t.me/joinchat/AbC…
        return {{QStringLiteral("t.me"), QStringLiteral("telegram.me")},
                {},
                {path("/[A-Za-z][A-Za-z0-9_]{4,31}/?"), path("/\\+[A-Za-z0-9_-]{8,64}/?"),
                 path("/joinchat/[A-Za-z0-9_-]{8,64}/?")}};
    case LinkPlatform::Teams:
        // https://teams.microsoft.com/l/meetup-join/19%3ameeting_…/0?context=…,
        // https://teams.microsoft.com/meet/2234567890123?p=…, https://teams.live.com/meet/9876543210
        return {{QStringLiteral("teams.microsoft.com"), QStringLiteral("teams.live.com")},
                {},
                {path("/l/meetup-join/[^/]+(/[^/]+)*/?"), path("/meet/\\d{6,20}/?")}};
    case LinkPlatform::Builtin:
        break;
    }
    return {};
}

} // namespace

QString LinkValidator::name(LinkPlatform platform)
{
    switch (platform) {
    case LinkPlatform::Builtin:
        return QStringLiteral("builtin");
    case LinkPlatform::ZoomCustom:
        return QStringLiteral("zoom-custom");
    case LinkPlatform::ZoomWebinar:
        return QStringLiteral("zoom-webinar");
    case LinkPlatform::GoogleMeet:
        return QStringLiteral("google-meet");
    case LinkPlatform::Telegram:
        return QStringLiteral("telegram");
    case LinkPlatform::Teams:
        return QStringLiteral("teams");
    }
    return {};
}

QStringList LinkValidator::names()
{
    QStringList all;
    for (LinkPlatform platform : {LinkPlatform::Builtin, LinkPlatform::ZoomCustom, LinkPlatform::ZoomWebinar,
                                  LinkPlatform::GoogleMeet, LinkPlatform::Telegram, LinkPlatform::Teams})
        all.append(name(platform));
    return all;
}

std::optional<LinkPlatform> LinkValidator::fromName(const QString &text)
{
    for (LinkPlatform platform : {LinkPlatform::Builtin, LinkPlatform::ZoomCustom, LinkPlatform::ZoomWebinar,
                                  LinkPlatform::GoogleMeet, LinkPlatform::Telegram, LinkPlatform::Teams}) {
        if (name(platform) == text.trimmed().toLower())
            return platform;
    }
    return std::nullopt;
}

QString LinkValidator::displayName(LinkPlatform platform)
{
    switch (platform) {
    case LinkPlatform::Builtin:
        return tr("Built-in Zoom room");
    case LinkPlatform::ZoomCustom:
        return tr("Custom Zoom link");
    case LinkPlatform::ZoomWebinar:
        return tr("Zoom webinar link");
    case LinkPlatform::GoogleMeet:
        return QStringLiteral("Google Meet");
    case LinkPlatform::Telegram:
        return QStringLiteral("Telegram");
    case LinkPlatform::Teams:
        return QStringLiteral("Microsoft Teams");
    }
    return {};
}

QString LinkValidator::example(LinkPlatform platform)
{
    switch (platform) {
    case LinkPlatform::ZoomCustom:
        return QStringLiteral("https://us02web.zoom.us/j/85746354321?pwd=…");
    case LinkPlatform::ZoomWebinar:
        return QStringLiteral("https://zoom.us/w/81234567890?tk=…");
    case LinkPlatform::GoogleMeet:
        return QStringLiteral("https://meet.google.com/abc-defg-hij");
    case LinkPlatform::Telegram:
        return QStringLiteral("https://t.me/channel_name?videochat");
    case LinkPlatform::Teams:
        return QStringLiteral("https://teams.microsoft.com/l/meetup-join/…");
    case LinkPlatform::Builtin:
        break;
    }
    return {};
}

Result<QUrl> LinkValidator::check(LinkPlatform platform, const QString &link)
{
    const QString text = link.trimmed();
    const auto refuse = [](const QString &message) { return Error {QStringLiteral("link.invalid"), message}; };
    if (platform == LinkPlatform::Builtin) {
        if (!text.isEmpty())
            return refuse(tr("The built-in Zoom room needs no link: its join link comes from the allocated room. "
                             "Choose another platform to use your own link."));
        return QUrl();
    }
    if (text.isEmpty())
        return refuse(tr("%1 needs a link, such as %2.").arg(displayName(platform), example(platform)));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || text.contains(QLatin1Char(' ')))
        return refuse(tr("“%1” is not a web address; a link looks like %2.").arg(text, example(platform)));
    if (url.scheme().toLower() != QLatin1String("https"))
        return refuse(tr("Only https links are accepted (this one uses “%1”): anything else travels unencrypted "
                         "or opens another program.")
                          .arg(url.scheme()));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return refuse(tr("The link contains a user name before the host, a trick to disguise where it leads."));
    if (url.port() != -1 && url.port() != 443)
        return refuse(tr("The link names a port (%1); %2 links do not.").arg(url.port()).arg(displayName(platform)));
    // QUrl gives the host in lower case and IDN hosts in their ASCII form (xn--…): a
    // homograph of a provider's name never equals its real host.
    const QString host = url.host(QUrl::FullyEncoded);
    const Rules rules = rulesFor(platform);
    bool known = rules.hosts.contains(host);
    for (const QString &domain : rules.domains)
        known = known || host == domain || host.endsWith(QLatin1Char('.') + domain);
    if (!known) {
        QStringList expected = rules.hosts;
        for (const QString &domain : rules.domains)
            expected.append(domain + QStringLiteral(" / *.") + domain);
        return refuse(tr("%1 is not a %2 address; the link must be on %3. Lookalike addresses are refused.")
                          .arg(host, displayName(platform), expected.join(QStringLiteral(", "))));
    }
    const QString path = url.path(QUrl::FullyEncoded);
    const bool shaped = std::any_of(rules.paths.cbegin(), rules.paths.cend(),
                                    [&path](const QRegularExpression &shape) { return shape.match(path).hasMatch(); });
    if (!shaped)
        return refuse(
            tr("This is not a %1 join link; such links look like %2.").arg(displayName(platform), example(platform)));
    QUrl clean = url;
    clean.setScheme(QStringLiteral("https"));
    return clean;
}

} // namespace Roomdesk
