// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomsandbox.h"

#include "sandboxhttpserver.h"
#include "sandboxpager.h"
#include "sandboxwebhooks.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QUuid>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "roomdesk.core.sandbox", QtInfoMsg)

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Zoom tags its answers with x-zm-trackingid, the id its support asks for (ZOOM_API_FACTS §5; Rivet
// hands it back with every answer). The facts name the header, not its form: clients must treat it as
// opaque, and the sandbox writes a fresh value per answer in the "v=2.0;clid=…;rid=…" form developers
// quote (not checked against a live answer). QUuid, not m_random, so that seeded data stays the same.
QByteArray trackingId()
{
    return "v=2.0;clid=us05;rid=WEB_" + QUuid::createUuid().toByteArray(QUuid::Id128);
}
} // namespace

// An operation of Zoom's API as its OpenAPI document describes it: any one of the granular
// scopes suffices, and the label selects the rate limit.
struct ZoomSandbox::Operation
{
    QStringList scopes;
    RateLimitLabel label;
};

struct ZoomSandbox::Route
{
    QByteArray method;
    QStringList pattern; // "{}" matches one segment
    Operation operation;
    Handler handler;
};

const QList<ZoomSandbox::Route> &ZoomSandbox::routes()
{
    using L = RateLimitLabel;
    static const auto s = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list.append(QString::fromLatin1(name));
        return list;
    };
    static const QList<Route> all = {
        {"GET", s({"users"}), {s({"user:read:list_users:admin"}), L::Medium}, &ZoomSandbox::listUsers},
        {"GET", s({"users", "{}"}), {s({"user:read:user", "user:read:user:admin"}), L::Light}, &ZoomSandbox::getUser},
        {"POST",
         s({"users", "{}", "meetings"}),
         {s({"meeting:write:meeting", "meeting:write:meeting:admin"}), L::Light},
         &ZoomSandbox::createMeeting},
        {"GET",
         s({"users", "{}", "meetings"}),
         {s({"meeting:read:list_meetings", "meeting:read:list_meetings:admin"}), L::Medium},
         &ZoomSandbox::listUserMeetings},
        {"GET",
         s({"users", "{}", "webinars"}),
         {s({"webinar:read:list_webinars", "webinar:read:list_webinars:admin"}), L::Medium},
         &ZoomSandbox::listUserWebinars},
        {"POST",
         s({"users", "{}", "webinars"}),
         {s({"webinar:write:webinar", "webinar:write:webinar:admin"}), L::Light},
         &ZoomSandbox::createWebinar},
        {"GET",
         s({"meetings", "{}"}),
         {s({"meeting:read:meeting", "meeting:read:meeting:admin"}), L::Light},
         &ZoomSandbox::getMeeting},
        {"PATCH",
         s({"meetings", "{}"}),
         {s({"meeting:update:meeting:admin", "meeting:update:meeting"}), L::Light},
         &ZoomSandbox::patchMeeting},
        {"DELETE",
         s({"meetings", "{}"}),
         {s({"meeting:delete:meeting", "meeting:delete:meeting:admin"}), L::Light},
         &ZoomSandbox::deleteMeeting},
        {"PUT",
         s({"meetings", "{}", "status"}),
         {s({"meeting:update:status", "meeting:update:status:admin"}), L::Light},
         &ZoomSandbox::meetingStatus},
        {"GET",
         s({"webinars", "{}"}),
         {s({"webinar:read:webinar", "webinar:read:webinar:admin"}), L::Light},
         &ZoomSandbox::getWebinar},
        {"PATCH",
         s({"webinars", "{}"}),
         {s({"webinar:update:webinar", "webinar:update:webinar:admin"}), L::Light},
         &ZoomSandbox::patchWebinar},
        {"DELETE",
         s({"webinars", "{}"}),
         {s({"webinar:delete:webinar", "webinar:delete:webinar:admin"}), L::Light},
         &ZoomSandbox::deleteWebinar},
        {"PUT",
         s({"webinars", "{}", "status"}),
         {s({"webinar:update:status", "webinar:update:status:admin"}), L::Light},
         &ZoomSandbox::webinarStatus},
        {"GET",
         s({"past_meetings", "{}"}),
         {s({"meeting:read:past_meeting", "meeting:read:past_meeting:admin"}), L::Light},
         &ZoomSandbox::pastMeeting},
        {"GET",
         s({"past_meetings", "{}", "participants"}),
         {s({"meeting:read:list_past_participants", "meeting:read:list_past_participants:admin"}), L::Medium},
         &ZoomSandbox::pastMeetingParticipants},
        {"GET",
         s({"past_webinars", "{}", "participants"}),
         {s({"webinar:read:list_past_participants:admin", "webinar:read:list_past_participants"}), L::Medium},
         &ZoomSandbox::pastWebinarParticipants},
        {"GET",
         s({"report", "meetings", "{}", "participants"}),
         {s({"report:read:list_meeting_participants:admin"}), L::Heavy},
         &ZoomSandbox::reportMeetingParticipants},
        {"GET",
         s({"report", "webinars", "{}", "participants"}),
         {s({"report:read:list_webinar_participants:admin"}), L::Heavy},
         &ZoomSandbox::reportWebinarParticipants},
        {"GET",
         s({"meetings", "{}", "recordings"}),
         {s({"cloud_recording:read:list_recording_files:admin", "cloud_recording:read:list_recording_files",
             "cloud_recording:read:list_recording_files:master"}),
          L::Light},
         &ZoomSandbox::meetingRecordings},
        {"GET",
         s({"users", "{}", "recordings"}),
         {s({"cloud_recording:read:list_user_recordings", "cloud_recording:read:list_user_recordings:master",
             "cloud_recording:read:list_user_recordings:admin"}),
          L::Medium},
         &ZoomSandbox::userRecordings},
        {"GET",
         s({"meetings", "{}", "invitation"}),
         {s({"meeting:read:invitation", "meeting:read:invitation:admin"}), L::Light},
         &ZoomSandbox::meetingInvitation},
        {"GET",
         s({"meetings", "{}", "registrants"}),
         {s({"meeting:read:list_registrants", "meeting:read:list_registrants:admin"}), L::Medium},
         &ZoomSandbox::listMeetingRegistrants},
        {"POST",
         s({"meetings", "{}", "registrants"}),
         {s({"meeting:write:registrant", "meeting:write:registrant:admin"}), L::Light},
         &ZoomSandbox::addMeetingRegistrant},
        {"DELETE",
         s({"meetings", "{}", "registrants", "{}"}),
         {s({"meeting:delete:registrant", "meeting:delete:registrant:admin"}), L::Light},
         &ZoomSandbox::deleteMeetingRegistrant},
        {"GET",
         s({"webinars", "{}", "registrants"}),
         {s({"webinar:read:list_registrants", "webinar:read:list_registrants:admin"}), L::Medium},
         &ZoomSandbox::listWebinarRegistrants},
    };
    return all;
}

