// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Roomdesk {

// Installs Roomdesk's translations (embedded under :/i18n) and Qt's own qtbase
// translations for one of the supported languages, and switches them at run time.
// Installing translators sends QEvent::LanguageChange to every widget.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;
    Q_DISABLE_COPY_MOVE(LanguageManager)

    // "en", "es", "ru".
    static QStringList supportedLanguages();
    static bool isSupported(const QString &code);
    // The name of a language in that language ("Español"), as menus show it.
    static QString nativeName(const QString &code);
    // The first supported language of the system's UI languages, else English.
    static QString systemLanguage();

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for an unsupported code.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Roomdesk
