// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtexts.h"

#include "events/eventsync.h"

#include <QLocale>

namespace Roomdesk {

namespace {

constexpr int kDriftTextLength = 80; // a changed description is shown this long at most

QTimeZone zoneOf(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    if (oneLine.isEmpty())
        return EventTexts::tr("empty", "a description with no text");
    const QString shown =
        oneLine.size() > kDriftTextLength ? oneLine.left(kDriftTextLength - 1) + QStringLiteral("…") : oneLine;
    return EventTexts::tr("“%1”").arg(shown);
}

} // namespace

QString EventTexts::kind(bool webinar)
{
    return webinar ? tr("Webinar") : tr("Meeting");
}

QString EventTexts::dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QLocale locale;
    return tr("%1 %2", "day name, then date and time")
        .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
             locale.toString(local, QLocale::ShortFormat));
}

QString EventTexts::start(const Event &event)
{
    return dateTime(event.startUtc, zoneOf(event.form.timeZone));
}

QString EventTexts::shortStart(const Event &event, const QDateTime &nowUtc)
{
    const QTimeZone zone = zoneOf(event.form.timeZone);
    const QDateTime local = event.startUtc.toTimeZone(zone);
    const QLocale locale;
    const bool thisYear = local.date().year() == nowUtc.toTimeZone(zone).date().year();
    const QString date =
        locale.toString(local.date(), thisYear ? QStringLiteral("ddd d MMM") : QStringLiteral("ddd d MMM yyyy"));
    return tr("%1, %2", "date, time").arg(date, locale.toString(local.time(), QLocale::ShortFormat));
}

QString EventTexts::zoneCity(const QString &zoneId)
{
    return zoneId.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString EventTexts::startIn(const Event &event, const QTimeZone &zone)
{
    return tr("%1 (%2)").arg(dateTime(event.startUtc, zone), QString::fromUtf8(zone.id()));
}

QString EventTexts::duration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString EventTexts::admission(bool waitingRoom)
{
    return waitingRoom ? tr("Waiting room") : tr("Automatic admission");
}

QString EventTexts::capacity(const std::optional<int> &capacity)
{
    return capacity ? QLocale().toString(*capacity) : tr("Unlimited");
}

QString EventTexts::room(const Event &event)
{
    if (event.roomId != 0)
        return event.roomName.isEmpty() ? event.roomEmail : event.roomName;
    return tr("None yet");
}

QString EventTexts::group(const std::optional<qint64> &groupId, const QList<ParticipantGroup> &groups)
{
    if (!groupId)
        return {};
    for (const ParticipantGroup &group : groups) {
        if (group.id == *groupId)
            return tr("%1 · %2", "program · group").arg(group.programName, group.name);
    }
    return tr("Group %1").arg(*groupId);
}

QString EventTexts::effectiveLink(const Event &event, const QList<ParticipantGroup> &groups)
{
    if (event.form.groupId) {
        for (const ParticipantGroup &group : groups) {
            if (group.id == *event.form.groupId)
                return group.joinLink(event.joinUrl);
        }
    }
    return event.joinUrl;
}

bool EventTexts::deletedInZoom(const Event &event)
{
    return event.drift && event.drift->kind == EventDrift::Kind::Deleted;
}

QStringList EventTexts::driftLines(const Event &event)
{
    if (!event.drift)
        return {};
    const EventDrift &drift = *event.drift;
    if (drift.kind == EventDrift::Kind::Deleted)
        return {tr("The meeting was deleted in Zoom.")};
    const ZoomCopy &zoom = drift.zoom;
    const auto line = [](const QString &what, const QString &ours, const QString &theirs) {
        return tr("%1: %2 in Roomdesk, %3 in Zoom").arg(what, ours, theirs);
    };
    QStringList lines;
    if (drift.changes("topic"))
        lines << line(tr("Conference name"), quoted(event.form.effectiveConferenceName()), quoted(zoom.topic));
    if (drift.changes("start") || drift.changes("timezone")) {
        const QString zoneId = zoom.timeZone.isEmpty() ? event.form.timeZone : zoom.timeZone;
        const QDateTime theirs = zoom.startUtc();
        lines << line(tr("Start"), startIn(event, zoneOf(event.form.timeZone)),
                      theirs.isValid() ? tr("%1 (%2)").arg(dateTime(theirs, zoneOf(zoneId)), zoneId) : zoneId);
    }
    if (drift.changes("duration"))
        lines << line(tr("Duration"), duration(event.form.durationMinutes), duration(zoom.durationMinutes));
    if (drift.changes("agenda"))
        lines << line(tr("Description"), quoted(event.form.description),
                      quoted(EventSync::descriptionFrom(zoom.agenda)));
    if (drift.changes("waiting_room"))
        lines << line(tr("Admission"), admission(event.form.waitingRoom), admission(zoom.waitingRoom.value_or(false)));
    return lines;
}

} // namespace Roomdesk
