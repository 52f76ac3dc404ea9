// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomtablemodel.h"

#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

namespace Roomdesk {

namespace {
const QString kMimeType = QStringLiteral("application/x-roomdesk-room-id");
}

RoomTableModel::RoomTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RoomTableModel::setPool(const QList<Room> &rooms, const BufferPolicy &policy)
{
    bool sameRows = rooms.size() == m_rooms.size();
    for (qsizetype i = 0; sameRows && i < rooms.size(); ++i)
        sameRows = rooms.at(i).id == m_rooms.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_rooms = rooms;
        m_policy = policy;
        endResetModel();
        return;
    }
    // Same rooms in the same order: selection and editors stay where they are.
    m_rooms = rooms;
    m_policy = policy;
    if (!m_rooms.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RoomTableModel::rowOfRoom(qint64 id) const
{
    for (qsizetype i = 0; i < m_rooms.size(); ++i) {
        if (m_rooms.at(i).id == id)
            return int(i);
    }
    return -1;
}

int RoomTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<int> Room::*RoomTableModel::bufferMember(int column)
{
    switch (column) {
    case Prep:
        return &Room::prepMinutes;
    case Courtesy:
        return &Room::courtesyMinutes;
    case Post:
        return &Room::postMinutes;
    default:
        return nullptr;
    }
}

std::optional<std::optional<int>> RoomChange::*RoomTableModel::changeMember(int column)
{
    switch (column) {
    case Prep:
        return &RoomChange::prepMinutes;
    case Courtesy:
        return &RoomChange::courtesyMinutes;
    default:
        return &RoomChange::postMinutes;
    }
}

int RoomTableModel::policyMinutes(int column) const
{
    switch (column) {
    case Prep:
        return m_policy.prepMinutes;
    case Courtesy:
        return m_policy.courtesyMinutes;
    default:
        return m_policy.postMinutes;
    }
}

QVariant RoomTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &room = m_rooms.at(index.row());
    const int column = index.column();
    if (role == RoomIdRole)
        return room.id;
    if (role == Qt::CheckStateRole) {
        switch (column) {
        case Active:
            return room.active ? Qt::Checked : Qt::Unchecked;
        case Automatic:
            return room.assignment == Room::Assignment::Automatic ? Qt::Checked : Qt::Unchecked;
        case Webinar:
            return room.webinar ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    }
    if (auto member = bufferMember(column)) {
        const std::optional<int> own = room.*member;
        switch (role) {
        case Qt::DisplayRole:
            // The policy's value, greyed and in italics, so the table stays narrow.
            return tr("%n min", nullptr, own.value_or(policyMinutes(column)));
        case Qt::EditRole:
            return own.value_or(kPolicy);
        case Qt::ForegroundRole:
            return own ? QVariant() : QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        case Qt::FontRole: {
            QFont font;
            font.setItalic(!own);
            return font;
        }
        case Qt::ToolTipRole:
            return own ? tr("This room's own value; set it to “Policy” to follow the buffer policy.")
                       : tr("Follows the buffer policy; edit to give this room its own value.");
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Position:
            return index.row() + 1;
        case Name:
            return room.name;
        case Email:
            return room.email;
        case Notes:
            return role == Qt::DisplayRole ? room.notes.section(QLatin1Char('\n'), 0, 0) : room.notes;
        case Active:
            return role == Qt::DisplayRole ? (room.active ? tr("Active") : tr("Inactive")) : QVariant();
        case Automatic:
            return role == Qt::DisplayRole
                ? (room.assignment == Room::Assignment::Automatic ? tr("Automatic") : tr("Manual only"))
                : QVariant();
        case Webinar:
            return role == Qt::DisplayRole ? (room.webinar ? tr("Yes") : tr("No")) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Position:
            return tr("Allocation order: the first free room from the top gets the request. Drag rows to reorder.");
        case Email:
            return room.zoomUserId.isEmpty() ? tr("The Zoom host's e-mail")
                                             : tr("The Zoom host's e-mail (Zoom user %1)").arg(room.zoomUserId);
        case Active:
            return tr("Only active rooms take requests");
        case Automatic:
            return tr("Automatic rooms are allocated by Roomdesk; manual ones only by an administrator");
        case Webinar:
            return tr("The host has a webinar licence");
        case Notes:
            return room.notes;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && column == Name && !room.active) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return tr("#");
    case Name:
        return tr("Name");
    case Email:
        return tr("Host e-mail");
    case Active:
        return tr("Active");
    case Automatic:
        return tr("Assignment");
    case Webinar:
        return tr("Webinars");
    case Prep:
        return tr("Preparation");
    case Courtesy:
        return tr("Courtesy");
    case Post:
        return tr("Post-processing");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags RoomTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case Active:
    case Automatic:
    case Webinar:
        return flags | Qt::ItemIsUserCheckable;
    case Name:
    case Email:
    case Notes:
    case Prep:
    case Courtesy:
    case Post:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

bool RoomTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Room &room = m_rooms[index.row()];
    RoomChange change;
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        switch (column) {
        case Active:
            room.active = on;
            change.active = on;
            break;
        case Automatic:
            room.assignment = on ? Room::Assignment::Automatic : Room::Assignment::Manual;
            change.assignment = room.assignment;
            break;
        case Webinar:
            room.webinar = on;
            change.webinar = on;
            break;
        default:
            return false;
        }
    } else if (role == Qt::EditRole) {
        if (auto member = bufferMember(column)) {
            bool ok = false;
            const int minutes = value.toInt(&ok);
            if (!ok || minutes < kPolicy || minutes > BufferPolicy::kMaxMinutes)
                return false;
            const std::optional<int> own = minutes == kPolicy ? std::nullopt : std::optional<int>(minutes);
            if (room.*member == own)
                return false;
            room.*member = own;
            change.*changeMember(column) = own;
        } else {
            const QString text = value.toString();
            switch (column) {
            case Name:
                if (text.trimmed() == room.name)
                    return false;
                room.name = text.trimmed();
                change.name = room.name;
                break;
            case Email:
                if (RoomRepository::normalizedEmail(text) == room.email)
                    return false;
                room.email = RoomRepository::normalizedEmail(text);
                change.email = room.email;
                break;
            case Notes:
                if (text == room.notes)
                    return false;
                room.notes = text;
                change.notes = text;
                break;
            default:
                return false;
            }
        }
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit changeRequested(room.id, change);
    return true;
}

Qt::DropActions RoomTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RoomTableModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *RoomTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_rooms.at(indexes.constFirst().row()).id; // one room at a time
    auto *data = new QMimeData;
    data->setData(kMimeType, encoded);
    return data;
}

bool RoomTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(kMimeType);
}

bool RoomTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QByteArray encoded = data->data(kMimeType);
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    qint64 id = 0;
    stream >> id;
    const int from = rowOfRoom(id);
    if (from < 0)
        return false;
    // Dropped on a row: before it; between rows: at that gap; below the last: at the end.
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (to == from || to == from + 1)
        return false;
    if (!moveRows({}, from, 1, {}, to))
        return false;
    // The view must not remove the source row afterwards: the move is complete already.
    return false;
}

bool RoomTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int index = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    const qint64 id = m_rooms.at(sourceRow).id;
    m_rooms.move(sourceRow, index);
    endMoveRows();
    // Position numbers are row numbers.
    emit dataChanged(this->index(0, Position), this->index(rowCount() - 1, Position));
    emit moveRequested(id, index);
    return true;
}

} // namespace Roomdesk
