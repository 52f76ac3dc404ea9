// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace Roomdesk::Test {

// With ROOMDESK_TEST_GRABS=FOLDER, saves what a widget looks like at that point of a test as
// FOLDER/NAME.png, to look at states a screenshot of the running application does not reach.
inline void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ROOMDESK_TEST_GRABS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layouts the last change asked for
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Roomdesk::Test
