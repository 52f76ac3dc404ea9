// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "events/eventtexts.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace Roomdesk {

namespace {

bool needsAttention(Event::Sync sync)
{
    return sync == Event::Sync::Failed || sync == Event::Sync::Drifted || sync == Event::Sync::DeletedInZoom ||
        sync == Event::Sync::Unknown;
}

// While Zoom's copy is on its way or wrong, that is the event's news; cancelled and ended
// events say so whatever Zoom's copy is.
bool zoomStateIsTheStatus(const Event &event, Event::Status status)
{
    return !event.cancelled && status != Event::Status::Ended &&
        (event.sync == Event::Sync::Pending || needsAttention(event.sync));
}

} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventTableModel::setEvents(const QList<Event> &events, const QDateTime &nowUtc)
{
    bool sameRows = events.size() == m_events.size();
    for (qsizetype i = 0; sameRows && i < events.size(); ++i)
        sameRows = events.at(i).id == m_events.at(i).id;
    m_now = nowUtc;
    QHash<QString, int> zones;
    for (const Event &event : events)
        ++zones[event.form.timeZone];
    QString usual;
    for (const Event &event : events) {
        if (usual.isEmpty() || zones.value(event.form.timeZone) > zones.value(usual))
            usual = event.form.timeZone;
    }
    if (usual != std::exchange(m_usualZone, usual))
        emit headerDataChanged(Qt::Horizontal, Start, Start);
    if (!sameRows) {
        beginResetModel();
        m_events = events;
        endResetModel();
        return;
    }
    // Same events in the same order: the selection stays where it is.
    m_events = events;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EventTableModel::setGroups(const QList<ParticipantGroup> &groups)
{
    m_groups = groups;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, Group), index(rowCount() - 1, Group));
}

void EventTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventTableModel::rowOfEvent(qint64 id) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == id)
            return int(i);
    }
    return -1;
}

const Event *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::text(const Event &event, int column) const
{
    switch (column) {
    case Start:
        return event.form.timeZone == m_usualZone
            ? EventTexts::shortStart(event, m_now)
            : tr("%1 (%2)", "start (time zone's city)")
                  .arg(EventTexts::shortStart(event, m_now), EventTexts::zoneCity(event.form.timeZone));
    case Title:
        return event.form.title;
    case Type:
        return EventTexts::kind(event.form.webinar);
    case Room:
        return EventTexts::room(event);
    case Status: {
        const Event::Status status = event.status(m_now);
        return zoomStateIsTheStatus(event, status) ? Event::syncText(event.sync) : Event::statusText(status);
    }
    case Sync:
        return Event::syncText(event.sync);
    case Group:
        return EventTexts::group(event.form.groupId, m_groups);
    default:
        return {};
    }
}

QString EventTableModel::toolTip(const Event &event, int column) const
{
    switch (column) {
    case Start:
        return tr("%1 (%2), %3")
            .arg(EventTexts::start(event), event.form.timeZone, EventTexts::duration(event.form.durationMinutes));
    case Title:
        return event.form.effectiveConferenceName() == event.form.title.trimmed()
            ? event.form.title
            : tr("%1 (in Zoom: %2)").arg(event.form.title, event.form.effectiveConferenceName());
    case Room:
        return event.roomId != 0 ? tr("%1 (%2)").arg(event.roomName, event.roomEmail) : event.pendingReason;
    case Status: {
        const Event::Status status = event.status(m_now);
        if (!zoomStateIsTheStatus(event, status))
            return {};
        const QString both = tr("%1; in Zoom: %2").arg(Event::statusText(status), Event::syncText(event.sync));
        return event.syncError.isEmpty() ? both : both + QLatin1Char('\n') + event.syncError;
    }
    case Sync:
        return event.syncError;
    default:
        return {};
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(event, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(event, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (event.cancelled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if ((index.column() == Sync ||
             (index.column() == Status && zoomStateIsTheStatus(event, event.status(m_now)))) &&
            needsAttention(event.sync))
            return QBrush(QColor(0xa8, 0x64, 0x00));
        return {};
    case Qt::FontRole:
        if (event.cancelled) {
            QFont font;
            font.setStrikeOut(index.column() == Title);
            return font;
        }
        return {};
    case EventIdRole:
        return event.id;
    case EventRole:
        return QVariant::fromValue(event);
    case SearchRole: {
        QStringList words;
        for (int column = 0; column < ColumnCount; ++column)
            words << text(event, column);
        words << event.form.conferenceName << event.form.trainer << event.form.location << event.roomEmail;
        return words.join(QLatin1Char('\n'));
    }
    case SortRole:
        return index.column() == Start ? QVariant(event.startUtc) : QVariant(text(event, index.column()));
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return m_usualZone.isEmpty() ? tr("Start")
                                     : tr("Start (%1)", "time zone's city").arg(EventTexts::zoneCity(m_usualZone));
    case Title:
        return tr("Event topic");
    case Type:
        return tr("Type");
    case Room:
        return tr("Room");
    case Status:
        return tr("Status");
    case Sync:
        return tr("Zoom");
    case Group:
        return tr("Group");
    default:
        return {};
    }
}

} // namespace Roomdesk
