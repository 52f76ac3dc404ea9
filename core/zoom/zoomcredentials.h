// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoomerror.h"

#include <QString>
#include <QUrl>

namespace Roomdesk {

// What identifies a Server-to-Server OAuth app. The secret lives here only in memory.
struct ZoomCredentials final
{
    QUrl baseUrl = QUrl(QStringLiteral("https://zoom.us")); // zoom.us, zoomgov.com or a sandbox origin
    QString accountId;
    QString clientId;
    QString clientSecret;

    QUrl tokenUrl() const;
    // https, or http only to this computer (a sandbox).
    static Result<void, ZoomError> checkUrl(const QUrl &url);
};

} // namespace Roomdesk
