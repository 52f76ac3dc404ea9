// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallclock.h"

#include "time/daterange.h"

#include <QTimeZone>

namespace Roomdesk {

bool WallClock::isIanaZone(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    // "UTC+3" is a fixed offset Qt accepts, not a zone with its daylight-saving rules.
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) && !id.startsWith("UTC+") && !id.startsWith("UTC-");
}

Result<QTimeZone> WallClock::zone(const QString &ianaZone)
{
    if (!isIanaZone(ianaZone))
        return Error {
            QStringLiteral("time.zone"),
            tr("“%1” is not a time zone; use an IANA name such as Europe/Madrid or America/Bogota.").arg(ianaZone)};
    return QTimeZone(ianaZone.trimmed().toUtf8());
}

Result<QDateTime> WallClock::parseLocal(const QString &text)
{
    const QString written = text.trimmed();
    // Read as if it were UTC: a text with an offset or a "Z" of its own does not read so, and
    // this computer's zone plays no part.
    QDateTime wall = QDateTime::fromString(written + QLatin1Char('Z'), Qt::ISODate);
    if (const auto date = DateRange::date(written); !wall.isValid() && date)
        wall = QDateTime(*date, QTime(0, 0), QTimeZone::utc());
    if (!wall.isValid())
        return Error {QStringLiteral("time.format"),
                      tr("“%1” is not a local date and time such as 2026-03-02T09:30 (no offset: the time zone "
                         "says it).")
                          .arg(text)};
    return wall;
}

Result<QDateTime> WallClock::toUtc(const QString &local, const QString &ianaZone)
{
    auto found = zone(ianaZone);
    if (!found)
        return found.error();
    auto wall = parseLocal(local);
    if (!wall)
        return wall.error();
    return resolve(wall.value().date(), wall.value().time(), found.value(), local.trimmed(), ianaZone.trimmed());
}

Result<QDateTime> WallClock::toUtc(const QDateTime &local, const QString &ianaZone)
{
    auto found = zone(ianaZone);
    if (!found)
        return found.error();
    return resolve(local.date(), local.time(), found.value(), local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                   ianaZone.trimmed());
}

Result<QDateTime> WallClock::resolve(const QDate &date, const QTime &time, const QTimeZone &zone,
                                     const QString &written, const QString &zoneName)
{
    // Every instant whose local time in the zone is exactly this wall-clock time.
    QList<QDateTime> matches;
    const QDateTime naiveUtc(date, time, QTimeZone::utc());
    QList<int> offsets;
    for (const QDateTime &probe : {naiveUtc.addDays(-1), naiveUtc, naiveUtc.addDays(1)}) {
        const int offset = zone.offsetFromUtc(probe);
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    for (int offset : offsets) {
        const QDateTime candidate = naiveUtc.addSecs(-offset);
        const QDateTime back = candidate.toTimeZone(zone);
        if (back.date() == date && back.time() == time && !matches.contains(candidate))
            matches.append(candidate);
    }
    if (matches.isEmpty())
        return Error {QStringLiteral("time.nonexistent"),
                      tr("%1 does not exist in %2: the clocks skip it for daylight saving time. Choose a time "
                         "after the change.")
                          .arg(written, zoneName)};
    if (matches.size() > 1)
        return Error {QStringLiteral("time.ambiguous"),
                      tr("%1 happens twice in %2: the clocks go back for daylight saving time. Choose a time "
                         "outside the repeated hour.")
                          .arg(written, zoneName)};
    return matches.constFirst();
}

} // namespace Roomdesk
