// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "room.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Roomdesk {

class Database;

// What `rooms set` or the Rooms page changes; unset members stay as they are. A buffer set
// to nullopt inside the optional returns the room to the global policy.
struct RoomChange final
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> notes;
    std::optional<bool> webinar;
    std::optional<bool> active;
    std::optional<Room::Assignment> assignment;
    std::optional<int> position;
    std::optional<std::optional<int>> prepMinutes;
    std::optional<std::optional<int>> courtesyMinutes;
    std::optional<std::optional<int>> postMinutes;
    std::optional<std::optional<int>> capacity;

    // The room with the set members changed (names and e-mails still to be normalized).
    void applyTo(Room &room) const;
};

// The room pool on the database. Every change is validated first and explained when refused.
class RoomRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::RoomRepository)

public:
    explicit RoomRepository(const Database &database);

    // position 0: after the last room. New rooms start inactive unless `room.active`.
    Result<Room> add(Room room, const QDateTime &nowUtc);
    Result<QList<Room>> list() const; // in allocation order: position, then id
    Result<Room> find(qint64 id) const;
    Result<Room> update(qint64 id, const RoomChange &change);
    Result<void> remove(qint64 id);
    // Puts the room `id` at `index` (0-based) of the allocation order and renumbers every
    // position 1…n in one transaction; `index` past the end means last.
    Result<Room> move(qint64 id, int index);

    static QString normalizedEmail(const QString &email);
    static std::optional<QString> problem(const Room &room); // translated, or nullopt

private:
    Result<void> checkUniqueEmail(const QString &email, qint64 exceptId) const;
    const Database &m_database;
};

} // namespace Roomdesk
