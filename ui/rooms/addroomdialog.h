// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/room.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Roomdesk {

// Adds a room by its Zoom host's e-mail, checked as the administrator types.
class AddRoomDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddRoomDialog(QWidget *parent = nullptr);

    Room room() const;
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void validate();

    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_automatic = nullptr;
    QCheckBox *m_webinar = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Roomdesk
