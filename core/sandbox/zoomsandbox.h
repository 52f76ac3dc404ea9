// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sandboxdata.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "sandboxratelimiter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QRandomGenerator64>
#include <QUrl>

#include <memory>

namespace Roomdesk {

class SandboxHttpServer;
class SandboxWebhooks;
class SandboxPager;

// A local Zoom: OAuth, users, meetings and webinars over loopback HTTP, with Zoom's scope
// checks, error codes, rate limits, paging, expiring tokens and injected faults
// (DESIGN §5, ZOOM_API_FACTS). Tests and demo mode embed it; roomdesk-sandbox serves it.
class ZoomSandbox final : public QObject
{
    Q_OBJECT

public:
    explicit ZoomSandbox(SandboxOptions options, QObject *parent = nullptr);
    ~ZoomSandbox() override;
    Q_DISABLE_COPY_MOVE(ZoomSandbox)

    // Listens on 127.0.0.1 (the port of the options; 0 picks a free one).
    Result<void> start();
    quint16 port() const { return m_port; }
    QUrl origin() const; // http://127.0.0.1:PORT, also the api_url of its tokens
    QString accountId() const { return m_accountId; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    // The one JSON line roomdesk-sandbox prints on start.
    QByteArray startupLine() const;

    const SandboxOptions &options() const { return m_options; }
    QDateTime now() const;
    void advanceClock(qint64 seconds) { m_clockOffsetSeconds += seconds; }
    const QList<SandboxUser> &users() const { return m_users; }

    // "METHOD /path" of every Zoom operation it serves below /v2, "{}" standing for each path parameter
    // ("GET /users/{}/meetings"), so that tests can hold each one to Zoom's documents.
    static QStringList servedOperations();

    // The whole pipeline for one request: routing, token, scopes, rate limits, handler.
    SandboxResponse handle(const SandboxRequest &request);

    // A fault a test scripts for the next matching requests (POST /_sandbox/faults), so that
    // "the create took effect but its answer was lost" happens exactly when wanted.
    struct ScriptedFault
    {
        QByteArray method;
        QString pathSuffix; // matched against "/v2/users/…/meetings"
        SandboxFault::Kind kind = SandboxFault::Kind::Reset;
        bool afterEffect = true;
        int latencyMs = 0;
        int remaining = 1;
    };
    std::optional<ScriptedFault> takeScriptedFault(const SandboxRequest &request);

private:
    struct Operation;
    using Handler = SandboxResponse (ZoomSandbox::*)(const SandboxRequest &, const QStringList &args);
    struct Route;

    static const QList<Route> &routes();
    SandboxResponse route(const SandboxRequest &request);
    SandboxResponse handleApi(const SandboxRequest &request);
    std::optional<SandboxResponse> authorize(const SandboxRequest &request, const Operation &operation);

    SandboxResponse oauthToken(const SandboxRequest &request);
    SandboxResponse control(const SandboxRequest &request);
    SandboxResponse configureWebhooks(const SandboxRequest &request);
    SandboxResponse scriptFaults(const SandboxRequest &request);

    // users
    SandboxResponse listUsers(const SandboxRequest &request, const QStringList &args);
    SandboxResponse getUser(const SandboxRequest &request, const QStringList &args);
    const SandboxUser *findUser(const QString &idOrEmail) const;
    // GET /users/{userId}; a list item of GET /users has fewer fields (SPEC-U: no language).
    static nlohmann::ordered_json userJson(const SandboxUser &user, bool listItem = false);

    // meetings and webinars
    SandboxResponse createMeeting(const SandboxRequest &request, const QStringList &args);
    SandboxResponse createWebinar(const SandboxRequest &request, const QStringList &args);
    SandboxResponse getMeeting(const SandboxRequest &request, const QStringList &args);
    SandboxResponse getWebinar(const SandboxRequest &request, const QStringList &args);
    SandboxResponse patchMeeting(const SandboxRequest &request, const QStringList &args);
    SandboxResponse patchWebinar(const SandboxRequest &request, const QStringList &args);
    SandboxResponse deleteMeeting(const SandboxRequest &request, const QStringList &args);
    SandboxResponse deleteWebinar(const SandboxRequest &request, const QStringList &args);
    SandboxResponse meetingStatus(const SandboxRequest &request, const QStringList &args);
    SandboxResponse webinarStatus(const SandboxRequest &request, const QStringList &args);
    SandboxResponse listUserMeetings(const SandboxRequest &request, const QStringList &args);
    SandboxResponse listUserWebinars(const SandboxRequest &request, const QStringList &args);
    SandboxResponse listHostSessions(const SandboxRequest &request, const QString &hostId, bool webinar);

    // past sessions, participants, recordings, registrants, invitation
    SandboxResponse pastMeeting(const SandboxRequest &request, const QStringList &args);
    SandboxResponse pastMeetingParticipants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse pastWebinarParticipants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse reportMeetingParticipants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse reportWebinarParticipants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse meetingRecordings(const SandboxRequest &request, const QStringList &args);
    SandboxResponse userRecordings(const SandboxRequest &request, const QStringList &args);
    SandboxResponse meetingInvitation(const SandboxRequest &request, const QStringList &args);
    SandboxResponse listMeetingRegistrants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse listWebinarRegistrants(const SandboxRequest &request, const QStringList &args);
    SandboxResponse addMeetingRegistrant(const SandboxRequest &request, const QStringList &args);
    SandboxResponse deleteMeetingRegistrant(const SandboxRequest &request, const QStringList &args);
    SandboxResponse addRegistrant(const SandboxRequest &request, const QString &id, bool webinar);
    SandboxResponse participants(const SandboxRequest &request, const QString &id, bool webinar, bool report);
    SandboxResponse listRegistrants(const SandboxRequest &request, const QString &id, bool webinar);
    const SandboxSession *findSession(const QString &idOrUuid, bool webinar) const;
    nlohmann::ordered_json recordingJson(const SandboxSession &session) const;
    // /_sandbox/{meetings|webinars}/{id}/{start|end}: a simulated session with attendees
    SandboxResponse simulate(const SandboxRequest &request);
    void generateAttendees(SandboxSession &session, const nlohmann::json &plan);
    void sendSessionEvents(const SandboxSession &session, const SandboxMeeting &meeting, bool participantEvents);

    SandboxResponse create(const SandboxRequest &request, const QString &userId, bool webinar);
    SandboxResponse get(const QString &id, bool webinar);
    SandboxResponse patch(const SandboxRequest &request, const QString &id, bool webinar);
    SandboxResponse remove(const QString &id, bool webinar);
    SandboxResponse changeStatus(const SandboxRequest &request, const QString &id, bool webinar);
    SandboxMeeting *findMeeting(const QString &id, bool webinar, bool includeDeleted = false);
    std::optional<SandboxResponse> countHostWrite(const QString &hostId);
    nlohmann::ordered_json meetingJson(const SandboxMeeting &meeting); // draws a fresh start link
    QString joinUrl(const SandboxMeeting &meeting) const;
    QString randomToken(int bytes);

    void seedUsers();

    SandboxOptions m_options;
    std::unique_ptr<SandboxHttpServer> m_server;
    std::unique_ptr<SandboxPager> m_pager;
    std::unique_ptr<SandboxWebhooks> m_webhooks;
    SandboxRateLimiter m_rateLimiter;
    QRandomGenerator64 m_random;
    quint16 m_port = 0;
    qint64 m_clockOffsetSeconds = 0;
    QString m_accountId;
    QString m_clientId;
    QString m_clientSecret;
    QList<SandboxUser> m_users;
    QMap<qint64, SandboxMeeting> m_meetings;
    QList<SandboxSession> m_sessions;
    QHash<QByteArray, SandboxToken> m_tokens;
    QList<ScriptedFault> m_scriptedFaults;
    QHash<QString, int> m_hostWritesToday; // "hostId|yyyy-MM-dd" → count
    nlohmann::ordered_json m_requestLog = nlohmann::ordered_json::array(); // /_sandbox/requests
};

} // namespace Roomdesk
