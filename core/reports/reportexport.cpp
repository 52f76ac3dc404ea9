// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "csvwriter.h"

#include <QDir>
#include <QTimeZone>

namespace Roomdesk {

QString ReportExport::fileName(const ReportEntry &entry)
{
    const QTimeZone zone(entry.timeZone.toUtf8());
    const QDate day = (zone.isValid() ? entry.startUtc.toTimeZone(zone) : entry.startUtc).date();
    QString slug;
    for (const QChar c : entry.title.normalized(QString::NormalizationForm_C).toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
        if (slug.size() >= 60)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    QString name = day.toString(Qt::ISODate) + QLatin1Char('_') + QString::number(entry.eventId);
    if (!slug.isEmpty())
        name += QLatin1Char('_') + slug;
    return name + QStringLiteral(".csv");
}

Result<ReportExport::Summary> ReportExport::run(const Database &database, const QList<ReportEntry> &entries,
                                                const QString &folder, const AttendanceCsvOptions &options,
                                                const Progress &progress)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error {QStringLiteral("report.folder"),
                      tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))};
    Summary summary;
    ReportRepository reports(database);
    int done = 0;
    for (const ReportEntry &entry : entries) {
        if (progress && !progress(done, int(entries.size()))) {
            summary.cancelled = true;
            break;
        }
        ++done;
        if (entry.report.state != StoredReport::State::Ready) {
            QString line = tr("Event %1 “%2”: %3")
                               .arg(entry.eventId)
                               .arg(entry.title, StoredReport::stateText(entry.report.state));
            if (!entry.report.reason.isEmpty())
                line += QStringLiteral(" (") + entry.report.reason + QLatin1Char(')');
            summary.skipped.append(line);
            continue;
        }
        // A report that cannot be read or written is named with the reason; the others still go out.
        const QString path = dir.filePath(fileName(entry));
        auto report = reports.attendees(entry.eventId);
        Result<void> saved =
            report ? CsvWriter::saveFile(path, attendanceCsv(report.value(), options)) : Result<void>(report.error());
        if (!saved) {
            summary.skipped.append(tr("Event %1 “%2”: %3").arg(entry.eventId).arg(entry.title, saved.error().message));
            continue;
        }
        summary.written.append(path);
    }
    if (progress && !summary.cancelled)
        progress(done, int(entries.size()));
    return summary;
}

} // namespace Roomdesk
