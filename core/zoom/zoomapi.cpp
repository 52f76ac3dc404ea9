// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomapi.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

using Json = nlohmann::json;

QString text(const Json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<qint64> integer(const Json &json, const char *key)
{
    const auto it = json.find(key);
    if (it == json.end())
        return std::nullopt;
    if (it->is_number_unsigned()) {
        const auto value = it->get<unsigned long long>();
        if (value > static_cast<unsigned long long>(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return static_cast<qint64>(value);
    }
    if (it->is_number_integer())
        return it->get<qint64>();
    // Zoom sends some IDs as strings (webhooks, recording types).
    if (it->is_string()) {
        bool ok = false;
        const qint64 value = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

QDateTime time(const Json &json, const char *key)
{
    const QString value = text(json, key);
    if (value.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

bool flag(const Json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_boolean() && it->get<bool>();
}

int clampInt(qint64 value)
{
    return static_cast<int>(
        std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

Json MeetingSpec::toJson(bool webinar, bool create) const
{
    Json json = Json::object();
    if (create)
        json["type"] = webinar ? 5 : 2; // scheduled, never recurring
    if (topic)
        json["topic"] = topic->toStdString();
    if (localStart)
        json["start_time"] = localStart->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
    if (timezone)
        json["timezone"] = timezone->toStdString();
    if (durationMinutes)
        json["duration"] = *durationMinutes;
    if (agenda)
        json["agenda"] = agenda->toStdString();
    Json settings = Json::object();
    if (waitingRoom && !webinar) // webinars have no waiting room in Zoom's settings
        settings["waiting_room"] = *waitingRoom;
    if (joinBeforeHost && !webinar)
        settings["join_before_host"] = *joinBeforeHost;
    if (!settings.empty())
        json["settings"] = settings;
    return json;
}

Result<ZoomUser, ZoomError> ZoomApi::parseUser(const Json &json)
{
    if (!json.is_object() || text(json, "email").isEmpty())
        return ZoomError::malformed(QStringLiteral("user"));
    ZoomUser user;
    user.id = text(json, "id");
    user.email = text(json, "email");
    user.firstName = text(json, "first_name");
    user.lastName = text(json, "last_name");
    user.displayName = text(json, "display_name");
    user.type = clampInt(integer(json, "type").value_or(1));
    user.status = text(json, "status");
    user.timezone = text(json, "timezone");
    return user;
}

Result<ZoomMeeting, ZoomError> ZoomApi::parseMeeting(const Json &json, bool webinar)
{
    const auto id = json.is_object() ? integer(json, "id") : std::nullopt;
    if (!id || *id <= 0)
        return ZoomError::malformed(webinar ? QStringLiteral("webinar") : QStringLiteral("meeting"));
    ZoomMeeting meeting;
    meeting.id = *id;
    meeting.webinar = webinar;
    meeting.uuid = text(json, "uuid");
    meeting.type = clampInt(integer(json, "type").value_or(webinar ? 5 : 2));
    meeting.hostId = text(json, "host_id");
    meeting.hostEmail = text(json, "host_email");
    meeting.topic = text(json, "topic");
    meeting.status = text(json, "status");
    meeting.startTimeUtc = time(json, "start_time");
    meeting.durationMinutes = clampInt(integer(json, "duration").value_or(0));
    meeting.timezone = text(json, "timezone");
    meeting.agenda = text(json, "agenda");
    meeting.joinUrl = text(json, "join_url");
    meeting.startUrl = text(json, "start_url");
    meeting.password = text(json, "password");
    if (const auto settings = json.find("settings"); settings != json.end() && settings->is_object()) {
        meeting.waitingRoom = flag(*settings, "waiting_room");
        meeting.joinBeforeHost = flag(*settings, "join_before_host");
    }
    return meeting;
}

Result<ZoomPastMeeting, ZoomError> ZoomApi::parsePastMeeting(const Json &json)
{
    const auto id = json.is_object() ? integer(json, "id") : std::nullopt;
    if (!id)
        return ZoomError::malformed(QStringLiteral("past meeting"));
    ZoomPastMeeting past;
    past.id = *id;
    past.uuid = text(json, "uuid");
    past.hostId = text(json, "host_id");
    past.hostEmail = text(json, "user_email");
    past.topic = text(json, "topic");
    past.startUtc = time(json, "start_time");
    past.endUtc = time(json, "end_time");
    past.durationMinutes = clampInt(integer(json, "duration").value_or(0));
    past.participantsCount = clampInt(integer(json, "participants_count").value_or(0));
    return past;
}

Result<ZoomParticipant, ZoomError> ZoomApi::parseParticipant(const Json &json)
{
    if (!json.is_object())
        return ZoomError::malformed(QStringLiteral("participant"));
    ZoomParticipant p;
    p.zoomUserId = text(json, "id");
    p.userId = text(json, "user_id");
    p.participantUserId = text(json, "participant_user_id");
    p.registrantId = text(json, "registrant_id");
    p.name = text(json, "name");
    p.email = text(json, "user_email");
    p.joinUtc = time(json, "join_time");
    p.leaveUtc = time(json, "leave_time");
    p.durationSeconds = clampInt(integer(json, "duration").value_or(0));
    p.waitingRoom = text(json, "status") == QLatin1String("in_waiting_room");
    // A row without a valid join time cannot be placed in a report.
    if (!p.joinUtc.isValid())
        return ZoomError::malformed(QStringLiteral("participant join_time"));
    return p;
}

Result<ZoomRecording, ZoomError> ZoomApi::parseRecording(const Json &json)
{
    const auto id = json.is_object() ? integer(json, "id") : std::nullopt;
    if (!id)
        return ZoomError::malformed(QStringLiteral("recording"));
    ZoomRecording recording;
    recording.meetingId = *id;
    recording.uuid = text(json, "uuid");
    recording.topic = text(json, "topic");
    recording.startUtc = time(json, "start_time");
    if (const auto files = json.find("recording_files"); files != json.end() && files->is_array()) {
        for (const Json &file : *files) {
            if (!file.is_object())
                continue;
            ZoomRecordingFile f;
            f.id = text(file, "id");
            f.fileType = text(file, "file_type");
            f.fileSize = integer(file, "file_size").value_or(0);
            f.downloadUrl = text(file, "download_url");
            f.playUrl = text(file, "play_url");
            f.startUtc = time(file, "recording_start");
            f.endUtc = time(file, "recording_end");
            recording.files.append(f);
        }
    }
    return recording;
}

Result<ZoomRegistrant, ZoomError> ZoomApi::parseRegistrant(const Json &json)
{
    if (!json.is_object())
        return ZoomError::malformed(QStringLiteral("registrant"));
    ZoomRegistrant r;
    r.id = text(json, "id");
    if (r.id.isEmpty())
        r.id = text(json, "registrant_id");
    r.email = text(json, "email");
    r.firstName = text(json, "first_name");
    r.lastName = text(json, "last_name");
    r.status = text(json, "status");
    r.joinUrl = text(json, "join_url");
    if (r.id.isEmpty())
        return ZoomError::malformed(QStringLiteral("registrant id"));
    return r;
}

ZoomApi::ZoomApi(ZoomClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

template<typename T>
void ZoomApi::fetchList(ZoomRequest request, const QString &field, Result<T, ZoomError> (*parse)(const Json &),
                        QObject *context, Callback<QList<T>> done)
{
    auto items = std::make_shared<QList<T>>();
    auto failure = std::make_shared<std::optional<ZoomError>>();
    m_client->fetchAllPages(
        std::move(request), field, context,
        [items, failure, parse](const Json &page) {
            for (const Json &item : page) {
                auto parsed = parse(item);
                if (!parsed) {
                    *failure = parsed.error();
                    return false;
                }
                items->append(std::move(parsed).value());
            }
            return true;
        },
        [items, failure, done = std::move(done)](const Result<qint64, ZoomError> &result) {
            if (*failure)
                done(**failure);
            else if (!result)
                done(result.error());
            else
                done(*items);
        });
}

template<typename T>
void ZoomApi::fetchOne(ZoomRequest request, std::function<Result<T, ZoomError>(const Json &)> parse, QObject *context,
                       Callback<T> done)
{
    m_client->send(std::move(request), context,
                   [parse = std::move(parse), done = std::move(done)](const Result<ZoomResponse, ZoomError> &result) {
                       if (!result)
                           done(result.error());
                       else
                           done(parse(result.value().body));
                   });
}

void ZoomApi::call(ZoomRequest request, QObject *context, Done done)
{
    m_client->send(std::move(request), context, [done = std::move(done)](const Result<ZoomResponse, ZoomError> &r) {
        if (r)
            done({});
        else
            done(r.error());
    });
}

namespace {
ZoomRequest request(const QByteArray &method, const QString &path, RateLimitLabel label,
                    std::optional<Json> body = std::nullopt)
{
    ZoomRequest r;
    r.method = method;
    r.path = path;
    r.label = label;
    r.body = std::move(body);
    return r;
}
QString meetingPath(qint64 id, bool webinar)
{
    return (webinar ? QStringLiteral("/webinars/") : QStringLiteral("/meetings/")) + QString::number(id);
}
} // namespace

void ZoomApi::listUsers(const QString &status, QObject *context, Callback<QList<ZoomUser>> done)
{
    ZoomRequest r = request("GET", QStringLiteral("/users"), RateLimitLabel::Medium);
    r.query.addQueryItem(QStringLiteral("status"), status);
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomUser>(std::move(r), QStringLiteral("users"), &ZoomApi::parseUser, context, std::move(done));
}

void ZoomApi::getUser(const QString &idOrEmail, QObject *context, Callback<ZoomUser> done)
{
    fetchOne<ZoomUser>(
        request("GET", QStringLiteral("/users/") + ZoomClient::segment(idOrEmail), RateLimitLabel::Light),
        &ZoomApi::parseUser, context, std::move(done));
}

void ZoomApi::createMeeting(const QString &hostIdOrEmail, const MeetingSpec &spec, bool webinar, QObject *context,
                            Callback<ZoomMeeting> done)
{
    const QString path = QStringLiteral("/users/") + ZoomClient::segment(hostIdOrEmail) +
        (webinar ? QStringLiteral("/webinars") : QStringLiteral("/meetings"));
    fetchOne<ZoomMeeting>(
        request("POST", path, RateLimitLabel::Light, spec.toJson(webinar, true)),
        [webinar](const Json &json) { return parseMeeting(json, webinar); }, context, std::move(done));
}

void ZoomApi::getMeeting(qint64 id, bool webinar, QObject *context, Callback<ZoomMeeting> done)
{
    fetchOne<ZoomMeeting>(
        request("GET", meetingPath(id, webinar), RateLimitLabel::Light),
        [webinar](const Json &json) { return parseMeeting(json, webinar); }, context, std::move(done));
}

void ZoomApi::updateMeeting(qint64 id, const MeetingSpec &changes, bool webinar, QObject *context, Done done)
{
    call(request("PATCH", meetingPath(id, webinar), RateLimitLabel::Light, changes.toJson(webinar, false)), context,
         std::move(done));
}

void ZoomApi::deleteMeeting(qint64 id, bool webinar, QObject *context, Done done)
{
    call(request("DELETE", meetingPath(id, webinar), RateLimitLabel::Light), context, std::move(done));
}

void ZoomApi::endMeeting(qint64 id, bool webinar, QObject *context, Done done)
{
    call(request("PUT", meetingPath(id, webinar) + QStringLiteral("/status"), RateLimitLabel::Light,
                 Json {{"action", "end"}}),
         context, std::move(done));
}

void ZoomApi::listHostMeetings(const QString &hostIdOrEmail, const QString &type, QObject *context,
                               Callback<QList<ZoomMeeting>> done)
{
    ZoomRequest r =
        request("GET", QStringLiteral("/users/") + ZoomClient::segment(hostIdOrEmail) + QStringLiteral("/meetings"),
                RateLimitLabel::Medium);
    r.query.addQueryItem(QStringLiteral("type"), type);
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomMeeting>(
        std::move(r), QStringLiteral("meetings"), [](const Json &json) { return parseMeeting(json, false); }, context,
        std::move(done));
}

void ZoomApi::listHostWebinars(const QString &hostIdOrEmail, const QString &type, QObject *context,
                               Callback<QList<ZoomMeeting>> done)
{
    ZoomRequest r =
        request("GET", QStringLiteral("/users/") + ZoomClient::segment(hostIdOrEmail) + QStringLiteral("/webinars"),
                RateLimitLabel::Medium);
    r.query.addQueryItem(QStringLiteral("type"), type);
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomMeeting>(
        std::move(r), QStringLiteral("webinars"), [](const Json &json) { return parseMeeting(json, true); }, context,
        std::move(done));
}

void ZoomApi::invitation(qint64 id, QObject *context, Callback<QString> done)
{
    fetchOne<QString>(
        request("GET", meetingPath(id, false) + QStringLiteral("/invitation"), RateLimitLabel::Light),
        [](const Json &json) -> Result<QString, ZoomError> {
            if (!json.is_object() || !json.contains("invitation") || !json["invitation"].is_string())
                return ZoomError::malformed(QStringLiteral("invitation"));
            return QString::fromStdString(json["invitation"].get<std::string>());
        },
        context, std::move(done));
}

void ZoomApi::registrants(qint64 id, bool webinar, QObject *context, Callback<QList<ZoomRegistrant>> done)
{
    ZoomRequest r = request("GET", meetingPath(id, webinar) + QStringLiteral("/registrants"), RateLimitLabel::Medium);
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomRegistrant>(std::move(r), QStringLiteral("registrants"), &ZoomApi::parseRegistrant, context,
                              std::move(done));
}

void ZoomApi::addRegistrant(qint64 meetingId, const QString &email, const QString &firstName, const QString &lastName,
                            QObject *context, Callback<ZoomRegistrant> done)
{
    Json body = {{"email", email.toStdString()}, {"first_name", firstName.toStdString()}};
    if (!lastName.isEmpty())
        body["last_name"] = lastName.toStdString();
    fetchOne<ZoomRegistrant>(
        request("POST", meetingPath(meetingId, false) + QStringLiteral("/registrants"), RateLimitLabel::Light, body),
        &ZoomApi::parseRegistrant, context, std::move(done));
}

void ZoomApi::deleteRegistrant(qint64 meetingId, const QString &registrantId, QObject *context, Done done)
{
    call(request("DELETE",
                 meetingPath(meetingId, false) + QStringLiteral("/registrants/") + ZoomClient::segment(registrantId),
                 RateLimitLabel::Light),
         context, std::move(done));
}

void ZoomApi::pastMeeting(const QString &idOrUuid, QObject *context, Callback<ZoomPastMeeting> done)
{
    fetchOne<ZoomPastMeeting>(
        request("GET", QStringLiteral("/past_meetings/") + ZoomClient::segment(idOrUuid), RateLimitLabel::Light),
        &ZoomApi::parsePastMeeting, context, std::move(done));
}

void ZoomApi::participants(ParticipantSource source, const QString &idOrUuid, QObject *context,
                           Callback<QList<ZoomParticipant>> done)
{
    QString path;
    RateLimitLabel label = RateLimitLabel::Medium;
    switch (source) {
    case ParticipantSource::PastMeeting:
        path = QStringLiteral("/past_meetings/%1/participants");
        break;
    case ParticipantSource::PastWebinar:
        path = QStringLiteral("/past_webinars/%1/participants");
        break;
    case ParticipantSource::ReportMeeting:
        path = QStringLiteral("/report/meetings/%1/participants");
        label = RateLimitLabel::Heavy;
        break;
    case ParticipantSource::ReportWebinar:
        path = QStringLiteral("/report/webinars/%1/participants");
        label = RateLimitLabel::Heavy;
        break;
    }
    ZoomRequest r = request("GET", path.arg(ZoomClient::segment(idOrUuid)), label);
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomParticipant>(std::move(r), QStringLiteral("participants"), &ZoomApi::parseParticipant, context,
                               std::move(done));
}

void ZoomApi::meetingRecordings(const QString &idOrUuid, QObject *context, Callback<ZoomRecording> done)
{
    fetchOne<ZoomRecording>(
        request("GET", QStringLiteral("/meetings/") + ZoomClient::segment(idOrUuid) + QStringLiteral("/recordings"),
                RateLimitLabel::Light),
        &ZoomApi::parseRecording, context, std::move(done));
}

void ZoomApi::userRecordings(const QString &hostIdOrEmail, const QDate &from, const QDate &to, QObject *context,
                             Callback<QList<ZoomRecording>> done)
{
    ZoomRequest r =
        request("GET", QStringLiteral("/users/") + ZoomClient::segment(hostIdOrEmail) + QStringLiteral("/recordings"),
                RateLimitLabel::Medium);
    r.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    r.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    r.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("300"));
    fetchList<ZoomRecording>(std::move(r), QStringLiteral("meetings"), &ZoomApi::parseRecording, context,
                             std::move(done));
}

} // namespace Roomdesk
