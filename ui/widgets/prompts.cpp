// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Roomdesk {

namespace {

class DialogPrompts final : public Prompts
{
public:
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &text) override
    {
        bool ok = false;
        const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    }

    bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &detail) override
    {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setInformativeText(detail);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    }

    std::optional<QString> openFile(QWidget *parent, const QString &title, const QString &folder,
                                    const QString &filter) override
    {
        const QString path = QFileDialog::getOpenFileName(parent, title, folder, filter);
        return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
    }
};

} // namespace

Prompts &Prompts::dialogs()
{
    static DialogPrompts prompts;
    return prompts;
}

} // namespace Roomdesk