QStringList ZoomSandbox::servedOperations()
{
    QStringList operations;
    for (const Route &route : routes())
        operations.append(QString::fromLatin1(route.method) + QStringLiteral(" /") +
                          route.pattern.join(QLatin1Char('/')));
    return operations;
}

ZoomSandbox::ZoomSandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_pager(std::make_unique<SandboxPager>(&m_random))
    , m_rateLimiter(m_options.plan)
    , m_random(m_options.seed)
{
    if (m_options.grantedScopes.isEmpty())
        m_options.grantedScopes = SandboxOptions::parseScopes(QStringLiteral("all")).value();
    m_accountId = randomToken(16).left(22);
    m_clientId = randomToken(16).left(22);
    m_clientSecret = randomToken(24).left(32);
    seedUsers();
}

ZoomSandbox::~ZoomSandbox() = default;

Result<void> ZoomSandbox::start()
{
    m_server = std::make_unique<SandboxHttpServer>(this);
    m_port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        m_server.reset();
        return Error {QStringLiteral("sandbox.listen"),
                      QCoreApplication::translate("Roomdesk::ZoomSandbox",
                                                  "The Zoom sandbox cannot listen on port %1 of 127.0.0.1; another "
                                                  "program may be using it.")
                          .arg(m_options.port)};
    }
    qCInfo(lcSandbox) << "Zoom sandbox listening on" << origin().toString();
    if (m_options.webhookUrl.isValid())
        m_webhooks =
            std::make_unique<SandboxWebhooks>(m_options.webhookUrl, m_options.webhookSecret, [this] { return now(); });
    return {};
}

QUrl ZoomSandbox::origin() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray ZoomSandbox::startupLine() const
{
    nlohmann::ordered_json line = {
        {"oauth_url", QString(origin().toString() + QStringLiteral("/oauth/token")).toStdString()},
        {"api_url", origin().toString().toStdString()}, // as in Zoom's token response: REST is {api_url}/v2
        {"account_id", m_accountId.toStdString()},
        {"client_id", m_clientId.toStdString()},
        {"client_secret", m_clientSecret.toStdString()},
    };
    if (m_options.webhookUrl.isValid())
        line["webhook_url"] = m_options.webhookUrl.toString().toStdString();
    return QByteArray::fromStdString(line.dump());
}

