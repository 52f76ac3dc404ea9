// SPDX-License-Identifier: GPL-3.0-or-later
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

Result<void> createEventsAndGroups(const QSqlDatabase &db)
{
    // Programs → participant groups with their link settings (DESIGN §4, core/groups); events
    // with their room request and their Zoom meeting or webinar (core/events); and the journal
    // of Zoom operations, written before a call and closed after it, so an operation whose
    // answer was lost (or whose process died) is finished or reported after a restart.
    return execAll(
        db,
        {
            // How many participants a room's licence admits (NULL: not known).
            "ALTER TABLE rooms ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1)",
            "CREATE TABLE programs ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " created_at TEXT NOT NULL)",
            "CREATE TABLE participant_groups ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL COLLATE NOCASE,"
            " platform TEXT NOT NULL DEFAULT 'builtin' CHECK (platform IN ('builtin', 'zoom-custom',"
            " 'zoom-webinar', 'google-meet', 'telegram', 'teams')),"
            " link TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " UNIQUE (program_id, name))",
            "CREATE TABLE events ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " title TEXT NOT NULL,"
            " conference_name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('meeting', 'webinar')),"
            " start_ms INTEGER NOT NULL,"
            " time_zone TEXT NOT NULL,"
            " duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1439),"
            " chosen_room_id INTEGER REFERENCES rooms (id),"
            " location TEXT NOT NULL DEFAULT 'online',"
            " capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1),"
            " trainer TEXT NOT NULL DEFAULT '',"
            " waiting_room INTEGER NOT NULL CHECK (waiting_room IN (0, 1)),"
            " description TEXT NOT NULL DEFAULT '',"
            " group_id INTEGER REFERENCES participant_groups (id) ON DELETE SET NULL,"
            " request_id INTEGER REFERENCES room_requests (id),"
            " cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),"
            " marker TEXT NOT NULL UNIQUE,"
            " zoom_meeting_id INTEGER,"
            " zoom_uuid TEXT NOT NULL DEFAULT '',"
            " zoom_host TEXT NOT NULL DEFAULT '',"
            " join_url TEXT NOT NULL DEFAULT '',"
            " zoom_session TEXT NOT NULL DEFAULT 'none' CHECK (zoom_session IN ('none', 'started', 'ended')),"
            " sync_state TEXT NOT NULL CHECK (sync_state IN ('awaiting_room', 'pending', 'synced', 'unknown',"
            " 'failed', 'drifted', 'deleted_in_zoom')),"
            " sync_error TEXT NOT NULL DEFAULT '',"
            " zoom_copy TEXT NOT NULL DEFAULT '',"
            " drift TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)",
            "CREATE INDEX events_start ON events (start_ms)",
            "CREATE INDEX events_group ON events (group_id)",
            "CREATE UNIQUE INDEX events_zoom_meeting ON events (zoom_meeting_id) WHERE zoom_meeting_id IS NOT NULL",
            "CREATE TABLE zoom_operations ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " event_id INTEGER NOT NULL REFERENCES events (id),"
            " operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),"
            " state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'unknown', 'done', 'failed')),"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " error TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)",
            "CREATE INDEX zoom_operations_open ON zoom_operations (event_id, id)"
            " WHERE state IN ('queued', 'sent', 'unknown')",
        });
}

Result<void> createReports(const QSqlDatabase &db)
{
    // Attendance reports (core/reports): one per ended event, with its state, and the people
    // in it, each with the stretches of time they were present (seconds since the epoch).
    return execAll(db,
                   {
                       "CREATE TABLE event_reports ("
                       " event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
                       " state TEXT NOT NULL CHECK (state IN ('waiting', 'ready', 'no_attendees', 'failed')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " ended_at INTEGER NOT NULL,"
                       " deadline_at INTEGER NOT NULL,"
                       " next_attempt_at INTEGER,"
                       " fetched_at INTEGER,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " records INTEGER NOT NULL DEFAULT 0,"
                       " waiting_room_records INTEGER NOT NULL DEFAULT 0,"
                       " host_records INTEGER NOT NULL DEFAULT 0,"
                       " attendees INTEGER NOT NULL DEFAULT 0,"
                       " total_seconds INTEGER NOT NULL DEFAULT 0,"
                       " updated_at TEXT NOT NULL)",
                       "CREATE INDEX event_reports_due ON event_reports (next_attempt_at) WHERE state = 'waiting'",
                       "CREATE TABLE report_attendees ("
                       " event_id INTEGER NOT NULL REFERENCES event_reports (event_id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " email TEXT NOT NULL,"
                       " first_join INTEGER NOT NULL,"
                       " last_leave INTEGER NOT NULL,"
                       " duration_seconds INTEGER NOT NULL,"
                       " segments INTEGER NOT NULL,"
                       " intervals TEXT NOT NULL,"
                       " PRIMARY KEY (event_id, position))",
                   });
}

Result<void> createJobs(const QSqlDatabase &db)
{
    // The backend's durable jobs (core/backend/jobqueue): one row per kind and subject, due at
    // a time (milliseconds since the epoch, UTC), claimed by one process at a time until its
    // claim expires. `rerun_at`: asked again while it ran, so it is queued again when it ends.
    return execAll(db,
                   {
                       "CREATE TABLE jobs ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),"
                       " due_at INTEGER NOT NULL,"
                       " rerun_at INTEGER,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " claim_expires_at INTEGER,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " payload TEXT NOT NULL DEFAULT '',"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " finished_at INTEGER,"
                       " UNIQUE (kind, subject))",
                       "CREATE INDEX jobs_due ON jobs (due_at) WHERE state = 'queued'",
                       "CREATE INDEX jobs_claimed ON jobs (claim_expires_at) WHERE state = 'running'",
                   });
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "foundation", &createFoundation},
        {2, "zoom connection and webhook inbox", &createConnection},
        {3, "rooms and buffer policy", &createRooms},
        {4, "room requests", &createRoomRequests},
        {5, "request organizers", &addOrganizers},
        {6, "programs, groups, events and the Zoom journal", &createEventsAndGroups},
        {7, "attendance reports", &createReports},
        {8, "durable jobs", &createJobs},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace Roomdesk
