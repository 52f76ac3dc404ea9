#include "wallclock.h"

#include <QTimeZone>

namespace Roomdesk {

Result<QTimeZone> WallClock::zone(const QString &ianaZone)
{
    const QByteArray id = ianaZone.trimmed().toUtf8();
    // "UTC+3" is a fixed offset Qt accepts, not a zone with its daylight-saving rules.
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id) || id.startsWith("UTC+") || id.startsWith("UTC-"))
        return Error {
            QStringLiteral("time.zone"),
            tr("“%1” is not a time zone; use an IANA name such as Europe/Madrid or America/Bogota.").arg(ianaZone)};
    return QTimeZone(id);
}

Result<QDateTime> WallClock::toUtc(const QString &local, const QString &ianaZone)
{
    auto found = WallClock::zone(ianaZone);
    if (!found)
        return found.error();
    const QTimeZone zone = found.value();
    QDateTime wall = QDateTime::fromString(local.trimmed(), Qt::ISODate);
    if (!wall.isValid() || wall.timeSpec() != Qt::LocalTime)
        return Error {QStringLiteral("time.format"),
                      tr("“%1” is not a local date and time such as 2026-03-02T09:30 (no offset: the time zone "
                         "says it).")
                          .arg(local)};
    const QDate date = wall.date();
    const QTime time = wall.time();
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
                          .arg(local.trimmed(), ianaZone.trimmed())};
    if (matches.size() > 1)
        return Error {QStringLiteral("time.ambiguous"),
                      tr("%1 happens twice in %2: the clocks go back for daylight saving time. Choose a time "
                         "outside the repeated hour.")
                          .arg(local.trimmed(), ianaZone.trimmed())};
    return matches.constFirst();
}

} // namespace Roomdesk
