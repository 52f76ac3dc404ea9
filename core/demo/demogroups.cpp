// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogroups.h"

namespace Roomdesk {

namespace {

struct DemoGroup
{
    const char *program;
    const char *name;
    LinkPlatform platform;
    const char *link;
};

constexpr DemoGroup kGroups[] = {
    {"Grado en Matemáticas", "Álgebra lineal · grupo A", LinkPlatform::Builtin, ""},
    {"Grado en Matemáticas", "Álgebra lineal · grupo B", LinkPlatform::Builtin, ""},
    {"Grado en Matemáticas", "Seminario de investigación", LinkPlatform::ZoomCustom,
     "https://us02web.zoom.us/j/85746354321?pwd=Sem1narioMat"},
    {"Máster en Educación Digital", "Cohorte 2026", LinkPlatform::ZoomWebinar, "https://zoom.us/w/81234567890"},
    {"Máster en Educación Digital", "Tutorías", LinkPlatform::GoogleMeet, "https://meet.google.com/abc-defg-hij"},
    {"Centro de Idiomas", "Inglés B2", LinkPlatform::Teams, "https://teams.microsoft.com/meet/2234567890123?p=Ingles"},
    {"Centro de Idiomas", "Conversación en ruso", LinkPlatform::Telegram, "https://t.me/conversacion_ru?videochat"},
    {"Centro de Idiomas", "Francés A2", LinkPlatform::Builtin, ""},
};

} // namespace

QList<ParticipantGroup> DemoGroups::groups()
{
    QList<ParticipantGroup> all;
    for (const DemoGroup &demo : kGroups) {
        ParticipantGroup group;
        group.programName = QString::fromUtf8(demo.program);
        group.name = QString::fromUtf8(demo.name);
        group.platform = demo.platform;
        group.link = QString::fromUtf8(demo.link);
        all.append(group);
    }
    return all;
}

} // namespace Roomdesk