QDateTime ZoomSandbox::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
}

QString ZoomSandbox::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(m_random.bounded(256));
    return base64Url(data);
}

SandboxResponse ZoomSandbox::handle(const SandboxRequest &request)
{
    SandboxResponse response = route(request);
    response.headers.append({"x-zm-trackingid", trackingId()});
    return response;
}

SandboxResponse ZoomSandbox::route(const SandboxRequest &request)
{
    const QString first = request.segments.value(0);
    if (first == QLatin1String("oauth") && request.segments.value(1) == QLatin1String("token") &&
        request.segments.size() == 2)
        return oauthToken(request);
    if (first == QLatin1String("v2"))
        return handleApi(request);
    if (first == QLatin1String("_sandbox"))
        return control(request);
    return SandboxResponse::zoomError(404, 404, QStringLiteral("Not Found"));
}

SandboxResponse ZoomSandbox::handleApi(const SandboxRequest &request)
{
    const QStringList path = request.segments.mid(1);
    // Every API call as it arrived, so tests can check the client's traffic against Zoom's
    // documents (path segments decoded, query names, body).
    nlohmann::ordered_json queryNames = nlohmann::ordered_json::array();
    for (const auto &[key, value] : request.query.queryItems())
        queryNames.push_back(key.toStdString());
    QString encodedPath;
    for (const QString &segment : path)
        encodedPath += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    m_requestLog.push_back({{"method", request.method.toStdString()},
                            {"path", encodedPath.toStdString()},
                            {"query", queryNames},
                            {"body", request.body.toStdString()}});
    bool pathMatched = false;
    for (const Route &route : routes()) {
        if (route.pattern.size() != path.size())
            continue;
        QStringList args;
        bool matches = true;
        for (qsizetype i = 0; i < path.size() && matches; ++i) {
            if (route.pattern.at(i) == QLatin1String("{}"))
                args.append(path.at(i));
            else
                matches = route.pattern.at(i) == path.at(i);
        }
        if (!matches)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        if (auto refused = authorize(request, route.operation))
            return *refused;
        QList<QPair<QByteArray, QByteArray>> rateHeaders;
        if (auto limited = m_rateLimiter.admit(route.operation.label, now(), &rateHeaders))
            return *limited;
        SandboxResponse response = (this->*route.handler)(request, args);
        response.headers += rateHeaders;
        return response;
    }
    if (pathMatched)
        return SandboxResponse::zoomError(405, 405, QStringLiteral("Method Not Allowed"));
    return SandboxResponse::zoomError(404, 404, QStringLiteral("No API found for this request."));
}

std::optional<SandboxResponse> ZoomSandbox::authorize(const SandboxRequest &request, const Operation &operation)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return SandboxResponse::zoomError(401, 124, QStringLiteral("Requires an access token."));
    const auto token = m_tokens.constFind(authorization.mid(7).trimmed());
    if (token == m_tokens.cend())
        return SandboxResponse::zoomError(401, 124, QStringLiteral("Invalid access token."));
    if (token->expiresAtUtc <= now())
        return SandboxResponse::zoomError(401, 124, QStringLiteral("Access token is expired."));
    for (const QString &scope : operation.scopes) {
        if (token->scopes.contains(scope))
            return std::nullopt;
    }
    return SandboxResponse::zoomError(400, 4711,
                                      QStringLiteral("Invalid access token, does not contain scopes:[%1].")
                                          .arg(operation.scopes.join(QStringLiteral(", "))));
}

