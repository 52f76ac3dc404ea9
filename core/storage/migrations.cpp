#include "migrations.h"

#include "appinfo.h"
#include "sqlstatement.h"

#include <QUuid>

namespace Roomdesk {

namespace {

Result<void> execAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements) {
        if (auto result = SqlStatement(db, QString::fromLatin1(sql)).exec(); !result)
            return result;
    }
    return {};
}

Result<void> createFoundation(const QSqlDatabase &db)
{
    if (auto result = execAll(db,
                              {
                                  "CREATE TABLE schema_version ("
                                  " version INTEGER PRIMARY KEY,"
                                  " name TEXT NOT NULL,"
                                  " applied_at TEXT NOT NULL)",
                                  "CREATE TABLE app_meta ("
                                  " key TEXT PRIMARY KEY,"
                                  " value TEXT NOT NULL)",
                              });
        !result)
        return result;

    SqlStatement insert(db, QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value)"));
    insert.bind(QStringLiteral(":key"), QStringLiteral("database_id"))
        .bind(QStringLiteral(":value"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto result = insert.exec(); !result)
        return result;
    insert.bind(QStringLiteral(":key"), QStringLiteral("created_with"))
        .bind(QStringLiteral(":value"), QString::fromLatin1(AppInfo::version));
    return insert.exec();
}

Result<void> createConnection(const QSqlDatabase &db)
{
    // The Zoom connection of this database's profile. Only what is not secret: the Client
    // Secret and the webhook Secret Token live in the operating system's keychain, under
    // this database's database_id (core/secrets).
    return execAll(db,
                   {
                       "CREATE TABLE zoom_connection ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " base_url TEXT NOT NULL,"
                       " account_id TEXT NOT NULL,"
                       " client_id TEXT NOT NULL,"
                       " verified_at TEXT,"
                       " granted_scopes TEXT,"
                       " updated_at TEXT NOT NULL)",
                       // Webhook events accepted by the receiver, stored before Zoom gets its 200.
                       // dedup_key is the SHA-256 of the raw body: Zoom's retries repeat it.
                       "CREATE TABLE webhook_inbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " dedup_key TEXT NOT NULL UNIQUE,"
                       " event TEXT NOT NULL,"
                       " event_ts INTEGER NOT NULL,"
                       " request_id TEXT,"
                       " received_at TEXT NOT NULL,"
                       " body BLOB NOT NULL,"
                       " processed_at TEXT)",
                       "CREATE INDEX webhook_inbox_unprocessed ON webhook_inbox (processed_at, id)",
                   });
}

Result<void> createRooms(const QSqlDatabase &db)
{
    // The room pool and the buffer policy (DESIGN §3). Minutes throughout; a room's NULL
    // buffer means "the global one".
    return execAll(db,
                   {
                       "CREATE TABLE rooms ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL,"
                       " email TEXT NOT NULL UNIQUE,"
                       " zoom_user_id TEXT,"
                       " webinar INTEGER NOT NULL DEFAULT 0 CHECK (webinar IN (0, 1)),"
                       " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),"
                       " assignment TEXT NOT NULL DEFAULT 'automatic' CHECK (assignment IN ('automatic', 'manual')),"
                       " position INTEGER NOT NULL,"
                       " prep_minutes INTEGER CHECK (prep_minutes BETWEEN 0 AND 1440),"
                       " courtesy_minutes INTEGER CHECK (courtesy_minutes BETWEEN 0 AND 1440),"
                       " post_minutes INTEGER CHECK (post_minutes BETWEEN 0 AND 1440),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)",
                       "CREATE INDEX rooms_order ON rooms (position, id)",
                       "CREATE TABLE buffer_policy ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " prep_minutes INTEGER NOT NULL,"
                       " courtesy_minutes INTEGER NOT NULL,"
                       " post_minutes INTEGER NOT NULL,"
                       " lead_minutes INTEGER NOT NULL,"
                       " end_warning_minutes INTEGER NOT NULL,"
                       " report_deadline_minutes INTEGER NOT NULL)",
                       "INSERT INTO buffer_policy VALUES (1, 15, 10, 15, 60, 10, 30)",
                   });
}

Result<void> createRoomRequests(const QSqlDatabase &db)
{
    // Room requests and, once allocated, their bookings. Times are UTC milliseconds; the
    // blocked interval [blocked_from_ms, blocked_to_ms) includes the room's buffers.
    return execAll(db,
                   {
                       "CREATE TABLE room_requests ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " title TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('meeting', 'webinar')),"
                       " start_ms INTEGER NOT NULL,"
                       " time_zone TEXT NOT NULL,"
                       " duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1439),"
                       " waiting_room INTEGER NOT NULL CHECK (waiting_room IN (0, 1)),"
                       " status TEXT NOT NULL CHECK (status IN ('allocated', 'pending', 'cancelled')),"
                       " room_id INTEGER REFERENCES rooms (id),"
                       " blocked_from_ms INTEGER,"
                       " blocked_to_ms INTEGER,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)",
                       "CREATE INDEX room_requests_bookings ON room_requests (room_id, blocked_from_ms)"
                       " WHERE status = 'allocated'",
                       "CREATE INDEX room_requests_pending ON room_requests (id) WHERE status = 'pending'",
                   });
}

Result<void> addOrganizers(const QSqlDatabase &db)
{
    // Who asked for the room (free text, for the calendar's filter). Bookings by the start of
    // their blocked time: blocked intervals have a bounded length, so "what overlaps this
    // range" across rooms is an index range scan (allocation, calendar).
    return execAll(
        db,
        {
            "ALTER TABLE room_requests ADD COLUMN organizer TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX room_requests_blocked ON room_requests (blocked_from_ms) WHERE status = 'allocated'",
        });
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "foundation", &createFoundation},         {2, "zoom connection and webhook inbox", &createConnection},
        {3, "rooms and buffer policy", &createRooms}, {4, "room requests", &createRoomRequests},
        {5, "request organizers", &addOrganizers},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace Roomdesk
