// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Roomdesk {

// The fields an administrator copies from the Zoom App Marketplace, checked as they are
// pasted: whitespace, invisible characters and quotes picked up with the copy are removed,
// then the shape is checked so a value from the wrong field is caught before Zoom is asked.
class CredentialFields final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::CredentialFields)

public:
    enum class Field { AccountId, ClientId, ClientSecret, WebhookSecretToken };

    static QString normalized(const QString &pasted);
    // nullopt: the (normalized) value looks right. Otherwise a translated explanation.
    static std::optional<QString> problem(Field field, const QString &value);
    // The same field pasted twice ("Account ID and Client ID are identical").
    static std::optional<QString> crossProblem(const QString &accountId, const QString &clientId);
    static QString displayName(Field field);

    // "zoom.us", "https://zoom.us/", "zoomgov.com", "http://127.0.0.1:8080" → an origin URL.
    static Result<QUrl> parseBaseUrl(const QString &text);
};

} // namespace Roomdesk