SandboxResponse ZoomSandbox::oauthToken(const SandboxRequest &request)
{
    const auto oauthError = [](const char *error, const char *reason) {
        return SandboxResponse::json(400, {{"reason", reason}, {"error", error}});
    };
    if (request.method != "POST")
        return SandboxResponse::zoomError(405, 405, QStringLiteral("Method Not Allowed"));

    // Parameters may come in the query string or in a form body (DOC-OAUTH).
    QUrlQuery parameters = request.query;
    if (request.headers.value("content-type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (!parameters.hasQueryItem(key))
                parameters.addQueryItem(key, value);
        }
    }

    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const QByteArray expected = (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8();
    if (!authorization.startsWith("Basic ") || credentials != expected)
        return oauthError("invalid_client", "Invalid client_id or client_secret");

    const QString grantType = parameters.queryItemValue(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError("invalid_request", "Missing grant type");
    if (grantType != QLatin1String("account_credentials"))
        return oauthError("unsupported_grant_type", "unsupported grant type");
    if (parameters.queryItemValue(QStringLiteral("account_id")) != m_accountId)
        return oauthError("invalid_request", "Invalid account_id");

    const QString header = base64Url(R"({"alg":"HS512","v":"2.0","kid":"sandbox"})");
    const QString payload = base64Url(
        QByteArray::fromStdString(nlohmann::json({{"aud", "https://oauth.zoom.us"},
                                                  {"uid", m_clientId.toStdString()},
                                                  {"exp", now().addSecs(m_options.tokenTtlSeconds).toSecsSinceEpoch()},
                                                  {"jti", randomToken(12).toStdString()}})
                                      .dump()));
    const QByteArray accessToken =
        (header + QLatin1Char('.') + payload + QLatin1Char('.') + randomToken(32)).toLatin1();
    m_tokens.insert(accessToken, {now().addSecs(m_options.tokenTtlSeconds), m_options.grantedScopes});

    return SandboxResponse::json(200,
                                 {{"access_token", accessToken.toStdString()},
                                  {"token_type", "bearer"},
                                  {"expires_in", m_options.tokenTtlSeconds},
                                  {"scope", m_options.grantedScopes.join(QLatin1Char(' ')).toStdString()},
                                  {"api_url", origin().toString().toStdString()}});
}

SandboxResponse ZoomSandbox::control(const SandboxRequest &request)
{
    // /_sandbox/clock            GET: the virtual time; POST {"advance_seconds": N}
    // /_sandbox/stats            GET: requests refused by the rate limiter
    // /_sandbox/webhooks         GET: the endpoint's validation state and every delivery;
    //                            POST {"url": …, "secret_token": …}: (re)configures the event
    //                            subscription and validates the endpoint at once, like the
    //                            Marketplace's "Validate" button; answers 202, the outcome shows in GET
    // /_sandbox/requests         GET: every API request received (method, path, query names, body)
    // /_sandbox/faults           POST {"method", "path", "kind": reset|5xx|truncate|latency,
    //                            "after_effect", "latency_ms", "count"}: scripted faults; DELETE clears
    // /_sandbox/meetings/{id}/uuid  PUT {"uuid": …}
    // /_sandbox/webinars/{id}/registrants  POST {"email", "first_name", "last_name"}: someone registers on
    //                                      the webinar's registration page (answered as Zoom's API would)
    // /_sandbox/{meetings|webinars}/{id}/start  POST: the host starts it
    // /_sandbox/{meetings|webinars}/{id}/end    POST {"attendees", "minutes", "waiting_room", "rejoins",
    //                                            "two_devices", "without_email", "recording"}
    const QString what = request.segments.value(1);
    if (what == QLatin1String("clock")) {
        if (request.method == "POST") {
            const auto body = nlohmann::json::parse(request.body.toStdString(), nullptr, false);
            if (body.is_discarded() || !body.contains("advance_seconds") ||
                !body["advance_seconds"].is_number_integer())
                return SandboxResponse::zoomError(400, 300, QStringLiteral("Expected {\"advance_seconds\": N}."));
            advanceClock(body["advance_seconds"].get<qint64>());
        }
        return SandboxResponse::json(200, {{"now", now().toString(Qt::ISODate).toStdString()}});
    }
    if (what == QLatin1String("meetings") && request.segments.size() == 4 &&
        request.segments.at(3) == QLatin1String("uuid") && request.method == "PUT") {
        // PUT /_sandbox/meetings/{id}/uuid {"uuid": "/ajXp112QmuoKj4854875=="}: UUIDs with
        // "/" are rare, but Zoom's clients must double-encode them.
        const auto body = nlohmann::json::parse(request.body.toStdString(), nullptr, false);
        SandboxMeeting *meeting = m_meetings.contains(request.segments.at(2).toLongLong())
            ? &m_meetings[request.segments.at(2).toLongLong()]
            : nullptr;
        if (!meeting || body.is_discarded() || !body.contains("uuid") || !body["uuid"].is_string())
            return SandboxResponse::zoomError(400, 300,
                                              QStringLiteral("Expected an existing meeting and {\"uuid\": …}."));
        meeting->uuid = QString::fromStdString(body["uuid"].get<std::string>());
        return SandboxResponse::empty(204);
    }
    if (what == QLatin1String("webinars") && request.segments.size() == 4 &&
        request.segments.at(3) == QLatin1String("registrants") && request.method == "POST")
        return addRegistrant(request, request.segments.at(2), true);
    if ((what == QLatin1String("meetings") || what == QLatin1String("webinars")) && request.segments.size() == 4 &&
        request.method == "POST")
        return simulate(request);
    if (what == QLatin1String("webhooks") && request.method == "POST" && request.segments.size() == 2)
        return configureWebhooks(request);
    if (what == QLatin1String("webhooks") && request.method == "GET") {
        if (!m_webhooks)
            return SandboxResponse::zoomError(404, 404, QStringLiteral("No webhook URL configured."));
        return SandboxResponse::json(200, m_webhooks->status());
    }
    if (what == QLatin1String("faults"))
        return scriptFaults(request);
    if (what == QLatin1String("requests") && request.method == "GET")
        return SandboxResponse::json(200, m_requestLog);
    if (what == QLatin1String("stats") && request.method == "GET")
        return SandboxResponse::json(200, {{"rate_limited", m_rateLimiter.rejected()}});
    return SandboxResponse::zoomError(404, 404, QStringLiteral("Unknown sandbox control."));
}

SandboxResponse ZoomSandbox::scriptFaults(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_scriptedFaults.clear();
        return SandboxResponse::empty(204);
    }
    if (request.method == "GET")
        return SandboxResponse::json(200, {{"scripted", m_scriptedFaults.size()}});
    const auto body = nlohmann::json::parse(request.body.toStdString(), nullptr, false);
    const auto text = [&body](const char *key) {
        return body.is_object() && body.contains(key) && body[key].is_string()
            ? QString::fromStdString(body[key].get<std::string>())
            : QString();
    };
    ScriptedFault fault;
    fault.method = text("method").toLatin1();
    fault.pathSuffix = text("path");
    const QString kind = text("kind");
    if (kind == QLatin1String("reset"))
        fault.kind = SandboxFault::Kind::Reset;
    else if (kind == QLatin1String("5xx"))
        fault.kind = SandboxFault::Kind::ServerError;
    else if (kind == QLatin1String("truncate"))
        fault.kind = SandboxFault::Kind::Truncate;
    else if (kind == QLatin1String("latency"))
        fault.kind = SandboxFault::Kind::Latency;
    else
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Expected kind reset, 5xx, truncate or latency."));
    if (fault.method.isEmpty() || fault.pathSuffix.isEmpty())
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Expected a method and a path."));
    fault.afterEffect = body.value("after_effect", true);
    fault.latencyMs = std::clamp(body.value("latency_ms", 0), 0, 60000);
    fault.remaining = std::clamp(body.value("count", 1), 1, 1000);
    m_scriptedFaults.append(fault);
    return SandboxResponse::empty(204);
}

std::optional<ZoomSandbox::ScriptedFault> ZoomSandbox::takeScriptedFault(const SandboxRequest &request)
{
    const QString path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
    for (qsizetype i = 0; i < m_scriptedFaults.size(); ++i) {
        ScriptedFault &fault = m_scriptedFaults[i];
        if (fault.method != request.method || !path.endsWith(fault.pathSuffix))
            continue;
        const ScriptedFault taken = fault;
        if (--fault.remaining <= 0)
            m_scriptedFaults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

SandboxResponse ZoomSandbox::configureWebhooks(const SandboxRequest &request)
{
    const auto body = nlohmann::json::parse(request.body.toStdString(), nullptr, false);
    const auto text = [&body](const char *key) {
        return body.is_object() && body.contains(key) && body[key].is_string() ? body[key].get<std::string>()
                                                                               : std::string();
    };
    const QUrl url(QString::fromStdString(text("url")), QUrl::StrictMode);
    const QByteArray secret = QByteArray::fromStdString(text("secret_token"));
    // The Marketplace refuses to save a subscription without both, and only takes http(s).
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || secret.isEmpty())
        return SandboxResponse::zoomError(
            400, 300, QStringLiteral("Expected {\"url\": \"http(s)://…\", \"secret_token\": \"…\"}."));
    if (!m_webhooks)
        m_webhooks = std::make_unique<SandboxWebhooks>(url, secret, [this] { return now(); });
    m_webhooks->reconfigure(url, secret);
    return SandboxResponse::json(202, m_webhooks->status());
}

} // namespace Roomdesk
