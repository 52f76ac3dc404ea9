// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLabel;

namespace Roomdesk {

// A dialog whose checked form is sent off the UI thread. While it is busy it cannot be closed:
// what is on its way goes on, and the dialog stays to say how it went. It follows language
// changes, and keeps the message shown next to each field and its status line.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    QString statusText() const;

public slots:
    void reject() override;

protected:
    explicit FormDialog(QWidget *parent = nullptr);

    virtual void retranslate() {}
    // The message shown next to a field (empty: none shown), by the subclass's field number.
    QString messageOf(int field) const;

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

    bool m_busy = false;
    QHash<int, QLabel *> m_messages; // by field
    QLabel *m_status = nullptr;
};

} // namespace Roomdesk
