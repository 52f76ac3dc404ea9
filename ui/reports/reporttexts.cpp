// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttexts.h"

#include "events/eventtexts.h"
#include "reports/reporttime.h"

#include <QLocale>

namespace Roomdesk {

QTimeZone ReportTexts::zoneOf(const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString ReportTexts::dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat);
}

QString ReportTexts::time(qint64 epochSecs, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSecs, zone).time(), QLocale::ShortFormat);
}

QString ReportTexts::duration(qint64 seconds)
{
    if (seconds > 0 && seconds < 60)
        return tr("%1 s", "seconds").arg(seconds);
    return EventTexts::duration(int((seconds + 30) / 60));
}

QString ReportTexts::clock(qint64 seconds)
{
    return QString::fromStdString(ReportTime::duration(seconds));
}

QString ReportTexts::stateDetail(const StoredReport &report)
{
    switch (report.state) {
    case StoredReport::State::Waiting: {
        // The administrator's own clock: that is when something will happen here.
        const QString next = report.nextAttemptUtc.isValid()
            ? tr("Zoom records attendance a few minutes after the end; Roomdesk asks again at %1.")
                  .arg(QLocale().toString(report.nextAttemptUtc.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Zoom records attendance a few minutes after the end; Roomdesk asks again soon.");
        return report.reason.isEmpty() ? next : next + QLatin1Char(' ') + tr("Last answer: %1").arg(report.reason);
    }
    case StoredReport::State::Failed:
        return report.reason.isEmpty() ? tr("Zoom gave no attendance for this event.") : report.reason;
    case StoredReport::State::NoAttendees:
        return tr("Only the host attended, so there is no report.");
    case StoredReport::State::Ready:
        return report.fetchedUtc.isValid()
            ? tr("Fetched from Zoom on %1.")
                  .arg(QLocale().toString(report.fetchedUtc.toLocalTime(), QLocale::ShortFormat))
            : QString();
    }
    return {};
}

QString ReportTexts::explanation(const StoredReport &report)
{
    switch (report.state) {
    case StoredReport::State::Failed:
        return tr("Roomdesk could not get this report: %1").arg(stateDetail(report)) + QStringLiteral("\n\n") +
            tr("“Fetch again” asks Zoom once more.");
    case StoredReport::State::NoAttendees:
    case StoredReport::State::Waiting:
        return stateDetail(report);
    case StoredReport::State::Ready:
        return {};
    }
    return {};
}

StatusLabel::Kind ReportTexts::statusKind(StoredReport::State state)
{
    switch (state) {
    case StoredReport::State::Waiting:
        return StatusLabel::Warning;
    case StoredReport::State::Ready:
        return StatusLabel::Good;
    case StoredReport::State::NoAttendees:
        return StatusLabel::Info;
    case StoredReport::State::Failed:
        break;
    }
    return StatusLabel::Error;
}

} // namespace Roomdesk
