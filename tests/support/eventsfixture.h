// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/eventservice.h"
#include "backend/roompoolservice.h"
#include "clock.h"
#include "events/eventrepository.h"
#include "rooms/roomrepository.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "storage/database.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomclient.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Roomdesk::Test {

// The sandbox's hosts (seed 42): licensed with a webinar licence, licensed, and Basic.
inline const QString kLucia = QStringLiteral("lucia.fernandez@universidad.example");
inline const QString kCarmen = QStringLiteral("carmen.ruiz@universidad.example");
inline const QString kPablo = QStringLiteral("pablo.gomez@universidad.example");

// Events on a fresh SQLite file through the real services, connected to the Zoom sandbox
// over loopback as the GUI connects them; the test keeps its own database connection and
// Zoom client to set things up and read them back.
class EventsFixture final
{
    QTemporaryDir m_dir; // first: the database lives here
    QObject m_context; // receives the services' replies

public:
    std::unique_ptr<ZoomSandbox> sandbox;
    std::unique_ptr<Database> database;
    std::unique_ptr<ZoomClient> client;
    std::unique_ptr<ZoomApi> api;
    std::unique_ptr<RoomPoolService> pool;
    std::unique_ptr<EventService> events;

    bool start()
    {
        sandbox = std::make_unique<ZoomSandbox>(sandboxOptions());
        if (!sandbox->start())
            return false;
        auto opened = Database::open(path());
        if (!opened)
            return false;
        database = std::move(opened.value());
        client = std::make_unique<ZoomClient>(credentials());
        api = std::make_unique<ZoomApi>(client.get());
        pool = std::make_unique<RoomPoolService>(path(), Clock::system());
        events = std::make_unique<EventService>(path(), Clock::system());
        events->setCredentials(credentials());
        return true;
    }

    ~EventsFixture()
    {
        events.reset();
        pool.reset();
        api.reset();
        client.reset();
        database.reset();
        sandbox.reset();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("events.sqlite")); }

    ZoomCredentials credentials() const
    {
        return {sandbox->origin(), sandbox->accountId(), sandbox->clientId(), sandbox->clientSecret()};
    }

    Room addRoom(const QString &email, bool webinar = false)
    {
        Room room;
        room.email = email;
        room.name = email.section(QLatin1Char('@'), 0, 0);
        room.active = true;
        room.webinar = webinar;
        auto added = RoomRepository(*database).add(room, QDateTime::currentDateTimeUtc());
        return added ? added.value() : Room {};
    }

    static EventForm form(const QString &title, int daysAhead = 7, int hour = 10)
    {
        EventForm f;
        f.title = title;
        f.localStart = QDateTime(QDate::currentDate().addDays(daysAhead), QTime(hour, 0));
        f.timeZone = QStringLiteral("Europe/Madrid");
        return f;
    }

    std::optional<Event> create(const EventForm &form)
    {
        std::optional<Result<EventSync::Outcome>> made;
        events->create(form, &m_context, [&made](const auto &result) { made.emplace(result); });
        if (!QTest::qWaitFor([&] { return made.has_value(); }, 30000) || !*made)
            return std::nullopt;
        return made->value().event;
    }

    std::optional<Event> stored(qint64 id) const
    {
        auto found = EventRepository(*database).find(id);
        return found ? std::optional<Event>(found.value()) : std::nullopt;
    }

    Result<ZoomMeeting, ZoomError> zoomMeeting(qint64 id, bool webinar = false)
    {
        std::optional<Result<ZoomMeeting, ZoomError>> meeting;
        api->getMeeting(id, webinar, &m_context, [&meeting](const auto &result) { meeting.emplace(result); });
        if (!QTest::qWaitFor([&] { return meeting.has_value(); }, 30000))
            return ZoomError::network(QStringLiteral("timed out"));
        return *meeting;
    }

    bool renameInZoom(qint64 id, const QString &topic)
    {
        MeetingSpec rename;
        rename.topic = topic;
        std::optional<bool> done;
        api->updateMeeting(id, rename, false, &m_context, [&done](const Result<void, ZoomError> &r) { done = r.ok(); });
        return QTest::qWaitFor([&] { return done.has_value(); }, 30000) && *done;
    }
};

} // namespace Roomdesk::Test
