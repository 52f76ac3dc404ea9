// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpager.h"

namespace Roomdesk {

SandboxPager::SandboxPager(QRandomGenerator64 *random)
    : m_random(random)
{}

std::variant<SandboxPager::Page, SandboxResponse>
SandboxPager::page(const SandboxRequest &request, const QString &listing, int maxPageSize, const QDateTime &nowUtc)
{
    Page page;
    if (request.hasQuery(QStringLiteral("page_size"))) {
        bool ok = false;
        const int size = request.queryValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || size < 1)
            return SandboxResponse::zoomError(400, 300, QStringLiteral("Invalid field: page_size."));
        // Zoom quietly caps page_size at the maximum.
        page.pageSize = std::min(size, maxPageSize);
    }
    const QString token = request.queryValue(QStringLiteral("next_page_token"));
    if (!token.isEmpty()) {
        const auto cursor = m_cursors.constFind(token);
        if (cursor == m_cursors.cend() || cursor->listing != listing || cursor->expiresAtUtc <= nowUtc)
            return SandboxResponse::zoomError(400, 300, QStringLiteral("The next page token is invalid or expired."));
        page.offset = cursor->offset;
    }
    return page;
}

nlohmann::ordered_json SandboxPager::wrapper(const QString &listing, const Page &page, int total,
                                             const QDateTime &nowUtc)
{
    QString next;
    const int nextOffset = page.offset + page.pageSize;
    if (nextOffset < total) {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 32; ++i)
            next += QLatin1Char(alphabet[m_random->bounded(62)]);
        m_cursors.insert(next, {listing, nextOffset, nowUtc.addSecs(kTokenLifetimeSeconds)});
    }
    return {{"next_page_token", next.toStdString()},
            {"page_count", (total + page.pageSize - 1) / page.pageSize},
            {"page_size", page.pageSize},
            {"total_records", total}};
}

} // namespace Roomdesk
