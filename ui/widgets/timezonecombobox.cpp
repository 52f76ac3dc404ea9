// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonecombobox.h"

#include <QCompleter>
#include <QTimeZone>

namespace Roomdesk {

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromUtf8(id);
        if (!zone.startsWith(QLatin1String("UTC+")) && !zone.startsWith(QLatin1String("UTC-")))
            ids.append(zone);
    }
    addItems(ids);
    auto *completer = new QCompleter(ids, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

QString TimeZoneComboBox::systemZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QString::fromUtf8(id) : QStringLiteral("UTC");
}

} // namespace Roomdesk
