// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailspanel.h"

#include "eventtexts.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {

bool isLink(int field)
{
    return field == EventDetailsPanel::JoinLink || field == EventDetailsPanel::EffectiveLink;
}

struct Place
{
    int row;
    int column;
    int columns;
};

// Where each field sits: long values across the panel, short ones two to a row.
constexpr Place kPlaces[EventDetailsPanel::FieldCount] = {
    {0, 0, 2}, // conference name
    {3, 0, 1}, // type
    {1, 0, 2}, // start
    {2, 0, 2}, // start on this computer
    {3, 1, 1}, // duration
    {7, 0, 2}, // room
    {8, 0, 1}, // location
    {8, 1, 1}, // capacity
    {9, 0, 1}, // trainer
    {9, 1, 1}, // admission
    {10, 0, 2}, // group
    {16, 0, 2}, // description
    {4, 0, 1}, // status
    {4, 1, 1}, // Zoom
    {5, 0, 2}, // Zoom's answer
    {6, 0, 2}, // why it waits
    {11, 0, 2}, // join link
    {12, 0, 2}, // the link participants use
    {13, 0, 2}, // Zoom meeting ID
    {14, 0, 2}, // Zoom UUID
    {15, 0, 2}, // Zoom host
};

} // namespace

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("eventDetails"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 4, 12, 4);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("eventDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty = new QLabel(content);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_fields = new QWidget(content);
    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int field = 0; field < FieldCount; ++field) {
        auto *cell = new QWidget(m_fields);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        auto *name = new QLabel(cell);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(cell);
        value->setObjectName(QStringLiteral("eventDetail%1").arg(field));
        value->setWordWrap(true);
        if (isLink(field)) {
            value->setTextFormat(Qt::RichText);
            value->setOpenExternalLinks(true);
            value->setTextInteractionFlags(Qt::TextBrowserInteraction);
        } else {
            value->setTextFormat(Qt::PlainText);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        name->setBuddy(value);
        column->addWidget(name);
        column->addWidget(value);
        const Place place = kPlaces[field];
        grid->addWidget(cell, place.row, place.column, 1, place.columns);
        m_cells.append(cell);
        m_names.append(name);
        m_values.append(value);
    }
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setWidget(content);
    retranslate();
}

void EventDetailsPanel::setEvent(const Event *event, const QList<ParticipantGroup> &groups, const QDateTime &nowUtc)
{
    m_event = event ? std::optional<Event>(*event) : std::nullopt;
    m_groups = groups;
    m_now = nowUtc;
    retranslate();
}

QString EventDetailsPanel::value(int field) const
{
    return m_cells.at(field)->isVisibleTo(m_fields) ? m_values.at(field)->text() : QString();
}

void EventDetailsPanel::fill(const QStringList &values)
{
    for (int field = 0; field < FieldCount; ++field) {
        const QString &text = values.value(field);
        if (isLink(field))
            m_values.at(field)->setText(
                text.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%1</a>").arg(text.toHtmlEscaped()));
        else
            m_values.at(field)->setText(text);
        m_cells.at(field)->setVisible(!text.isEmpty());
    }
}

void EventDetailsPanel::retranslate()
{
    const QStringList names = {
        tr("Conference name in Zoom"),
        tr("Type"),
        tr("Start"),
        tr("On this computer"),
        tr("Duration"),
        tr("Room"),
        tr("Location"),
        tr("Capacity"),
        tr("Trainer"),
        tr("Admission"),
        tr("Group"),
        tr("Description"),
        tr("Status"),
        tr("Zoom"),
        tr("Zoom's answer"),
        tr("Why it waits"),
        tr("Join link"),
        tr("Participants use the group's link"),
        tr("Zoom meeting ID"),
        tr("Zoom meeting UUID"),
        tr("Zoom host"),
    };
    for (int field = 0; field < FieldCount; ++field)
        m_names.at(field)->setText(names.at(field));
    m_empty->setText(tr("Select an event to see its details."));
    m_empty->setVisible(!m_event);
    m_fields->setVisible(m_event.has_value());
    m_title->setVisible(m_event.has_value());
    if (!m_event)
        return;
    const Event &event = *m_event;
    m_title->setText(event.form.title);
    const QTimeZone here = QTimeZone::systemTimeZone();
    const QTimeZone own(event.form.timeZone.toUtf8());
    const QString effective = EventTexts::effectiveLink(event, m_groups);
    QString room = EventTexts::room(event);
    if (event.roomId != 0 && !event.roomName.isEmpty())
        room = tr("%1 (%2)").arg(event.roomName, event.roomEmail);
    if (event.roomId == 0 && !event.form.roomEmail.isEmpty())
        room = tr("None yet (asked for %1)").arg(event.form.roomEmail);
    fill({
        event.form.effectiveConferenceName(),
        EventTexts::kind(event.form.webinar),
        EventTexts::startIn(event, own.isValid() ? own : QTimeZone::utc()),
        here.isValid() && here.id() != own.id() ? EventTexts::startIn(event, here) : QString(),
        EventTexts::duration(event.form.durationMinutes),
        room,
        event.form.location,
        EventTexts::capacity(event.form.capacity),
        event.form.trainer,
        EventTexts::admission(event.form.waitingRoom),
        EventTexts::group(event.form.groupId, m_groups),
        event.form.description,
        Event::statusText(event.status(m_now)),
        Event::syncText(event.sync),
        event.syncError,
        event.roomId == 0 && !event.cancelled ? event.pendingReason : QString(),
        event.joinUrl,
        effective != event.joinUrl ? effective : QString(),
        event.zoomMeetingId != 0 ? QString::number(event.zoomMeetingId) : QString(),
        event.zoomUuid,
        event.zoomHost,
    });
}

void EventDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

} // namespace Roomdesk
