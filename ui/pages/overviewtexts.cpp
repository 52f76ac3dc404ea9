// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtexts.h"

namespace Roomdesk {

namespace {

bool connected(const OverviewState &state)
{
    return state.zoom == OverviewState::Zoom::Connected;
}

} // namespace

QString OverviewTexts::zoomState(const OverviewState &state)
{
    switch (state.zoom) {
    case OverviewState::Zoom::Checking:
        return tr("Checking the Zoom connection…");
    case OverviewState::Zoom::Connected:
        return state.demo
            ? tr("Demo mode: connected to the local Zoom sandbox, %n scope(s) granted.", nullptr, state.grantedScopes)
            : tr("Zoom is connected, %n scope(s) granted.", nullptr, state.grantedScopes);
    case OverviewState::Zoom::Failed:
        return tr("Zoom is not connected: %1").arg(state.zoomError);
    case OverviewState::Zoom::NotConnected:
        break;
    }
    return tr("Zoom is not connected yet: the setup wizard connects it (Settings, or File → Set up the Zoom "
              "connection).");
}

QString OverviewTexts::dashboardCounts(const OverviewState &state)
{
    QStringList lines;
    if (state.rooms && state.activeRooms)
        lines.append(tr("Rooms in the pool: %1, active: %2").arg(*state.rooms).arg(*state.activeRooms));
    if (state.bookings && state.waiting)
        lines.append(tr("Next %1 days — booked: %2, waiting for a room: %3")
                         .arg(kDays)
                         .arg(*state.bookings)
                         .arg(*state.waiting));
    if (state.events)
        lines.append(tr("Events in the next %1 days: %2").arg(kDays).arg(*state.events));
    return lines.join(QLatin1Char('\n'));
}

PageTexts OverviewTexts::dashboard(const OverviewState &state)
{
    PageTexts texts = PageCatalog::texts(PageId::Dashboard);
    texts.purpose = tr("Today's sessions, the rooms in use, requests waiting for a room and reports that need "
                       "attention will be here at a glance. For now, how things stand:");
    texts.firstStep = zoomState(state);
    if (!connected(state) && state.zoom != OverviewState::Zoom::Checking) {
        texts.actionText = tr("Open Settings");
        texts.actionTarget = PageId::Settings;
    } else if (state.activeRooms && *state.activeRooms == 0) {
        texts.actionText = tr("Open Rooms");
        texts.actionTarget = PageId::Rooms;
    } else {
        texts.actionText = tr("Open the room calendar");
        texts.actionTarget = PageId::Calendar;
    }
    return texts;
}

PageTexts OverviewTexts::integrations(const OverviewState &state)
{
    PageTexts texts = PageCatalog::texts(PageId::Integrations);
    if (connected(state) || state.zoom == OverviewState::Zoom::Checking)
        texts.firstStep = zoomState(state) + QLatin1Char(' ') +
            tr("Until this page has its own content, the connection and the webhook subscription are on the "
               "Settings page.");
    else
        texts.firstStep = zoomState(state) + QLatin1Char(' ') + texts.firstStep;
    texts.actionText = tr("Open Settings");
    texts.actionTarget = PageId::Settings;
    return texts;
}

} // namespace Roomdesk
