// SPDX-License-Identifier: GPL-3.0-or-later
// Data-driven allocation: every folder under tests/data/allocation is one scenario with
// rooms.json, policy.json, steps.json and expected.json, run against a real SQLite file
// through the same Allocator, RoomRepository and BufferPolicyStore the CLI and GUI use.
// A step after a change to rooms or policy reconciles, as `rooms set` and `policy set` do.
#include "rooms/allocator.h"
#include "rooms/bufferpolicy.h"
#include "rooms/roomrepository.h"
#include "rooms/wallclock.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Roomdesk;

namespace {

const QDateTime kNow(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());

QString scenariosDir()
{
    return qEnvironmentVariable("ROOMDESK_SOURCE_DIR") + QStringLiteral("/tests/data/allocation");
}

std::optional<QJsonValue> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = path + QStringLiteral(": ") + parse.errorString();
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::optional<int> optionalMinutes(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QString isoIn(const QDateTime &utc, const QString &zone)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone(zone.toUtf8())).toString(Qt::ISODate) : QString();
}

// Runs one scenario; every mismatch is collected so a failure shows the whole picture.
class ScenarioRun final
{
public:
    explicit ScenarioRun(const Database &database)
        : m_database(database)
    {}

    QStringList problems;

    void setUp(const QJsonObject &policyJson, const QJsonArray &roomsJson)
    {
        savePolicy(policyJson);
        addRooms(roomsJson);
    }

    void savePolicy(const QJsonObject &policyJson)
    {
        BufferPolicy policy;
        policy.prepMinutes = policyJson.value(QStringLiteral("prep")).toInt(policy.prepMinutes);
        policy.courtesyMinutes = policyJson.value(QStringLiteral("courtesy")).toInt(policy.courtesyMinutes);
        policy.postMinutes = policyJson.value(QStringLiteral("post")).toInt(policy.postMinutes);
        if (!BufferPolicyStore::save(m_database, policy))
            problems.append(QStringLiteral("policy.json refused"));
    }

    void addRooms(const QJsonArray &roomsJson)
    {
        for (const QJsonValue &value : roomsJson) {
            const QJsonObject object = value.toObject();
            Room room;
            room.email = object.value(QStringLiteral("email")).toString();
            room.name = object.value(QStringLiteral("name")).toString(room.email.section(QLatin1Char('@'), 0, 0));
            room.active = object.value(QStringLiteral("active")).toBool(true);
            room.webinar = object.value(QStringLiteral("webinar")).toBool(false);
            room.assignment = object.value(QStringLiteral("assignment")).toString() == QLatin1String("manual")
                ? Room::Assignment::Manual
                : Room::Assignment::Automatic;
            room.position = object.value(QStringLiteral("position")).toInt(0);
            room.prepMinutes = optionalMinutes(object, "prep");
            room.courtesyMinutes = optionalMinutes(object, "courtesy");
            room.postMinutes = optionalMinutes(object, "post");
            auto added = RoomRepository(m_database).add(room, kNow);
            if (!added)
                problems.append(QStringLiteral("room %1 refused: %2").arg(room.email, added.error().message));
            else
                m_rooms.insert(room.email, added.value().id);
        }
    }

