// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace Roomdesk {

// A settings key with its type and default, so callers never repeat string literals
// or convert QVariants by hand. Secrets never go through settings.
template<typename T>
struct SettingKey final
{
    const char *name;
    T defaultValue;
};

namespace SettingKeys {
inline const SettingKey<QString> language {"general/language", QString()};
inline const SettingKey<bool> verboseLogging {"diagnostics/verboseLogging", false};
} // namespace SettingKeys

class Settings final
{
public:
    // The user's settings in the platform's usual place.
    Settings();
    // Settings in an INI file of its own (tests, demo profiles).
    explicit Settings(const QString &iniPath);
    Q_DISABLE_COPY_MOVE(Settings)

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        QVariant stored = m_settings->value(QLatin1String(key.name));
        // A hand-edited value that does not convert ("abc" for a number) gives the default.
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return stored.value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template<typename T>
    void remove(const SettingKey<T> &key)
    {
        m_settings->remove(QLatin1String(key.name));
    }

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Roomdesk
