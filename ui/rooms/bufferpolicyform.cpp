// SPDX-License-Identifier: GPL-3.0-or-later
#include "bufferpolicyform.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Roomdesk {

namespace {
int BufferPolicy::*const kMembers[] = {&BufferPolicy::prepMinutes,       &BufferPolicy::courtesyMinutes,
                                       &BufferPolicy::postMinutes,       &BufferPolicy::leadMinutes,
                                       &BufferPolicy::endWarningMinutes, &BufferPolicy::reportDeadlineMinutes};
}

BufferPolicyForm::BufferPolicyForm(QWidget *parent)
    : QWidget(parent)
{
    // Buffers on the left, lifecycle timings on the right.
    auto *form = new QGridLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    const QStringList labels = {tr("Preparation before the start:"),   tr("Courtesy after the end:"),
                                tr("Post-processing after courtesy:"), tr("Credentials sent before the start:"),
                                tr("End warning before the end:"),     tr("Report deadline after the end:")};
    const QStringList tips = {
        tr("The host prepares the room; nobody else can book it then."),
        tr("The session may run over by this much."),
        tr("Recordings and reports are processed before the next booking."),
        tr("When the organizer receives the room's start link."),
        tr("The host is warned this long before the scheduled end."),
        tr("The attendance report is expected within this time after the end."),
    };
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("policy%1").arg(i));
        spin->setRange(0, BufferPolicy::kMaxMinutes);
        spin->setSuffix(tr(" min"));
        spin->setToolTip(tips.at(i));
        spin->setValue(m_stored.*kMembers[i]);
        auto *label = new QLabel(labels.at(i), this);
        label->setBuddy(spin);
        const int row = int(i % 3);
        const int column = int(i / 3) * 3;
        form->addWidget(label, row, column);
        form->addWidget(spin, row, column + 1);
        m_spins.append(spin);
        connect(spin, &QSpinBox::valueChanged, this, &BufferPolicyForm::updateButtons);
    }
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply to all bookings"), this);
    m_apply->setToolTip(tr("Current bookings take the new buffers; new overlaps are reported, never moved silently, "
                           "and waiting requests are retried."));
    m_revert = new QPushButton(tr("Revert"), this);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->setColumnMinimumWidth(2, 24);
    form->setColumnStretch(5, 1);
    form->addLayout(buttons, 3, 0, 1, 6);
    connect(m_apply, &QPushButton::clicked, this, [this] { emit applyRequested(policy()); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const BufferPolicy stored = m_stored;
        m_stored = BufferPolicy {-1, -1, -1, -1, -1, -1}; // forces every field back
        setPolicy(stored);
    });
    updateButtons();
}

void BufferPolicyForm::setPolicy(const BufferPolicy &policy)
{
    const BufferPolicy before = m_stored;
    m_stored = policy;
    for (qsizetype i = 0; i < m_spins.size(); ++i) {
        QSpinBox *spin = m_spins.at(i);
        // A field the administrator is changing keeps the typed value.
        if (spin->value() == before.*kMembers[i] || before.*kMembers[i] < 0)
            spin->setValue(policy.*kMembers[i]);
    }
    updateButtons();
}

BufferPolicy BufferPolicyForm::policy() const
{
    BufferPolicy policy;
    for (qsizetype i = 0; i < m_spins.size(); ++i)
        policy.*kMembers[i] = m_spins.at(i)->value();
    return policy;
}

bool BufferPolicyForm::isModified() const
{
    for (qsizetype i = 0; i < m_spins.size(); ++i) {
        if (m_spins.at(i)->value() != m_stored.*kMembers[i])
            return true;
    }
    return false;
}

void BufferPolicyForm::updateButtons()
{
    m_apply->setEnabled(isModified());
    m_revert->setEnabled(isModified());
}

} // namespace Roomdesk
