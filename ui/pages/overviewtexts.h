// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecatalog.h"

#include <QCoreApplication>

#include <optional>

namespace Roomdesk {

// What the main window knows about the state of things, for the pages that do not have their
// own content yet (Dashboard, Integrations): their words must never contradict it.
struct OverviewState final
{
    enum class Zoom { NotConnected, Checking, Connected, Failed };

    Zoom zoom = Zoom::NotConnected;
    bool demo = false; // the local Zoom sandbox stands in for Zoom
    int grantedScopes = 0;
    QString zoomError; // why it is not connected (Failed)
    // Counted from the backend; nullopt until known.
    std::optional<int> rooms;
    std::optional<int> activeRooms;
    std::optional<int> bookings; // allocated, in the next 7 days
    std::optional<int> waiting; // pending, in the next 7 days
    std::optional<int> events; // in the next 7 days
};

// The Dashboard's and the Integrations page's texts for a state, in the reader's language.
class OverviewTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::OverviewTexts)

public:
    static constexpr int kDays = 7; // what "the next days" counts cover

    static QString zoomState(const OverviewState &state);
    static QString dashboardCounts(const OverviewState &state); // empty until counted
    static PageTexts dashboard(const OverviewState &state);
    static PageTexts integrations(const OverviewState &state);
};

} // namespace Roomdesk
