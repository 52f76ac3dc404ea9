// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Roomdesk {

// The sidebar pages of the main window, in sidebar order (DESIGN §8).
enum class PageId {
    Dashboard,
    Rooms,
    Calendar,
    Events,
    Groups,
    Reports,
    Integrations,
    Settings,
};

// What a page shows before it has content: what will live there and what to do first.
struct PageTexts final
{
    QString title;
    QString purpose;
    QString firstStep;
    QString actionText; // empty: no action
    std::optional<PageId> actionTarget = {}; // the page the action opens
};

class PageCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::PageCatalog)

public:
    static const QList<PageId> &pages();
    // Stable, untranslated names for --page and settings: "dashboard", "rooms", …
    static QString key(PageId page);
    static std::optional<PageId> fromKey(const QString &key);
    static QStringList keys();
    static QString iconPath(PageId page);
    static PageTexts texts(PageId page);
};

} // namespace Roomdesk
