// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabel.h"

#include <QLabel>

namespace Roomdesk::StatusLabel {

QLabel *create(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

void show(QLabel *label, Kind kind, const QString &text)
{
    static const char *const names[] = {"info", "busy", "good", "warning", "error"};
    // Colours readable on light and dark palettes alike; the text itself says the state too.
    static const char *const colours[] = {"palette(text)", "palette(mid)", "#2e8540", "#a86400", "#c0392b"};
    label->setProperty("status", QLatin1String(names[kind]));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours[kind])));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Roomdesk::StatusLabel
