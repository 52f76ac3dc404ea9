// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/bufferpolicy.h"
#include "rooms/room.h"
#include "rooms/roomrepository.h"

#include <QAbstractTableModel>

namespace Roomdesk {

// The room pool as a table for the Rooms page, in allocation order. Edits (inline text,
// check boxes, buffer minutes, drag to reorder) are shown at once and handed on as
// changeRequested / moveRequested; the page stores them through RoomPoolService, whose
// next snapshot (setPool) is the truth again — a refused edit is thereby undone.
class RoomTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Position, Name, Email, Active, Automatic, Webinar, Prep, Courtesy, Post, Notes, ColumnCount };
    enum Role { RoomIdRole = Qt::UserRole + 1 };
    // EditRole of the buffer columns: minutes, or kPolicy for the policy's value.
    static constexpr int kPolicy = -1;

    explicit RoomTableModel(QObject *parent = nullptr);

    void setPool(const QList<Room> &rooms, const BufferPolicy &policy);
    const QList<Room> &rooms() const { return m_rooms; }
    const BufferPolicy &policy() const { return m_policy; }
    int rowOfRoom(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void changeRequested(qint64 roomId, const Roomdesk::RoomChange &change);
    // The room should take `index` in allocation order (0-based).
    void moveRequested(qint64 roomId, int index);

private:
    // The buffer columns' members in a Room (null: not a buffer column) and in a RoomChange.
    static std::optional<int> Room::*bufferMember(int column);
    static std::optional<std::optional<int>> RoomChange::*changeMember(int column);
    int policyMinutes(int column) const;

    QList<Room> m_rooms;
    BufferPolicy m_policy;
};

} // namespace Roomdesk
