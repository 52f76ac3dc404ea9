// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomrequestdialog.h"

#include "backend/roompoolservice.h"
#include "events/eventtexts.h"
#include "widgets/statuslabel.h"
#include "widgets/timezonecombobox.h"

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
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {

// The fields checked as they are typed, in the order they are shown.
constexpr RequestForm::Field kChecked[] = {RequestForm::Field::Title, RequestForm::Field::Start,
                                           RequestForm::Field::TimeZone, RequestForm::Field::Duration,
                                           RequestForm::Field::Organizer};

} // namespace

RoomRequestDialog::RoomRequestDialog(RoomPoolService &pool, const QDateTime &localStart, const QString &zone,
                                     QWidget *parent)
    : FormDialog(parent)
    , m_pool(pool)
{
    createFields();
    layOut();
    // Only the title starts out wrong (empty); it is not pointed out before it was typed in.
    for (Field field : kChecked) {
        if (field != Field::Title)
            m_touched.insert(int(field));
    }
    m_date->setDate(localStart.date());
    m_time->setTime(localStart.time());
    m_zone->setCurrentText(zone);
    m_hours->setValue(1);
    m_waitingRoom->setChecked(true);
    retranslate();
}

void RoomRequestDialog::createFields()
{
    setObjectName(QStringLiteral("roomRequestDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("requestType"));
    m_type->addItem(QString(), false);
    m_type->addItem(QString(), true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("requestDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("requestTime"));
    // Minutes are what a session starts on; some locales' short format has seconds too.
    m_time->setDisplayFormat(
        QLocale().timeFormat(QLocale::ShortFormat).remove(QRegularExpression(QStringLiteral("[:.]ss"))));
    m_zone = new TimeZoneComboBox(this);
    m_zone->setObjectName(QStringLiteral("requestTimeZone"));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("requestDurationHours"));
    m_hours->setRange(0, 23);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("requestDurationMinutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSingleStep(5);
    m_hoursUnit = new QLabel(this);
    m_minutesUnit = new QLabel(this);
    m_waitingRoom = new QRadioButton(this);
    m_waitingRoom->setObjectName(QStringLiteral("requestWaitingRoom"));
    m_autoAdmit = new QRadioButton(this);
    m_autoAdmit->setObjectName(QStringLiteral("requestAutoAdmit"));
    m_organizer = new QLineEdit(this);
    m_organizer->setObjectName(QStringLiteral("requestOrganizer"));
    m_status = StatusLabel::create(this, QStringLiteral("requestStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("requestProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_request = m_buttons->button(QDialogButtonBox::Ok);
    m_request->setObjectName(QStringLiteral("requestSubmit"));

    connect(m_title, &QLineEdit::textEdited, this, [this] { touch(Field::Title); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { touch(Field::Start); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { touch(Field::Start); });
    connect(m_zone, &QComboBox::currentTextChanged, this, [this] { touch(Field::TimeZone); });
    connect(m_hours, &QSpinBox::valueChanged, this, [this] { touch(Field::Duration); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { touch(Field::Duration); });
    connect(m_organizer, &QLineEdit::textEdited, this, [this] { touch(Field::Organizer); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoomRequestDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoomRequestDialog::reject);
}

QWidget *RoomRequestDialog::withMessage(QWidget *field, Field which, const char *name)
{
    auto *box = new QWidget(this);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *message = StatusLabel::create(box, QStringLiteral("message-") + QLatin1String(name));
    column->addWidget(message);
    m_messages.insert(int(which), message);
    return box;
}

void RoomRequestDialog::layOut()
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
    const auto addRow = [this](QWidget *buddy, QWidget *field) {
        auto *name = new QLabel(this);
        name->setBuddy(buddy);
        m_rowLabels.insert(buddy, name);
        m_form->addRow(name, field);
    };
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(m_title, withMessage(m_title, Field::Title, "title"));
    addRow(m_type, row({m_type}));
    addRow(m_date, withMessage(row({m_date, m_time}), Field::Start, "start"));
    addRow(m_zone, withMessage(m_zone, Field::TimeZone, "tz"));
    addRow(m_hours, withMessage(row({m_hours, m_hoursUnit, m_minutes, m_minutesUnit}), Field::Duration, "duration"));
    auto *admission = new QWidget(this);
    admission->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *admissionColumn = new QVBoxLayout(admission);
    admissionColumn->setContentsMargins(0, 0, 0, 0);
    admissionColumn->addWidget(m_waitingRoom);
    admissionColumn->addWidget(m_autoAdmit);
    addRow(m_waitingRoom, admission);
    addRow(m_organizer, withMessage(m_organizer, Field::Organizer, "organizer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
}

void RoomRequestDialog::fitHeight()
{
    // A message that wraps onto more lines needs more height than the dialog was given
    // (a window does not follow its layout's height for width by itself).
    QLayout *column = layout();
    column->activate();
    const int needed =
        column->hasHeightForWidth() ? column->totalHeightForWidth(width()) : column->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

RequestForm RoomRequestDialog::form() const
{
    RequestForm form;
    form.title = m_title->text().trimmed();
    // The wall-clock time as typed, read in the chosen zone: this computer's own daylight
    // saving never shifts it.
    form.localStart =
        QDateTime(m_date->date(), m_time->time(), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    form.timeZone = m_zone->zone();
    form.durationMinutes = m_hours->value() * 60 + m_minutes->value();
    form.webinar = m_type->currentData().toBool();
    form.waitingRoom = m_waitingRoom->isChecked();
    form.organizer = m_organizer->text().trimmed();
    return form;
}

void RoomRequestDialog::touch(Field field)
{
    m_touched.insert(int(field));
    validate();
}

void RoomRequestDialog::validate()
{
    const RequestForm current = form();
    QString firstProblem;
    for (Field field : kChecked) {
        const std::optional<Error> problem = current.check(field);
        if (problem && firstProblem.isEmpty())
            firstProblem = problem->message;
        StatusLabel::show(m_messages.value(int(field)), StatusLabel::Error,
                          problem && m_touched.contains(int(field)) ? problem->message : QString());
    }
    m_request->setEnabled(firstProblem.isEmpty() && !m_busy);
    // Why Request is off, also for a problem not pointed out yet (an untyped title).
    m_request->setToolTip(firstProblem);
    fitHeight();
}

void RoomRequestDialog::retranslate()
{
    setWindowTitle(tr("Request a room"));
    m_intro->setText(tr("A room is booked for the session and its buffers, without a Zoom meeting. When no room "
                        "is free, the request waits for one with the reason."));
    const auto label = [this](QWidget *field, const QString &text) { m_rowLabels.value(field)->setText(text); };
    label(m_title, tr("&Title:"));
    label(m_type, tr("T&ype:"));
    label(m_date, tr("&Start:"));
    label(m_zone, tr("Time &zone:"));
    label(m_hours, tr("&Duration:"));
    label(m_waitingRoom, tr("Admission:"));
    label(m_organizer, tr("&Organizer:"));
    m_title->setPlaceholderText(tr("What the session is called"));
    m_type->setItemText(0, EventTexts::kind(false));
    m_type->setItemText(1, EventTexts::kind(true));
    m_type->setToolTip(tr("A webinar needs a room with a webinar licence"));
    m_zone->setToolTip(tr("The IANA time zone the start time is in, e.g. Europe/Madrid; type to search"));
    m_hoursUnit->setText(tr("h", "hours of a duration"));
    m_minutesUnit->setText(tr("min", "minutes of a duration"));
    m_waitingRoom->setText(tr("&Waiting room: the host admits participants"));
    m_autoAdmit->setText(tr("&Automatic admission: participants join at once"));
    m_organizer->setPlaceholderText(tr("Who asked for the room (optional)"));
    m_request->setText(tr("Request the room"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

void RoomRequestDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_title, m_type, m_date, m_time, m_zone, m_hours, m_minutes,
                                                            m_waitingRoom, m_autoAdmit, m_organizer})
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    validate();
}

void RoomRequestDialog::submit()
{
    const RequestForm current = form();
    if (m_busy || !current.problems().isEmpty())
        return;
    setBusy(true);
    StatusLabel::show(m_status, StatusLabel::Busy, tr("Looking for a free room…"));
    fitHeight();
    m_pool.requestRoom(current, this, [this](const Result<RoomRequest> &result) {
        setBusy(false);
        if (!result) {
            // Everything typed stays; the administrator corrects it or cancels.
            StatusLabel::show(m_status, StatusLabel::Error, tr("Not requested: %1").arg(result.error().message));
            fitHeight();
            return;
        }
        StatusLabel::show(m_status, StatusLabel::Good, QString());
        m_made = result.value();
        emit requested(result.value());
        accept();
    });
}

} // namespace Roomdesk
