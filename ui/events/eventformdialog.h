// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/eventsync.h"
#include "events/eventvalidation.h"
#include "groups/participantgroup.h"
#include "rooms/room.h"
#include "widgets/formdialog.h"

#include <QHash>
#include <QSet>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace Roomdesk {

class EventService;
class TimeZoneComboBox;

// The event form (DESIGN §4): every field checked as the administrator types it, with the
// reason next to the field and Save disabled while one is wrong. Saving goes through
// EventService while the dialog shows progress and stays open; a refusal (a Basic host, no
// webinar room) is shown in the dialog with everything typed kept. Editing keeps the type
// (Zoom cannot convert) and the room (moved in the calendar).
class EventFormDialog final : public FormDialog
{
    Q_OBJECT

public:
    using Field = EventValidation::Field;

    // A new event.
    EventFormDialog(EventService &service, QList<Room> rooms, QList<ParticipantGroup> groups,
                    QWidget *parent = nullptr);
    // Editing `event`.
    EventFormDialog(EventService &service, const Event &event, QList<Room> rooms, QList<ParticipantGroup> groups,
                    QWidget *parent = nullptr);

    EventForm form() const;
    bool isEditing() const { return m_editing.has_value(); }
    // The message shown next to a field (empty: none shown).
    QString fieldMessage(Field field) const { return messageOf(int(field)); }
    QPushButton *saveButton() const { return m_save; }
    const std::optional<EventSync::Outcome> &outcome() const { return m_outcome; }

public slots:
    void save();

signals:
    void saved(qint64 eventId, const QStringList &warnings);

private:
    void createFields();
    void layOut();
    void fillRooms();
    void fillGroups();
    void showForm(const EventForm &form);
    void retranslate() override;
    void validate();
    void setBusy(bool busy);
    void touch(Field field);
    QWidget *withMessage(QWidget *field, Field which);

    EventService &m_service;
    std::optional<Event> m_editing;
    QList<Room> m_rooms;
    QList<ParticipantGroup> m_groups;
    QSet<int> m_touched; // fields whose problem is shown: all but a new form's untyped topic
    std::optional<EventSync::Outcome> m_outcome;

    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    TimeZoneComboBox *m_zone = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_hoursUnit = nullptr;
    QLabel *m_minutesUnit = nullptr;
    QLineEdit *m_conference = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_capacity = nullptr;
    QLineEdit *m_trainer = nullptr;
    QRadioButton *m_waitingRoom = nullptr;
    QRadioButton *m_autoAdmit = nullptr;
    QComboBox *m_group = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_counter = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels; // by the field they name
    QFormLayout *m_eventForm = nullptr;
    QFormLayout *m_roomForm = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Roomdesk
