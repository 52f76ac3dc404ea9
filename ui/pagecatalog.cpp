// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecatalog.h"

namespace Roomdesk {

const QList<PageId> &PageCatalog::pages()
{
    static const QList<PageId> all = {PageId::Dashboard, PageId::Rooms,   PageId::Calendar,     PageId::Events,
                                      PageId::Groups,    PageId::Reports, PageId::Integrations, PageId::Settings};
    return all;
}

QString PageCatalog::key(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return QStringLiteral("dashboard");
    case PageId::Rooms:
        return QStringLiteral("rooms");
    case PageId::Calendar:
        return QStringLiteral("calendar");
    case PageId::Events:
        return QStringLiteral("events");
    case PageId::Groups:
        return QStringLiteral("groups");
    case PageId::Reports:
        return QStringLiteral("reports");
    case PageId::Integrations:
        return QStringLiteral("integrations");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<PageId> PageCatalog::fromKey(const QString &key)
{
    for (PageId page : pages()) {
        if (PageCatalog::key(page) == key.trimmed().toLower())
            return page;
    }
    return std::nullopt;
}

QStringList PageCatalog::keys()
{
    QStringList result;
    for (PageId page : pages())
        result.append(key(page));
    return result;
}

QString PageCatalog::iconPath(PageId page)
{
    return QStringLiteral(":/icons/page-%1.svg").arg(key(page));
}

PageTexts PageCatalog::texts(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return {tr("Dashboard"),
                tr("Today's sessions, the rooms in use, requests still waiting for a room and reports that need "
                   "attention, at a glance."),
                tr("Until this overview is here, the rooms, the room calendar and the events are on the pages on the "
                   "left."),
                tr("Open the room calendar"), PageId::Calendar};
    case PageId::Rooms:
        return {tr("Rooms"),
                tr("The pool of licensed Zoom host accounts that organizers share: which rooms are active, whether "
                   "they are assigned automatically or only by hand, in which order, and with which buffers."),
                tr("Connect Zoom first; then import licensed users as rooms or add them by e-mail."),
                tr("Open Integrations"), PageId::Integrations};
    case PageId::Calendar:
        return {tr("Room calendar"),
                tr("Every room as a row and time as columns: sessions with their preparation, courtesy and "
                   "post-processing buffers, and the requests still waiting for a room."),
                tr("Add rooms and activate them; bookings appear here as soon as events get a room."), tr("Open Rooms"),
                PageId::Rooms};
    case PageId::Events:
        return {tr("Events"),
                tr("Event forms that become Zoom meetings and webinars in the first free room, with their status "
                   "from scheduling to the end of the session."),
                tr("Activate at least one room, then create your first event."), tr("Open Rooms"), PageId::Rooms};
    case PageId::Groups:
        return {tr("Groups and links"),
                tr("Programs and their participant groups, and the link each group uses: the built-in Zoom room or "
                   "its own link on Zoom, Zoom Webinar, Google Meet, Telegram or Microsoft Teams."),
                tr("Create a program, then add its participant groups."), QString()};
    case PageId::Reports:
        return {tr("Attendance reports"),
                tr("Who attended each session and for how long, merged across rejoins and devices, exported as CSV "
                   "for Excel or LibreOffice."),
                tr("Reports appear here once an event with attendees has ended."), tr("Open Events"), PageId::Events};
    case PageId::Integrations:
        return {tr("Integrations"),
                tr("The connection to your Zoom account: the Server-to-Server OAuth app, its 24 required scopes and "
                   "the webhook subscription, each step checked live."),
                tr("Have your Account ID, Client ID and Client Secret from the Zoom App Marketplace at hand; the "
                   "setup wizard will guide you through the rest."),
                QString()};
    case PageId::Settings:
        return {tr("Settings"), tr("Language, buffer policy and defaults, the database in use and diagnostics."),
                tr("Choose your language in the Language menu; it changes at once."), QString()};
    }
    return {};
}

} // namespace Roomdesk
