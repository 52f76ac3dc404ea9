// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendeetablemodel.h"

#include "reports/reporttexts.h"

#include <QLocale>

namespace Roomdesk {

AttendeeTableModel::AttendeeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendeeTableModel::setAttendees(const QList<Attendee> &attendees, const QTimeZone &zone)
{
    beginResetModel();
    m_attendees = attendees;
    useZone(zone);
    endResetModel();
}

void AttendeeTableModel::setZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    useZone(zone);
    if (!m_attendees.isEmpty())
        emit dataChanged(index(0, FirstJoin), index(rowCount() - 1, LastLeave));
}

void AttendeeTableModel::useZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_firstDay = m_attendees.isEmpty()
        ? QDate()
        : QDateTime::fromSecsSinceEpoch(m_attendees.constFirst().firstJoinSecs, m_zone).date();
}

void AttendeeTableModel::clear()
{
    if (m_attendees.isEmpty())
        return;
    beginResetModel();
    m_attendees.clear();
    m_firstDay = {};
    endResetModel();
}

void AttendeeTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_attendees.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttendeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attendees.size());
}

int AttendeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendeeTableModel::moment(qint64 epochSecs) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSecs, m_zone);
    const QLocale locale;
    if (local.date() == m_firstDay)
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat); // past midnight: with its date
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendee &attendee = m_attendees.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return attendee.name;
        case Email:
            return attendee.email;
        case FirstJoin:
            return moment(attendee.firstJoinSecs);
        case LastLeave:
            return moment(attendee.lastLeaveSecs);
        case Duration:
            return ReportTexts::clock(attendee.durationSeconds);
        case Segments:
            return QLocale().toString(attendee.segments);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FirstJoin:
        case LastLeave: {
            const qint64 at = index.column() == FirstJoin ? attendee.firstJoinSecs : attendee.lastLeaveSecs;
            return tr("%1 (%2)", "date and time (time zone)")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(at, m_zone), QLocale::LongFormat),
                     QString::fromUtf8(m_zone.id()));
        }
        case Duration:
            return ReportTexts::duration(attendee.durationSeconds);
        case Segments:
            return attendee.segments > 1
                ? tr("Present in %n separate stretch(es): left and came back.", nullptr, attendee.segments)
                : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Segments)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return attendee.name;
        case Email:
            return attendee.email;
        case FirstJoin:
            return attendee.firstJoinSecs;
        case LastLeave:
            return attendee.lastLeaveSecs;
        case Duration:
            return attendee.durationSeconds;
        case Segments:
            return attendee.segments;
        default:
            return {};
        }
    case SearchRole:
        return QString(attendee.name + QLatin1Char('\n') + attendee.email);
    default:
        return {};
    }
}

QVariant AttendeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case FirstJoin:
        return tr("First join");
    case LastLeave:
        return tr("Last leave");
    case Duration:
        return tr("Attended time");
    case Segments:
        return tr("Segments", "separate stretches of presence");
    default:
        return {};
    }
}

} // namespace Roomdesk
