// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include "events/eventtexts.h"
#include "reports/reporttexts.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

namespace Roomdesk {

namespace {

bool hasCounts(const StoredReport &report)
{
    return report.state == StoredReport::State::Ready || report.state == StoredReport::State::NoAttendees;
}

} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setEntries(const QList<ReportEntry> &entries)
{
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).eventId == m_entries.at(i).eventId;
    QHash<QString, int> zones;
    for (const ReportEntry &entry : entries)
        ++zones[entry.timeZone];
    QString usual;
    for (const ReportEntry &entry : entries) {
        if (usual.isEmpty() || zones.value(entry.timeZone) > zones.value(usual))
            usual = entry.timeZone;
    }
    const bool newZone = usual != std::exchange(m_usualZone, usual);
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    } else {
        // Same events in the same order: the selection stays where it is.
        m_entries = entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (newZone)
        emit headerDataChanged(Qt::Horizontal, Start, Start);
}

void ReportTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReportTableModel::rowOfEvent(qint64 eventId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).eventId == eventId)
            return int(i);
    }
    return -1;
}

const ReportEntry *ReportTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::text(const ReportEntry &entry, int column) const
{
    switch (column) {
    case Start: {
        const QString start = ReportTexts::dateTime(entry.startUtc, ReportTexts::zoneOf(entry.timeZone));
        return entry.timeZone == m_usualZone
            ? start
            : tr("%1 (%2)", "start (time zone's city)").arg(start, EventTexts::zoneCity(entry.timeZone));
    }
    case Title:
        return entry.title;
    case Type:
        return EventTexts::kind(entry.webinar);
    case Room:
        return entry.roomName.isEmpty() ? entry.roomEmail : entry.roomName;
    case State:
        return StoredReport::stateText(entry.report.state);
    case Attendees:
        return hasCounts(entry.report) ? QLocale().toString(entry.report.attendees) : QString();
    case TotalTime:
        return entry.report.state == StoredReport::State::Ready ? ReportTexts::duration(entry.report.totalSeconds)
                                                                : QString();
    default:
        return {};
    }
}

QString ReportTableModel::toolTip(const ReportEntry &entry, int column) const
{
    switch (column) {
    case Start:
        return tr("%1 (%2), %3")
            .arg(ReportTexts::dateTime(entry.startUtc, ReportTexts::zoneOf(entry.timeZone)), entry.timeZone,
                 EventTexts::duration(entry.durationMinutes));
    case Room:
        return entry.roomEmail;
    case State:
        return ReportTexts::stateDetail(entry.report);
    case TotalTime:
        return entry.report.state == StoredReport::State::Ready ? ReportTexts::clock(entry.report.totalSeconds)
                                                                : QString();
    default:
        return {};
    }
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(entry, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Attendees || index.column() == TotalTime)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != State)
            return {};
        // Readable on light and dark palettes alike, as the message bars.
        if (entry.report.state == StoredReport::State::Failed)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (entry.report.state == StoredReport::State::Waiting)
            return QBrush(QColor(0xa8, 0x64, 0x00));
        return {};
    case EventIdRole:
        return entry.eventId;
    case EntryRole:
        return QVariant::fromValue(entry);
    case StateRole:
        return StoredReport::stateName(entry.report.state);
    case SortRole:
        switch (index.column()) {
        case Start:
            return entry.startUtc;
        case Attendees:
            return hasCounts(entry.report) ? entry.report.attendees : -1;
        case TotalTime:
            return entry.report.state == StoredReport::State::Ready ? entry.report.totalSeconds : qint64(-1);
        default:
            return text(entry, index.column());
        }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case State:
        return tr("Report");
    case Attendees:
        return tr("Attendees");
    case TotalTime:
        return tr("Attended time");
    default:
        return {};
    }
}

} // namespace Roomdesk
