#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Roomdesk {

// The questions a page asks the administrator (a name, a confirmation), behind one small
// interface: the window asks with dialogs, a test answers in advance.
class Prompts
{
public:
    virtual ~Prompts() = default;

    // A line of text, or nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &text) = 0;
    // True when the administrator confirms.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &detail) = 0;

    // QInputDialog and QMessageBox.
    static Prompts &dialogs();
};

} // namespace Roomdesk
