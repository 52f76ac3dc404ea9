// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/roompoolservice.h"
#include "clock.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace Roomdesk::Test {

// Waits for one RoomPoolService callback and hands back its result.
template<typename T>
class Awaited final
{
public:
    typename RoomPoolService::Callback<T> callback()
    {
        return [this](const Result<T> &result) { m_result.emplace(result); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 10000);
    }
    const Result<T> &result() const { return *m_result; }

private:
    std::optional<Result<T>> m_result;
};

// A room pool on a fresh SQLite file, filled through the real service as the GUI fills it.
class RoomPoolFixture final
{
    QTemporaryDir m_dir; // first: the database lives here
    QObject m_context; // receives the service's replies

public:
    ManualClock clock;
    std::unique_ptr<RoomPoolService> pool;

    explicit RoomPoolFixture(const QDateTime &nowUtc)
        : clock(nowUtc)
        , pool(std::make_unique<RoomPoolService>(m_dir.filePath(QStringLiteral("pool.sqlite")), clock))
    {}

    qint64 addRoom(const QString &email, bool active = true, bool webinar = false, bool manual = false)
    {
        Room room;
        room.email = email;
        room.name = email.section(QLatin1Char('@'), 0, 0);
        room.active = active;
        room.webinar = webinar;
        room.assignment = manual ? Room::Assignment::Manual : Room::Assignment::Automatic;
        Awaited<PoolChangeOutcome> added;
        pool->addRoom(room, &m_context, added.callback());
        return added.wait() && added.result() ? added.result().value().room->id : 0;
    }

    RoomRequest request(const QString &title, const QDateTime &startUtc, int minutes, bool webinar = false,
                        const QString &organizer = QString(), const QString &zone = QStringLiteral("Europe/Madrid"))
    {
        RoomRequestSpec spec;
        spec.title = title;
        spec.startUtc = startUtc;
        spec.timeZone = zone;
        spec.durationMinutes = minutes;
        spec.webinar = webinar;
        spec.organizer = organizer;
        Awaited<PoolChangeOutcome> made;
        pool->request(spec, &m_context, made.callback());
        if (!made.wait() || !made.result())
            return {};
        return *made.result().value().request;
    }

    RoomPoolSnapshot snapshot(const QDateTime &fromUtc, const QDateTime &toUtc)
    {
        Awaited<RoomPoolSnapshot> snapshot;
        pool->snapshot(fromUtc, toUtc, &m_context, snapshot.callback());
        return snapshot.wait() && snapshot.result() ? snapshot.result().value() : RoomPoolSnapshot {};
    }

    QString path() const { return m_dir.filePath(QStringLiteral("pool.sqlite")); }
};

} // namespace Roomdesk::Test
