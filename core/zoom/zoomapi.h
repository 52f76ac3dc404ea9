// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoomclient.h"
#include "zoomtypes.h"

#include <QObject>

namespace Roomdesk {

// Typed async calls for every Zoom endpoint Roomdesk uses, over ZoomClient (tokens, limits,
// retries). Each call answers through its callback, guarded by `context`; parsers are
// static so that they can be fuzzed and tested on their own.
class ZoomApi final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T, ZoomError> &)>;
    using Done = std::function<void(const Result<void, ZoomError> &)>;

    enum class ParticipantSource { PastMeeting, PastWebinar, ReportMeeting, ReportWebinar };

    explicit ZoomApi(ZoomClient *client, QObject *parent = nullptr);

    void listUsers(const QString &status, QObject *context, Callback<QList<ZoomUser>> done);
    void getUser(const QString &idOrEmail, QObject *context, Callback<ZoomUser> done);

    void createMeeting(const QString &hostIdOrEmail, const MeetingSpec &spec, bool webinar, QObject *context,
                       Callback<ZoomMeeting> done);
    void getMeeting(qint64 id, bool webinar, QObject *context, Callback<ZoomMeeting> done);
    void updateMeeting(qint64 id, const MeetingSpec &changes, bool webinar, QObject *context, Done done);
    void deleteMeeting(qint64 id, bool webinar, QObject *context, Done done);
    void endMeeting(qint64 id, bool webinar, QObject *context, Done done);
    // type: scheduled | live | upcoming | upcoming_meetings | previous_meetings
    void listHostMeetings(const QString &hostIdOrEmail, const QString &type, QObject *context,
                          Callback<QList<ZoomMeeting>> done);
    // type: scheduled | upcoming. Needs the optional scope webinar:read:list_webinars:admin.
    void listHostWebinars(const QString &hostIdOrEmail, const QString &type, QObject *context,
                          Callback<QList<ZoomMeeting>> done);
    void invitation(qint64 id, QObject *context, Callback<QString> done);

    void registrants(qint64 id, bool webinar, QObject *context, Callback<QList<ZoomRegistrant>> done);
    void addRegistrant(qint64 meetingId, const QString &email, const QString &firstName, const QString &lastName,
                       QObject *context, Callback<ZoomRegistrant> done);
    void deleteRegistrant(qint64 meetingId, const QString &registrantId, QObject *context, Done done);

    // A meeting ID means its latest instance; a UUID that instance.
    void pastMeeting(const QString &idOrUuid, QObject *context, Callback<ZoomPastMeeting> done);
    void participants(ParticipantSource source, const QString &idOrUuid, QObject *context,
                      Callback<QList<ZoomParticipant>> done);
    void meetingRecordings(const QString &idOrUuid, QObject *context, Callback<ZoomRecording> done);
    void userRecordings(const QString &hostIdOrEmail, const QDate &from, const QDate &to, QObject *context,
                        Callback<QList<ZoomRecording>> done);

    static Result<ZoomUser, ZoomError> parseUser(const nlohmann::json &json);
    static Result<ZoomMeeting, ZoomError> parseMeeting(const nlohmann::json &json, bool webinar);
    static Result<ZoomPastMeeting, ZoomError> parsePastMeeting(const nlohmann::json &json);
    static Result<ZoomParticipant, ZoomError> parseParticipant(const nlohmann::json &json);
    static Result<ZoomRecording, ZoomError> parseRecording(const nlohmann::json &json);
    static Result<ZoomRegistrant, ZoomError> parseRegistrant(const nlohmann::json &json);

private:
    template<typename T>
    void fetchList(ZoomRequest request, const QString &field, Result<T, ZoomError> (*parse)(const nlohmann::json &),
                   QObject *context, Callback<QList<T>> done);
    template<typename T>
    void fetchOne(ZoomRequest request, std::function<Result<T, ZoomError>(const nlohmann::json &)> parse,
                  QObject *context, Callback<T> done);
    void call(ZoomRequest request, QObject *context, Done done);

    ZoomClient *m_client;
};

} // namespace Roomdesk