    void step(int index, const QJsonObject &step)
    {
        const QString where = QStringLiteral("step %1").arg(index + 1);
        std::optional<Error> error;
        if (step.contains(QStringLiteral("add"))) {
            error = add(step.value(QStringLiteral("add")).toObject());
        } else if (step.contains(QStringLiteral("cancel"))) {
            auto done = Allocator(m_database).cancel(requestId(step.value(QStringLiteral("cancel")).toString()));
            if (!done)
                error = done.error();
        } else if (step.contains(QStringLiteral("assign"))) {
            auto done = Allocator(m_database)
                            .assign(requestId(step.value(QStringLiteral("assign")).toString()),
                                    m_rooms.value(step.value(QStringLiteral("room")).toString()));
            if (!done)
                error = done.error();
        } else if (step.contains(QStringLiteral("room"))) {
            error =
                changeRoom(step.value(QStringLiteral("room")).toString(), step.value(QStringLiteral("set")).toObject());
        } else if (step.contains(QStringLiteral("new_room"))) {
            addRooms(QJsonArray {step.value(QStringLiteral("new_room"))});
            error = reconcile();
        } else if (step.contains(QStringLiteral("policy"))) {
            error = changePolicy(step.value(QStringLiteral("policy")).toObject());
        } else {
            problems.append(where + QStringLiteral(": unknown step"));
            return;
        }
        const QString expectedError = step.value(QStringLiteral("error")).toString();
        const QString actualError = error ? error->code : QString();
        if (expectedError != actualError)
            problems.append(QStringLiteral("%1: error “%2”, expected “%3” (%4)")
                                .arg(where, actualError, expectedError, error ? error->message : QString()));
        if (step.contains(QStringLiteral("conflicts"))) {
            QStringList expected;
            for (const QJsonValue &pair : step.value(QStringLiteral("conflicts")).toArray())
                expected.append(pair.toArray().at(0).toString() + QLatin1Char('+') + pair.toArray().at(1).toString());
            if (expected != m_lastConflicts)
                problems.append(
                    QStringLiteral("%1: conflicts %2, expected %3")
                        .arg(where, m_lastConflicts.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
        }
    }

    void check(const QJsonObject &expected)
    {
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')))
                continue; // options, not requests
            const QJsonObject want = it.value().toObject();
            if (!m_requests.contains(it.key())) {
                if (want.value(QStringLiteral("status")).toString() != QLatin1String("absent"))
                    problems.append(it.key() + QStringLiteral(": never stored"));
                continue;
            }
            auto found = Allocator(m_database).find(m_requests.value(it.key()));
            if (!found) {
                problems.append(it.key() + QStringLiteral(": ") + found.error().message);
                continue;
            }
            const RoomRequest &request = found.value();
            const auto compare = [&](const char *field, const QString &actual) {
                if (!want.contains(QLatin1String(field)))
                    return;
                const QString wanted =
                    want.value(QLatin1String(field)).isNull() ? QString() : want.value(QLatin1String(field)).toString();
                if (wanted != actual)
                    problems.append(QStringLiteral("%1.%2: “%3”, expected “%4”")
                                        .arg(it.key(), QLatin1String(field), actual, wanted));
            };
            compare("status", RoomRequest::statusName(request.status));
            compare("room", request.status == RoomRequest::Status::Allocated ? request.roomEmail : QString());
            compare("start_utc", request.startUtc.toString(Qt::ISODate));
            compare("blocked_from", isoIn(request.blockedFromUtc, request.timeZone));
            compare("blocked_to", isoIn(request.blockedToUtc, request.timeZone));
            const QString reason = want.value(QStringLiteral("reason_contains")).toString();
            if (!reason.isEmpty() && !request.reason.contains(reason))
                problems.append(QStringLiteral("%1: reason “%2” lacks “%3”").arg(it.key(), request.reason, reason));
        }
        // Whatever the steps did, no room is ever double-booked unless a reconciliation
        // reported it (buffers grew under existing bookings).
        if (!expected.contains(QStringLiteral("_overlaps_allowed")))
            checkNoOverlaps();
    }

private:
    std::optional<Error> add(const QJsonObject &object)
    {
        const QString label = object.value(QStringLiteral("id")).toString();
        auto start = WallClock::toUtc(object.value(QStringLiteral("start")).toString(),
                                      object.value(QStringLiteral("tz")).toString());
        if (!start)
            return start.error();
        RoomRequestSpec spec;
        spec.title = object.value(QStringLiteral("title")).toString(label);
        spec.startUtc = start.value();
        spec.timeZone = object.value(QStringLiteral("tz")).toString();
        spec.durationMinutes = object.value(QStringLiteral("duration")).toInt();
        spec.webinar = object.value(QStringLiteral("webinar")).toBool(false);
        auto made = Allocator(m_database).request(spec, kNow);
        if (!made)
            return made.error();
        m_requests.insert(label, made.value().id);
        return std::nullopt;
    }

    qint64 requestId(const QString &label)
    {
        if (!m_requests.contains(label))
            problems.append(QStringLiteral("unknown request label “%1”").arg(label));
        return m_requests.value(label, 999999);
    }

    std::optional<Error> changeRoom(const QString &email, const QJsonObject &set)
    {
        RoomChange change;
        if (set.contains(QStringLiteral("active")))
            change.active = set.value(QStringLiteral("active")).toBool();
        if (set.contains(QStringLiteral("webinar")))
            change.webinar = set.value(QStringLiteral("webinar")).toBool();
        if (set.contains(QStringLiteral("assignment")))
            change.assignment = set.value(QStringLiteral("assignment")).toString() == QLatin1String("manual")
                ? Room::Assignment::Manual
                : Room::Assignment::Automatic;
        if (set.contains(QStringLiteral("position")))
            change.position = set.value(QStringLiteral("position")).toInt();
        for (const auto &[key, member] :
             {std::pair {"prep", &RoomChange::prepMinutes}, std::pair {"courtesy", &RoomChange::courtesyMinutes},
              std::pair {"post", &RoomChange::postMinutes}}) {
            if (set.contains(QLatin1String(key)))
                change.*member = optionalMinutes(set, key);
        }
        auto updated = RoomRepository(m_database).update(m_rooms.value(email), change);
        if (!updated)
            return updated.error();
        return reconcile();
    }

    std::optional<Error> changePolicy(const QJsonObject &set)
    {
        auto policy = BufferPolicyStore::load(m_database);
        if (!policy)
            return policy.error();
        BufferPolicy changed = policy.value();
        changed.prepMinutes = set.value(QStringLiteral("prep")).toInt(changed.prepMinutes);
        changed.courtesyMinutes = set.value(QStringLiteral("courtesy")).toInt(changed.courtesyMinutes);
        changed.postMinutes = set.value(QStringLiteral("post")).toInt(changed.postMinutes);
        if (auto saved = BufferPolicyStore::save(m_database, changed); !saved)
            return saved.error();
        return reconcile();
    }

    std::optional<Error> reconcile()
    {
        auto outcome = Allocator(m_database).reconcile(kNow);
        if (!outcome)
            return outcome.error();
        m_lastConflicts.clear();
        for (const auto &[first, second] : outcome.value().conflicts)
            m_lastConflicts.append(label(first.id) + QLatin1Char('+') + label(second.id));
        return std::nullopt;
    }

    QString label(qint64 id) const
    {
        for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it) {
            if (it.value() == id)
                return it.key();
        }
        return QString::number(id);
    }

