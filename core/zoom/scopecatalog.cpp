// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopecatalog.h"

namespace Roomdesk {

const QStringList &ScopeCatalog::requiredScopes()
{
    static const QStringList scopes = {
        QStringLiteral("meeting:read:past_meeting:admin"),
        QStringLiteral("meeting:read:meeting:admin"),
        QStringLiteral("meeting:read:list_past_participants:admin"),
        QStringLiteral("meeting:read:list_meetings:admin"),
        QStringLiteral("meeting:read:list_registrants:admin"),
        QStringLiteral("meeting:read:invitation:admin"),
        QStringLiteral("meeting:read:participant:admin"),
        QStringLiteral("meeting:update:meeting:admin"),
        QStringLiteral("meeting:delete:meeting:admin"),
        QStringLiteral("meeting:write:meeting:admin"),
        QStringLiteral("meeting:write:registrant:admin"),
        QStringLiteral("meeting:delete:registrant:admin"),
        QStringLiteral("meeting:update:status:admin"),
        QStringLiteral("meeting:write:meeting:master"),
        QStringLiteral("meeting:update:status:master"),
        QStringLiteral("cloud_recording:read:list_recording_files:admin"),
        QStringLiteral("cloud_recording:read:list_user_recordings:admin"),
        QStringLiteral("cloud_recording:read:recording:admin"),
        QStringLiteral("cloud_recording:read:list_recording_files:master"),
        QStringLiteral("cloud_recording:read:list_user_recordings:master"),
        QStringLiteral("webinar:read:list_past_participants:admin"),
        QStringLiteral("webinar:read:list_registrants:admin"),
        QStringLiteral("webinar:read:webinar:admin"),
        QStringLiteral("webinar:write:webinar:admin"),
    };
    return scopes;
}

const QStringList &ScopeCatalog::optionalScopes()
{
    static const QStringList scopes = {
        QStringLiteral("user:read:list_users:admin"),
        QStringLiteral("user:read:user:admin"),
        QStringLiteral("report:read:list_meeting_participants:admin"),
        QStringLiteral("report:read:list_webinar_participants:admin"),
        QStringLiteral("webinar:update:webinar:admin"),
        QStringLiteral("webinar:delete:webinar:admin"),
        QStringLiteral("webinar:update:status:admin"),
        QStringLiteral("webinar:read:list_webinars:admin"),
    };
    return scopes;
}

QString ScopeCatalog::purpose(const QString &scope)
{
    struct Entry
    {
        const char *scope;
        const char *purpose;
    };
    static const Entry entries[] = {
        {"meeting:read:past_meeting:admin", QT_TR_NOOP("Read an ended meeting's details for its report")},
        {"meeting:read:meeting:admin", QT_TR_NOOP("Read meetings and fresh start links; the End Meeting event")},
        {"meeting:read:list_past_participants:admin", QT_TR_NOOP("Read who attended an ended meeting")},
        {"meeting:read:list_meetings:admin", QT_TR_NOOP("List a room's meetings to find changes made in Zoom")},
        {"meeting:read:list_registrants:admin", QT_TR_NOOP("Read a meeting's registrants")},
        {"meeting:read:invitation:admin", QT_TR_NOOP("Read the invitation text to send to participants")},
        {"meeting:read:participant:admin", QT_TR_NOOP("The participant joined and left events")},
        {"meeting:update:meeting:admin", QT_TR_NOOP("Change a meeting when its event is edited")},
        {"meeting:delete:meeting:admin", QT_TR_NOOP("Delete a meeting when its event is cancelled")},
        {"meeting:write:meeting:admin", QT_TR_NOOP("Create meetings in the allocated room")},
        {"meeting:write:registrant:admin", QT_TR_NOOP("Register participants in a meeting")},
        {"meeting:delete:registrant:admin", QT_TR_NOOP("Remove a participant's registration")},
        {"meeting:update:status:admin", QT_TR_NOOP("End a meeting after the courtesy time")},
        {"meeting:write:meeting:master", QT_TR_NOOP("Create meetings in sub-accounts of a master account")},
        {"meeting:update:status:master", QT_TR_NOOP("End meetings in sub-accounts of a master account")},
        {"cloud_recording:read:list_recording_files:admin", QT_TR_NOOP("Read a meeting's cloud recordings")},
        {"cloud_recording:read:list_user_recordings:admin", QT_TR_NOOP("List a room's cloud recordings")},
        {"cloud_recording:read:recording:admin", QT_TR_NOOP("The All Recordings have completed event")},
        {"cloud_recording:read:list_recording_files:master", QT_TR_NOOP("Read recordings in sub-accounts")},
        {"cloud_recording:read:list_user_recordings:master", QT_TR_NOOP("List recordings in sub-accounts")},
        {"webinar:read:list_past_participants:admin", QT_TR_NOOP("Read who attended an ended webinar")},
        {"webinar:read:list_registrants:admin", QT_TR_NOOP("Read a webinar's registrants")},
        {"webinar:read:webinar:admin", QT_TR_NOOP("Read webinars and fresh start links; the End Webinar event")},
        {"webinar:read:list_webinars:admin",
         QT_TR_NOOP("List a room's webinars to find one whose creation was not confirmed")},
        {"webinar:write:webinar:admin", QT_TR_NOOP("Create webinars in webinar-capable rooms")},
        {"user:read:list_users:admin", QT_TR_NOOP("Import licensed Zoom users as rooms")},
        {"user:read:user:admin", QT_TR_NOOP("Check a room's licence and webinar capability")},
        {"report:read:list_meeting_participants:admin",
         QT_TR_NOOP("Attendance from Zoom's meeting reports (more detail, slower limits)")},
        {"report:read:list_webinar_participants:admin", QT_TR_NOOP("Attendance from Zoom's webinar reports")},
        {"webinar:update:webinar:admin", QT_TR_NOOP("Change a webinar when its event is edited")},
        {"webinar:delete:webinar:admin", QT_TR_NOOP("Delete a webinar when its event is cancelled")},
        {"webinar:update:status:admin", QT_TR_NOOP("End a webinar after the courtesy time")},
    };
    for (const Entry &entry : entries) {
        if (scope == QLatin1String(entry.scope))
            return tr(entry.purpose);
    }
    return {};
}

QList<ScopeInfo> ScopeCatalog::all()
{
    QList<ScopeInfo> result;
    for (const QString &scope : requiredScopes())
        result.append({scope, true, purpose(scope)});
    for (const QString &scope : optionalScopes())
        result.append({scope, false, purpose(scope)});
    return result;
}

} // namespace Roomdesk
