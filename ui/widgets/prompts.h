// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Roomdesk {

// The questions a page asks the administrator (a name, a confirmation, a file to open), behind
// one small interface: the window asks with dialogs, a test answers in advance.
class Prompts
{
public:
    virtual ~Prompts() = default;

    // A line of text, or nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &text) = 0;
    // True when the administrator confirms.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &detail) = 0;
    // An existing file's path, or nullopt when cancelled. `filter` as QFileDialog takes it.
    virtual std::optional<QString> openFile(QWidget *parent, const QString &title, const QString &folder,
                                            const QString &filter) = 0;

    // QInputDialog, QMessageBox and QFileDialog.
    static Prompts &dialogs();
};

} // namespace Roomdesk
