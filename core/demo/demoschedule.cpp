// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoschedule.h"

#include "rooms/wallclock.h"

namespace Roomdesk {

namespace {

struct Session
{
    int day; // 0 = Monday
    const char *start; // local time
    int minutes;
    bool webinar;
    const char *title;
    const char *organizer;
};

// A faculty's week: morning lectures, afternoon seminars, a few webinars, a crowded Wednesday.
constexpr Session kWeek[] = {
    {0, "09:00", 90, false, "Álgebra lineal · grupo A", "Marta López"},
    {0, "09:00", 90, false, "Cálculo I · grupo B", "Javier Ortega"},
    {0, "11:00", 60, false, "Tutoría de TFG", "Lucía Romero"},
    {0, "12:30", 120, true, "Jornada de puertas abiertas", "Comunicación"},
    {0, "16:00", 90, false, "Seminario de investigación", "Andrés Gil"},
    {0, "18:30", 60, false, "Reunión de departamento", "Secretaría"},
    {1, "08:30", 120, false, "Estadística · grupo A", "Elena Vidal"},
    {1, "10:00", 90, false, "Programación I", "Javier Ortega"},
    {1, "10:00", 60, false, "Consejo de estudiantes", "Delegación"},
    {1, "13:00", 45, false, "Revisión de exámenes", "Marta López"},
    {1, "17:00", 90, true, "Webinar: becas Erasmus", "Relaciones internacionales"},
    {2, "09:00", 120, false, "Física I · grupo A", "Pablo Serrano"},
    {2, "09:00", 120, false, "Física I · grupo B", "Pablo Serrano"},
    {2, "09:30", 90, false, "Química orgánica", "Sofía Navarro"},
    {2, "10:00", 60, false, "Inglés B2", "Language Centre"},
    {2, "10:00", 60, false, "Comité de calidad", "Decanato"},
    {2, "10:15", 45, false, "Tutoría de prácticas", "Lucía Romero"},
    {2, "10:30", 90, true, "Webinar: nuevo campus virtual", "Servicio TIC"},
    {2, "15:00", 120, false, "Taller de escritura académica", "Biblioteca"},
    {3, "09:00", 90, false, "Álgebra lineal · grupo B", "Marta López"},
    {3, "11:00", 90, false, "Historia del arte", "Carmen Ruiz"},
    {3, "12:00", 60, true, "Presentación del máster", "Posgrado"},
    {3, "16:30", 120, false, "Defensa de TFM", "Andrés Gil"},
    {4, "09:00", 60, false, "Claustro", "Rectorado"},
    {4, "10:30", 120, false, "Laboratorio virtual de redes", "Javier Ortega"},
    {4, "12:00", 90, false, "Economía aplicada", "Elena Vidal"},
    {4, "17:00", 60, true, "Webinar: orientación profesional", "Empleabilidad"},
};

} // namespace

QList<Room> DemoSchedule::rooms(const QList<SandboxUser> &users)
{
    QList<Room> rooms;
    for (const SandboxUser &user : users) {
        if (user.type != SandboxUserType::Licensed || user.status != QLatin1String("active"))
            continue;
        Room room;
        room.name = user.displayName();
        room.email = user.email;
        room.zoomUserId = user.id;
        room.webinar = user.webinarLicence;
        room.active = true;
        rooms.append(room);
    }
    if (rooms.size() > 2) {
        rooms.last().assignment = Room::Assignment::Manual; // kept for the administrators' own use
        rooms[rooms.size() - 2].active = false; // licence not renewed yet
        rooms[rooms.size() - 2].notes = QStringLiteral("Licencia pendiente de renovación");
    }
    return rooms;
}

QList<RoomRequestSpec> DemoSchedule::week(const QDate &monday)
{
    const QString zone = QStringLiteral("Europe/Madrid");
    QList<RoomRequestSpec> specs;
    for (const Session &session : kWeek) {
        const QString local =
            monday.addDays(session.day).toString(Qt::ISODate) + QLatin1Char('T') + QLatin1String(session.start);
        auto start = WallClock::toUtc(local, zone);
        if (!start)
            continue;
        RoomRequestSpec spec;
        spec.title = QString::fromUtf8(session.title);
        spec.organizer = QString::fromUtf8(session.organizer);
        spec.startUtc = start.value();
        spec.timeZone = zone;
        spec.durationMinutes = session.minutes;
        spec.webinar = session.webinar;
        spec.waitingRoom = !session.webinar;
        specs.append(spec);
    }
    return specs;
}

} // namespace Roomdesk
