// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventformdialog.h"

#include "backend/eventservice.h"
#include "events/eventtexts.h"
#include "widgets/statuslabel.h"
#include "widgets/timezonecombobox.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {

// The fields checked as they are typed, in the order they are shown.
constexpr EventValidation::Field kChecked[] = {
    EventValidation::Field::Title,    EventValidation::Field::ConferenceName, EventValidation::Field::Start,
    EventValidation::Field::TimeZone, EventValidation::Field::Duration,       EventValidation::Field::Location,
    EventValidation::Field::Capacity, EventValidation::Field::Trainer,        EventValidation::Field::Description,
};

QString objectNameFor(const char *name)
{
    return QLatin1String(name);
}

} // namespace

EventFormDialog::EventFormDialog(EventService &service, QList<Room> rooms, QList<ParticipantGroup> groups,
                                 QWidget *parent)
    : FormDialog(parent)
    , m_service(service)
    , m_rooms(std::move(rooms))
    , m_groups(std::move(groups))
{
    createFields();
    layOut();
    // Only the topic starts out wrong (empty); it is not pointed out before it was typed in.
    for (Field field : kChecked) {
        if (field != Field::Title)
            m_touched.insert(int(field));
    }
    EventForm fresh;
    // The next full hour on this computer's clock, in its zone: what one usually means.
    const QDateTime now = QDateTime::currentDateTime();
    fresh.localStart = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
    fresh.timeZone = TimeZoneComboBox::systemZone();
    fresh.location = tr("online", "the default location of an event");
    showForm(fresh);
    retranslate();
}

EventFormDialog::EventFormDialog(EventService &service, const Event &event, QList<Room> rooms,
                                 QList<ParticipantGroup> groups, QWidget *parent)
    : FormDialog(parent)
    , m_service(service)
    , m_editing(event)
    , m_rooms(std::move(rooms))
    , m_groups(std::move(groups))
{
    createFields();
    layOut();
    for (Field field : kChecked)
        m_touched.insert(int(field)); // what is stored is checked from the start
    showForm(event.form);
    // Zoom keeps meetings and webinars apart, and the room was allocated: both stay.
    m_type->setEnabled(false);
    m_room->setEnabled(false);
    retranslate();
}

