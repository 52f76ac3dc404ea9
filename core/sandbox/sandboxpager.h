// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator64>
#include <QString>

#include <variant>

namespace Roomdesk {

// next_page_token paging as Zoom does it: opaque tokens bound to one listing (same query),
// valid for 15 minutes, an empty string on the last page (ZOOM_API_FACTS §3.1).
class SandboxPager final
{
public:
    static constexpr int kTokenLifetimeSeconds = 15 * 60;

    explicit SandboxPager(QRandomGenerator64 *random);

    struct Page
    {
        int offset = 0;
        int pageSize = 30;
    };

    // Reads page_size (default 30, 1..maxPageSize) and next_page_token of a request for the
    // listing `listing`; an invalid size or an unknown or expired token is Zoom's error 300.
    std::variant<Page, SandboxResponse> page(const SandboxRequest &request, const QString &listing, int maxPageSize,
                                             const QDateTime &nowUtc);
    // The wrapper fields of a page of `total` items; issues the next token when more follow.
    nlohmann::ordered_json wrapper(const QString &listing, const Page &page, int total, const QDateTime &nowUtc);

private:
    struct Cursor
    {
        QString listing;
        int offset = 0;
        QDateTime expiresAtUtc;
    };

    QRandomGenerator64 *m_random;
    QHash<QString, Cursor> m_cursors;
};

} // namespace Roomdesk
