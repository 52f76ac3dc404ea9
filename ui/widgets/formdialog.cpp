// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdialog.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>

namespace Roomdesk {

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{}

QString FormDialog::statusText() const
{
    return m_status ? m_status->text() : QString();
}

QString FormDialog::messageOf(int field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->text() : QString();
}

void FormDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void FormDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Roomdesk
