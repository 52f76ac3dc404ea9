// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportrepository.h"

#include <QAbstractTableModel>

namespace Roomdesk {

// Ended events and their attendance reports as a read-only table for the Reports page,
// newest first as EventService lists them. Starts are shown in each event's own zone; the
// header names the zone most of them share. Fetching and exporting go through EventService;
// the page's next list (setEntries) is the truth again.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Start, Title, Type, Room, State, Attendees, TotalTime, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EntryRole, // the ReportEntry itself
        SortRole, // start as a date-time, counts and times as numbers, other columns as text
        StateRole, // StoredReport::stateName: waiting, ready, no_attendees, failed
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setEntries(const QList<ReportEntry> &entries);
    const QList<ReportEntry> &entries() const { return m_entries; }
    const QString &usualZone() const { return m_usualZone; }
    // After a language change: every text is asked for again.
    void retranslate();
    int rowOfEvent(qint64 eventId) const;
    const ReportEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ReportEntry &entry, int column) const;
    QString toolTip(const ReportEntry &entry, int column) const;

    QList<ReportEntry> m_entries;
    // The zone most events are in: the Start header names it, other zones are named per row.
    QString m_usualZone;
};

} // namespace Roomdesk

Q_DECLARE_METATYPE(Roomdesk::ReportEntry)
