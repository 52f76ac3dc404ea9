// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomrepository.h"

#include "bufferpolicy.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace Roomdesk {

namespace {

constexpr int kMaxName = 100;
constexpr int kMaxNotes = 2000;

const QString kColumns = QStringLiteral("id, name, email, zoom_user_id, webinar, active, assignment, position, "
                                        "prep_minutes, courtesy_minutes, post_minutes, notes, capacity");

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant toVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

Room readRoom(SqlStatement &select)
{
    Room room;
    room.id = select.value(0).toLongLong();
    room.name = select.value(1).toString();
    room.email = select.value(2).toString();
    room.zoomUserId = select.value(3).toString();
    room.webinar = select.value(4).toBool();
    room.active = select.value(5).toBool();
    room.assignment =
        select.value(6).toString() == QLatin1String("manual") ? Room::Assignment::Manual : Room::Assignment::Automatic;
    room.position = select.value(7).toInt();
    room.prepMinutes = optionalInt(select.value(8));
    room.courtesyMinutes = optionalInt(select.value(9));
    room.postMinutes = optionalInt(select.value(10));
    room.notes = select.value(11).toString();
    room.capacity = optionalInt(select.value(12));
    return room;
}

// The columns add and update share, under the same placeholders.
void bindRoom(SqlStatement &statement, const Room &room)
{
    statement.bind(QStringLiteral(":name"), room.name)
        .bind(QStringLiteral(":email"), room.email)
        .bind(QStringLiteral(":webinar"), room.webinar ? 1 : 0)
        .bind(QStringLiteral(":active"), room.active ? 1 : 0)
        .bind(QStringLiteral(":assignment"), Room::assignmentName(room.assignment))
        .bind(QStringLiteral(":position"), room.position)
        .bind(QStringLiteral(":prep"), toVariant(room.prepMinutes))
        .bind(QStringLiteral(":courtesy"), toVariant(room.courtesyMinutes))
        .bind(QStringLiteral(":post"), toVariant(room.postMinutes))
        .bind(QStringLiteral(":notes"), room.notes.isNull() ? QStringLiteral("") : room.notes)
        .bind(QStringLiteral(":capacity"), toVariant(room.capacity));
}

} // namespace

void RoomChange::applyTo(Room &room) const
{
    if (name)
        room.name = *name;
    if (email)
        room.email = *email;
    if (notes)
        room.notes = *notes;
    if (webinar)
        room.webinar = *webinar;
    if (active)
        room.active = *active;
    if (assignment)
        room.assignment = *assignment;
    if (position)
        room.position = *position;
    if (prepMinutes)
        room.prepMinutes = *prepMinutes;
    if (courtesyMinutes)
        room.courtesyMinutes = *courtesyMinutes;
    if (postMinutes)
        room.postMinutes = *postMinutes;
    if (capacity)
        room.capacity = *capacity;
}

RoomRepository::RoomRepository(const Database &database)
    : m_database(database)
{}

QString RoomRepository::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

std::optional<QString> RoomRepository::problem(const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return tr("A room needs a name.");
    if (room.name.size() > kMaxName)
        return tr("A room's name has at most %1 characters; this one has %2.").arg(kMaxName).arg(room.name.size());
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(room.email).hasMatch())
        return tr("“%1” is not an e-mail address; a room is the Zoom user with that e-mail.").arg(room.email);
    if (room.position < 0)
        return tr("The position must be 1 or more.");
    if (room.notes.size() > kMaxNotes)
        return tr("Notes have at most %1 characters.").arg(kMaxNotes);
    if (room.capacity && (*room.capacity < 1 || *room.capacity > 100000))
        return tr("A room's capacity must be from 1 to 100000 participants.");
    for (const auto &[minutes, name] :
         {std::pair {room.prepMinutes, tr("preparation")}, std::pair {room.courtesyMinutes, tr("courtesy")},
          std::pair {room.postMinutes, tr("post-processing")}}) {
        if (minutes && (*minutes < 0 || *minutes > BufferPolicy::kMaxMinutes))
            return tr("The room's %1 buffer must be between 0 and %2 minutes, not %3.")
                .arg(name)
                .arg(BufferPolicy::kMaxMinutes)
                .arg(*minutes);
    }
    return std::nullopt;
}

Result<void> RoomRepository::checkUniqueEmail(const QString &email, qint64 exceptId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT id, name FROM rooms WHERE email = :email AND id <> :id"));
    select.bind(QStringLiteral(":email"), email).bind(QStringLiteral(":id"), exceptId);
    if (auto result = select.exec(); !result)
        return result;
    if (select.next())
        return Error {QStringLiteral("rooms.duplicate"),
                      tr("Room %1 (“%2”) already uses %3; a Zoom user can be only one room.")
                          .arg(select.value(0).toLongLong())
                          .arg(select.value(1).toString(), email)};
    return {};
}