void EventFormDialog::createFields()
{
    setObjectName(QStringLiteral("eventFormDialog"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(objectNameFor("eventTitle"));
    m_type = new QComboBox(this);
    m_type->setObjectName(objectNameFor("eventType"));
    m_type->addItem(QString(), false);
    m_type->addItem(QString(), true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(objectNameFor("eventDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(objectNameFor("eventTime"));
    // Minutes are what a session starts on; some locales' short format has seconds too.
    m_time->setDisplayFormat(
        QLocale().timeFormat(QLocale::ShortFormat).remove(QRegularExpression(QStringLiteral("[:.]ss"))));
    m_zone = new TimeZoneComboBox(this);
    m_zone->setObjectName(objectNameFor("eventTimeZone"));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(objectNameFor("eventDurationHours"));
    m_hours->setRange(0, 23);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(objectNameFor("eventDurationMinutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(5);
    m_hoursUnit = new QLabel(this);
    m_minutesUnit = new QLabel(this);
    m_conference = new QLineEdit(this);
    m_conference->setObjectName(objectNameFor("eventConferenceName"));
    m_room = new QComboBox(this);
    m_room->setObjectName(objectNameFor("eventRoom"));
    // Long room names and notes are elided rather than widening the dialog.
    m_room->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_room->setMinimumContentsLength(24);
    m_room->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_location = new QLineEdit(this);
    m_location->setObjectName(objectNameFor("eventLocation"));
    m_capacity = new QLineEdit(this);
    m_capacity->setObjectName(objectNameFor("eventCapacity"));
    // Digits only; the range is the form's rule, explained when it is broken.
    m_capacity->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,7}")), this));
    m_trainer = new QLineEdit(this);
    m_trainer->setObjectName(objectNameFor("eventTrainer"));
    m_waitingRoom = new QRadioButton(this);
    m_waitingRoom->setObjectName(objectNameFor("eventWaitingRoom"));
    m_autoAdmit = new QRadioButton(this);
    m_autoAdmit->setObjectName(objectNameFor("eventAutoAdmit"));
    m_group = new QComboBox(this);
    m_group->setObjectName(objectNameFor("eventGroup"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(24);
    m_group->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(objectNameFor("eventDescription"));
    m_description->setTabChangesFocus(true);
    m_counter = new QLabel(this);
    m_counter->setObjectName(objectNameFor("eventDescriptionCount"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = StatusLabel::create(this, QStringLiteral("eventFormStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(objectNameFor("eventFormProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(objectNameFor("eventSave"));
    fillRooms();
    fillGroups();

    connect(m_title, &QLineEdit::textEdited, this, [this] { touch(Field::Title); });
    connect(m_conference, &QLineEdit::textEdited, this, [this] { touch(Field::ConferenceName); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { touch(Field::Start); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { touch(Field::Start); });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] { touch(Field::TimeZone); });
    connect(m_hours, &QSpinBox::valueChanged, this, [this] { touch(Field::Duration); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { touch(Field::Duration); });
    connect(m_location, &QLineEdit::textEdited, this, [this] { touch(Field::Location); });
    connect(m_capacity, &QLineEdit::textEdited, this, [this] { touch(Field::Capacity); });
    connect(m_trainer, &QLineEdit::textEdited, this, [this] { touch(Field::Trainer); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { touch(Field::Description); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillRooms();
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventFormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventFormDialog::reject);
}

QWidget *EventFormDialog::withMessage(QWidget *field, Field which)
{
    auto *box = new QWidget(this);
    // As tall as the field and its message: the description takes what is left.
    box->setSizePolicy(QSizePolicy::Preferred, field == m_description ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *message = StatusLabel::create(box, QStringLiteral("message-") + EventValidation::fieldName(which));
    column->addWidget(message);
    m_messages.insert(int(which), message);
    return box;
}

void EventFormDialog::layOut()
{
    const auto row = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        auto *line = new QHBoxLayout(box);
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            line->addWidget(widget);
        line->addStretch(1);
        return box;
    };
    // Row labels are made here and named in retranslate(), keyed by the field they name.
    const auto addRow = [this](QFormLayout *form, QWidget *buddy, QWidget *field) {
        auto *name = new QLabel(this);
        name->setBuddy(buddy);
        m_rowLabels.insert(buddy, name);
        form->addRow(name, field);
    };
    m_eventForm = new QFormLayout;
    m_eventForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(m_eventForm, m_title, withMessage(m_title, Field::Title));
    addRow(m_eventForm, m_conference, withMessage(m_conference, Field::ConferenceName));
    addRow(m_eventForm, m_type, row({m_type}));
    addRow(m_eventForm, m_date, withMessage(row({m_date, m_time}), Field::Start));
    addRow(m_eventForm, m_zone, withMessage(m_zone, Field::TimeZone));
    addRow(m_eventForm, m_hours, withMessage(row({m_hours, m_hoursUnit, m_minutes, m_minutesUnit}), Field::Duration));
    auto *admission = new QWidget(this);
    admission->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *admissionColumn = new QVBoxLayout(admission);
    admissionColumn->setContentsMargins(0, 0, 0, 0);
    admissionColumn->addWidget(m_waitingRoom);
    admissionColumn->addWidget(m_autoAdmit);
    addRow(m_eventForm, m_waitingRoom, admission);

    m_roomForm = new QFormLayout;
    m_roomForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(m_roomForm, m_room, m_room);
    addRow(m_roomForm, m_location, withMessage(m_location, Field::Location));
    addRow(m_roomForm, m_capacity, withMessage(m_capacity, Field::Capacity));
    addRow(m_roomForm, m_trainer, withMessage(m_trainer, Field::Trainer));
    addRow(m_roomForm, m_group, m_group);

    // The fields keep their height; the description below takes what the dialog has left.
    auto *top = new QWidget(this);
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *columns = new QHBoxLayout(top);
    columns->setContentsMargins(0, 0, 0, 0);
    // Spacing between the columns only: the forms inherit a layout's spacing for their rows.
    columns->addLayout(m_eventForm, 1);
    columns->addSpacing(24);
    columns->addLayout(m_roomForm, 1);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setBuddy(m_description);
    auto *descriptionHeader = new QHBoxLayout;
    descriptionHeader->addWidget(m_descriptionLabel);
    descriptionHeader->addStretch(1);
    descriptionHeader->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addLayout(descriptionHeader);
    layout->addWidget(withMessage(m_description, Field::Description), 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(920, 560);
}

void EventFormDialog::fillRooms()
{
    const QString chosen = m_room->currentData().toString();
    m_room->clear();
    if (m_editing) {
        // Only the room it has; it is not changed here.
        const Event &event = *m_editing;
        m_room->addItem(event.roomId != 0 ? tr("%1 (%2)").arg(event.roomName, event.roomEmail)
                                          : (event.form.roomEmail.isEmpty() ? tr("Automatic — waiting for a room")
                                                                            : event.form.roomEmail),
                        event.form.roomEmail);
        return;
    }
    const bool webinar = m_type->currentData().toBool();
    m_room->addItem(tr("Automatic: the first free room"), QString());
    for (const Room &room : std::as_const(m_rooms)) {
        QStringList notes;
        if (!room.active)
            notes << tr("inactive");
        if (room.assignment == Room::Assignment::Manual)
            notes << tr("by hand only");
        if (webinar && !room.webinar)
            notes << tr("no webinar licence");
        QString text = tr("%1 (%2)").arg(room.name, room.email);
        if (!notes.isEmpty())
            text += QStringLiteral(" — ") + notes.join(QStringLiteral(", "));
        m_room->addItem(text, room.email);
    }
    m_room->setCurrentIndex(std::max(0, m_room->findData(chosen)));
}

void EventFormDialog::fillGroups()
{
    const QVariant chosen = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("No group"), QVariant());
    for (const ParticipantGroup &group : std::as_const(m_groups)) {
        QString text = tr("%1 · %2", "program · group").arg(group.programName, group.name);
        if (group.usesOwnLink())
            text += tr(" — own link on %1").arg(LinkValidator::displayName(group.platform));
        m_group->addItem(text, group.id);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
}

void EventFormDialog::showForm(const EventForm &form)
{
    m_title->setText(form.title);
    m_conference->setText(form.conferenceName);
    m_type->setCurrentIndex(form.webinar ? 1 : 0);
    m_date->setDate(form.localStart.date());
    m_time->setTime(form.localStart.time());
    m_zone->setCurrentText(form.timeZone);
    m_hours->setValue(form.durationMinutes / 60);
    m_minutes->setValue(form.durationMinutes % 60);
    m_location->setText(form.location);
    m_capacity->setText(form.capacity ? QString::number(*form.capacity) : QString());
    m_trainer->setText(form.trainer);
    (form.waitingRoom ? m_waitingRoom : m_autoAdmit)->setChecked(true);
    m_description->setPlainText(form.description);
    if (form.groupId)
        m_group->setCurrentIndex(std::max(0, m_group->findData(*form.groupId)));
    if (!m_editing)
        m_room->setCurrentIndex(std::max(0, m_room->findData(form.roomEmail)));
}

EventForm EventFormDialog::form() const
{
    EventForm form;
    form.title = m_title->text();
    form.conferenceName = m_conference->text();
    form.webinar = m_type->currentData().toBool();
    // A wall-clock time for the chosen zone; UTC here so that this computer's own daylight
    // saving never shifts what was typed.
    form.localStart = QDateTime(m_date->date(), m_time->time(), QTimeZone::utc());
    form.timeZone = m_zone->currentText().trimmed();
    form.durationMinutes = m_hours->value() * 60 + m_minutes->value();
    form.roomEmail = m_editing ? m_editing->form.roomEmail : m_room->currentData().toString();
    form.location = m_location->text();
    if (!m_capacity->text().isEmpty())
        form.capacity = m_capacity->text().toInt();
    form.trainer = m_trainer->text();
    form.waitingRoom = m_waitingRoom->isChecked();
    form.description = m_description->toPlainText();
    if (m_group->currentData().isValid())
        form.groupId = m_group->currentData().toLongLong();
    return form;
}

void EventFormDialog::touch(Field field)
{
    m_touched.insert(int(field));
    validate();
}

void EventFormDialog::validate()
{
    const EventForm current = form();
    QString firstProblem;
    for (Field field : kChecked) {
        const std::optional<QString> problem = EventValidation::check(field, current);
        if (problem && firstProblem.isEmpty())
            firstProblem = *problem;
        StatusLabel::show(m_messages.value(int(field)), StatusLabel::Error,
                          problem && m_touched.contains(int(field)) ? *problem : QString());
    }
    const qsizetype length = current.description.size();
    m_counter->setText(tr("%1 / %2", "characters used / allowed").arg(length).arg(EventValidation::kMaxDescription));
    m_counter->setStyleSheet(length > EventValidation::kMaxDescription ? QStringLiteral("color: #c0392b;") : QString());
    m_save->setEnabled(firstProblem.isEmpty() && !m_busy);
    // Why Save is off, also for a problem not pointed out yet (an untyped topic).
    m_save->setToolTip(firstProblem);
}

void EventFormDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit event: %1").arg(m_editing->form.title) : tr("New event"));
    const auto label = [this](QWidget *field, const QString &text) { m_rowLabels.value(field)->setText(text); };
    label(m_title, tr("Event &topic:"));
    label(m_conference, tr("Co&nference name:"));
    label(m_type, tr("T&ype:"));
    label(m_date, tr("&Start:"));
    label(m_zone, tr("Time &zone:"));
    label(m_hours, tr("&Duration:"));
    label(m_waitingRoom, tr("Admission:"));
    label(m_room, tr("&Room:"));
    label(m_location, tr("&Location:"));
    label(m_capacity, tr("&Capacity:"));
    label(m_trainer, tr("Tra&iner:"));
    label(m_group, tr("&Group:"));
    m_descriptionLabel->setText(tr("D&escription (sent to Zoom as the agenda):"));

    m_title->setPlaceholderText(tr("What participants see in their calendar"));
    m_conference->setPlaceholderText(tr("Same as the event topic"));
    m_conference->setToolTip(tr("The meeting's or webinar's topic in Zoom, at most 200 characters"));
    m_type->setItemText(0, EventTexts::kind(false));
    m_type->setItemText(1, EventTexts::kind(true));
    m_type->setToolTip(m_editing ? EventValidation::conversionRefused(!m_editing->form.webinar).message
                                 : tr("A webinar needs a room with a webinar licence"));
    m_zone->setToolTip(tr("The IANA time zone the start time is in, e.g. Europe/Madrid; type to search"));
    m_hoursUnit->setText(tr("h", "hours of a duration"));
    m_minutesUnit->setText(tr("min", "minutes of a duration"));
    m_room->setToolTip(m_editing ? tr("An event keeps its room when edited. To move it, use the room calendar, or "
                                      "cancel the event and create it again.")
                                 : tr("Automatic picks the first free active, automatic room, buffers included"));
    m_location->setToolTip(tr("Where participants go: “online”, or a place for a hybrid session"));
    m_capacity->setPlaceholderText(tr("Unlimited"));
    m_trainer->setPlaceholderText(tr("Anyone's name"));
    m_waitingRoom->setText(tr("&Waiting room: the host admits participants"));
    m_autoAdmit->setText(tr("&Automatic admission: participants join at once"));
    fillGroups();
    m_save->setText(m_editing ? tr("Save changes") : tr("Save and create in Zoom"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillRooms();
    validate();
}

void EventFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_title, m_conference, m_date, m_time, m_zone, m_hours,
                                                            m_minutes, m_location, m_capacity, m_trainer, m_waitingRoom,
                                                            m_autoAdmit, m_group, m_description})
        field->setEnabled(!busy);
    m_type->setEnabled(!busy && !m_editing);
    m_room->setEnabled(!busy && !m_editing);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    validate();
}

void EventFormDialog::save()
{
    if (m_busy || !EventValidation::validate(form()))
        return;
    setBusy(true);
    StatusLabel::show(m_status, StatusLabel::Busy,
                      m_editing ? tr("Saving the changes and sending them to Zoom…")
                                : tr("Saving the event, finding a room and creating it in Zoom…"));
    const auto done = [this](const Result<EventSync::Outcome> &result) {
        setBusy(false);
        if (!result) {
            // Everything typed stays; the administrator corrects it or cancels.
            StatusLabel::show(m_status, StatusLabel::Error, tr("Not saved: %1").arg(result.error().message));
            return;
        }
        StatusLabel::show(m_status, StatusLabel::Good, QString());
        m_outcome = result.value();
        emit saved(result.value().event.id, result.value().warnings);
        accept();
    };
    if (m_editing)
        m_service.update(m_editing->id, form(), this, done);
    else
        m_service.create(form(), this, done);
}

} // namespace Roomdesk
