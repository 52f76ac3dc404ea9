#pragma once

#include "settings/settings.h"

#include <QByteArray>
#include <QString>

namespace Roomdesk::UiSettingKeys {
inline const SettingKey<QByteArray> windowGeometry {"mainWindow/geometry", QByteArray()};
inline const SettingKey<QString> lastPage {"mainWindow/page", QStringLiteral("dashboard")};
} // namespace Roomdesk::UiSettingKeys
