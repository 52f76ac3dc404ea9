// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace Roomdesk {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

} // namespace Roomdesk
