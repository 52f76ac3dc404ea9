// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "roomdesk.core.i18n", QtInfoMsg)
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ru")};
}

bool LanguageManager::isSupported(const QString &code)
{
    return supportedLanguages().contains(code);
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &tag : uiLanguages) {
        QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!isSupported(code))
        return false;
    if (code == m_language && m_appTranslator)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/roomdesk_%1.qm").arg(code)))
        qCWarning(lcI18n) << "Roomdesk translation for" << code << "is missing from the resources";

    auto qtTranslator = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (code != QLatin1String("en") && !qtTranslator->load(QStringLiteral("qtbase_%1").arg(code), qtDir))
        qCInfo(lcI18n) << "Qt's own translation for" << code << "was not found in" << qtDir;

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (!m_qtTranslator->isEmpty())
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (!m_appTranslator->isEmpty())
        QCoreApplication::installTranslator(m_appTranslator.get());

    m_language = code;
    QLocale::setDefault(QLocale(code));
    qCDebug(lcI18n) << "Language switched to" << code;
    emit languageChanged(code);
    return true;
}

} // namespace Roomdesk
