// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevents.h"

#include "sandbox/zoomsandbox.h"

#include <QTimeZone>

#include <algorithm>

namespace Roomdesk {

namespace {

const QString kMadrid = QStringLiteral("Europe/Madrid");

EventForm event(const char *title, const QDateTime &localStart, int minutes, const char *trainer)
{
    EventForm form;
    form.title = QString::fromUtf8(title);
    form.localStart = localStart;
    form.timeZone = kMadrid;
    form.durationMinutes = minutes;
    form.trainer = QString::fromUtf8(trainer);
    return form;
}

// The sessions that took place, by title, with how they went: the plan of the sandbox's
// POST /_sandbox/{meetings|webinars}/{id}/end.
struct PastSession
{
    const char *title;
    const char *plan;
};

constexpr PastSession kPastSessions[] = {
    {"Álgebra lineal · grupo A: repaso del parcial",
     R"({"attendees":28,"waiting_room":4,"rejoins":3,"two_devices":2,"without_email":2})"},
    {"Webinar: becas de posgrado 2026",
     R"({"attendees":64,"waiting_room":0,"rejoins":6,"two_devices":3,"without_email":5})"},
    {"Francés A2 · tutoría de conversación", R"({"attendees":0})"},
    // Its group meets on Google Meet: the Zoom room stayed empty, and Zoom has no attendance.
    {"Tutorías del máster: plan de TFM", R"({"attendees":0})"},
};

std::optional<qint64> groupNamed(const QList<ParticipantGroup> &groups, const char *name)
{
    for (const ParticipantGroup &group : groups) {
        if (group.name == QString::fromUtf8(name))
            return group.id;
    }
    return std::nullopt;
}

} // namespace

QList<EventForm> DemoEvents::forms(const QDateTime &nowUtc, const QList<ParticipantGroup> &groups)
{
    const QDateTime madrid = nowUtc.toTimeZone(QTimeZone(kMadrid.toUtf8()));
    const QDate today = madrid.date();
    const auto at = [](const QDate &day, int hour, int minute = 0) { return QDateTime(day, QTime(hour, minute)); };

    QList<EventForm> forms;
    EventForm anatomy = event("Anatomía I · grupo A", at(today.addDays(1), 16), 90, "Dra. Carmen Ruiz");
    anatomy.conferenceName = QStringLiteral("Anatomía I (grupo A) — sesión en línea");
    anatomy.capacity = 40;
    anatomy.description = QStringLiteral("Tema 4: huesos del cráneo. Traed el atlas abierto por la lámina 12.");
    forms << anatomy;

    EventForm webinar =
        event("Webinar: admisiones 2026 para Latinoamérica", at(today.addDays(2), 10), 60, "Oficina de admisiones");
    webinar.timeZone = QStringLiteral("America/Mexico_City");
    webinar.webinar = true;
    webinar.waitingRoom = false;
    webinar.capacity = 500;
    webinar.description = QStringLiteral("Requisitos, becas y calendario de matrícula. Turno de preguntas al final.");
    forms << webinar;

    EventForm tutoring = event("Tutoría abierta de TFG", at(today.addDays(3), 18, 30), 45, "Lucía Romero");
    tutoring.waitingRoom = false;
    forms << tutoring;

    // Started a couple of hours ago and never held: "not started yet", as in iSpring Learn.
    const QDateTime earlier = madrid.addSecs(-2 * 3600);
    EventForm review = event("Repaso de Cálculo I", at(earlier.date(), earlier.time().hour()), 60, "Javier Ortega");
    forms << review;

    // DemoSchedule's Wednesday morning is full: this one waits for a room.
    QDate wednesday = today.addDays(3 - today.dayOfWeek());
    if (wednesday < today || (wednesday == today && madrid.time() >= QTime(10, 0)))
        wednesday = wednesday.addDays(7);
    forms << event("Seminario de bioética", at(wednesday, 10), 60, "Sofía Navarro");

    // Held in the evenings of the last two days, after DemoSchedule's sessions, so that they
    // find rooms whatever the day; endPastSessions() makes them take place in the sandbox.
    EventForm algebra = event(kPastSessions[0].title, at(today.addDays(-1), 19), 90, "Marta López");
    algebra.groupId = groupNamed(groups, "Álgebra lineal · grupo A");
    forms << algebra;

    EventForm grants = event(kPastSessions[1].title, at(today.addDays(-2), 12), 60, "Oficina de posgrado");
    grants.timeZone = QStringLiteral("America/Mexico_City"); // 19:00 or 20:00 in Madrid
    grants.webinar = true;
    grants.waitingRoom = false;
    forms << grants;

    EventForm french = event(kPastSessions[2].title, at(today.addDays(-1), 20, 30), 45, "Claire Martin");
    french.groupId = groupNamed(groups, "Francés A2");
    forms << french;

    EventForm thesis = event(kPastSessions[3].title, at(today.addDays(-2), 21), 60, "Andrés Gil");
    thesis.groupId = groupNamed(groups, "Tutorías");
    forms << thesis;
    return forms;
}

int DemoEvents::endPastSessions(ZoomSandbox &sandbox, const QList<Event> &events, const QDateTime &nowUtc)
{
    int ended = 0;
    for (const Event &e : events) {
        const auto past =
            std::find_if(std::cbegin(kPastSessions), std::cend(kPastSessions),
                         [&e](const PastSession &s) { return e.form.title == QString::fromUtf8(s.title); });
        if (past == std::cend(kPastSessions) || e.zoomMeetingId == 0 || e.cancelled || e.endUtc() >= nowUtc)
            continue;
        // The sandbox ends a session "now", after its scheduled length: for a moment, now is
        // the event's scheduled end. Nothing else reaches the sandbox meanwhile (same thread).
        const qint64 back = e.endUtc().secsTo(sandbox.now());
        sandbox.advanceClock(-back);
        const SandboxResponse response = sandbox.handle(
            {"POST",
             {QStringLiteral("_sandbox"), e.form.webinar ? QStringLiteral("webinars") : QStringLiteral("meetings"),
              QString::number(e.zoomMeetingId), QStringLiteral("end")},
             {},
             {},
             QByteArray(past->plan)});
        sandbox.advanceClock(back);
        if (response.status == 200)
            ++ended;
    }
    return ended;
}

} // namespace Roomdesk