Result<Room> RoomRepository::add(Room room, const QDateTime &nowUtc)
{
    room.name = room.name.trimmed();
    room.email = normalizedEmail(room.email);
    if (auto bad = problem(room))
        return Error {QStringLiteral("rooms.invalid"), *bad};
    if (auto unique = checkUniqueEmail(room.email, 0); !unique)
        return unique.error();
    if (room.position == 0) {
        SqlStatement last(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM rooms"));
        if (auto result = last.exec(); !result)
            return result.error();
        room.position = last.next() ? last.value(0).toInt() + 1 : 1;
    }
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO rooms (name, email, zoom_user_id, webinar, active, assignment, "
                                       "position, prep_minutes, courtesy_minutes, post_minutes, notes, capacity, "
                                       "created_at) VALUES (:name, :email, :user, :webinar, :active, :assignment, "
                                       ":position, :prep, :courtesy, :post, :notes, :capacity, :now)"));
    bindRoom(insert, room);
    insert
        .bind(QStringLiteral(":user"),
              room.zoomUserId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(room.zoomUserId))
        .bind(QStringLiteral(":now"), nowUtc.toUTC().toString(Qt::ISODateWithMs));
    if (auto result = insert.exec(); !result)
        return result.error();
    return find(insert.query().lastInsertId().toLongLong());
}

Result<QList<Room>> RoomRepository::list() const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rooms ORDER BY position, id"));
    if (auto result = select.exec(); !result)
        return result.error();
    QList<Room> rooms;
    while (select.next())
        rooms.append(readRoom(select));
    return rooms;
}

Result<Room> RoomRepository::find(qint64 id) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rooms WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return Error {QStringLiteral("rooms.not_found"), tr("There is no room %1.").arg(id)};
    return readRoom(select);
}

Result<Room> RoomRepository::update(qint64 id, const RoomChange &change)
{
    auto found = find(id);
    if (!found)
        return found.error();
    Room room = found.value();
    change.applyTo(room);
    room.name = room.name.trimmed();
    room.email = normalizedEmail(room.email);
    if (room.position == 0)
        room.position = found.value().position;
    if (auto bad = problem(room))
        return Error {QStringLiteral("rooms.invalid"), *bad};
    if (auto unique = checkUniqueEmail(room.email, id); !unique)
        return unique.error();
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE rooms SET name = :name, email = :email, webinar = :webinar, active = "
                                       ":active, assignment = :assignment, position = :position, prep_minutes = "
                                       ":prep, courtesy_minutes = :courtesy, post_minutes = :post, notes = :notes, "
                                       "capacity = :capacity WHERE id = :id"));
    bindRoom(update, room);
    update.bind(QStringLiteral(":id"), id);
    if (auto result = update.exec(); !result)
        return result.error();
    return room;
}

Result<void> RoomRepository::remove(qint64 id)
{
    if (auto found = find(id); !found)
        return found.error();
    // Bookings keep their room for history and reports: such a room is deactivated instead.
    SqlStatement used(m_database.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM room_requests WHERE room_id = :id"));
    used.bind(QStringLiteral(":id"), id);
    if (auto result = used.exec(); !result)
        return result.error();
    if (used.next() && used.value(0).toInt() > 0)
        return Error {QStringLiteral("rooms.in_use"),
                      tr("Room %1 has %n booking(s) and keeps them for history and reports; deactivate it instead "
                         "(rooms set %1 --inactive).",
                         nullptr, used.value(0).toInt())
                          .arg(id)};
    SqlStatement remove(m_database.connection(), QStringLiteral("DELETE FROM rooms WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    return remove.exec();
}

Result<Room> RoomRepository::move(qint64 id, int index)
{
    auto rooms = list();
    if (!rooms)
        return rooms.error();
    QList<qint64> order;
    for (const Room &room : rooms.value())
        order.append(room.id);
    if (!order.removeOne(id))
        return Error {QStringLiteral("rooms.not_found"), tr("There is no room %1.").arg(id)};
    order.insert(std::clamp<qsizetype>(index, 0, order.size()), id);
    auto renumbered = inWriteTransaction(m_database, [&]() -> Result<void> {
        SqlStatement update(m_database.connection(),
                            QStringLiteral("UPDATE rooms SET position = :position WHERE id = :id"));
        for (qsizetype i = 0; i < order.size(); ++i) {
            update.bind(QStringLiteral(":position"), int(i + 1)).bind(QStringLiteral(":id"), order.at(i));
            if (auto result = update.exec(); !result)
                return result;
        }
        return {};
    });
    if (!renumbered)
        return renumbered.error();
    return find(id);
}

} // namespace Roomdesk
