// SPDX-License-Identifier: GPL-3.0-or-later
#include "addroomdialog.h"

#include "rooms/roomrepository.h"
#include "widgets/statuslabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Roomdesk {

AddRoomDialog::AddRoomDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a room"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A room is a licensed Zoom user whose account organizers share. New rooms start "
                                "inactive unless you activate them here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("aula1@university.example"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Aula 1"));
    form->addRow(tr("Host e-mail:"), m_email);
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);
    m_active = new QCheckBox(tr("Active: takes requests now"), this);
    m_automatic = new QCheckBox(tr("Assigned automatically (otherwise only by an administrator)"), this);
    m_automatic->setChecked(true);
    m_webinar = new QCheckBox(tr("The host has a webinar licence"), this);
    layout->addWidget(m_active);
    layout->addWidget(m_automatic);
    layout->addWidget(m_webinar);
    m_problem = StatusLabel::create(this, QStringLiteral("problem"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add room"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        // The name follows the e-mail until the administrator types one.
        if (!m_name->isModified())
            m_name->setText(m_email->text().section(QLatin1Char('@'), 0, 0).trimmed());
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &AddRoomDialog::validate);
    validate();
}

Room AddRoomDialog::room() const
{
    Room room;
    room.email = RoomRepository::normalizedEmail(m_email->text());
    room.name = m_name->text().trimmed();
    room.active = m_active->isChecked();
    room.assignment = m_automatic->isChecked() ? Room::Assignment::Automatic : Room::Assignment::Manual;
    room.webinar = m_webinar->isChecked();
    return room;
}

void AddRoomDialog::validate()
{
    const bool empty = m_email->text().trimmed().isEmpty();
    const auto problem = empty ? std::nullopt : RoomRepository::problem(room());
    StatusLabel::show(m_problem, StatusLabel::Warning, problem.value_or(QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty && !problem);
}

} // namespace Roomdesk
