// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings and webinars in the sandbox: create, get, patch, delete, end/recover and a host's
// list, with Zoom's validation (code 300 with field errors), licence checks and the limit of
// 100 create/update calls per host and day.
#include "sandboxpager.h"
#include "zoomsandbox.h"

#include <QTimeZone>

#include <set>

namespace Roomdesk {

namespace {

using FieldErrors = std::vector<std::pair<std::string, std::string>>;

SandboxResponse validationFailed(const FieldErrors &errors)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto &[field, message] : errors)
        list.push_back({{"field", field}, {"message", message}});
    nlohmann::ordered_json body = {{"code", 300}, {"message", "Validation Failed."}, {"errors", list}};
    return SandboxResponse::json(400, body);
}

// Zoom accepts "yyyy-MM-ddTHH:mm:ssZ" (UTC) or a local "yyyy-MM-ddTHH:mm:ss" with a timezone.
std::optional<QDateTime> parseStartTime(const QString &text, const QString &timezone)
{
    const bool utc = text.endsWith(QLatin1Char('Z'));
    const QDateTime local = QDateTime::fromString(utc ? text.chopped(1) : text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    if (utc)
        return QDateTime(local.date(), local.time(), QTimeZone::utc());
    const QTimeZone zone(timezone.isEmpty() ? QByteArrayLiteral("UTC") : timezone.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

FieldErrors validate(const nlohmann::json &body, bool webinar)
{
    FieldErrors errors;
    const auto stringField = [&](const char *name, size_t maxLength) {
        if (!body.contains(name))
            return;
        if (!body[name].is_string())
            errors.emplace_back(name, "Invalid field.");
        else if (QString::fromStdString(body[name].get<std::string>()).size() > static_cast<qsizetype>(maxLength))
            errors.emplace_back(
                name, "The length of the field exceeds the maximum of " + std::to_string(maxLength) + " characters.");
    };
    stringField("topic", 200);
    stringField("agenda", 2000);
    stringField("password", 10);
    stringField("timezone", 64);
    if (body.contains("type")) {
        const std::vector<int> allowed = webinar ? std::vector<int> {5, 6, 9} : std::vector<int> {1, 2, 3, 8, 10};
        if (!body["type"].is_number_integer() ||
            std::find(allowed.begin(), allowed.end(), body["type"].get<int>()) == allowed.end())
            errors.emplace_back("type", "Invalid field.");
    }
    if (body.contains("duration")) {
        if (!body["duration"].is_number_integer() || body["duration"].get<int>() < 1 ||
            body["duration"].get<int>() > 1440)
            errors.emplace_back("duration", "Invalid field.");
    }
    if (body.contains("timezone") && body["timezone"].is_string() &&
        !QTimeZone(QByteArray::fromStdString(body["timezone"].get<std::string>())).isValid())
        errors.emplace_back("timezone", "Invalid field.");
    if (body.contains("start_time")) {
        const QString zone = body.contains("timezone") && body["timezone"].is_string()
            ? QString::fromStdString(body["timezone"].get<std::string>())
            : QString();
        if (!body["start_time"].is_string() ||
            !parseStartTime(QString::fromStdString(body["start_time"].get<std::string>()), zone))
            errors.emplace_back("start_time", "Invalid field.");
    }
    if (body.contains("settings")) {
        const auto &settings = body["settings"];
        if (!settings.is_object()) {
            errors.emplace_back("settings", "Invalid field.");
        } else {
            for (const char *flag :
                 {"waiting_room", "join_before_host", "host_video", "participant_video", "mute_upon_entry"}) {
                if (settings.contains(flag) && !settings[flag].is_boolean())
                    errors.emplace_back(std::string("settings.") + flag, "Invalid field.");
            }
            if (settings.contains("jbh_time") &&
                (!settings["jbh_time"].is_number_integer() ||
                 std::set<int> {0, 5, 10, 15}.count(settings["jbh_time"].get<int>()) == 0))
                errors.emplace_back("settings.jbh_time", "Invalid field.");
        }
    }
    return errors;
}

// Webinars have panelists rather than participants, and no waiting room, join before host or
// mute upon entry among their settings (SPEC-M).
nlohmann::ordered_json defaultSettings(bool webinar)
{
    if (webinar)
        return {{"host_video", false}, {"panelists_video", false}, {"practice_session", false},
                {"approval_type", 2},  {"audio", "both"},          {"auto_recording", "none"}};
    return {{"host_video", false},      {"participant_video", false}, {"join_before_host", false},
            {"mute_upon_entry", false}, {"approval_type", 2},         {"audio", "both"},
            {"auto_recording", "none"}, {"waiting_room", true},       {"jbh_time", 0}};
}

void applyBody(SandboxMeeting &meeting, const nlohmann::json &body)
{
    const auto text = [&body](const char *name) { return QString::fromStdString(body[name].get<std::string>()); };
    if (body.contains("topic"))
        meeting.topic = text("topic");
    if (body.contains("agenda"))
        meeting.agenda = text("agenda");
    if (body.contains("password"))
        meeting.password = text("password");
    if (body.contains("type"))
        meeting.type = body["type"].get<int>();
    if (body.contains("duration"))
        meeting.duration = body["duration"].get<int>();
    if (body.contains("timezone"))
        meeting.timezone = text("timezone");
    if (body.contains("start_time")) {
        if (const auto start = parseStartTime(text("start_time"), meeting.timezone))
            meeting.startTimeUtc = *start;
    }
    if (body.contains("settings")) {
        for (const auto &[key, value] : body["settings"].items())
            meeting.settings[key] = value;
        // Zoom: with the waiting room on, join before host is off.
        if (!meeting.webinar && meeting.settings.value("waiting_room", false))
            meeting.settings["join_before_host"] = false;
    }
}

std::variant<nlohmann::json, SandboxResponse> parseBody(const QByteArray &raw)
{
    const auto body = nlohmann::json::parse(raw.toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Request Body should be a valid JSON object."));
    return body;
}

} // namespace

SandboxResponse ZoomSandbox::createMeeting(const SandboxRequest &request, const QStringList &args)
{
    return create(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::createWebinar(const SandboxRequest &request, const QStringList &args)
{
    return create(request, args.value(0), true);
}

SandboxResponse ZoomSandbox::getMeeting(const SandboxRequest &, const QStringList &args)
{
    return get(args.value(0), false);
}

SandboxResponse ZoomSandbox::getWebinar(const SandboxRequest &, const QStringList &args)
{
    return get(args.value(0), true);
}

SandboxResponse ZoomSandbox::patchMeeting(const SandboxRequest &request, const QStringList &args)
{
    return patch(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::patchWebinar(const SandboxRequest &request, const QStringList &args)
{
    return patch(request, args.value(0), true);
}

SandboxResponse ZoomSandbox::deleteMeeting(const SandboxRequest &, const QStringList &args)
{
    return remove(args.value(0), false);
}

SandboxResponse ZoomSandbox::deleteWebinar(const SandboxRequest &, const QStringList &args)
{
    return remove(args.value(0), true);
}

SandboxResponse ZoomSandbox::meetingStatus(const SandboxRequest &request, const QStringList &args)
{
    return changeStatus(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::webinarStatus(const SandboxRequest &request, const QStringList &args)
{
    return changeStatus(request, args.value(0), true);
}

SandboxMeeting *ZoomSandbox::findMeeting(const QString &id, bool webinar, bool includeDeleted)
{
    const auto usable = [webinar, includeDeleted](const SandboxMeeting &m) {
        return m.webinar == webinar && (includeDeleted || !m.deleted);
    };
    bool numeric = false;
    if (const qint64 key = id.toLongLong(&numeric); numeric) {
        const auto it = m_meetings.find(key);
        return it != m_meetings.end() && usable(*it) ? &*it : nullptr;
    }
    for (SandboxMeeting &meeting : m_meetings) { // a UUID
        if (meeting.uuid == id && usable(meeting))
            return &meeting;
    }
    return nullptr;
}

std::optional<SandboxResponse> ZoomSandbox::countHostWrite(const QString &hostId)
{
    const QString key = hostId + QLatin1Char('|') + now().date().toString(Qt::ISODate);
    int &count = m_hostWritesToday[key];
    if (count >= kMeetingWritesPerHostPerDay) {
        // As observed: no X-RateLimit-Type and no Retry-After on this one.
        return SandboxResponse::zoomError(
            429, 429,
            QStringLiteral("You have exceeded the daily rate limit (%1) of Meeting Create/Update API requests "
                           "permitted for this particular user. You may resume these requests at GMT 00:00:00.")
                .arg(kMeetingWritesPerHostPerDay));
    }
    ++count;
    return std::nullopt;
}

QString ZoomSandbox::joinUrl(const SandboxMeeting &meeting) const
{
    return QStringLiteral("%1/%2/%3?pwd=%4")
        .arg(origin().toString(), meeting.webinar ? QStringLiteral("w") : QStringLiteral("j"))
        .arg(meeting.id)
        .arg(meeting.password);
}

nlohmann::ordered_json ZoomSandbox::meetingJson(const SandboxMeeting &meeting)
{
    nlohmann::ordered_json json = {
        {"uuid", meeting.uuid.toStdString()},      {"id", meeting.id},
        {"host_id", meeting.hostId.toStdString()}, {"host_email", meeting.hostEmail.toStdString()},
        {"topic", meeting.topic.toStdString()},    {"type", meeting.type},
    };
    if (!meeting.webinar)
        json["status"] = meeting.status == QLatin1String("started") ? "started" : "waiting";
    json["start_time"] = isoUtc(meeting.startTimeUtc);
    json["duration"] = meeting.duration;
    json["timezone"] = meeting.timezone.toStdString();
    json["agenda"] = meeting.agenda.toStdString();
    json["created_at"] = meeting.createdAt.toStdString();
    // start_url carries a short-lived token; it changes on every read, as Zoom's does.
    json["start_url"] =
        QStringLiteral("%1/s/%2?zak=%3").arg(origin().toString()).arg(meeting.id).arg(randomToken(24)).toStdString();
    json["join_url"] = joinUrl(meeting).toStdString();
    json["password"] = meeting.password.toStdString();
    if (meeting.webinar) {
        json["h323_passcode"] = "123456";
        json["encrypted_passcode"] = meeting.password.toUtf8().toHex().toStdString();
    } else {
        json["h323_password"] = "123456";
        json["pstn_password"] = "123456";
        json["encrypted_password"] = meeting.password.toUtf8().toHex().toStdString();
        json["pre_schedule"] = false;
    }
    json["settings"] = meeting.settings;
    json["creation_source"] = "open_api";
    return json;
}

SandboxResponse ZoomSandbox::create(const SandboxRequest &request, const QString &userId, bool webinar)
{
    const SandboxUser *host = findUser(userId);
    if (!host || host->status == QLatin1String("pending"))
        return SandboxResponse::zoomError(404, 1001, QStringLiteral("User does not exist: %1.").arg(userId));
    auto parsed = parseBody(request.body);
    if (auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const nlohmann::json body = std::get<nlohmann::json>(parsed);
    if (const FieldErrors errors = validate(body, webinar); !errors.empty())
        return validationFailed(errors);
    if (host->type != SandboxUserType::Licensed)
        return SandboxResponse::zoomError(
            400, 3161,
            QStringLiteral("User %1 is not allowed to host or schedule %2 on this "
                           "account: a licence is required.")
                .arg(host->email, webinar ? QStringLiteral("webinars") : QStringLiteral("meetings")));
    if (webinar && !host->webinarLicence)
        return SandboxResponse::zoomError(400, 200,
                                          QStringLiteral("Webinar plan is missing. You must subscribe to the webinar "
                                                         "plan and enable webinar for this user in order to perform "
                                                         "this action."));
    if (auto limited = countHostWrite(host->id))
        return *limited;

    SandboxMeeting meeting;
    meeting.webinar = webinar;
    meeting.type = webinar ? 5 : 2;
    do {
        meeting.id = 80000000000LL + static_cast<qint64>(m_random.bounded(9999999999ULL));
    } while (m_meetings.contains(meeting.id));
    QByteArray uuid(16, Qt::Uninitialized);
    for (char &c : uuid)
        c = static_cast<char>(m_random.bounded(256));
    meeting.uuid = QString::fromLatin1(uuid.toBase64());
    meeting.hostId = host->id;
    meeting.hostEmail = host->email;
    meeting.topic = webinar ? QStringLiteral("Zoom Webinar") : QStringLiteral("Zoom Meeting");
    meeting.timezone = host->timezone;
    meeting.startTimeUtc = QDateTime(now().date(), QTime(now().time().hour(), now().time().minute()), QTimeZone::utc());
    meeting.password = QString::number(100000 + m_random.bounded(899999));
    meeting.createdAt = QString::fromStdString(isoUtc(now()));
    meeting.settings = defaultSettings(webinar);
    applyBody(meeting, body);
    // A missing or past start time means "now".
    if (meeting.startTimeUtc < now())
        meeting.startTimeUtc =
            QDateTime(now().date(), QTime(now().time().hour(), now().time().minute()), QTimeZone::utc());
    m_meetings.insert(meeting.id, meeting);
    return SandboxResponse::json(201, meetingJson(meeting));
}

SandboxResponse ZoomSandbox::get(const QString &id, bool webinar)
{
    const SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return SandboxResponse::zoomError(404, 3001,
                                          webinar ? QStringLiteral("Webinar does not exist: %1.").arg(id)
                                                  : QStringLiteral("Meeting does not exist: %1.").arg(id));
    return SandboxResponse::json(200, meetingJson(*meeting));
}

SandboxResponse ZoomSandbox::patch(const SandboxRequest &request, const QString &id, bool webinar)
{
    SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return get(id, webinar);
    auto parsed = parseBody(request.body);
    if (auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    nlohmann::json body = std::get<nlohmann::json>(parsed);
    if (const FieldErrors errors = validate(body, webinar); !errors.empty())
        return validationFailed(errors);
    if (auto limited = countHostWrite(meeting->hostId))
        return *limited;
    // Zoom ignores a past start time in an update.
    if (body.contains("start_time")) {
        const QString zone =
            body.contains("timezone") ? QString::fromStdString(body["timezone"].get<std::string>()) : meeting->timezone;
        const auto start = parseStartTime(QString::fromStdString(body["start_time"].get<std::string>()), zone);
        if (start && *start < now())
            body.erase("start_time");
    }
    applyBody(*meeting, body);
    return SandboxResponse::empty(204);
}

SandboxResponse ZoomSandbox::remove(const QString &id, bool webinar)
{
    SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return get(id, webinar);
    meeting->deleted = true;
    return SandboxResponse::empty(204);
}

SandboxResponse ZoomSandbox::changeStatus(const SandboxRequest &request, const QString &id, bool webinar)
{
    auto parsed = parseBody(request.body);
    if (auto *error = std::get_if<SandboxResponse>(&parsed))
        return *error;
    const nlohmann::json body = std::get<nlohmann::json>(parsed);
    const std::string action = body.value("action", std::string());
    if (action != "end" && (webinar || action != "recover"))
        return validationFailed({{"action", "Invalid field."}});
    if (action == "recover") {
        SandboxMeeting *deleted = findMeeting(id, false, true);
        if (!deleted)
            return get(id, false);
        deleted->deleted = false;
        return SandboxResponse::empty(204);
    }
    SandboxMeeting *meeting = findMeeting(id, webinar);
    if (!meeting)
        return get(id, webinar);
    meeting->status = QStringLiteral("finished");
    // SPEC-M documents 200 for ending a webinar and 204 for a meeting.
    return webinar ? SandboxResponse::empty(200) : SandboxResponse::empty(204);
}

SandboxResponse ZoomSandbox::listUserMeetings(const SandboxRequest &request, const QStringList &args)
{
    return listHostSessions(request, args.value(0), false);
}

SandboxResponse ZoomSandbox::listUserWebinars(const SandboxRequest &request, const QStringList &args)
{
    return listHostSessions(request, args.value(0), true);
}

SandboxResponse ZoomSandbox::listHostSessions(const SandboxRequest &request, const QString &hostId, bool webinar)
{
    const SandboxUser *host = findUser(hostId);
    if (!host || host->id.isEmpty())
        return SandboxResponse::zoomError(404, 1001, QStringLiteral("User does not exist: %1.").arg(hostId));
    const QString type = request.hasQuery(QStringLiteral("type")) ? request.queryValue(QStringLiteral("type"))
                                                                  : QStringLiteral("scheduled");
    // Webinars know only scheduled and upcoming (SPEC-M).
    static const QStringList meetingTypes = {QStringLiteral("scheduled"), QStringLiteral("live"),
                                             QStringLiteral("upcoming"), QStringLiteral("upcoming_meetings"),
                                             QStringLiteral("previous_meetings")};
    static const QStringList webinarTypes = {QStringLiteral("scheduled"), QStringLiteral("upcoming")};
    if (!(webinar ? webinarTypes : meetingTypes).contains(type))
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Invalid field: type."));
    const QString listing = QStringLiteral("%1|%2|%3")
                                .arg(webinar ? QStringLiteral("webinars") : QStringLiteral("meetings"), host->id, type);
    auto page = m_pager->page(request, listing, 300, now());
    if (auto *error = std::get_if<SandboxResponse>(&page))
        return *error;
    const auto &p = std::get<SandboxPager::Page>(page);

    QList<const SandboxMeeting *> matching;
    for (const SandboxMeeting &meeting : std::as_const(m_meetings)) {
        if (meeting.deleted || meeting.webinar != webinar || meeting.hostId != host->id)
            continue;
        const bool live = meeting.status == QLatin1String("started");
        const bool upcoming = meeting.startTimeUtc >= now();
        if ((type == QLatin1String("live") && !live) ||
            ((type == QLatin1String("upcoming") || type == QLatin1String("upcoming_meetings")) && !upcoming) ||
            (type == QLatin1String("previous_meetings") && upcoming))
            continue;
        matching.append(&meeting);
    }
    nlohmann::ordered_json body = m_pager->wrapper(listing, p, static_cast<int>(matching.size()), now());
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (qsizetype i = p.offset; i < matching.size() && i < p.offset + p.pageSize; ++i) {
        const SandboxMeeting &m = *matching.at(i);
        items.push_back({{"uuid", m.uuid.toStdString()},
                         {"id", m.id},
                         {"host_id", m.hostId.toStdString()},
                         {"topic", m.topic.toStdString()},
                         {"type", m.type},
                         {"start_time", isoUtc(m.startTimeUtc)},
                         {"duration", m.duration},
                         {"timezone", m.timezone.toStdString()},
                         {"agenda", m.agenda.toStdString()},
                         {"created_at", m.createdAt.toStdString()},
                         {"join_url", joinUrl(m).toStdString()}});
    }
    body[webinar ? "webinars" : "meetings"] = items;
    return SandboxResponse::json(200, body);
}

} // namespace Roomdesk
