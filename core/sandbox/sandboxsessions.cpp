// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated sessions and what Zoom reports after them: past meeting details, participant
// lists (past and report endpoints), cloud recordings, registrants and the invitation.
#include "sandboxpager.h"
#include "sandboxwebhooks.h"
#include "zoomsandbox.h"

#include <QHash>
#include <QTimeZone>

namespace Roomdesk {

namespace {

const char *const kFirstNames[] = {"Ana",    "José",  "María", "Íñigo", "Lucía", "Ñuño", "Андрей", "Мария",
                                   "Сергей", "Елена", "Ольга", "Пётр",  "Sofía", "Raúl", "Zoë",    "Chloé"};
const char *const kLastNames[] = {"García", "Muñoz",  "Pérez",   "O'Neill", "Díaz",    "Иванов",
                                  "Попова", "Ёлкина", "Смирнов", "Castro",  "Navarro", "Fernández"};

// A mailbox name for a person: accents folded, Cyrillic transliterated (a student "Пётр
// Ёлкина" gets petr.elkina@…), anything else dropped.
QString mailbox(const QString &text)
{
    static const QHash<QChar, QString> cyrillic = [] {
        const char *pairs[][2] = {{"а", "a"},  {"б", "b"},  {"в", "v"},    {"г", "g"}, {"д", "d"},  {"е", "e"},
                                  {"ё", "e"},  {"ж", "zh"}, {"з", "z"},    {"и", "i"}, {"й", "i"},  {"к", "k"},
                                  {"л", "l"},  {"м", "m"},  {"н", "n"},    {"о", "o"}, {"п", "p"},  {"р", "r"},
                                  {"с", "s"},  {"т", "t"},  {"у", "u"},    {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
                                  {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},  {"ы", "y"},  {"ь", ""},
                                  {"э", "e"},  {"ю", "iu"}, {"я", "ia"}};
        QHash<QChar, QString> map;
        for (const auto &pair : pairs)
            map.insert(QString::fromUtf8(pair[0]).at(0), QString::fromLatin1(pair[1]));
        return map;
    }();
    QString result;
    for (const QChar c : text.toLower()) {
        if (const auto it = cyrillic.constFind(c); it != cyrillic.cend()) {
            result += *it;
            continue;
        }
        const QString folded = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar f : folded) {
            if (f >= QLatin1Char('a') && f <= QLatin1Char('z'))
                result += f;
        }
    }
    return result.isEmpty() ? QStringLiteral("student") : result;
}

nlohmann::ordered_json participantJson(const SandboxParticipant &p, bool report)
{
    nlohmann::ordered_json json = {
        {"id", p.zoomUserId.toStdString()},
        {"name", p.name.toStdString()},
        {"user_id", p.userId.toStdString()},
        {"user_email", p.email.toStdString()},
        {"join_time", isoUtc(p.joinUtc)},
        {"leave_time", isoUtc(p.leaveUtc)},
        {"duration", static_cast<int>(p.joinUtc.secsTo(p.leaveUtc))},
        {"failover", false},
        {"status", p.waitingRoom ? "in_waiting_room" : "in_meeting"},
    };
    if (report) {
        json["participant_user_id"] = p.participantUserId.toStdString();
        json["customer_key"] = "";
        json["bo_mtg_id"] = "";
    } else {
        json["internal_user"] = p.internal;
    }
    return json;
}

} // namespace

const SandboxSession *ZoomSandbox::findSession(const QString &idOrUuid, bool webinar) const
{
    bool numeric = false;
    const qint64 id = idOrUuid.toLongLong(&numeric);
    // A meeting ID means its latest instance; a UUID means that instance (ZOOM_API_FACTS §8).
    for (auto it = m_sessions.crbegin(); it != m_sessions.crend(); ++it) {
        if (it->webinar == webinar && ((numeric && it->meetingId == id) || it->uuid == idOrUuid))
            return &*it;
    }
    return nullptr;
}

SandboxResponse ZoomSandbox::simulate(const SandboxRequest &request)
{
    const bool webinar = request.segments.at(1) == QLatin1String("webinars");
    const QString action = request.segments.at(3);
    SandboxMeeting *meeting = findMeeting(request.segments.at(2), webinar);
    if (!meeting)
        return SandboxResponse::zoomError(404, 3001,
                                          QStringLiteral("Meeting does not exist: %1.").arg(request.segments.at(2)));
    if (action == QLatin1String("start")) {
        meeting->status = QStringLiteral("started");
        meeting->startedUtc = now();
        return SandboxResponse::json(200, {{"started_at", isoUtc(meeting->startedUtc)}});
    }
    if (action != QLatin1String("end"))
        return SandboxResponse::zoomError(404, 404, QStringLiteral("Unknown sandbox control."));
    const auto plan = request.body.trimmed().isEmpty()
        ? nlohmann::json::object()
        : nlohmann::json::parse(request.body.toStdString(), nullptr, false);
    if (!plan.is_object())
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Expected a JSON object."));

    SandboxSession session;
    session.meetingId = meeting->id;
    session.webinar = webinar;
    session.type = meeting->type;
    session.topic = meeting->topic;
    session.hostId = meeting->hostId;
    session.hostEmail = meeting->hostEmail;
    const SandboxUser *host = findUser(meeting->hostId);
    session.hostName = host ? host->displayName() : meeting->hostEmail;
    // The first instance keeps the meeting's UUID; later ones get their own, as in Zoom.
    session.uuid = findSession(QString::number(meeting->id), webinar) ? randomToken(16).left(22) + QStringLiteral("==")
                                                                      : meeting->uuid;
    // A started meeting ends now (or after "minutes"); one never started is taken to have
    // run for "minutes" (default: its scheduled duration) until now.
    if (meeting->startedUtc.isValid()) {
        session.startUtc = meeting->startedUtc;
        session.endUtc = plan.contains("minutes") ? session.startUtc.addSecs(plan.value("minutes", 60) * qint64(60))
                                                  : std::max(now(), session.startUtc.addSecs(60));
    } else {
        session.endUtc = now();
        session.startUtc = session.endUtc.addSecs(-qint64(plan.value("minutes", meeting->duration)) * 60);
    }
    session.recorded = plan.value("recording", true);
    generateAttendees(session, plan);
    // Serialized once here: an ended session does not change and is read page after page.
    session.pastRows.reserve(session.participants.size());
    session.reportRows.reserve(session.participants.size());
    for (const SandboxParticipant &participant : session.participants) {
        session.pastRows.push_back(participantJson(participant, false).dump());
        session.reportRows.push_back(participantJson(participant, true).dump());
    }
    if (now() < session.endUtc)
        advanceClock(now().secsTo(session.endUtc));
    meeting->status = QStringLiteral("waiting"); // a scheduled meeting can be started again
    meeting->startedUtc = {};
    m_sessions.append(session);
    sendSessionEvents(session, *meeting, plan.value("participant_events", false));
    return SandboxResponse::json(200,
                                 {{"uuid", session.uuid.toStdString()},
                                  {"participants", static_cast<int>(session.participants.size())},
                                  {"ended_at", isoUtc(session.endUtc)}});
}

void ZoomSandbox::generateAttendees(SandboxSession &session, const nlohmann::json &plan)
{
    const int attendees = std::clamp(plan.value("attendees", 12), 0, 100000);
    const int waiting = plan.value("waiting_room", 2);
    const int rejoins = plan.value("rejoins", 3);
    const int twoDevices = plan.value("two_devices", 1);
    const int withoutEmail = plan.value("without_email", 2);
    const qint64 length = std::max<qint64>(60, session.startUtc.secsTo(session.endUtc));
    int nextUserId = 16778240;
    const auto row = [&](const QString &zoomId, const QString &stableId, const QString &name, const QString &email,
                         const QDateTime &from, const QDateTime &to, bool waitingRoom) {
        SandboxParticipant p;
        p.zoomUserId = zoomId;
        p.userId = QString::number(nextUserId++);
        p.participantUserId = stableId;
        p.name = name;
        p.email = email;
        p.joinUtc = from;
        p.leaveUtc = std::max(from, to);
        p.waitingRoom = waitingRoom;
        session.participants.append(p);
    };

    row(session.hostId, session.hostId, session.hostName, session.hostEmail, session.startUtc, session.endUtc, false);
    for (int i = 0; i < attendees; ++i) {
        const QString first =
            QString::fromUtf8(kFirstNames[m_random.bounded(static_cast<quint64>(std::size(kFirstNames)))]);
        const QString last =
            QString::fromUtf8(kLastNames[m_random.bounded(static_cast<quint64>(std::size(kLastNames)))]);
        const QString name = first + QLatin1Char(' ') + last;
        const bool signedIn = m_random.bounded(3) == 0;
        const QString stableId = randomToken(16).left(22);
        const QString email = i < withoutEmail
            ? QString()
            : QStringLiteral("%1.%2%3@alumnos.example").arg(mailbox(first), mailbox(last)).arg(i + 1);
        const QDateTime join = session.startUtc.addSecs(static_cast<qint64>(m_random.bounded(quint64(length / 6 + 1))));
        const QDateTime leave = session.endUtc.addSecs(-static_cast<qint64>(m_random.bounded(quint64(length / 6 + 1))));
        const QString zoomId = signedIn ? stableId : QString();
        if (i < waiting) // admitted from the waiting room after a few minutes
            row(zoomId, stableId, name, email, join.addSecs(-120 - qint64(m_random.bounded(180))), join, true);
        if (i >= withoutEmail && i < withoutEmail + rejoins) { // drops out and comes back: two rows
            const QDateTime drop = join.addSecs(join.secsTo(leave) / 3);
            const QDateTime back = drop.addSecs(60 + qint64(m_random.bounded(240)));
            row(zoomId, stableId, name, email, join, drop, false);
            row(zoomId, stableId, name, email, back, leave, false);
        } else {
            row(zoomId, stableId, name, email, join, leave, false);
        }
        if (i >= withoutEmail + rejoins && i < withoutEmail + rejoins + twoDevices) // a phone alongside the laptop
            row(zoomId, stableId, name, email, join.addSecs(300), leave.addSecs(-300), false);
    }
    std::stable_sort(session.participants.begin(), session.participants.end(),
                     [](const SandboxParticipant &a, const SandboxParticipant &b) { return a.joinUtc < b.joinUtc; });
}

void ZoomSandbox::sendSessionEvents(const SandboxSession &session, const SandboxMeeting &meeting,
                                    bool participantEvents)
{
    if (!m_webhooks)
        return;
    // SPEC-E: object.id is a string in these events, an int64 in recording.completed.
    nlohmann::ordered_json object = {{"id", std::to_string(session.meetingId)},
                                     {"uuid", session.uuid.toStdString()},
                                     {"host_id", session.hostId.toStdString()},
                                     {"topic", session.topic.toStdString()},
                                     {"type", session.type},
                                     {"start_time", isoUtc(session.startUtc)},
                                     {"timezone", meeting.timezone.toStdString()},
                                     {"duration", meeting.duration}};
    const std::string account = m_accountId.toStdString();
    if (participantEvents) {
        for (const SandboxParticipant &p : session.participants) {
            if (p.waitingRoom)
                continue;
            for (const bool joined : {true, false}) {
                nlohmann::ordered_json participant = {{"user_id", p.userId.toStdString()},
                                                      {"user_name", p.name.toStdString()},
                                                      {"id", p.zoomUserId.toStdString()},
                                                      {"participant_uuid", p.participantUserId.toStdString()},
                                                      {"email", p.email.toStdString()}};
                participant[joined ? "join_time" : "leave_time"] = isoUtc(joined ? p.joinUtc : p.leaveUtc);
                nlohmann::ordered_json withParticipant = object;
                withParticipant["participant"] = participant;
                m_webhooks->send(joined ? "meeting.participant_joined" : "meeting.participant_left",
                                 {{"account_id", account}, {"object", withParticipant}});
            }
        }
    }
    nlohmann::ordered_json ended = object;
    ended["host_email"] = session.hostEmail.toStdString();
    ended["end_time"] = isoUtc(session.endUtc);
    if (session.webinar)
        ended["practice_session"] = false;
    m_webhooks->send(session.webinar ? "webinar.ended" : "meeting.ended", {{"account_id", account}, {"object", ended}});
    if (session.recorded) {
        nlohmann::ordered_json recording = recordingJson(session);
        recording["host_email"] = session.hostEmail.toStdString();
        recording["type"] = session.type;
        recording["timezone"] = meeting.timezone.toStdString();
        recording["password"] = meeting.password.toStdString();
        recording["share_url"] =
            QString(origin().toString() + QStringLiteral("/rec/share/") + session.uuid).toStdString();
        m_webhooks->send("recording.completed", {{"account_id", account}, {"object", recording}},
                         {{"download_token", randomToken(32).toStdString()}});
    }
}

SandboxResponse ZoomSandbox::pastMeeting(const SandboxRequest &, const QStringList &args)
{
    const SandboxSession *session = findSession(args.value(0), false);
    if (!session)
        return SandboxResponse::zoomError(404, 3001, QStringLiteral("Meeting does not exist: %1.").arg(args.value(0)));
    QSet<QString> people;
    for (const SandboxParticipant &p : session->participants)
        people.insert(p.participantUserId);
    qint64 totalSeconds = 0;
    for (const SandboxParticipant &p : session->participants)
        totalSeconds += p.waitingRoom ? 0 : p.joinUtc.secsTo(p.leaveUtc);
    return SandboxResponse::json(200,
                                 {{"uuid", session->uuid.toStdString()},
                                  {"id", session->meetingId},
                                  {"host_id", session->hostId.toStdString()},
                                  {"type", session->type},
                                  {"topic", session->topic.toStdString()},
                                  {"user_name", session->hostName.toStdString()},
                                  {"user_email", session->hostEmail.toStdString()},
                                  {"start_time", isoUtc(session->startUtc)},
                                  {"end_time", isoUtc(session->endUtc)},
                                  {"duration", static_cast<int>(session->startUtc.secsTo(session->endUtc) / 60)},
                                  {"total_minutes", static_cast<int>(totalSeconds / 60)},
                                  {"participants_count", static_cast<int>(people.size())},
                                  {"dept", ""},
                                  {"source", "Zoom"},
                                  {"has_meeting_summary", false}});
}

SandboxResponse ZoomSandbox::participants(const SandboxRequest &request, const QString &id, bool webinar, bool report)
{
    if (m_options.plan == ZoomPlan::Free)
        return SandboxResponse::zoomError(400, 200, QStringLiteral("Only available for paid account."));
    const SandboxSession *session = findSession(id, webinar);
    if (!session)
        return SandboxResponse::zoomError(404, 3001,
                                          report ? QStringLiteral("Meeting %1 not found or has expired.").arg(id)
                                                 : QStringLiteral("Meeting does not exist: %1.").arg(id));
    const QString listing =
        QStringLiteral("%1|%2").arg(report ? QStringLiteral("report") : QStringLiteral("past"), session->uuid);
    auto page = m_pager->page(request, listing, 300, now());
    if (auto *error = std::get_if<SandboxResponse>(&page))
        return *error;
    const auto &p = std::get<SandboxPager::Page>(page);
    const int total = static_cast<int>(session->participants.size());
    nlohmann::ordered_json body = m_pager->wrapper(listing, p, total, now());
    const std::vector<std::string> &rows = report ? session->reportRows : session->pastRows;
    // The page is spliced from serialized rows: building JSON objects for every page of a
    // 30,000-row listing would make the sandbox, not the rate limit, the bottleneck.
    std::string text = body.dump();
    text.pop_back(); // the closing brace
    text += ",\"participants\":[";
    for (int i = p.offset; i < total && i < p.offset + p.pageSize; ++i) {
        if (i > p.offset)
            text += ',';
        text += rows.at(static_cast<size_t>(i));
    }
    text += "]}";
    SandboxResponse response = SandboxResponse::json(200, {});
    response.body.reset();
    response.rawBody = QByteArray::fromStdString(text);
    return response;
}

SandboxResponse ZoomSandbox::pastMeetingParticipants(const SandboxRequest &request, const QStringList &args)
{
    return participants(request, args.value(0), false, false);
}

SandboxResponse ZoomSandbox::pastWebinarParticipants(const SandboxRequest &request, const QStringList &args)
{
    return participants(request, args.value(0), true, false);
}

SandboxResponse ZoomSandbox::reportMeetingParticipants(const SandboxRequest &request, const QStringList &args)
{
    return participants(request, args.value(0), false, true);
}

SandboxResponse ZoomSandbox::reportWebinarParticipants(const SandboxRequest &request, const QStringList &args)
{
    return participants(request, args.value(0), true, true);
}

nlohmann::ordered_json ZoomSandbox::recordingJson(const SandboxSession &session) const
{
    const QString base = origin().toString();
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    const std::pair<const char *, const char *> kinds[] = {{"MP4", "shared_screen_with_speaker_view"},
                                                           {"M4A", "audio_only"}};
    int index = 0;
    qint64 total = 0;
    for (const auto &[type, recordingType] : kinds) {
        const qint64 size = session.startUtc.secsTo(session.endUtc) * (type == std::string("MP4") ? 90000 : 8000);
        total += size;
        const QString fileId = QStringLiteral("%1-%2").arg(session.meetingId).arg(++index);
        files.push_back({{"id", fileId.toStdString()},
                         {"meeting_id", session.uuid.toStdString()},
                         {"recording_start", isoUtc(session.startUtc)},
                         {"recording_end", isoUtc(session.endUtc)},
                         {"file_type", type},
                         {"file_extension", type},
                         {"file_size", size},
                         {"play_url", QString(base + QStringLiteral("/rec/play/") + fileId).toStdString()},
                         {"download_url", QString(base + QStringLiteral("/rec/download/") + fileId).toStdString()},
                         {"status", "completed"},
                         {"recording_type", recordingType}});
    }
    return {{"uuid", session.uuid.toStdString()},
            {"id", session.meetingId},
            {"account_id", m_accountId.toStdString()},
            {"host_id", session.hostId.toStdString()},
            {"topic", session.topic.toStdString()},
            {"type", std::to_string(session.type)},
            {"start_time", isoUtc(session.startUtc)},
            {"duration", static_cast<int>(session.startUtc.secsTo(session.endUtc) / 60)},
            {"total_size", total},
            {"recording_count", static_cast<int>(files.size())},
            {"recording_files", files}};
}

SandboxResponse ZoomSandbox::meetingRecordings(const SandboxRequest &, const QStringList &args)
{
    const SandboxSession *session = findSession(args.value(0), false);
    if (!session)
        session = findSession(args.value(0), true);
    if (!session)
        return SandboxResponse::zoomError(404, 3301, QStringLiteral("There is no recording for this meeting."));
    if (!session->recorded)
        return SandboxResponse::zoomError(404, 3301, QStringLiteral("There is no recording for this meeting."));
    return SandboxResponse::json(200, recordingJson(*session));
}

SandboxResponse ZoomSandbox::userRecordings(const SandboxRequest &request, const QStringList &args)
{
    const SandboxUser *user = findUser(args.value(0));
    if (!user || user->id.isEmpty())
        return SandboxResponse::zoomError(404, 1001, QStringLiteral("User does not exist: %1.").arg(args.value(0)));
    // Dates are yyyy-mm-dd in UTC; both default to today and span at most a month.
    const QDate today = now().date();
    const QDate from = request.hasQuery(QStringLiteral("from"))
        ? QDate::fromString(request.queryValue(QStringLiteral("from")), Qt::ISODate)
        : today;
    const QDate to = request.hasQuery(QStringLiteral("to"))
        ? QDate::fromString(request.queryValue(QStringLiteral("to")), Qt::ISODate)
        : today;
    if (!from.isValid() || !to.isValid() || from > to || from.addMonths(1) < to)
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Invalid field: from/to."));
    const QString listing =
        QStringLiteral("recordings|%1|%2|%3").arg(user->id, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    auto page = m_pager->page(request, listing, 300, now());
    if (auto *error = std::get_if<SandboxResponse>(&page))
        return *error;
    const auto &p = std::get<SandboxPager::Page>(page);
    QList<const SandboxSession *> matching;
    for (const SandboxSession &session : m_sessions) {
        const QDate day = session.startUtc.date();
        if (session.recorded && session.hostId == user->id && day >= from && day <= to)
            matching.append(&session);
    }
    nlohmann::ordered_json body = {{"from", from.toString(Qt::ISODate).toStdString()},
                                   {"to", to.toString(Qt::ISODate).toStdString()}};
    body.update(m_pager->wrapper(listing, p, static_cast<int>(matching.size()), now()));
    nlohmann::ordered_json meetings = nlohmann::ordered_json::array();
    for (qsizetype i = p.offset; i < matching.size() && i < p.offset + p.pageSize; ++i)
        meetings.push_back(recordingJson(*matching.at(i)));
    body["meetings"] = meetings;
    return SandboxResponse::json(200, body);
}

SandboxResponse ZoomSandbox::meetingInvitation(const SandboxRequest &, const QStringList &args)
{
    const SandboxMeeting *meeting = findMeeting(args.value(0), false);
    if (!meeting)
        return get(args.value(0), false);
    const SandboxUser *host = findUser(meeting->hostId);
    const QString text =
        QStringLiteral("%1 is inviting you to a scheduled Zoom meeting.\r\n\r\nTopic: %2\r\nTime: %3 %4\r\n\r\nJoin "
                       "Zoom Meeting\r\n%5\r\n\r\nMeeting ID: %6\r\nPasscode: %7\r\n")
            .arg(host ? host->displayName() : meeting->hostEmail, meeting->topic,
                 meeting->startTimeUtc.toTimeZone(QTimeZone(meeting->timezone.toUtf8())).toString(Qt::ISODate),
                 meeting->timezone, joinUrl(*meeting))
            .arg(meeting->id)
            .arg(meeting->password);
    return SandboxResponse::json(200, {{"invitation", text.toStdString()}, {"sip_links", nlohmann::json::array()}});
}

SandboxResponse ZoomSandbox::listRegistrants(const SandboxRequest &request, const QString &id, bool webinar)
{
    const SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return get(id, webinar);
    const QString status = request.hasQuery(QStringLiteral("status")) ? request.queryValue(QStringLiteral("status"))
                                                                      : QStringLiteral("approved");
    const QString listing = QStringLiteral("registrants|%1|%2").arg(meeting->id).arg(status);
    auto page = m_pager->page(request, listing, 300, now());
    if (auto *error = std::get_if<SandboxResponse>(&page))
        return *error;
    const auto &p = std::get<SandboxPager::Page>(page);
    QList<const SandboxRegistrant *> matching;
    for (const SandboxRegistrant &r : meeting->registrants) {
        if (r.status == status)
            matching.append(&r);
    }
    nlohmann::ordered_json body = m_pager->wrapper(listing, p, static_cast<int>(matching.size()), now());
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (qsizetype i = p.offset; i < matching.size() && i < p.offset + p.pageSize; ++i) {
        const SandboxRegistrant &r = *matching.at(i);
        list.push_back(
            {{"id", r.id.toStdString()},
             {"email", r.email.toStdString()},
             {"first_name", r.firstName.toStdString()},
             {"last_name", r.lastName.toStdString()},
             {"status", r.status.toStdString()},
             {"create_time", r.createTime.toStdString()},
             {"join_url",
              QStringLiteral("%1/w/%2?tk=%3").arg(origin().toString()).arg(meeting->id).arg(r.id).toStdString()}});
    }
    body["registrants"] = list;
    return SandboxResponse::json(200, body);
}

SandboxResponse ZoomSandbox::listMeetingRegistrants(const SandboxRequest &request, const QStringList &args)
{
    return listRegistrants(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::listWebinarRegistrants(const SandboxRequest &request, const QStringList &args)
{
    return listRegistrants(request, args.value(0), true);
}

SandboxResponse ZoomSandbox::addMeetingRegistrant(const SandboxRequest &request, const QStringList &args)
{
    return addRegistrant(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::addRegistrant(const SandboxRequest &request, const QString &id, bool webinar)
{
    SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return get(id, webinar);
    const auto body = nlohmann::json::parse(request.body.toStdString(), nullptr, false);
    if (!body.is_object())
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Request Body should be a valid JSON object."));
    std::vector<std::pair<std::string, std::string>> missing;
    for (const char *field : {"email", "first_name"}) {
        if (!body.contains(field) || !body[field].is_string() || body[field].get<std::string>().empty())
            missing.emplace_back(field, "This field is required.");
    }
    if (body.contains("email") && body["email"].is_string() &&
        body["email"].get<std::string>().find('@') == std::string::npos)
        missing.emplace_back("email", "Invalid field.");
    if (!missing.empty()) {
        nlohmann::ordered_json errors = nlohmann::ordered_json::array();
        for (const auto &[field, message] : missing)
            errors.push_back({{"field", field}, {"message", message}});
        return SandboxResponse::json(400, {{"code", 300}, {"message", "Validation Failed."}, {"errors", errors}});
    }
    SandboxRegistrant registrant;
    registrant.id = randomToken(16).left(22);
    registrant.email = QString::fromStdString(body["email"].get<std::string>());
    registrant.firstName = QString::fromStdString(body["first_name"].get<std::string>());
    registrant.lastName = QString::fromStdString(body.value("last_name", std::string()));
    registrant.createTime = QString::fromStdString(isoUtc(now()));
    meeting->registrants.append(registrant);
    return SandboxResponse::json(
        201,
        {{"id", meeting->id},
         {"registrant_id", registrant.id.toStdString()},
         {"topic", meeting->topic.toStdString()},
         {"start_time", isoUtc(meeting->startTimeUtc)},
         {"join_url",
          QStringLiteral("%1/w/%2?tk=%3").arg(origin().toString()).arg(meeting->id).arg(registrant.id).toStdString()}});
}

SandboxResponse ZoomSandbox::deleteMeetingRegistrant(const SandboxRequest &, const QStringList &args)
{
    SandboxMeeting *meeting = findMeeting(args.value(0), false);
    if (!meeting)
        return get(args.value(0), false);
    const qsizetype removed =
        meeting->registrants.removeIf([&args](const SandboxRegistrant &r) { return r.id == args.value(1); });
    if (removed == 0)
        return SandboxResponse::zoomError(404, 3043,
                                          QStringLiteral("Registrant does not exist: %1.").arg(args.value(1)));
    return SandboxResponse::empty(204);
}

} // namespace Roomdesk
