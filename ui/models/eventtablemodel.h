// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "groups/participantgroup.h"

#include <QAbstractTableModel>

namespace Roomdesk {

// Events as a read-only table for the Events page, by start. Changes go through the form
// dialog and EventService; the page's next list (setEvents) is the truth again. Status is the
// event's, or its Zoom copy's while that is what needs doing (sending, a lost answer, refused,
// changed or deleted in Zoom), so that a page can show one column for both; Sync is always
// the Zoom copy's.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Start, Title, Type, Room, Status, Sync, Group, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EventRole, // the Event itself
        SortRole, // start as a date-time, other columns as text
        SearchRole, // every column's text and the other words one may look for
    };

    explicit EventTableModel(QObject *parent = nullptr);

    // Statuses depend on the time: "not started yet" once the start has passed. Starts are
    // shown in each event's zone; the header names the zone most of them share.
    void setEvents(const QList<Event> &events, const QDateTime &nowUtc);
    void setGroups(const QList<ParticipantGroup> &groups);
    const QList<Event> &events() const { return m_events; }
    const QList<ParticipantGroup> &groups() const { return m_groups; }
    const QString &usualZone() const { return m_usualZone; }
    // After a language change: every text is asked for again.
    void retranslate();
    int rowOfEvent(qint64 id) const;
    const Event *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Event &event, int column) const;
    QString toolTip(const Event &event, int column) const;

    QList<Event> m_events;
    QList<ParticipantGroup> m_groups;
    QDateTime m_now;
    // The zone most events are in: the Start header names it, other zones are named per row.
    QString m_usualZone;
};

} // namespace Roomdesk

Q_DECLARE_METATYPE(Roomdesk::Event)
