// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settings.h"

#include <QByteArray>
#include <QString>

namespace Roomdesk::UiSettingKeys {
inline const SettingKey<QByteArray> windowGeometry {"mainWindow/geometry", QByteArray()};
inline const SettingKey<QString> lastPage {"mainWindow/page", QStringLiteral("dashboard")};
// The room calendar's scale: "day" or "week".
inline const SettingKey<QString> calendarScale {"calendar/scale", QStringLiteral("week")};
// Where the webhook receiver listens (the secret is in the keychain, never here).
inline const SettingKey<QString> webhookAddress {"webhooks/address", QStringLiteral("127.0.0.1")};
inline const SettingKey<int> webhookPort {"webhooks/port", 8787};
inline const SettingKey<QString> webhookPath {"webhooks/path", QStringLiteral("/zoom/webhook")};
inline const SettingKey<QString> webhookPublicUrl {"webhooks/publicUrl", QString()};
inline const SettingKey<bool> webhookListen {"webhooks/listen", false};
} // namespace Roomdesk::UiSettingKeys