    void checkNoOverlaps()
    {
        auto all = Allocator(m_database).list();
        if (!all) {
            problems.append(all.error().message);
            return;
        }
        const QList<RoomRequest> &requests = all.value();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            for (qsizetype j = i + 1; j < requests.size(); ++j) {
                const RoomRequest &a = requests.at(i);
                const RoomRequest &b = requests.at(j);
                if (a.status == RoomRequest::Status::Allocated && b.status == RoomRequest::Status::Allocated &&
                    a.roomId == b.roomId && a.blockedFromUtc < b.blockedToUtc && b.blockedFromUtc < a.blockedToUtc)
                    problems.append(
                        QStringLiteral("%1 and %2 overlap in %3").arg(label(a.id), label(b.id), a.roomEmail));
            }
        }
    }

    const Database &m_database;
    QHash<QString, qint64> m_rooms; // e-mail → id
    QHash<QString, qint64> m_requests; // label → id
    QStringList m_lastConflicts;
};

} // namespace

class TestAllocationScenarios final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir dir(scenariosDir());
        const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(folders.size() >= 15, qPrintable(QStringLiteral("scenarios in %1").arg(dir.path())));
        for (const QString &folder : folders)
            QTest::newRow(qPrintable(folder)) << dir.filePath(folder);
    }

    void scenario()
    {
        QFETCH(QString, folder);
        QString error;
        const auto rooms = readJson(folder + QStringLiteral("/rooms.json"), &error);
        const auto policy = readJson(folder + QStringLiteral("/policy.json"), &error);
        const auto steps = readJson(folder + QStringLiteral("/steps.json"), &error);
        const auto expected = readJson(folder + QStringLiteral("/expected.json"), &error);
        QVERIFY2(rooms && policy && steps && expected, qPrintable(error));

        auto database = Database::open(m_dir.filePath(QFileInfo(folder).fileName() + QStringLiteral(".sqlite")));
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        ScenarioRun run(*database.value());
        run.setUp(policy->toObject(), rooms->toArray());
        const QJsonArray list = steps->toArray();
        QVERIFY(!list.isEmpty());
        for (qsizetype i = 0; i < list.size(); ++i)
            run.step(int(i), list.at(i).toObject());
        run.check(expected->toObject());
        QVERIFY2(run.problems.isEmpty(), qPrintable(QLatin1Char('\n') + run.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAllocationScenarios)
#include "tst_allocationscenarios.moc"
