// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/attendancereport.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Roomdesk {

// The people of one attendance report, read-only, in the order Zoom saw them join. Times are
// shown in a chosen zone; a join or leave on another day than the first join carries its date.
// Sorting and the name/e-mail search live in a QSortFilterProxyModel over SortRole and
// SearchRole.
class AttendeeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, FirstJoin, LastLeave, Duration, Segments, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // names as text, times and counts as numbers
        SearchRole, // name and e-mail
    };

    explicit AttendeeTableModel(QObject *parent = nullptr);

    void setAttendees(const QList<Attendee> &attendees, const QTimeZone &zone);
    void setZone(const QTimeZone &zone); // the same attendees, their times in another zone
    void clear();
    const QList<Attendee> &attendees() const { return m_attendees; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString moment(qint64 epochSecs) const;
    void useZone(const QTimeZone &zone);

    QList<Attendee> m_attendees;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_firstDay; // the first join's day in the zone
};

} // namespace Roomdesk
