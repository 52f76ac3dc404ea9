// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/bufferpolicy.h"

#include <QWidget>

class QPushButton;
class QSpinBox;

namespace Roomdesk {

// The buffer policy's six values in minutes, with Apply and Revert.
class BufferPolicyForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BufferPolicyForm(QWidget *parent = nullptr);

    void setPolicy(const BufferPolicy &policy); // what is stored; leaves edits alone
    BufferPolicy policy() const; // what the form shows
    bool isModified() const;
    QSpinBox *spinBox(int which) const { return m_spins.value(which); }
    QPushButton *applyButton() const { return m_apply; }

signals:
    void applyRequested(const Roomdesk::BufferPolicy &policy);

private:
    void updateButtons();

    BufferPolicy m_stored;
    QList<QSpinBox *> m_spins; // prep, courtesy, post, lead, end warning, report deadline
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Roomdesk
