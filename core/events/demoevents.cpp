#include "demoevents.h"

#include <QTimeZone>

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

} // namespace

QList<EventForm> DemoEvents::forms(const QDateTime &nowUtc)
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
    return forms;
}

} // namespace Roomdesk
